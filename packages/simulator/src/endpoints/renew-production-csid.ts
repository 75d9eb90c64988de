/**
 * #4 `PATCH /production/csids` — renewing the production CSID, with the current production CSID,
 * an `OTP` header and a new CSR. The CSR is checked as on onboarding and must fit the unit: same
 * VAT number (UID) as the current certificate, else 400 `Invalid-CSR`. The new CSID continues the
 * same EGS unit — the same ICV/PIH chain; the old CSID keeps working until it expires.
 */

import { authenticate } from '../auth/basic-auth.ts';
import { checkOtp, spendOtp } from '../auth/otp.ts';
import { decodeCsrField, readCsr } from '../ca/read-csr.ts';
import { save } from '../context.ts';
import { issueCsid } from '../csid/issue-csid.ts';
import { problem } from '../http/answer.ts';
import { bodyField, type EndpointHandler, headerValue } from '../http/api-request.ts';

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
  const otp = checkOtp(headerValue(request, 'otp'), request.environment, context.otp, context.state, now);
  if (!otp.ok) return problem(400, 'Invalid-OTP', otp.message);
  const der = decodeCsrField(bodyField(request, 'csr'));
  if (!der) return problem(400, 'Invalid-CSR', 'The "csr" field must be base64 of the CSR in PEM form.');
  const reading = readCsr(der, request.environment);
  if (!reading.ok) return problem(400, 'Invalid-CSR', reading.problems.join(' '));
  if (reading.csr.fields.vatNumber !== auth.certificate.egs.vatNumber) {
    return problem(
      400,
      'Invalid-CSR',
      `The new CSR's VAT number (UID ${reading.csr.fields.vatNumber}) is not the current CSID's (${auth.certificate.egs.vatNumber ?? 'none'}).`,
    );
  }
  if (otp.singleUse) spendOtp(otp.otp, context.state);
  const { answer } = issueCsid(context.state, context.authority, reading.csr, {
    kind: 'production',
    environment: request.environment,
    egsId: auth.csid.egsId,
    now,
  });
  await save(context, 'csids', ...(otp.singleUse ? (['otps'] as const) : []));
  return { status: 200, body: answer };
};
