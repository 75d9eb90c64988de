/**
 * Fake EGS store records for store tests: a unit, the document that continues a chain head, and
 * a distinct fake invoice hash per document. No vitest import here, so that child processes (the
 * file store's crash and multi-process tests) can build the same records as the contract suite.
 * Plain data typed by shape: the stores under test check them against `@fatoora/core/egs`'s
 * record types where the tests hand them over.
 */

/** Where a chain stands: the last ICV and the hash the next document must give as its PIH. */
export interface FakeChainHead {
  readonly counter: number;
  readonly previousInvoiceHash: string;
}

/** `Base` with the fields of `Overrides` in place of its own, as `{ ...base, ...overrides }` is. */
export type Overridden<Base, Overrides> = Omit<Base, keyof Overrides> & Overrides;

/** No overrides. */
type None = Record<never, never>;

/** `{ ...base, ...overrides }`, typed as such. */
function overridden<Base extends object, Overrides extends object>(
  base: Base,
  overrides: Overrides | undefined,
): Overridden<Base, Overrides> {
  return { ...base, ...overrides } as unknown as Overridden<Base, Overrides>;
}

/**
 * A fake but distinct invoice hash for a unit's document (base64 of a readable label).
 *
 * @example
 * ```ts
 * fakeInvoiceHash('till-1', 3); // base64 of "till-1#3"
 * ```
 */
export function fakeInvoiceHash(unitId: string, counter: number): string {
  return btoa(`${unitId}#${counter}`);
}

/**
 * A unit record as onboarding would save it, with a compliance CSID; `overrides` replace fields.
 *
 * @example
 * ```ts
 * await store.saveUnit(fakeUnit('till-1'));
 * ```
 */
export function fakeUnit<const Overrides extends object = None>(
  id: string,
  overrides?: Overrides,
): Overridden<ReturnType<typeof baseUnit>, Overrides> {
  return overridden(baseUnit(id), overrides);
}

function baseUnit(id: string) {
  return {
    id,
    csrConfig: { commonName: `TST-${id}`, serialNumber: `1-TST|2-TST|3-${id}`, nested: { list: [1, 2] } },
    complianceCsid: {
      requestId: '1234567890123456789',
      binarySecurityToken: 'dG9rZW4=',
      secret: 'secret',
      certificate: 'Y2VydA==',
      expiresAt: '2027-01-01T00:00:00.000Z',
    },
    passedComplianceChecks: ['standard-invoice', 'simplified-invoice'] as readonly (
      | 'standard-invoice'
      | 'simplified-invoice'
    )[],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
  };
}

/**
 * The document that continues `head` for `unitId` (what a real `next` would sign), pending;
 * `overrides` replace fields.
 *
 * @example
 * ```ts
 * await store.appendDocument('till-1', (head) => fakeDocument('till-1', head));
 * ```
 */
export function fakeDocument<const Overrides extends object = None>(
  unitId: string,
  head: FakeChainHead,
  overrides?: Overrides,
): Overridden<ReturnType<typeof baseDocument>, Overrides> {
  return overridden(baseDocument(unitId, head), overrides);
}

function baseDocument(unitId: string, head: FakeChainHead) {
  const counter = head.counter + 1;
  return {
    counter,
    previousInvoiceHash: head.previousInvoiceHash,
    invoiceHash: fakeInvoiceHash(unitId, counter),
    id: `INV-${counter}`,
    uuid: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    kind: 'simplified-invoice' as const,
    signedXml: `<Invoice><ID>INV-${counter}</ID><Note>فاتورة</Note></Invoice>`,
    issuedAt: '2026-01-03T10:00:00.000Z',
    submission: { route: 'reporting' as const, state: 'pending' as const, attempts: 0 },
  };
}
