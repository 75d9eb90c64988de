/**
 * #4 `PATCH /production/csids` — renewing the production CSID, with the current production CSID,
 * an `OTP` header and a new CSR. A CSID of another environment or kind is 400
 * `Invalid-currentCSID`, unknown credentials 401. The CSR is checked as on onboarding and must fit
 * the unit: the same VAT number (UID) as the current certificate, else `Invalid-CSR` — except on
 * the developer portal, whose production CSID is the canned certificate of VAT 399999999900003
 * whatever CSR was sent (§2, §10): comparing a unit's CSR with it would refuse every unit that
 * names its own seller, which the portal's #3 never asked of it. By default
 * the platform grants the renewal at once (200 ISSUED; on the developer portal, the canned CSID
 * again). With the `renewal` behaviour at `428`, it answers 428 `NOT_COMPLIANT` with a compliance
 * CSID for the new CSR instead: the unit passes the compliance checks with it and then calls
 * `POST /production/csids` with its `requestID` (fatoora-api.md §5 #4). Either way the new CSID
 * continues the same EGS unit — the same chain — and the current one keeps working.
 */
import { base64 } from '@scure/base';
import { authenticate } from '../auth/basic-auth.ts';
import { type EndpointHandler, headerValue } from '../http/api-request.ts';
import { unauthorized } from '../http/platform-answers.ts';
import { csidCodeError } from './csid-answers.ts';
import { readRequestCsr } from './csr-request.ts';
import { grantCsid, grantDeveloperPortalCsid } from './grant-csid.ts';
import { checkOtpHeader } from './otp-header.ts';

/**
 * Renews a production CSID.
 *
 * @example
 * ```ts
 * // PATCH /production/csids  Authorization: Basic <production CSID>  OTP: 123345  {"csr": "<base64 of the new PEM>"}
 * // → 200 {requestID, binarySecurityToken, secret, …} | 428 {dispositionMessage: 'NOT_COMPLIANT', binarySecurityToken, secret, …}
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
  if (!auth.ok) {
    return auth.refusal === 'elsewhere' ? csidCodeError(context, 'Invalid-currentCSID') : unauthorized(now);
  }
  const otp = checkOtpHeader(request, context, now);
  if (!otp.ok) return otp.answer;
  const check = readRequestCsr(request, context);
  if (!check.ok) return check.answer;
  const { environment } = request;
  if (environment !== 'developer-portal' && check.csr.fields.vatNumber !== auth.certificate.egs.vatNumber)
    return csidCodeError(context, 'Invalid-CSR');

  if (context.behaviours.settings.renewal === '428') {
    return grantCsid(context, check.csr, {
      kind: 'compliance',
      environment,
      egsId: auth.csid.egsId,
      now,
      otp: otp.otp,
      notGrantedYet: true,
      fileWith: (csid) => {
        context.state.compliance[csid.requestID] = {
          requestID: csid.requestID,
          environment,
          csr: base64.encode(check.csr.der),
          passed: [],
        };
        return 'compliance';
      },
    });
  }
  if (environment === 'developer-portal') return grantDeveloperPortalCsid(context, otp.otp);
  return grantCsid(context, check.csr, {
    kind: 'production',
    environment,
    egsId: auth.csid.egsId,
    now,
    otp: otp.otp,
  });
};
