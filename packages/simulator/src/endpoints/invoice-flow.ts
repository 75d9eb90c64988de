/**
 * The work behind the three invoice endpoints (#2 compliance check, #5 reporting, #6 clearance):
 * authenticate the CSID (else the Spring-style 401); with the `clearance-status-header` behaviour
 * at `enforce`, check that header; analyse the document off the event loop (`analyzeSubmission`:
 * the XSD stage, verification, every check family that needs no records, and the cleared
 * document); then, in the unit's arrival order, answer a missing or malformed `invoiceHash` with
 * that error alone (as ZATCA's OpenAPI examples do), send a standard document on reporting to
 * clearance (303, the `standard-on-reporting` behaviour), answer a resubmission (reporting 409,
 * clearance 208 or 409), check the chain link when asked (`pih-chain`), and record what the
 * platform records — the compliance steps a passing check passes; or the EGS unit's new chain end
 * (rejected documents keep their place in the chain too, as ZATCA's FAQ says, under the hash the
 * unit claims for them) and, when accepted, the submission and, on clearance, the cleared document.
 * An injected rejection (the `rejectNext` fault) adds its error after the checks. Messages are
 * sent in the language asked for where a text is known (`message-language.ts`).
 */
import { type ComplianceDocumentKind, submissionRouteOf } from '@fatoora/core/model';
import { base64, hex } from '@scure/base';
import { AnalysisFailedError } from '../analysis/analysis-pool.ts';
import type { SubmissionAnalysis } from '../analysis/analyze-submission.ts';
import { authenticate } from '../auth/basic-auth.ts';
import { checkChainLink } from '../checks/chain.ts';
import { inRequestedLanguage } from '../checks/message-language.ts';
import type { InvoiceEndpoint } from '../checks/permissions.ts';
import { collectResults, error } from '../checks/validation-results.ts';
import { recordPassedSteps, stepsPassedBy } from '../compliance/compliance-steps.ts';
import { type SimulatorContext, save } from '../context.ts';
import type { ApiAnswer } from '../http/answer.ts';
import { type ApiRequest, bodyField, headerValue } from '../http/api-request.ts';
import { platformFailure, seeOther, unauthorized } from '../http/platform-answers.ts';
import type { StateCollection } from '../store/state.ts';
import { duplicateAnswer, findDuplicate, submissionKey, uuidKey } from './duplicates.ts';
import { invoiceAnswer } from './invoice-answer.ts';

/** The error of an injected rejection (the `rejectNext` fault): the simulator's own, not ZATCA's. */
const INJECTED_REJECTION = error(
  'injected-rejection',
  'SIMULATOR_FAULTS',
  'Refused by a fault injected into the simulator (rejectNext).',
);

/** The code of a missing or malformed `invoiceHash` field (fatoora-api.md §7, `checks/hashing.ts`). */
const HASH_FIELD_ERROR = 'InvoiceHash-Errors';

/** The `Clearance-Status` each endpoint sends [OAS]. */
const CLEARANCE_STATUS = { reporting: '0', clearance: '1' } as const;

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
  const behaviours = context.behaviours.settings;
  const auth = authenticate(
    headerValue(request, 'authorization'),
    state,
    request.environment,
    endpoint === 'compliance' ? 'compliance' : 'production',
    now,
  );
  if (!auth.ok) return unauthorized(now);
  if (endpoint !== 'compliance' && behaviours['clearance-status-header'] === 'enforce') {
    const sent = headerValue(request, 'clearance-status');
    if (sent?.trim() !== CLEARANCE_STATUS[endpoint]) {
      // No body for this refusal is known: it takes the endpoint's documented 400, a RESULT with
      // `NOT_REPORTED` / `NOT_CLEARED` (fatoora-api.md §5), with an error of the simulator's own.
      return invoiceAnswer({
        endpoint,
        results: collectResults([
          error(
            'Invalid-ClearanceStatus',
            'HEADER_ERRORS',
            `The Clearance-Status header must be ${CLEARANCE_STATUS[endpoint]} on this endpoint.`,
          ),
        ]),
        decided: endpoint,
      });
    }
  }
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
        clearanceEnabled: behaviours.clearance === 'on',
        now,
        qrLongValues: behaviours['qr-long-values'],
      });
    } catch (cause) {
      if (cause instanceof AnalysisFailedError) {
        return platformFailure(endpoint === 'compliance' ? 'compliance-check' : endpoint);
      }
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

/** Which status a compliance check fills: the document's subtype decides (its `@name`). */
const decide = (kind: ComplianceDocumentKind | undefined) =>
  kind === undefined ? 'reporting' : submissionRouteOf(kind);

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
  const behaviours = context.behaviours.settings;
  const { endpoint, egsId, claimed, now } = call;
  const language = (results: ReturnType<typeof collectResults>) =>
    inRequestedLanguage(results, headerValue(request, 'accept-language'), behaviours.language);
  if (!analysis.readable) {
    return invoiceAnswer({
      endpoint,
      results: language(collectResults(analysis.messages)),
      decided: 'reporting',
    });
  }
  const { facts, invoiceHash } = analysis;
  // The request's own `invoiceHash` field is judged before the document: ZATCA answers one that
  // is missing or malformed with that error alone — no XSD_ZATCA_VALID, no finding on the
  // document — in every such example of its OpenAPI files (reporting's and clearance's "Missing
  // Invoice Hash", clearance's "InvalidInvoiceHashInvalidBase64"). Nothing is recorded.
  const hashFieldErrors = analysis.beforeChain.filter((message) => message.code === HASH_FIELD_ERROR);
  if (hashFieldErrors.length > 0) {
    return invoiceAnswer({
      endpoint,
      results: language(collectResults(hashFieldErrors)),
      decided: decide(facts.kind),
    });
  }
  const standard = decide(facts.kind) === 'clearance';
  if (
    endpoint === 'reporting' &&
    standard &&
    behaviours.clearance === 'on' &&
    behaviours['standard-on-reporting'] === '303'
  ) {
    return seeOther('Clearance is activated. Please use the /invoices/clearance/single endpoint instead.');
  }
  if (endpoint !== 'compliance') {
    const duplicate = findDuplicate(context, request.environment, invoiceHash, facts.uuid);
    if (duplicate) {
      const results = language(collectResults([...analysis.beforeChain, ...analysis.afterChain]));
      return duplicateAnswer(context, duplicate, endpoint, results);
    }
  }
  const chainLink =
    endpoint !== 'compliance' && behaviours['pih-chain'] === 'chain-warning'
      ? checkChainLink(facts, state.chains[egsId])
      : [];
  const action = endpoint === 'compliance' ? 'compliance-check' : endpoint;
  const injected = context.faults.takeRejection(action) ? [INJECTED_REJECTION] : [];
  const results = collectResults([
    ...analysis.beforeChain,
    ...chainLink,
    ...analysis.afterChain,
    ...injected,
  ]);
  const accepted = results.status !== 'ERROR';
  const clearedXml = accepted && endpoint === 'clearance' ? analysis.clearedXml : undefined;

  const changed: StateCollection[] = [];
  let clearedDocument: string | undefined;
  if (endpoint === 'compliance') {
    if (accepted && facts.kind && recordPassedSteps(state, call.requestID, stepsPassedBy(facts.kind)))
      changed.push('compliance');
  } else {
    // The unit chains on the hash it computed when it signed, which it sends as invoiceHash: for
    // a document changed after signing, that is not the hash of what arrived.
    const chainHash =
      typeof claimed.invoiceHash === 'string' && claimed.invoiceHash !== ''
        ? claimed.invoiceHash
        : invoiceHash;
    // The chain end is the highest ICV that arrived: a later document may arrive before an
    // earlier stuck one (out of order is allowed), and the earlier one must not move the end back.
    const end = state.chains[egsId];
    if (end?.counter === undefined || !(Number(end.counter) > Number(facts.counter))) {
      state.chains[egsId] = { counter: facts.counter, hash: chainHash };
      changed.push('chains');
    }
    if (accepted) {
      const key = submissionKey(request.environment, invoiceHash);
      clearedDocument =
        clearedXml === undefined ? undefined : `cleared-${hex.encode(base64.decode(invoiceHash))}`;
      state.submissions[key] = {
        environment: request.environment,
        uuid: facts.uuid ?? '',
        invoiceHash,
        status: endpoint === 'clearance' ? 'CLEARED' : 'REPORTED',
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
  return invoiceAnswer({
    endpoint,
    results: language(results),
    decided: decide(facts.kind),
    ...(clearedXml !== undefined ? { clearedXml } : {}),
  });
}
