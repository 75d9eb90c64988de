/**
 * `fatoora verify`: checks a signed invoice the way the platform does — hash, signature, signed
 * properties, certificate, QR and, given the previous hash, the PIH — and lists every finding. Who
 * issued the signing certificate is checked only against what the user trusts: CA certificates
 * (`--ca`) or the expected certificate (`--cert`). Without either, VALID says in so many words
 * that the document is only internally consistent: a home-made CA can copy ZATCA's CA's name.
 */
import { type InvoiceVerification, type VerificationFinding, verifyInvoice } from '@fatoora/core';
import { parseCommandArguments } from '../arguments.ts';
import { readCertificateFile, readTrustAnchorFiles } from '../certificate-files.ts';
import { onDocument } from '../inputs.ts';
import { type CliIo, readXmlFile } from '../io.ts';
import { toJson } from '../json.ts';
import { USAGE_LINES } from './usage-lines.ts';

export const verifyHelp = `${USAGE_LINES.verify}
  Verifies a signed invoice: hash, signature, signed properties, certificate, QR, and the PIH
  with --pih. Prints "VALID <hash> (…)" saying how far the certificate's issuer was checked, or
  one line per finding ("code: message") and exits 1. Findings ZATCA only warns about (a QR
  tag 3 written with a Z the IssueTime lacks) do not make a document invalid: they are printed as
  "warning code: message" lines, after VALID when there is no error.
  --ca <file>    a CA certificate trusted to issue signing certificates (PEM, base64 or DER; a
                 PEM file may hold several; repeatable): the certificate must be issued by one,
                 valid at the signing time, and an end-entity certificate (e.g. the simulator's
                 CA from GET /simulator/certificates)
  --cert <file>  the certificate the invoice must be signed with (pins it)
  Without --ca or --cert the issuer is not checked: VALID then means internally consistent only.
  --json prints the whole result, with "trust": anchored, pinned or unverified.`;

/** Runs `verify`; returns the exit code. */
export function verify(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArguments(
    'verify',
    args,
    {
      pih: { type: 'string' },
      cert: { type: 'string' },
      ca: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    },
    { min: 1, max: 1, names: '<invoice.xml>' },
  );
  const path = positionals[0]!;
  const certificate = typeof values.cert === 'string' ? readCertificateFile(io, values.cert) : undefined;
  const caFiles = values.ca as unknown as readonly string[] | undefined;
  const trustAnchors = caFiles === undefined ? undefined : readTrustAnchorFiles(io, caFiles);
  const xml = readXmlFile(io, path);
  const result = onDocument(path, () =>
    verifyInvoice(xml, {
      ...(typeof values.pih === 'string' ? { previousInvoiceHash: values.pih } : {}),
      ...(certificate ? { certificate } : {}),
      ...(trustAnchors ? { trustAnchors } : {}),
    }),
  );
  const errors = result.findings.filter((finding) => finding.severity === 'error');
  const warnings = result.findings.filter((finding) => finding.severity === 'warning');
  if (values.json) {
    io.stdout(`${toJson(result)}\n`);
  } else {
    if (result.valid) io.stdout(`VALID ${result.invoiceHash} (${trustWording(result)})\n`);
    for (const finding of errors) io.stdout(`${findingLine(finding)}\n`);
    for (const finding of warnings) io.stdout(`warning ${findingLine(finding)}\n`);
  }
  if (!result.valid)
    io.stderr(
      `${path}: INVALID (${plural(errors.length, 'finding')}${warnings.length > 0 ? `, ${plural(warnings.length, 'warning')}` : ''})\n`,
    );
  return result.valid ? 0 : 1;
}

function findingLine(finding: VerificationFinding): string {
  return `${finding.code}${finding.tag ? ` (tag ${finding.tag})` : ''}: ${finding.message}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** What a VALID verdict rests on, in words. */
function trustWording(result: InvoiceVerification): string {
  if (result.trust === 'anchored' && result.anchor) {
    return `signed by a certificate issued by ${result.anchor.subject}`;
  }
  if (result.trust === 'pinned' && result.certificate) {
    return `signed by the expected certificate ${result.certificate.subject}, serial ${result.certificate.serialNumber}`;
  }
  return 'internally consistent; issuer not checked: pass --ca or --cert';
}
