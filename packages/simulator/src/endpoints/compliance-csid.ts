/**
 * #1 `POST /compliance` — the compliance CSID. Checks the `OTP` header (400 `Invalid-OTP`; a
 * single-use OTP is spent only when the CSID is issued) and the CSR (400 `Invalid-CSR`, every problem listed: encoding, proof of possession, template name
 * of the environment, subject and EGS fields), then issues a certificate from the CSR and opens a
 * compliance request whose checks `POST /compliance/invoices` will fill in.
 */
import { base64 } from '@scure/base';
import { checkOtp, spendOtp } from '../auth/otp.ts';
import { decodeCsrField, readCsr } from '../ca/read-csr.ts';
import { save } from '../context.ts';
import { issueCsid } from '../csid/issue-csid.ts';
import { problem } from '../http/answer.ts';
import { bodyField, type EndpointHandler, headerValue } from '../http/api-request.ts';

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
  const otp = checkOtp(headerValue(request, 'otp'), request.environment, context.otp, context.state, now);
  if (!otp.ok) return problem(400, 'Invalid-OTP', otp.message);
  const der = decodeCsrField(bodyField(request, 'csr'));
  if (!der) return problem(400, 'Invalid-CSR', 'The "csr" field must be base64 of the CSR in PEM form.');
  const reading = readCsr(der, request.environment);
  if (!reading.ok) return problem(400, 'Invalid-CSR', reading.problems.join(' '));

  const { record, answer } = issueCsid(context.state, context.authority, reading.csr, {
    kind: 'compliance',
    environment: request.environment,
    now,
  });
  if (otp.singleUse) spendOtp(otp.otp, context.state);
  context.state.compliance[record.requestID] = {
    requestID: record.requestID,
    environment: request.environment,
    csr: base64.encode(der),
    passed: [],
  };
  await save(context, 'csids', 'compliance', ...(otp.singleUse ? (['otps'] as const) : []));
  return { status: 200, body: answer };
};
