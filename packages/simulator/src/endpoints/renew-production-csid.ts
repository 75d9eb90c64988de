/**
 * #4 `PATCH /production/csids` — renewing the production CSID, with the current production CSID,
 * an `OTP` header and a new CSR. The CSR is checked as on onboarding and must fit the unit: same
 * VAT number (UID) as the current certificate, else 400 `Invalid-CSR`. The new CSID continues the
 * same EGS unit — the same ICV/PIH chain; the old CSID keeps working until it expires.
 */
import { authenticate } from '../auth/basic-auth.ts';
import { problem } from '../http/answer.ts';
import { type EndpointHandler, headerValue } from '../http/api-request.ts';
import { readRequestCsr } from './csr-request.ts';
import { grantCsid } from './grant-csid.ts';
import { checkOtpHeader } from './otp-header.ts';

/**
 * Renews a production CSID.
 *
 * @example
 * ```ts
 * // PATCH /production/csids  Authorization: Basic <production CSID>  OTP: 123345  {"csr": "<base64 of the new PEM>"}
 * // → 200 {requestID, binarySecurityToken, secret, …}
 * ```
 */
export const renewProductionCsid: EndpointHandler = async (request, context) => {
  const now = context.now();
  const auth = authenticate(
    headerValue(request, 'authorization'),
    context.state,
    request.environment,
    'production',
    now,
  );
  if (!auth.ok) return problem(401, 'Unauthorized', auth.message);
  const otp = checkOtpHeader(request, context, now);
  if (!otp.ok) return otp.answer;
  const check = readRequestCsr(request);
  if (!check.ok) return check.answer;
  const { vatNumber } = check.csr.fields;
  if (vatNumber !== auth.certificate.egs.vatNumber) {
    return problem(
      400,
      'Invalid-CSR',
      `The new CSR's VAT number (UID ${vatNumber}) is not the current CSID's (${auth.certificate.egs.vatNumber ?? 'none'}).`,
    );
  }
  return grantCsid(context, check.csr, {
    kind: 'production',
    environment: request.environment,
    egsId: auth.csid.egsId,
    now,
    otp: otp.otp,
  });
};
