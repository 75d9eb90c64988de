import { describe, expect, it } from 'vitest';
import { samples, sdkCertificateText, sdkPrivateKeyText } from '../../test/samples.ts';
import { importPrivateKey } from '../crypto/keys.ts';
import { descendantElements } from '../xml/dom.ts';
import { NS } from '../xml/namespaces.ts';
import { readXml } from '../xml/read-xml.ts';
import { invoiceRoot } from './invoice-facts.ts';
import { FIRST_PREVIOUS_INVOICE_HASH, hashInvoice } from './invoice-hash.ts';
import { signInvoice } from './sign-invoice.ts';
import { hexDigestBase64, signedPropertiesDigestInput } from './signed-properties.ts';
import { stripSignature } from './strip-signature.ts';
import { checkInvoiceStructure, SIGNATURE_EXTENSION_URI } from './structure-check.ts';
import { type VerificationFinding, verifyInvoice } from './verify-invoice.ts';

const sample = samples.find((s) => s.path === 'Data/Samples/Simplified/Invoice/Simplified_Invoice.xml')!;
const genuine = sample.xml;

const EXTENSION = `ext:UBLExtensions/ext:UBLExtension[ExtensionURI=${SIGNATURE_EXTENSION_URI}]`;
const SIGNATURE_PATH = `${EXTENSION}/ext:ExtensionContent/sig:UBLDocumentSignatures/sac:SignatureInformation`;
const DS_SIGNATURE = `${SIGNATURE_PATH}/ds:Signature`;
const SIGNED_INFO = `${DS_SIGNATURE}/ds:SignedInfo`;
const SIGNED_PROPERTIES = `${DS_SIGNATURE}/ds:Object/xades:QualifyingProperties/xades:SignedProperties`;
const CERT = `${SIGNED_PROPERTIES}/xades:SignedSignatureProperties/xades:SigningCertificate/xades:Cert`;

/** The first `<open …</close>` block of `xml`. */
function block(xml: string, open: string, close = `</${open.slice(1).split(/[ >]/)[0]}>`): string {
  const start = xml.indexOf(open);
  const end = xml.indexOf(close, start);
  if (start < 0 || end < 0) throw new Error(`no ${open} block`);
  return xml.slice(start, end + close.length);
}

/** Inserts `text` right after the first occurrence of `anchor`. */
function after(xml: string, anchor: string, text: string): string {
  const at = xml.indexOf(anchor);
  if (at < 0) throw new Error(`no ${anchor}`);
  return xml.slice(0, at + anchor.length) + text + xml.slice(at + anchor.length);
}

/** Inserts `text` right before the first occurrence of `anchor`. */
function before(xml: string, anchor: string, text: string): string {
  const at = xml.indexOf(anchor);
  if (at < 0) throw new Error(`no ${anchor}`);
  return xml.slice(0, at) + text + xml.slice(at);
}

/** The ICV, PIH or QR reference of `xml`. */
function referenceBlock(xml: string, id: string): string {
  const at = xml.indexOf(`<cbc:ID>${id}</cbc:ID>`);
  const start = xml.lastIndexOf('<cac:AdditionalDocumentReference>', at);
  const close = '</cac:AdditionalDocumentReference>';
  const end = xml.indexOf(close, at);
  if (at < 0 || start < 0 || end < 0) throw new Error(`no ${id} reference`);
  return xml.slice(start, end + close.length);
}

/** Rewrites the `#xadesSignedProperties` digest to match the (changed) SignedProperties: SignedInfo is not signed. */
function redigestSignedProperties(xml: string): string {
  const properties = descendantElements(readXml(xml), NS.xades, 'SignedProperties')[0]!;
  const reference = block(xml, '<ds:Reference Type=');
  const digest = /<ds:DigestValue>([^<]+)</.exec(reference)![1]!;
  return xml.replace(reference, () =>
    reference.replace(digest, hexDigestBase64(signedPropertiesDigestInput(properties))),
  );
}

const invoiceLine = block(genuine, '<cac:InvoiceLine>');
const dsSignature = block(genuine, '<ds:Signature ');
const signedProperties = block(genuine, '<xades:SignedProperties ');
const qrReference = referenceBlock(genuine, 'QR');
/** A copy of the SignedProperties that parses on its own (its prefixes are declared further up). */
const standaloneSignedProperties = signedProperties.replace(
  '<xades:SignedProperties ',
  `<xades:SignedProperties xmlns:xades="${NS.xades}" xmlns:ds="${NS.ds}" `,
);

const structureCodes = new Set(['structure-duplicated', 'structure-misplaced', 'structure-unexpected']);
const withoutStructure = (findings: readonly VerificationFinding[]) =>
  findings.filter((finding) => !structureCodes.has(finding.code));
const structure = (findings: readonly VerificationFinding[]) =>
  findings.filter((finding) => structureCodes.has(finding.code)).map(({ code, path }) => ({ code, path }));

/** A structure finding as the tests compare them. */
type StructureFinding = { readonly code: string; readonly path: string };

/** A hostile change to the genuine document, and the structure findings it must get. */
interface Attack {
  readonly title: string;
  readonly mutate: (xml: string) => string;
  readonly expected: readonly StructureFinding[];
}

/**
 * Verifies `xml` against the SDK's first PIH and certificate and checks that it fails on the
 * `expected` structure findings alone: without them, the document would verify.
 */
function expectOnlyStructureFindings(xml: string, expected: readonly StructureFinding[]): void {
  const result = verifyInvoice(xml, {
    previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
    certificate: sdkCertificateText,
  });
  expect(withoutStructure(result.findings)).toEqual([]);
  expect(result.valid).toBe(false);
  expect(structure(result.findings)).toEqual(expected);
}

describe('checkInvoiceStructure on the SDK samples', () => {
  it('finds nothing in any of the 45 signed samples', () => {
    expect(samples).toHaveLength(45);
    for (const { path, xml } of samples) {
      expect({ path, findings: checkInvoiceStructure(invoiceRoot(readXml(xml))) }).toEqual({
        path,
        findings: [],
      });
    }
  });

  it('finds nothing in an invoice signed by signInvoice', () => {
    const { xml } = signInvoice(stripSignature(genuine), {
      privateKey: importPrivateKey(sdkPrivateKeyText),
      certificate: sdkCertificateText,
      signingTime: '2024-01-14T10:26:49',
    });
    expect(checkInvoiceStructure(invoiceRoot(readXml(xml)))).toEqual([]);
  });

  it('leaves the genuine sample valid', () => {
    const result = verifyInvoice(genuine, {
      previousInvoiceHash: FIRST_PREVIOUS_INVOICE_HASH,
      certificate: sdkCertificateText,
    });
    expect(result.findings).toEqual([]);
    expect(result.valid).toBe(true);
  });
});

/** Attacks in the parts the hash leaves out: the document keeps its hash and its signature. */
const unsignedAreaAttacks: readonly Attack[] = [
  {
    title: 'a second ds:Signature after the real one',
    mutate: (xml) => after(xml, dsSignature, dsSignature),
    expected: [{ code: 'structure-duplicated', path: DS_SIGNATURE }],
  },
  {
    title: 'a second xades:SignedProperties with the same Id after the real one',
    mutate: (xml) =>
      after(xml, signedProperties, signedProperties.replace(/\d{4}-\d\d-\d\dT[\d:]+/, '2030-01-01T00:00:00')),
    expected: [{ code: 'structure-duplicated', path: SIGNED_PROPERTIES }],
  },
  {
    title: 'a second xades:SignedProperties beside the qualifying properties',
    mutate: (xml) => before(xml, '</ds:Object>', standaloneSignedProperties),
    expected: [{ code: 'structure-misplaced', path: `${DS_SIGNATURE}/ds:Object/xades:SignedProperties` }],
  },
  {
    title: 'an extra root cac:Signature',
    mutate: (xml) => after(xml, block(xml, '<cac:Signature>'), block(xml, '<cac:Signature>')),
    expected: [{ code: 'structure-duplicated', path: 'cac:Signature' }],
  },
  {
    title: 'an extra ext:UBLExtensions',
    mutate: (xml) => after(xml, block(xml, '<ext:UBLExtensions>'), block(xml, '<ext:UBLExtensions>')),
    expected: [{ code: 'structure-duplicated', path: 'ext:UBLExtensions' }],
  },
  {
    title: 'a second signature ext:UBLExtension',
    mutate: (xml) => after(xml, block(xml, '<ext:UBLExtension>'), block(xml, '<ext:UBLExtension>')),
    expected: [{ code: 'structure-duplicated', path: EXTENSION }],
  },
  {
    title: 'another ext:UBLExtension hiding an invoice line',
    mutate: (xml) =>
      before(
        xml,
        '</ext:UBLExtensions>',
        `<ext:UBLExtension><ext:ExtensionURI>urn:example</ext:ExtensionURI><ext:ExtensionContent>${invoiceLine}</ext:ExtensionContent></ext:UBLExtension>`,
      ),
    expected: [
      { code: 'structure-unexpected', path: 'ext:UBLExtensions/ext:UBLExtension[ExtensionURI=urn:example]' },
    ],
  },
  {
    title: 'a second sig:UBLDocumentSignatures',
    mutate: (xml) => {
      const signatures = block(xml, '<sig:UBLDocumentSignatures ');
      return after(xml, signatures, signatures);
    },
    expected: [
      {
        code: 'structure-duplicated',
        path: `${EXTENSION}/ext:ExtensionContent/sig:UBLDocumentSignatures`,
      },
    ],
  },
  {
    title: 'a second sac:SignatureInformation',
    mutate: (xml) =>
      after(xml, block(xml, '<sac:SignatureInformation>'), block(xml, '<sac:SignatureInformation>')),
    expected: [{ code: 'structure-duplicated', path: SIGNATURE_PATH }],
  },
  {
    title: 'an extra QR reference hiding an invoice line',
    mutate: (xml) =>
      after(xml, qrReference, before(qrReference, '</cac:AdditionalDocumentReference>', invoiceLine)),
    expected: [{ code: 'structure-duplicated', path: 'cac:AdditionalDocumentReference[ID=QR]' }],
  },
  {
    title: 'an invoice line hidden in the QR reference',
    mutate: (xml) => before(xml, '</cac:AdditionalDocumentReference><cac:Signature>', invoiceLine),
    expected: [
      { code: 'structure-unexpected', path: 'cac:AdditionalDocumentReference[ID=QR]/cac:InvoiceLine' },
    ],
  },
  {
    title: 'a second QR attachment',
    mutate: (xml) => {
      const attachment = block(qrReference, '<cac:Attachment>');
      return after(xml, attachment, attachment);
    },
    expected: [
      { code: 'structure-duplicated', path: 'cac:AdditionalDocumentReference[ID=QR]/cac:Attachment' },
    ],
  },
  {
    title: 'a ds:Signature hidden in the QR attachment',
    mutate: (xml) => xml.replace(qrReference, () => before(qrReference, '</cac:Attachment>', dsSignature)),
    expected: [
      {
        code: 'structure-misplaced',
        path: 'cac:AdditionalDocumentReference[ID=QR]/cac:Attachment/ds:Signature',
      },
    ],
  },
  {
    title: 'a ds:Signature hidden in cac:Signature',
    mutate: (xml) => before(xml, '</cac:Signature>', dsSignature),
    expected: [{ code: 'structure-misplaced', path: 'cac:Signature/ds:Signature' }],
  },
  {
    title: 'a ds:Signature nested in the real one',
    mutate: (xml) => before(xml, '</ds:Object>', dsSignature),
    expected: [{ code: 'structure-misplaced', path: `${DS_SIGNATURE}/ds:Object/ds:Signature` }],
  },
  {
    title: 'another element bearing the SignedProperties Id',
    mutate: (xml) => before(xml, '</cac:Signature>', '<cbc:Note Id="xadesSignedProperties">x</cbc:Note>'),
    expected: [{ code: 'structure-duplicated', path: 'cac:Signature/cbc:Note' }],
  },
  {
    title: 'a duplicated ds:Reference invoiceSignedData',
    mutate: (xml) => {
      const reference = block(xml, '<ds:Reference Id="invoiceSignedData"');
      return after(
        xml,
        reference,
        reference.replace(/<ds:DigestValue>[^<]+</, `<ds:DigestValue>${'A'.repeat(43)}=<`),
      );
    },
    expected: [{ code: 'structure-duplicated', path: `${SIGNED_INFO}/ds:Reference[Id=invoiceSignedData]` }],
  },
  {
    title: 'a duplicated ds:Reference #xadesSignedProperties',
    mutate: (xml) => after(xml, block(xml, '<ds:Reference Type='), block(xml, '<ds:Reference Type=')),
    expected: [
      { code: 'structure-duplicated', path: `${SIGNED_INFO}/ds:Reference[URI=#xadesSignedProperties]` },
    ],
  },
  {
    title: 'a third ds:Reference',
    mutate: (xml) =>
      after(
        xml,
        block(xml, '<ds:Reference Type='),
        block(xml, '<ds:Reference Type=').replace('URI="#', 'URI="#x'),
      ),
    expected: [{ code: 'structure-unexpected', path: `${SIGNED_INFO}/ds:Reference` }],
  },
  {
    title: 'a duplicated ds:SignedInfo',
    mutate: (xml) => after(xml, block(xml, '<ds:SignedInfo>'), block(xml, '<ds:SignedInfo>')),
    expected: [{ code: 'structure-duplicated', path: SIGNED_INFO }],
  },
  {
    title: 'a duplicated ds:SignatureValue',
    mutate: (xml) => after(xml, block(xml, '<ds:SignatureValue>'), block(xml, '<ds:SignatureValue>')),
    expected: [{ code: 'structure-duplicated', path: `${DS_SIGNATURE}/ds:SignatureValue` }],
  },
  {
    title: 'a duplicated ds:KeyInfo',
    mutate: (xml) => after(xml, block(xml, '<ds:KeyInfo>'), block(xml, '<ds:KeyInfo>')),
    expected: [{ code: 'structure-duplicated', path: `${DS_SIGNATURE}/ds:KeyInfo` }],
  },
  {
    title: 'a duplicated ds:X509Certificate',
    mutate: (xml) => after(xml, block(xml, '<ds:X509Certificate>'), block(xml, '<ds:X509Certificate>')),
    expected: [
      { code: 'structure-duplicated', path: `${DS_SIGNATURE}/ds:KeyInfo/ds:X509Data/ds:X509Certificate` },
    ],
  },
  {
    title: 'a duplicated xades:SigningTime (with the SignedProperties digest rewritten)',
    mutate: (xml) =>
      redigestSignedProperties(
        after(
          xml,
          block(xml, '<xades:SigningTime>'),
          '<xades:SigningTime>2030-01-01T00:00:00</xades:SigningTime>',
        ),
      ),
    expected: [
      {
        code: 'structure-duplicated',
        path: `${SIGNED_PROPERTIES}/xades:SignedSignatureProperties/xades:SigningTime`,
      },
    ],
  },
  {
    title: 'a duplicated xades:Cert (with the SignedProperties digest rewritten)',
    mutate: (xml) =>
      redigestSignedProperties(after(xml, block(xml, '<xades:Cert>'), block(xml, '<xades:Cert>'))),
    expected: [{ code: 'structure-duplicated', path: CERT }],
  },
];

describe('verifyInvoice on duplicated or hidden structures in the unsigned parts', () => {
  for (const { title, mutate, expected } of unsignedAreaAttacks) {
    it(`reports ${title}, which keeps the hash and the signature`, () => {
      const mutated = mutate(genuine);
      expect(mutated).not.toBe(genuine);
      expect(hashInvoice(mutated)).toBe(sample.expectedHash);
      expectOnlyStructureFindings(mutated, expected);
    });
  }
});

/** Attacks in the hashed part: a signer produces the ambiguous document and signs it. */
const signedAreaAttacks: readonly Attack[] = [
  ...(['UUID', 'ID', 'IssueDate', 'IssueTime', 'InvoiceTypeCode'] as const).map((name) => ({
    title: `a second cbc:${name}`,
    mutate: (xml: string) => {
      const element = block(xml, `<cbc:${name}`, `</cbc:${name}>`);
      return after(xml, element, element);
    },
    expected: [{ code: 'structure-duplicated', path: `cbc:${name}` }],
  })),
  ...(['AccountingSupplierParty', 'AccountingCustomerParty', 'LegalMonetaryTotal'] as const).map((name) => ({
    title: `a second cac:${name}`,
    mutate: (xml: string) => after(xml, block(xml, `<cac:${name}>`), block(xml, `<cac:${name}>`)),
    expected: [{ code: 'structure-duplicated', path: `cac:${name}` }],
  })),
  {
    title: 'a second ICV reference hiding an invoice line',
    mutate: (xml) => {
      const icv = block(xml, '<cac:AdditionalDocumentReference>');
      return after(xml, icv, before(icv, '</cac:AdditionalDocumentReference>', invoiceLine));
    },
    expected: [{ code: 'structure-duplicated', path: 'cac:AdditionalDocumentReference[ID=ICV]' }],
  },
  {
    title: 'a second PIH reference',
    mutate: (xml) => {
      const pih = referenceBlock(xml, 'PIH');
      return after(xml, pih, pih);
    },
    expected: [{ code: 'structure-duplicated', path: 'cac:AdditionalDocumentReference[ID=PIH]' }],
  },
  {
    title: 'an invoice line hidden in the PIH reference',
    mutate: (xml) => after(xml, block(xml, '<cac:Attachment>'), invoiceLine),
    expected: [
      { code: 'structure-unexpected', path: 'cac:AdditionalDocumentReference[ID=PIH]/cac:InvoiceLine' },
    ],
  },
  {
    title: 'a ds:Signature directly under the root',
    mutate: (xml) => before(xml, '<cac:AccountingSupplierParty>', dsSignature),
    expected: [{ code: 'structure-misplaced', path: 'ds:Signature' }],
  },
  {
    title: 'a xades:SignedProperties deep inside an invoice line',
    mutate: (xml) => before(xml, '</cac:Item>', standaloneSignedProperties),
    expected: [{ code: 'structure-misplaced', path: 'cac:InvoiceLine/cac:Item/xades:SignedProperties' }],
  },
];

describe('verifyInvoice on duplicated or misplaced structures that were signed', () => {
  const privateKey = importPrivateKey(sdkPrivateKeyText);
  for (const { title, mutate, expected } of signedAreaAttacks) {
    it(`reports ${title}, although the signature over it is good`, () => {
      const unsigned = mutate(stripSignature(genuine));
      const { xml } = signInvoice(unsigned, {
        privateKey,
        certificate: sdkCertificateText,
        signingTime: '2024-01-14T10:26:49',
      });
      expectOnlyStructureFindings(xml, expected);
    });
  }
});

describe('checkInvoiceStructure on hostile input', () => {
  it('walks a very deep document without recursion', () => {
    const depth = 50_000;
    const deep = `${'<cac:X>'.repeat(depth)}<ds:Signature xmlns:ds="${NS.ds}"/>${'</cac:X>'.repeat(depth)}`;
    const xml = before(genuine, '<cac:AccountingSupplierParty>', deep);
    // The reader caps depth at 64 by default; a caller may raise it, so the check must not recurse.
    const root = invoiceRoot(readXml(xml, { maxDepth: depth + 10 }));
    const findings = checkInvoiceStructure(root);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.code).toBe('structure-misplaced');
    expect(findings[0]!.path.startsWith('…/cac:X/')).toBe(true);
  });
});
