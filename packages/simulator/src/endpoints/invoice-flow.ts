/**
 * The work behind the three invoice endpoints (#2 compliance check, #5 reporting, #6 clearance):
 * authenticate the CSID; analyse the document off the event loop (`analyzeSubmission`: the XSD
 * stage, verification against the CSID's certificate, every check family but the chain's, and the
 * clearance stamp); then, in the unit's arrival order, answer a resubmission with 409 (reporting
 * and clearance), check the chain, and record what the platform records — a passed compliance step; or the
 * EGS unit's new chain end (rejected documents keep their place in the chain too, as ZATCA's FAQ
 * says, under the hash the unit claims for them) and, when accepted, the submission and, on
 * clearance, the stamped cleared document — and answer 200, 202 or 400. A compliance check
 * clears nothing, so its answer has no `clearedInvoice`.
 */
import { exportPrivateKey } from '@fatoora/core/crypto';
import { type ComplianceDocumentKind, DOCUMENT_KINDS } from '@fatoora/core/model';
import { base64, hex } from '@scure/base';
import { AnalysisFailedError } from '../analysis/analysis-pool.ts';
import type { SubmissionAnalysis } from '../analysis/analyze-submission.ts';
import { authenticate } from '../auth/basic-auth.ts';
import { checkChain } from '../checks/chain.ts';
import type { InvoiceEndpoint } from '../checks/permissions.ts';
import { collectResults, httpStatusOf } from '../checks/validation-results.ts';
import { recordPassedStep } from '../compliance/compliance-steps.ts';
import { type SimulatorContext, save } from '../context.ts';
import { type ApiAnswer, problem } from '../http/answer.ts';
import { type ApiRequest, bodyField, headerValue } from '../http/api-request.ts';
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
  const { egsId } = auth.csid;
  const claimed = { invoiceHash: bodyField(request, 'invoiceHash'), uuid: bodyField(request, 'uuid') };
  const turn = context.arrivals.take(egsId);
  try {
    let analysis: SubmissionAnalysis;
    try {
      analysis = await context.analyze({
        invoice: bodyField(request, 'invoice'),
        claimed,
        certificate: auth.certificate,
        endpoint,
        clearanceEnabled: !context.faults.settings.clearanceDisabled,
        now,
        ...(endpoint === 'clearance'
          ? {
              stamp: {
                keyPem: exportPrivateKey(context.authority.stamp.key),
                certificate: context.authority.stamp.certificate,
              },
            }
          : {}),
      });
    } catch (cause) {
      if (cause instanceof AnalysisFailedError) return analysisFailure(endpoint);
      throw cause;
    }
    await turn.ready;
    return await decideAndRecord(
      context,
      { endpoint, egsId, requestID: auth.csid.requestID, claimed, now },
      analysis,
      request,
    );
  } finally {
    turn.leave();
  }
}

/** Which of the two flows a document follows: on the compliance endpoint, its subtype's. */
const decide = (endpoint: InvoiceEndpoint, kind: ComplianceDocumentKind | undefined) =>
  endpoint === 'compliance'
    ? kind !== undefined && DOCUMENT_KINDS[kind].subtype === 'standard'
      ? 'clearance'
      : 'reporting'
    : endpoint;

/**
 * The part that reads and changes the platform's records, run in the unit's arrival order and
 * synchronously up to the save, so that no other call interleaves a check and its update.
 */
async function decideAndRecord(
  context: SimulatorContext,
  call: {
    readonly endpoint: InvoiceEndpoint;
    readonly egsId: string;
    readonly requestID: string;
    readonly claimed: { readonly invoiceHash: unknown; readonly uuid: unknown };
    readonly now: Date;
  },
  analysis: SubmissionAnalysis,
  request: ApiRequest,
): Promise<ApiAnswer> {
  const { state } = context;
  const { endpoint, egsId, claimed, now } = call;
  if (!analysis.readable) {
    return {
      status: 400,
      body: invoiceAnswerBody({
        results: collectResults(analysis.messages),
        decided: decide(endpoint, undefined),
      }),
    };
  }
  const { facts, invoiceHash } = analysis;
  if (endpoint !== 'compliance') {
    const duplicate = findDuplicate(context, request.environment, invoiceHash, facts.uuid);
    if (duplicate) return duplicateAnswer(context, duplicate, endpoint);
  }
  const results = collectResults([
    ...analysis.beforeChain,
    ...(endpoint === 'compliance' ? [] : checkChain(facts, state.chains[egsId])),
    ...analysis.afterChain,
  ]);
  const decided = decide(endpoint, facts.kind);
  const accepted = results.status !== 'ERROR';
  const clearedXml = accepted && endpoint === 'clearance' ? analysis.stampedXml : undefined;

  const changed: StateCollection[] = [];
  let clearedDocument: string | undefined;
  if (endpoint === 'compliance') {
    if (accepted && facts.kind && recordPassedStep(state, call.requestID, facts.kind))
      changed.push('compliance');
  } else {
    // The unit chains on the hash it computed when it signed, which it sends as invoiceHash: for
    // a document changed after signing, that is not the hash of what arrived.
    const chainHash =
      typeof claimed.invoiceHash === 'string' && claimed.invoiceHash !== ''
        ? claimed.invoiceHash
        : invoiceHash;
    state.chains[egsId] = { counter: facts.counter, hash: chainHash };
    changed.push('chains');
    if (accepted) {
      const key = submissionKey(request.environment, invoiceHash);
      clearedDocument =
        clearedXml === undefined ? undefined : `cleared-${hex.encode(base64.decode(invoiceHash))}`;
      state.submissions[key] = {
        environment: request.environment,
        uuid: facts.uuid ?? '',
        invoiceHash,
        status: decided === 'clearance' ? 'CLEARED' : 'REPORTED',
        egsId,
        submittedAt: now.toISOString(),
        ...(clearedDocument !== undefined ? { clearedDocument } : {}),
      };
      if (facts.uuid !== undefined) state.uuids[uuidKey(request.environment, facts.uuid)] = key;
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

/**
 * The platform's answer when it fails to process a document: E500-REQ on the compliance check,
 * E500-HTTP on reporting and clearance (shared/docs/fatoora-api.md, from ZATCA's OpenAPI files).
 */
function analysisFailure(endpoint: InvoiceEndpoint): ApiAnswer {
  return endpoint === 'compliance'
    ? problem(500, 'Invalid-Request', 'System failed to process your request')
    : {
        status: 500,
        body: {
          category: 'HTTP-Errors',
          code: '500',
          message: 'Something went wrong and caused an Internal Server Error.',
        },
      };
}
