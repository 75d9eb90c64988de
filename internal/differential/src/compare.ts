/**
 * The comparison at the heart of the differential check: given what core, ZATCA's rule files
 * (zatca-validate) and the simulator say of one document, the ways they disagree. Pure: the
 * verdicts come in, the differences go out.
 *
 * - `false-rejection`: we report an error where ZATCA's tool does not — the document passes
 *   ZATCA's rule stages (XSD, EN, KSA) and a rule of ours fails it; or ZATCA rejects it for other
 *   rules and not for one of ours; or its QR and signature checks pass and `verifyInvoice` reports
 *   an error.
 * - `missed-rule`: ZATCA's rule files fail the document on a BR rule we do not report as an error
 *   (or its XSD stage fails it and our rules report nothing); for the rules on the stamp that core
 *   checks in `verifyInvoice` (BR-KSA-28, BR-KSA-30, BR-CL-KSA-14), its finding counts.
 * - `missed-signature-fault`: ZATCA's QR or signature check fails a signed document and
 *   `verifyInvoice` finds no error.
 * - `simulator-disagrees`: the simulator accepts what ZATCA's stages reject, or rejects what they
 *   accept.
 *
 * ZATCA's PIH stage is left out everywhere: it compares the PIH with the SDK's first-invoice seed,
 * a fact of the submitter's chain, not of the document.
 */
import type { OurVerdict } from './our-verdict.ts';
import type { SimulatorVerdict } from './simulator-verdict.ts';
import type { ZatcaDocumentVerdict, ZatcaStage } from './zatca-verdict.ts';

/** The ways two verdicts on a document can disagree. */
export const DIFFERENCE_KINDS = [
  'false-rejection',
  'missed-rule',
  'missed-signature-fault',
  'simulator-disagrees',
] as const;

/** A kind of disagreement. */
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

/** One disagreement about one document. */
export interface Difference {
  readonly kind: DifferenceKind;
  /**
   * What it is about: a rule id (`BR-KSA-72`), a `verifyInvoice` code (`signing-time-invalid`),
   * `XSD`, the failing ZATCA stages (`SIGNATURE`), or `verdict` for the simulator.
   */
  readonly subject: string;
  /** The disagreement in words. */
  readonly detail: string;
}

/** ZATCA's stages that judge the rules. */
const RULE_STAGES: readonly ZatcaStage[] = ['XSD', 'EN', 'KSA'];
/** ZATCA's stages that judge the cryptographic stamp. */
const STAMP_STAGES: readonly ZatcaStage[] = ['QR', 'SIGNATURE'];
/** `verifyInvoice` findings about the document's references rather than its stamp. */
const REFERENCE_FINDINGS = new Set(['pih-missing', 'pih-mismatch', 'not-an-invoice']);

const UNSTAMPED = [
  'signature-missing',
  'qr-missing',
  'qr-empty',
  'structure-duplicated',
  'structure-misplaced',
  'structure-unexpected',
];
/**
 * ZATCA's KSA rules on the stamp that core leaves to `verifyInvoice` (core README, "Signature,
 * QR and hash"), each with the findings that report the same fault: BR-KSA-28 and BR-KSA-30 fail
 * a simplified document whose QR attachment is empty or whose signature information or
 * `cac:Signature` method is not ZATCA's; BR-CL-KSA-14 an empty or over-long QR.
 */
const STAMP_RULES: Readonly<Record<string, readonly string[]>> = {
  'BR-KSA-28': UNSTAMPED,
  'BR-KSA-30': UNSTAMPED,
  'BR-CL-KSA-14': ['qr-empty', 'qr-malformed'],
};

/**
 * Every disagreement between the three verdicts on one document.
 *
 * @example
 * ```ts
 * compareVerdicts(ourVerdict(xml), zatca.get(name)!, simulator.get(name));
 * // [{ kind: 'missed-rule', subject: 'BR-CO-15', detail: '…' }]
 * ```
 */
export function compareVerdicts(
  ours: OurVerdict,
  zatca: ZatcaDocumentVerdict,
  simulator?: SimulatorVerdict,
): Difference[] {
  const differences: Difference[] = [];
  const add = (kind: DifferenceKind, subject: string, detail: string) =>
    differences.push({ kind, subject, detail });
  const rulesPass = passed(zatca, RULE_STAGES);
  const zatcaErrors = new Set(zatca.errors);

  if (ours.unreadable !== undefined && zatca.stages.XSD === 'PASSED') {
    add(
      'false-rejection',
      'unreadable',
      `core cannot read it (${ours.unreadable}); ZATCA's XSD stage passes it`,
    );
  }
  for (const rule of ours.rules.errors) {
    if (rulesPass) {
      add('false-rejection', rule, `we report ${rule} as an error; ZATCA's rule files pass the document`);
    } else if (zatca.stages.XSD === 'PASSED' && rule.startsWith('BR-') && !zatcaErrors.has(rule)) {
      add(
        'false-rejection',
        rule,
        `we report ${rule} as an error; ZATCA's rule files reject the document, but not for ${rule}`,
      );
    }
  }

  for (const code of new Set(zatca.errors)) {
    if (!code.startsWith('BR-') || ours.rules.errors.includes(code)) continue;
    if (STAMP_RULES[code]?.some((finding) => ours.verification?.errors.includes(finding))) continue;
    add(
      'missed-rule',
      code,
      ours.rules.warnings.includes(code)
        ? `ZATCA's rule files fail the document on ${code}; we report it only as a warning`
        : `ZATCA's rule files fail the document on ${code}; we do not report it`,
    );
  }
  if (zatca.stages.XSD !== 'PASSED' && ours.rules.errors.length === 0 && ours.unreadable === undefined) {
    add('missed-rule', 'XSD', "ZATCA's XSD stage fails the document; our rules report no error");
  }

  if (ours.signed && ours.verification) {
    const stampPasses = passed(zatca, STAMP_STAGES);
    for (const code of ours.verification.errors) {
      const judgedBy = REFERENCE_FINDINGS.has(code) ? [...RULE_STAGES, ...STAMP_STAGES] : STAMP_STAGES;
      if (passed(zatca, judgedBy)) {
        add(
          'false-rejection',
          code,
          `verifyInvoice reports ${code} as an error; ZATCA's ${judgedBy.join(', ')} stages pass the document`,
        );
      }
    }
    if (!stampPasses && ours.verification.errors.length === 0) {
      const failing = STAMP_STAGES.filter((stage) => zatca.stages[stage] !== 'PASSED');
      add(
        'missed-signature-fault',
        failing.join('+'),
        `ZATCA's ${failing.join(' and ')} stage fails the document (${zatca.errors.filter((code) => !code.startsWith('BR-')).join(', ') || 'no code'}); verifyInvoice finds no error`,
      );
    }
  }

  if (simulator?.asked) {
    const platformAccepts = zatcaAccepts(ours, zatca);
    if (simulator.accepted !== platformAccepts) {
      add(
        'simulator-disagrees',
        'verdict',
        `the simulator ${simulator.accepted ? 'accepts the document' : `rejects the document (${simulator.errors.join(', ')})`}; ZATCA's stages ${platformAccepts ? 'pass' : 'fail'} it`,
      );
    }
  }
  return differences;
}

/**
 * Whether ZATCA accepts the document as the platform judges it: the rule stages always, and the
 * QR and signature for a simplified document (which must be stamped) or any stamped one.
 *
 * @example
 * ```ts
 * zatcaAccepts(ourVerdict(xml), zatca.get(name)!); // true
 * ```
 */
export function zatcaAccepts(ours: OurVerdict, zatca: ZatcaDocumentVerdict): boolean {
  const stages = ours.signed || ours.simplified ? [...RULE_STAGES, ...STAMP_STAGES] : RULE_STAGES;
  return passed(zatca, stages);
}

function passed(zatca: ZatcaDocumentVerdict, stages: readonly ZatcaStage[]): boolean {
  return stages.every((stage) => zatca.stages[stage] === 'PASSED');
}
