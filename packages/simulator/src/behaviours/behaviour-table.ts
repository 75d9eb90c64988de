/**
 * The platform behaviours that ZATCA's documents and integrators' reports leave unsettled
 * (`shared/docs/fatoora-api.md` §11), as one table: each behaviour's name (the key used by
 * `startSimulator({ behaviours })`, `fatoora simulator --behaviour <name>=<value>` and
 * `/simulator/behaviours`), the question it answers, the values it takes with what each does, the
 * default the doc gives, and the sources behind it (the doc's trust tags). The README's behaviour
 * table and the command's help are written from this table, so the three cannot drift. A behaviour
 * with one value records a default the doc fixes; a `text` behaviour takes any non-empty text.
 */

/** A behaviour that takes one of a few values. */
export interface ChoiceBehaviour {
  /** The question of §11 it settles. */
  readonly question: string;
  /** Each value and what the simulator does with it. */
  readonly values: Readonly<Record<string, string>>;
  readonly default: string;
  /** The evidence, with fatoora-api.md's trust tags. */
  readonly source: string;
}

/** A behaviour that takes a free text (a code or a message). */
export interface TextBehaviour {
  readonly question: string;
  /** What the text is used for. */
  readonly text: string;
  readonly default: string;
  readonly source: string;
}

/** One row of {@link BEHAVIOURS}. */
export type BehaviourDefinition = ChoiceBehaviour | TextBehaviour;

/**
 * The unsettled behaviours, their values and defaults.
 *
 * @example
 * ```ts
 * BEHAVIOURS['duplicate-clearance'].default; // '208'
 * Object.keys(BEHAVIOURS['renewal'].values); // ['issued', '428']
 * ```
 */
export const BEHAVIOURS = {
  'pih-chain': {
    question: 'PIH chain at submission',
    values: {
      format:
        'The PIH (KSA-13) is checked for its form only: base64 of a SHA-256 digest (44 characters) or the 88-character first-document seed, else warning BR-KSA-26. Documents may arrive in any order.',
      'chain-warning':
        "Also a warning when the PIH is not the hash of the unit's previous document (code `invalid-previous-invoice-hash`, the simulator's own: no platform body is known).",
    },
    default: 'format',
    source:
      '[OAS] lists a PIH validation; no live rejection found; out of order allowed [CODE odoo/odoo#242798]; BR-KSA-26 is a warning [SDK]',
  },
  'duplicate-clearance': {
    question: 'A clearance of a document already cleared (same invoice hash)',
    values: {
      '208': '208 with `CLEARED` and the `clearedInvoice` of the first clearance.',
      '409':
        '409 `NOT_CLEARED`, `clearedInvoice` null, one error entry `Invoice-Errors` / `Duplicate-Invoice` "Invoice Hash Previously Submitted".',
    },
    default: '208',
    source: '[OAS] 208; 409 reported live by zatca-kit [RPT]',
  },
  'early-production-csid': {
    question: '`POST /production/csids` before every compliance step passed',
    values: {
      'missing-steps':
        '400 `{"code":"Missing-ComplianceSteps","message":"The compliance certificate is not done with the following compliance steps yet [standard-compliant,…]"}`: the missing steps by ZATCA\'s names, comma-separated without spaces.',
      'missing-steps-list':
        '400 `{"errors":[{"code":"Missing-ComplianceSteps","message":"Compliance steps for this CSID are not yet complete"}]}`.',
      'not-compliant':
        '200 `NOT_COMPLIANT` (`requestID` -1, no token) with the missing-steps text in `errors`.',
    },
    default: 'missing-steps',
    source: '[LIVE ERPGulf/zatca_erpgulf#45] flat body; [OAS] list body; 200 NOT_COMPLIANT [RPT]',
  },
  'csid-error-shape': {
    question: 'Shape of the code errors of the CSID calls (#1, #3, #4)',
    values: {
      flat: '`{"code":…,"message":…}`.',
      list: '`{"errors":[{"code":…,"message":…}]}`.',
    },
    default: 'flat',
    source: '[LIVE] flat; [OAS] list. CA refusals are `NOT_COMPLIANT` bodies either way',
  },
  'expired-otp-code': {
    question: 'Expired OTP (`222222` on the developer portal, a minted one after its hour): code',
    text: 'The `code` of the 400.',
    default: 'Invalid-OTP',
    source: 'code and text undocumented [OAS examples name 222222 only]',
  },
  'expired-otp-message': {
    question: 'Expired OTP: message',
    text: 'The `message` of the 400.',
    default: 'The provided OTP is expired',
    source: 'a placeholder: no platform text is known',
  },
  'developer-portal-otps': {
    question: 'OTPs other than 123345, 111111 and 222222 on the developer portal',
    values: {
      accept: 'Accepted, as 123345 is.',
      reject: '400 `Invalid-OTP` "The provided OTP is invalid".',
    },
    default: 'accept',
    source: '"any OTP works" [RPT]',
  },
  'template-names': {
    question: 'CSR certificate template name (extension 1.3.6.1.4.1.311.20.2)',
    values: {
      'per-environment':
        "The developer portal takes any name (ZATCA's own example CSR says ZATCA-Code-Signing); simulation takes only PREZATCA-Code-Signing, production only ZATCA-Code-Signing.",
      strict: 'Each environment takes only its own name (the developer portal TSTZATCA-Code-Signing).',
    },
    default: 'per-environment',
    source:
      'developer portal lenient [CODE Odoo]; refusal 400 NOT_COMPLIANT, requestID -2, "Denied by Policy Module" [LIVE ERPGulf/zatca_erpgulf#74]',
  },
  'long-csr-attribute': {
    question: 'A CSR attribute over 64 UTF-8 bytes',
    values: {
      'not-compliant':
        '400 `{"requestID":-1,"tokenType":null,"dispositionMessage":"NOT_COMPLIANT"}` (no token, no errors).',
      'count-characters':
        "The limit counted in characters, as X.520's upper bound is: an attribute of up to 64 letters passes whatever its UTF-8 bytes (ZATCA's own SDK example `csr-config-example-AR.properties` names a 43-letter company, 79 bytes); a longer one gets the same 400.",
    },
    default: 'not-compliant',
    source:
      "body seen without token and errors, status unknown [CODE odoo/odoo#276861, where the byte count is the client library's check]; ZATCA's own Arabic example exceeds 64 bytes [SDK]",
  },
  'clearance-status-header': {
    question: 'The `Clearance-Status` header (#5 `0`, #6 `1`)',
    values: {
      accept: 'Taken as sent, never checked.',
      enforce:
        "400 (`NOT_REPORTED` / `NOT_CLEARED`, error `Invalid-ClearanceStatus`) when it is missing or not the endpoint's value; no body for this is known, so it takes the endpoint's documented 400.",
    },
    default: 'accept',
    source: 'required in [OAS], never seen enforced [CODE]',
  },
  'standard-on-reporting': {
    question: 'A standard (`01…`) document sent to reporting while clearance is on',
    values: {
      '303':
        '303 `{"message":"Clearance is activated. Please use the /invoices/clearance/single endpoint instead."}` (the wording mirrors INFO-303; ZATCA\'s is unknown); nothing is recorded.',
      '400': "400 `NOT_REPORTED` with error `invalid-invoice-type` (the simulator's own code).",
    },
    default: '303',
    source: 'one reading of the manual says 303 [RPT]',
  },
  'simplified-on-clearance': {
    question: 'A simplified (`02…`) document sent to clearance',
    values: {
      '400':
        "400 `NOT_CLEARED`, `clearedInvoice` null, error `invalid-invoice-type` (the simulator's own code).",
    },
    default: '400',
    source: 'no evidence',
  },
  clearance: {
    question: 'Clearance switched on or off',
    values: {
      on: 'Clearance clears standard documents.',
      off: 'Every clearance answers 303 INFO-303 `{"message":"Clearance is deactiviated. Please use the /invoices/reporting/single endpoint instead."}` (ZATCA\'s typo); reporting takes standard documents.',
    },
    default: 'on',
    source: '[OAS] 303; [LIVE wes4m/zatca-xml-js#25]',
  },
  'cleared-invoice': {
    question: 'What the platform changes in `clearedInvoice`',
    values: {
      'qr-set':
        "The submitted XML with its QR set or replaced (tags 1–8, from the document and the taxpayer's signature, which stays).",
    },
    default: 'qr-set',
    source: "decoded fragments keep the taxpayer's signature [OBS]; [OAS] examples' QR has tags 1–8",
  },
  renewal: {
    question: 'When `PATCH /production/csids` answers 428',
    values: {
      issued: '200 ISSUED: the new production CSID.',
      '428':
        '428 `NOT_COMPLIANT` with a compliance CSID for the new CSR (`tokenType` null, `errors` null): pass its compliance checks, then `POST /production/csids` with its `requestID`.',
    },
    default: 'issued',
    source: '[OAS] documents 428, its trigger unknown',
  },
  'reporting-duplicate-body': {
    question: 'The 409 body of a document already reported',
    values: {
      oas: 'One error entry, `code` and `category` null, "Invoice was already Reported successfully earlier.", `NOT_REPORTED`.',
      forum:
        'One error entry `Invoice-Errors`, category `Duplicate-Invoice`, "Invoice Hash Previously Submitted".',
    },
    default: 'oas',
    source: '[OAS] vs a forum transcript [RPT]',
  },
  'qr-long-values': {
    question: 'QR values of 128 bytes or more',
    values: {
      lenient: 'Read with plain one-byte lengths.',
      strict: 'Error `QRCODE_INVALID`.',
    },
    default: 'lenient',
    source: 'disputed [RPT]: SallaApp/ZATCA#74 vs #76',
  },
  'qr-compliance-steps': {
    question: 'QR-code compliance steps',
    values: {
      'not-required': 'Not required.',
      required:
        "When the CSR title sets flag C or Z (positions 3, 4), `seller-qr-code-compliant` and `buyer-qr-code-compliant` are required too; a passing simplified compliance check passes both (the simulator's reading: no rule is known).",
    },
    default: 'not-required',
    source: 'step names seen once in simulation [LIVE ERPGulf/zatca_erpgulf#5]',
  },
  language: {
    question: '`Accept-Language: ar`',
    values: {
      english: 'English messages.',
      'arabic-where-known':
        "Arabic messages where ZATCA's Arabic text is known. None is collected yet (the SDK rules, the standards and the data dictionary carry none), so messages stay English.",
    },
    default: 'english',
    source: 'Arabic texts not collected [OAS]; one integrator got English regardless [RPT]',
  },
} as const satisfies Record<string, BehaviourDefinition>;

/** The name of a behaviour. */
export type BehaviourName = keyof typeof BEHAVIOURS;

/** The value a behaviour takes: one of its values, or any text for a text behaviour. */
export type BehaviourValue<Name extends BehaviourName> = (typeof BEHAVIOURS)[Name] extends {
  /** A choice behaviour's values: the setting is one of their names. */
  readonly values: infer Values;
}
  ? keyof Values & string
  : string;

/** A value for every behaviour. */
export type BehaviourSettings = { readonly [Name in BehaviourName]: BehaviourValue<Name> };

/**
 * Every behaviour at its default.
 *
 * @example
 * ```ts
 * DEFAULT_BEHAVIOURS['pih-chain']; // 'format'
 * ```
 */
export const DEFAULT_BEHAVIOURS: BehaviourSettings = Object.fromEntries(
  Object.entries(BEHAVIOURS).map(([name, definition]) => [name, definition.default]),
) as unknown as BehaviourSettings;

/**
 * The names of the behaviours, in table order.
 *
 * @example
 * ```ts
 * BEHAVIOUR_NAMES[0]; // 'pih-chain'
 * ```
 */
export const BEHAVIOUR_NAMES = Object.keys(BEHAVIOURS) as BehaviourName[];

/**
 * The values a choice behaviour takes, its default first (a plain object lists number-like keys
 * such as `428` first whatever their place), or `undefined` for a text behaviour.
 *
 * @example
 * ```ts
 * behaviourValues('renewal'); // ['issued', '428']
 * behaviourValues('expired-otp-message'); // undefined
 * ```
 */
export function behaviourValues(name: BehaviourName): readonly string[] | undefined {
  const definition: BehaviourDefinition = BEHAVIOURS[name];
  if (!('values' in definition)) return undefined;
  const others = Object.keys(definition.values).filter((value) => value !== definition.default);
  return [definition.default, ...others];
}
