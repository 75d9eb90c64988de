/**
 * #1 `POST /compliance` — the compliance CSID. Checks the `OTP` header (`Missing-OTP`,
 * `Invalid-OTP`; a single-use OTP is spent only when the CSID is issued) and the CSR (`Missing-CSR`,
 * `Invalid-CSR`, or the CA's `NOT_COMPLIANT` refusal: `csr-request.ts`), then issues a certificate
 * from the CSR and opens a compliance request whose checks `POST /compliance/invoices` fills in.
 * In every environment, the developer portal included, the compliance CSID is made from the CSR.
 */
import { base64 } from '@scure/base';
import type { EndpointHandler } from '../http/api-request.ts';
import { readRequestCsr } from './csr-request.ts';
import { grantCsid } from './grant-csid.ts';
import { checkOtpHeader } from './otp-header.ts';

/**
 * Issues a compliance CSID.
 *
 * @example
 * ```ts
 * // POST /compliance  OTP: 123345  {"csr": "<base64 of the PEM>"}
 * // → 200 {requestID, tokenType, dispositionMessage: 'ISSUED', binarySecurityToken, secret, errors: null}
 * ```
 */
export const requestComplianceCsid: EndpointHandler = async (request, context) => {
  const now = context.now();
  const otp = checkOtpHeader(request, context, now);
  if (!otp.ok) return otp.answer;
  const check = readRequestCsr(request, context);
  if (!check.ok) return check.answer;

  return grantCsid(context, check.csr, {
    kind: 'compliance',
    environment: request.environment,
    now,
    otp: otp.otp,
    fileWith: (csid) => {
      context.state.compliance[csid.requestID] = {
        requestID: csid.requestID,
        environment: request.environment,
        csr: base64.encode(check.csr.der),
        passed: [],
      };
      return 'compliance';
    },
  });
};
