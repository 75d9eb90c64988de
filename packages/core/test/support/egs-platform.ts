/**
 * What the EGS unit's tests against a scripted platform need: CSID certificates issued by a
 * home-made CA for a unit's own key (as ZATCA's CA issues them from a CSR), the CSID answers that
 * carry them, the developer portal's canned production CSID answer, the invoice answers of the
 * compliance checks, and a reader for the signed document a request carried.
 */

import { OID } from '../../src/crypto/oids.ts';
import { decodeBase64 } from '../../src/encoding/base64.ts';
import { utf8Decode } from '../../src/encoding/utf8.ts';
import { DEVELOPER_PORTAL_CSID } from '../../src/model/developer-portal-csid.ts';
import { csidAnswerFor, invoiceAnswer } from './fatoora-answers.ts';
import type { RecordedRequest, ScriptedReply } from './fatoora-test-server.ts';
import { type TestKey, testCertificate, testKey, testName } from './test-certificates.ts';

const CA = { name: testName([[OID.commonName, 'eInvoicing']]), key: testKey() };

/**
 * A CSID certificate (base64 DER) for `key`, as the platform's CA issues one from a CSR.
 *
 * @example
 * ```ts
 * const unitKey = testKey();
 * server.reply({ body: csidAnswerFor(csidCertificateFor(unitKey), '1') });
 * ```
 */
export function csidCertificateFor(key: TestKey, commonName = 'TST-EGS-UNIT'): string {
  return testCertificate({ subject: testName([[OID.commonName, commonName]]), key, issuer: CA }).base64;
}

/** The developer portal's answer to `POST /production/csids`: its canned certificate and secret. */
export function developerPortalProductionAnswer(requestId = '1234567890999'): string {
  return csidAnswerFor(DEVELOPER_PORTAL_CSID.certificate, requestId, DEVELOPER_PORTAL_CSID.secret);
}

/** `count` passing compliance-check answers. */
export function passedChecks(count: number): ScriptedReply[] {
  return Array.from({ length: count }, () => ({ body: invoiceAnswer('clean') }));
}

/** The signed XML an invoice request (#2, #5, #6) carried. */
export function submittedXml(request: RecordedRequest | undefined): string {
  const body = request?.json as { invoice?: string } | undefined;
  if (typeof body?.invoice !== 'string') throw new Error('not an invoice request');
  return utf8Decode(decodeBase64(body.invoice));
}

/** The certificate (base64 DER) in a signed document's `ds:X509Certificate`. */
export function embeddedCertificate(xml: string): string | undefined {
  return /<ds:X509Certificate>([^<]+)<\/ds:X509Certificate>/.exec(xml)?.[1];
}
