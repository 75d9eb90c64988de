/**
 * #3 `POST /production/csids` — the production CSID, with the compliance CSID. A CSID of another
 * environment (or a production CSID) is 400 `Invalid-CurrentCCSID`; unknown credentials 401. The
 * body names the compliance request (`compliance_request_id`, the requestID of #1 or of a renewal's
 * 428, as a string or number): absent is `Missing-compliance_request_id`, another than the
 * authenticating CSID's own `Invalid-ComplianceRequestId`. On the developer portal there is no
 * gate and the answer is the portal's canned CSID, whatever the CSR (fatoora-api.md §10). In
 * simulation and production every step the certificate's title enables must have passed its
 * compliance check, else `Missing-ComplianceSteps` naming the missing steps as ZATCA does (its
 * shape per the `early-production-csid` behaviour); the certificate is then issued from the CSR of
 * the compliance request, for the same EGS unit.
 */
import { base64 } from '@scure/base';
import { authenticate } from '../auth/basic-auth.ts';
import { missingSteps } from '../compliance/compliance-steps.ts';
import type { SimulatorContext } from '../context.ts';
import type { ApiAnswer } from '../http/answer.ts';
import { bodyField, type EndpointHandler, headerValue } from '../http/api-request.ts';
import { csidError, notCompliant, unauthorized } from '../http/platform-answers.ts';
import { csidCodeError } from './csid-answers.ts';
import { checkCsr } from './csr-request.ts';
import { grantCsid, grantDeveloperPortalCsid } from './grant-csid.ts';

/**
 * Issues a production CSID.
 *
 * @example
 * ```ts
 * // POST /production/csids  Authorization: Basic <compliance CSID>  {"compliance_request_id": "1234567890123"}
 * // → 200 {requestID, binarySecurityToken, secret, …} | 400 {code: 'Missing-ComplianceSteps', …}
 * ```
 */
export const requestProductionCsid: EndpointHandler = async (request, context) => {
  const now = context.now();
  const auth = authenticate(
    headerValue(request, 'authorization'),
    context.state,
    request.environment,
    'compliance',
    now,
  );
  if (!auth.ok) {
    return auth.refusal === 'elsewhere' ? csidCodeError(context, 'Invalid-CurrentCCSID') : unauthorized(now);
  }
  const requestId = bodyField(request, 'compliance_request_id');
  if (requestId === undefined || requestId === null || requestId === '') {
    return csidCodeError(context, 'Missing-compliance_request_id');
  }
  const record = context.state.compliance[auth.csid.requestID];
  if (
    (typeof requestId !== 'string' && typeof requestId !== 'number') ||
    String(requestId) !== auth.csid.requestID ||
    !record
  ) {
    return csidCodeError(context, 'Invalid-ComplianceRequestId');
  }
  if (request.environment === 'developer-portal') return grantDeveloperPortalCsid(context);
  const missing = missingSteps(
    record,
    auth.certificate.egs.invoiceType,
    context.behaviours.settings['qr-compliance-steps'],
  );
  if (missing.length > 0) return missingStepsAnswer(context, missing);
  const check = checkCsr(base64.decode(record.csr), request.environment, context);
  if (!check.ok) return check.answer;
  return grantCsid(context, check.csr, {
    kind: 'production',
    environment: request.environment,
    egsId: auth.csid.egsId,
    now,
  });
};

/** The refusal of a production CSID whose compliance steps are not all passed. */
function missingStepsAnswer(context: SimulatorContext, missing: readonly string[]): ApiAnswer {
  // LIVE ERPGulf/zatca_erpgulf#45: the steps comma-separated, no spaces, in brackets.
  const live = `The compliance certificate is not done with the following compliance steps yet [${missing.join(',')}]`;
  switch (context.behaviours.settings['early-production-csid']) {
    case 'missing-steps-list':
      return csidError(
        'list',
        'Missing-ComplianceSteps',
        'Compliance steps for this CSID are not yet complete',
      );
    case 'not-compliant':
      return notCompliant(200, { requestID: -1, binarySecurityToken: '', secret: '', errors: [live] });
    default:
      return csidError('flat', 'Missing-ComplianceSteps', live);
  }
}
