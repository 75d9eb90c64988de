/**
 * The work behind the three invoice endpoints (#2 compliance check, #5 reporting, #6 clearance):
 * authenticate the CSID, read the document (stopping at the XSD stage on failure), verify it
 * against the CSID's certificate, answer a resubmission with 409 (reporting and clearance), run
 * every check family, then record what the platform records — a passed compliance step; or the
 * EGS unit's new chain end (rejected documents keep their place in the chain too, as ZATCA's FAQ
 * says, under the hash the unit claims for them) and, when accepted, the submission and, on
 * clearance, the stamped cleared document — and answer 200, 202 or 400. A compliance check
 * clears nothing, so its answer has no `clearedInvoice`.
 */
import { verifyInvoice } from '@fatoora/core/signing';
import { base64, hex } from '@scure/base';
import { authenticate } from '../auth/basic-auth.ts';
import { checkInvoice } from '../checks/check-invoice.ts';
import { type DocumentKind, readSubmittedInvoice } from '../checks/document.ts';
import type { InvoiceEndpoint } from '../checks/permissions.ts';
import { collectResults, httpStatusOf } from '../checks/validation-results.ts';
import { recordPassedStep } from '../compliance/compliance-steps.ts';
import { type SimulatorContext, save } from '../context.ts';
import { type ApiAnswer, problem } from '../http/answer.ts';
import { type ApiRequest, bodyField, headerValue } from '../http/api-request.ts';
import { stampInvoice } from '../stamp/stamp-invoice.ts';
import type { StateCollection } from '../store/state.ts';
import { duplicateAnswer, findDuplicate, submissionKey, uuidKey } from './duplicates.ts';
import { invoiceAnswerBody } from './invoice-answer.ts';

/**
 * Handles one invoice submission.
 *
 * @example
 * ```ts
 * const reportInvoice: EndpointHandler = (request, context) => handleInvoice(request, context, 'reporting');
 * ```
 */
export async function handleInvoice(
  request: ApiRequest,
  context: SimulatorContext,
  endpoint: InvoiceEndpoint,
): Promise<ApiAnswer> {
  const { state } = context;
  const now = context.now();
  const auth = authenticate(
    headerValue(request, 'authorization'),
    state,
    request.environment,
    endpoint === 'compliance' ? 'compliance' : 'production',
    now,
  );
  if (!auth.ok) return problem(401, 'Unauthorized', auth.message);
  const decide = (kind: DocumentKind | undefined) =>
    endpoint === 'compliance' ? (kind?.subtype === 'standard' ? 'clearance' : 'reporting') : endpoint;

  const reading = readSubmittedInvoice(bodyField(request, 'invoice'));
  if (!reading.ok) {
    return {
      status: 400,
      body: invoiceAnswerBody({ results: collectResults(reading.messages), decided: decide(undefined) }),
    };
  }
  const { invoice } = reading;
  const verification = verifyInvoice(invoice.document, { certificate: auth.certificate });
  const invoiceHash = verification.invoiceHash;
  if (endpoint !== 'compliance') {
    const duplicate = findDuplicate(context, request.environment, invoiceHash, invoice.uuid);
    if (duplicate) return duplicateAnswer(context, duplicate, endpoint);
  }

  const { egsId } = auth.csid;
  const claimed = { invoiceHash: bodyField(request, 'invoiceHash'), uuid: bodyField(request, 'uuid') };
  const clearanceEnabled = !context.faults.settings.clearanceDisabled;
  const results = collectResults([
    ...reading.messages,
    ...checkInvoice({
      claimed,
      invoice,
      verification,
      certificate: auth.certificate,
      endpoint,
      ...(endpoint === 'compliance' ? {} : { chain: { last: state.chains[egsId] } }),
      clearanceEnabled,
      now,
    }),
  ]);
  const decided = decide(invoice.kind);
  const accepted = results.status !== 'ERROR';
  const clearedXml =
    accepted && endpoint === 'clearance'
      ? stampInvoice(invoice.xml, context.authority.stamp, now)
      : undefined;

  const changed: StateCollection[] = [];
  let clearedDocument: string | undefined;
  if (endpoint === 'compliance') {
    if (accepted && invoice.kind && recordPassedStep(state, auth.csid.requestID, invoice.kind))
      changed.push('compliance');
  } else {
    // The unit chains on the hash it computed when it signed, which it sends as invoiceHash: for
    // a document changed after signing, that is not the hash of what arrived.
    const chainHash =
      typeof claimed.invoiceHash === 'string' && claimed.invoiceHash !== ''
        ? claimed.invoiceHash
        : invoiceHash;
    state.chains[egsId] = { counter: invoice.counter, hash: chainHash };
    changed.push('chains');
    if (accepted) {
      const key = submissionKey(request.environment, invoiceHash);
      clearedDocument =
        clearedXml === undefined ? undefined : `cleared-${hex.encode(base64.decode(invoiceHash))}`;
      state.submissions[key] = {
        environment: request.environment,
        uuid: invoice.uuid ?? '',
        invoiceHash,
        status: decided === 'clearance' ? 'CLEARED' : 'REPORTED',
        egsId,
        submittedAt: now.toISOString(),
        ...(clearedDocument !== undefined ? { clearedDocument } : {}),
      };
      if (invoice.uuid !== undefined) state.uuids[uuidKey(request.environment, invoice.uuid)] = key;
      changed.push('submissions', 'uuids');
    }
  }
  if (clearedDocument !== undefined && clearedXml !== undefined) {
    await context.store.saveDocument(clearedDocument, clearedXml);
  }
  await save(context, ...changed);
  return {
    status: httpStatusOf(results),
    body: invoiceAnswerBody({ results, decided, ...(clearedXml !== undefined ? { clearedXml } : {}) }),
  };
}
