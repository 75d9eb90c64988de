import { describe, expect, it } from 'vitest';
import { sdkCertificateText, sdkPrivateKeyText } from '../../test/samples.ts';
import { parseCertificate } from '../crypto/certificate.ts';
import { importPrivateKey } from '../crypto/keys.ts';
import { DEVELOPER_PORTAL_CSID } from './developer-portal-csid.ts';

const bareBase64 = (text: string) => text.replace(/\s+/g, '');

describe('DEVELOPER_PORTAL_CSID', () => {
  it("is the SDK's test certificate and key, byte for byte", () => {
    expect(DEVELOPER_PORTAL_CSID.certificate).toBe(bareBase64(sdkCertificateText));
    expect(DEVELOPER_PORTAL_CSID.privateKey).toBe(bareBase64(sdkPrivateKeyText));
  });

  it('pairs the key with the certificate and names VAT 399999999900003', () => {
    const certificate = parseCertificate(DEVELOPER_PORTAL_CSID.certificate);
    const key = importPrivateKey(DEVELOPER_PORTAL_CSID.privateKey);
    expect(key.publicKey).toEqual(certificate.publicKey);
    expect(certificate.subject).toContain(DEVELOPER_PORTAL_CSID.vatNumber);
  });

  it("sends the token as fatoora-api.md §2 records it: base64 of the certificate's text", () => {
    const token = DEVELOPER_PORTAL_CSID.binarySecurityToken;
    expect(token).toHaveLength(1772);
    // The doc abridges it as `TUlJRDNqQ0ND…`; base64 of `MIID3jCCA4…` is `TUlJRDNqQ0NBNF…`, so only
    // the first eleven characters of its prefix can be right: the length and the end are checked.
    expect(token.startsWith('TUlJRDNqQ0N')).toBe(true);
    expect(token.endsWith('clhBPT0=')).toBe(true);
    expect(atob(token)).toBe(DEVELOPER_PORTAL_CSID.certificate);
  });
});
