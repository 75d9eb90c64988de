/**
 * A document signed with a compliance CSID that a Fatoora platform on loopback (the local
 * simulator) issued, for the tests that anchor trust in the simulator's CA (the CLI's `verify`, the
 * demo's inspector): a fresh key, a CSR for the SDK's sample unit (`SAMPLE_CSR_CONFIG`, the SDK's
 * `csr-config-example-EN.properties`), a compliance CSID requested through core's API client with
 * an OTP minted by the simulator's admin API (simulation takes no fixed OTP) and no retries, and
 * the document re-signed with that key and certificate.
 */
import { type CsidResult, createFatooraClient } from '@fatoora/core/api';
import { generatePrivateKey } from '@fatoora/core/crypto';
import { createCsr } from '@fatoora/core/csr';
import { type SignedInvoice, signInvoice, stripSignature } from '@fatoora/core/signing';
import { SAMPLE_CSR_CONFIG } from '@fatoora/test-support/parties';

/** A document signed under a CSID the simulator issued, and that CSID. */
export interface SimulatorSignedDocument {
  readonly signed: SignedInvoice;
  readonly csid: CsidResult;
}

/**
 * Requests a compliance CSID from the simulator at `baseUrl` (environment `simulation`) and signs
 * `xml` (its own signature stripped first, if it has one) with it.
 *
 * @throws whatever the API client or `signInvoice` throws (a simulator that refuses the CSR, an
 *   invoice that cannot be signed).
 * @example
 * ```ts
 * const { signed, csid } = await signWithSimulatorCsid(simulator.url, sampleXml);
 * verifyInvoice(signed.xml, { trustAnchors: [simulator.caCertificatePem] });
 * ```
 */
export async function signWithSimulatorCsid(baseUrl: string, xml: string): Promise<SimulatorSignedDocument> {
  const privateKey = generatePrivateKey();
  const client = createFatooraClient({ baseUrl, environment: 'simulation', retry: false });
  const csid = await client.requestComplianceCsid({
    csr: createCsr(SAMPLE_CSR_CONFIG, privateKey, { environment: 'simulation' }),
    otp: await mintOtp(baseUrl),
  });
  const signed = signInvoice(stripSignature(xml), { privateKey, certificate: csid.certificate });
  return { signed, csid };
}

/** A single-use OTP from the simulator's stand-in for the Fatoora portal (`POST /simulator/otp`). */
async function mintOtp(baseUrl: string): Promise<string> {
  const response = await fetch(`${new URL(baseUrl).origin}/simulator/otp`, { method: 'POST' });
  if (!response.ok) throw new Error(`The simulator minted no OTP (${response.status}).`);
  return ((await response.json()) as { otp: string }).otp;
}
