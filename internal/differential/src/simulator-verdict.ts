/**
 * The simulator's answer to documents, asked the way an EGS unit asks ZATCA: the local simulator
 * is started in-process and each document goes to the compliance check (`POST
 * /compliance/invoices`) of its developer-portal environment, under a compliance CSID whose CSR
 * names the document's seller VAT number (the platform takes a document only from a CSID of its
 * seller) and whose key signed the document (the platform refuses a signature by another key, so
 * only the signer's own CSID gets an answer about the document itself).
 *
 * The only signing key anyone publishes is the SDK's test key, so the documents asked about are
 * the unsigned ones and those signed with that key; for a document signed with another key the
 * answer would be about the submitter, not the document, and none is asked for.
 */
import { type CsidResult, createFatooraClient, RejectedError } from '@fatoora/core/api';
import { importPrivateKey, publicKeySpki } from '@fatoora/core/crypto';
import { createCsr } from '@fatoora/core/csr';
import { FatooraError } from '@fatoora/core/errors';
import { DEVELOPER_PORTAL_CSID } from '@fatoora/core/model';
import { verifyInvoice } from '@fatoora/core/signing';
import { invoiceRootOf, textAt } from '@fatoora/core/ubl';
import { readXml } from '@fatoora/core/xml';
import { startSimulator } from '@fatoora/simulator';
import { SAMPLE_CSR_CONFIG } from '@fatoora/test-support/parties';

/** What the simulator answered about one document, or why it was not asked. */
export type SimulatorVerdict =
  | {
      readonly asked: true;
      /** 200 with PASS or WARNING. */
      readonly accepted: boolean;
      /** The codes of its error messages. */
      readonly errors: readonly string[];
      /** The codes of its warning messages. */
      readonly warnings: readonly string[];
    }
  | { readonly asked: false; readonly reason: string };

/** The OTP the developer portal always accepts. */
const DEVELOPER_PORTAL_OTP = '123345';

/**
 * Asks the simulator about each document (name → XML); answers come back under the same names.
 *
 * @throws {Error} when the simulator cannot start.
 * @example
 * ```ts
 * const answers = await simulatorVerdicts({ 'a.xml': signedXml });
 * answers.get('a.xml'); // { asked: true, accepted: true, errors: [], warnings: [...] }
 * ```
 */
export async function simulatorVerdicts(
  documents: Readonly<Record<string, string>>,
): Promise<Map<string, SimulatorVerdict>> {
  // One thread: the corpus is small, and the machine's other core runs zatca-validate.
  const simulator = await startSimulator({ defaultEnvironment: 'developer-portal', analysisThreads: 0 });
  const client = createFatooraClient({
    baseUrl: simulator.urlFor('developer-portal'),
    environment: 'developer-portal',
    retry: false,
  });
  const sdkKey = importPrivateKey(DEVELOPER_PORTAL_CSID.privateKey);
  const sdkPublicKey = publicKeySpki(sdkKey);
  const csids = new Map<string, Promise<CsidResult>>();
  const csidFor = (vatNumber: string) => {
    let csid = csids.get(vatNumber);
    if (!csid) {
      // A VAT group's CSR names the member's 10-digit TIN as its unit (core's CSR rules).
      const group = vatNumber.charAt(10) === '1';
      const csr = createCsr(
        {
          ...SAMPLE_CSR_CONFIG,
          vatNumber,
          commonName: `TST-886431145-${vatNumber}`,
          ...(group ? { organizationUnitName: vatNumber.slice(0, 10) } : {}),
        },
        sdkKey,
        { environment: 'developer-portal' },
      );
      csid = client.requestComplianceCsid({ csr, otp: DEVELOPER_PORTAL_OTP });
      csids.set(vatNumber, csid);
    }
    return csid;
  };
  const answers = new Map<string, SimulatorVerdict>();
  try {
    for (const [name, xml] of Object.entries(documents)) {
      answers.set(name, await ask(xml, sdkPublicKey, csidFor, client));
    }
  } finally {
    await simulator.close();
  }
  return answers;
}

async function ask(
  xml: string,
  sdkPublicKey: Uint8Array,
  csidFor: (vatNumber: string) => Promise<CsidResult>,
  client: ReturnType<typeof createFatooraClient>,
): Promise<SimulatorVerdict> {
  let signer: Uint8Array | undefined;
  let vatNumber: string | undefined;
  try {
    signer = verifyInvoice(xml).certificate?.spki;
    vatNumber = textAt(
      invoiceRootOf(readXml(xml)),
      'cac:AccountingSupplierParty',
      'cac:Party',
      'cac:PartyTaxScheme',
      'cbc:CompanyID',
    );
  } catch (error) {
    if (!(error instanceof FatooraError)) throw error;
    return { asked: false, reason: `unreadable: ${error.message}` };
  }
  if (signer && !sameBytes(signer, sdkPublicKey)) {
    return { asked: false, reason: 'signed with a key other than the SDK test key' };
  }
  if (!vatNumber) return { asked: false, reason: 'no seller VAT number to make a CSID for' };
  let csid: CsidResult;
  try {
    csid = await csidFor(vatNumber);
  } catch (error) {
    if (!(error instanceof FatooraError)) throw error;
    return { asked: false, reason: `no CSID for seller VAT ${vatNumber}: ${error.message}` };
  }
  const credentials = { binarySecurityToken: csid.binarySecurityToken, secret: csid.secret };
  try {
    const result = await client.checkInvoiceCompliance({ invoice: xml, credentials });
    return {
      asked: true,
      accepted: true,
      errors: [],
      warnings: result.validationResults.warningMessages.map((message) => message.code),
    };
  } catch (error) {
    if (error instanceof RejectedError && error.validationResults) {
      const results = error.validationResults;
      return {
        asked: true,
        accepted: false,
        errors: results.errorMessages.map((message) => message.code),
        warnings: results.warningMessages.map((message) => message.code),
      };
    }
    if (!(error instanceof FatooraError)) throw error;
    return { asked: false, reason: `the check failed: ${error.message}` };
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
