/**
 * Signs with ZATCA's SDK test key and certificate at a fixed time, the way the conformance tests
 * do, so that every signed fixture is reproducible.
 */
import { parseCertificate } from '../../src/crypto/certificate.ts';
import { importPrivateKey } from '../../src/crypto/keys.ts';
import { signInvoice } from '../../src/signing/sign-invoice.ts';
import { sdkCertificateText, sdkPrivateKeyText } from '../samples.ts';

const privateKey = importPrivateKey(sdkPrivateKeyText);
const certificate = parseCertificate(sdkCertificateText);

/** The signed XML of an unsigned invoice. */
export function signWithSdkKey(xml: string, signingTime = '2024-05-01T10:15:00'): string {
  return signInvoice(xml, { privateKey, certificate, signingTime }).xml;
}
