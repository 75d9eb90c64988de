/**
 * Our verdict on one document, from core's public functions only: `verifyInvoice` (the hash,
 * signature, signed properties, certificate and QR, for a signed document), and the rules —
 * `validateInvoice` on the XML (the model's rules and the amounts as written) and
 * `validateInvoice(parseInvoice(xml))` (the model's rules on what the parser reads, the path a
 * re-issuing caller takes). Both rule runs use the rule set zatca-validate runs (its SDK data are
 * `238-R3.4.8`), so that a difference is ours, not a difference of rule-file versions.
 */
import { FatooraError, ValidationError } from '@fatoora/core/errors';
import { parseInvoice } from '@fatoora/core/pipeline';
import { type RuleSet, validateInvoice } from '@fatoora/core/rules';
import { verifyInvoice } from '@fatoora/core/signing';

/** The rule set zatca-validate checks against (its SDK data folder is R3.4.8's). */
export const COMPARED_RULE_SET: RuleSet = '238-R3.4.8';

/** Findings split by severity: ZATCA rejects for an error and only warns for a warning. */
export interface SplitFindings {
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** What core says of a document. */
export interface OurVerdict {
  /** The document carries a XAdES signature (`ds:Signature`). */
  readonly signed: boolean;
  /** KSA-2 starts with `02`: a simplified document, whose signature and QR ZATCA always checks. */
  readonly simplified: boolean;
  /**
   * `verifyInvoice`'s finding codes (an unsigned document's say `signature-missing`), when the
   * XML could be read.
   */
  readonly verification?: SplitFindings;
  /** The rule ids of both `validateInvoice` runs, each listed once. */
  readonly rules: SplitFindings;
  /** Why the XML could not be read at all, when it could not (no verdict beyond that). */
  readonly unreadable?: string;
}

/**
 * Judges one document.
 *
 * @throws nothing of core's: a core error becomes part of the verdict; anything else is a bug.
 * @example
 * ```ts
 * const verdict = ourVerdict(signedXml);
 * verdict.verification?.errors; // [] when the signature holds
 * ```
 */
export function ourVerdict(xml: string): OurVerdict {
  let verification: ReturnType<typeof verifyInvoice>;
  try {
    verification = verifyInvoice(xml);
  } catch (error) {
    if (!(error instanceof FatooraError)) throw error;
    return { signed: false, simplified: false, rules: none, unreadable: error.message };
  }
  const signed = !verification.findings.some((finding) => finding.code === 'signature-missing');
  return {
    signed,
    simplified: verification.simplified,
    verification: split(verification.findings.map(codeAndSeverity)),
    rules: split([...rulesOfXml(xml), ...rulesOfModel(xml)]),
  };
}

const none: SplitFindings = { errors: [], warnings: [] };

interface Finding {
  readonly code: string;
  readonly severity: 'error' | 'warning';
}

const codeAndSeverity = (finding: { code: string; severity: 'error' | 'warning' }): Finding => ({
  code: finding.code,
  severity: finding.severity,
});

function rulesOfXml(xml: string): Finding[] {
  try {
    return validateInvoice(xml, { ruleSet: COMPARED_RULE_SET }).map((fault) => ({
      code: fault.rule,
      severity: fault.severity,
    }));
  } catch (error) {
    if (!(error instanceof FatooraError)) throw error;
    return [{ code: error.code, severity: 'error' }];
  }
}

function rulesOfModel(xml: string): Finding[] {
  try {
    return validateInvoice(parseInvoice(xml), { ruleSet: COMPARED_RULE_SET }).map((fault) => ({
      code: fault.rule,
      severity: fault.severity,
    }));
  } catch (error) {
    // The parser refuses a document it cannot make a model of, naming the rules broken.
    if (error instanceof ValidationError) {
      return error.faults.map((fault) => ({ code: fault.rule, severity: fault.severity }));
    }
    if (!(error instanceof FatooraError)) throw error;
    return [{ code: error.code, severity: 'error' }];
  }
}

/** Codes by severity, each once, in the order first met. */
function split(findings: readonly Finding[]): SplitFindings {
  const errors = new Set<string>();
  const warnings = new Set<string>();
  for (const finding of findings) (finding.severity === 'error' ? errors : warnings).add(finding.code);
  // A rule one run rates an error is not also listed as a warning.
  for (const code of errors) warnings.delete(code);
  return { errors: [...errors], warnings: [...warnings] };
}
