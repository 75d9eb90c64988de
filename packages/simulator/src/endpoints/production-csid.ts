/**
 * #3 `POST /production/csids` — the production CSID, with the compliance CSID. The body names the
 * compliance request (`compliance_request_id`, the requestID of #1, as a string or number), which
 * must be the authenticating CSID's own (else 400 `Invalid-Request-ID`); every document kind the
 * certificate's title flags enable must have passed its compliance check (else 400
 * `Missing-ComplianceSteps`, naming the missing kinds). The certificate is issued from the CSR of
 * the compliance request, for the same EGS unit.
 */
import { base64 } from '@scure/base';
import { authenticate } from '../auth/basic-auth.ts';
import { kindName, missingSteps } from '../compliance/compliance-steps.ts';
import { problem } from '../http/answer.ts';
import { bodyField, type EndpointHandler, headerValue } from '../http/api-request.ts';
import { checkCsr } from './csr-request.ts';
import { grantCsid } from './grant-csid.ts';

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
  if (!auth.ok) return problem(401, 'Unauthorized', auth.message);
  const requestId = bodyField(request, 'compliance_request_id');
  const record = context.state.compliance[auth.csid.requestID];
  if (
    (typeof requestId !== 'string' && typeof requestId !== 'number') ||
    String(requestId) !== auth.csid.requestID ||
    !record
  ) {
    return problem(
      400,
      'Invalid-Request-ID',
      'compliance_request_id must be the requestID of the compliance CSID used to authenticate.',
    );
  }
  const missing = missingSteps(record, auth.certificate.egs.invoiceType);
  if (missing.length > 0) {
    return problem(
      400,
      'Missing-ComplianceSteps',
      `The compliance steps are not completed: no passing compliance check yet for ${missing.map(kindName).join(', ')}.`,
    );
  }
  const check = checkCsr(base64.decode(record.csr), request.environment);
  if (!check.ok) return check.answer;
  return grantCsid(context, check.csr, {
    kind: 'production',
    environment: request.environment,
    egsId: auth.csid.egsId,
    now,
  });
};
