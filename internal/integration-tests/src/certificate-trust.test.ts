/**
 * `verifyInvoice` anchored to the trust of the local Fatoora simulator: a document signed with a
 * CSID its CA issued is anchored by the CA certificate it gives (and serves on its admin API), and
 * neither the SDK sample nor a look-alike from a home-made CA is.
 */
import { createFatooraClient } from '@fatoora/core/api';
import { generatePrivateKey, importPrivateKey } from '@fatoora/core/crypto';
import { createCsr } from '@fatoora/core/csr';
import { signInvoice, stripSignature, verifyInvoice } from '@fatoora/core/signing';
import { type RunningSimulator, startSimulator } from '@fatoora/simulator';
import { SAMPLE_CSR_CONFIG } from '@fatoora/test-support/parties';
import { simulatorPerFile } from '@fatoora/test-support/simulator-per-file';
import {
  copiedParts,
  sec1PrivateKey,
  testCertificate,
  testKey,
} from '@fatoora/test-support/test-certificates';
import { samples } from '@fatoora/test-support/zatca-sdk-samples';
import { describe, expect, it } from 'vitest';

const simplified = samples.find(
  (sample) => sample.path === 'Data/Samples/Simplified/Invoice/Simplified_Invoice.xml',
)!;
const unsigned = stripSignature(simplified.xml);

let simulator: RunningSimulator;
// The Fatoora portal issued this unit the OTP 123345 (simulation has no fixed one).
simulatorPerFile(async () => {
  simulator = await startSimulator({ port: 0, otp: { codes: ['123345'] } });
  return simulator;
});

/** A compliance CSID from the simulator's CA, and the key it certifies. */
async function simulatorCsid() {
  const key = generatePrivateKey();
  const client = createFatooraClient({ baseUrl: simulator.url, environment: 'simulation', retry: false });
  const csr = createCsr(SAMPLE_CSR_CONFIG, key, { environment: 'simulation' });
  const csid = await client.requestComplianceCsid({ csr, otp: '123345' });
  return { key, certificate: csid.certificate };
}

describe('verifyInvoice anchored to the simulator’s CA', () => {
  it('anchors a document signed with a CSID the simulator issued', async () => {
    const { key, certificate } = await simulatorCsid();
    const xml = signInvoice(unsigned, { privateKey: key, certificate }).xml;
    const result = verifyInvoice(xml, { trustAnchors: [simulator.caCertificatePem] });
    expect(result.findings).toEqual([]);
    expect(result).toMatchObject({
      valid: true,
      trust: 'anchored',
      anchor: { subject: 'CN=FATOORA-SIMULATOR-CA, DC=simulator, DC=fatoora, DC=local' },
    });
  });

  it('takes the CA certificate the admin API serves', async () => {
    const { key, certificate } = await simulatorCsid();
    const xml = signInvoice(unsigned, { privateKey: key, certificate }).xml;
    const answer = (await (await fetch(`${simulator.url}/simulator/certificates`)).json()) as { ca: string };
    expect(answer.ca).toBe(simulator.caCertificatePem);
    expect(verifyInvoice(xml, { trustAnchors: [answer.ca] }).trust).toBe('anchored');
  });

  it('does not anchor the SDK sample, nor a look-alike from a home-made CA', () => {
    const anchors = { trustAnchors: [simulator.caCertificatePem] };
    const sample = verifyInvoice(simplified.xml, anchors);
    expect(sample.findings.map((finding) => finding.code)).toEqual(['certificate-untrusted']);
    const copied = copiedParts(sample.certificate!.der);
    const forgerKey = testKey();
    const signerKey = testKey();
    const forged = signInvoice(unsigned, {
      privateKey: importPrivateKey(sec1PrivateKey(signerKey)),
      certificate: testCertificate({
        subject: copied.subject,
        serialNumber: copied.serialNumber,
        extensions: copied.extensions,
        key: signerKey,
        issuer: { name: copied.issuer, key: forgerKey },
      }).pem,
    }).xml;
    expect(verifyInvoice(forged).trust).toBe('unverified');
    expect(verifyInvoice(forged).valid).toBe(true);
    expect(verifyInvoice(forged, anchors)).toMatchObject({
      valid: false,
      trust: 'unverified',
      findings: [expect.objectContaining({ code: 'certificate-untrusted' })],
    });
  });
});
