import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryInvoice, CORRUPTIONS } from '../../test/support/arbitrary-invoice.ts';
import { signWithSdkKey } from '../../test/support/sdk-signer.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { XmlError } from '../errors/xml-error.ts';
import type { Invoice } from '../model/invoice.ts';
import { buildInvoice } from '../pipeline/build-invoice.ts';
import { verifyInvoice } from '../signing/verify-invoice.ts';
import { RULES, type RuleId } from './rule-table.ts';
import { validateInvoice } from './validate-invoice.ts';

/** The scenarios' issue moment, so the clock rules (BR-KSA-04, BR-KSA-98) hold still. */
const now = new Date('2024-05-01T12:00:00+03:00');

describe('validateInvoice on random models (property)', () => {
  it('finds nothing in a valid model, whose document then builds, signs and verifies', () => {
    fc.assert(
      fc.property(arbitraryInvoice, (invoice) => {
        expect(validateInvoice(invoice, { now })).toEqual([]);
        const { xml } = buildInvoice(invoice);
        // The built document passes the same rules once read back.
        expect(validateInvoice(xml, { now })).toEqual([]);
        const verification = verifyInvoice(signWithSdkKey(xml), {
          previousInvoiceHash: invoice.previousInvoiceHash,
        });
        expect(verification.findings).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('flags every single-field corruption with ZATCA’s rule, and buildInvoice refuses it', () => {
    const cases = fc
      .tuple(arbitraryInvoice, fc.constantFrom(...CORRUPTIONS))
      .filter(([invoice, corruption]) => corruption.appliesTo?.(invoice) ?? true);
    fc.assert(
      fc.property(cases, ([invoice, corruption]) => {
        const corrupted = corruption.apply(invoice);
        const rules = validateInvoice(corrupted, { now }).map((fault) => fault.rule);
        expect(rules, corruption.name).toContain(corruption.rule);
        // Any error stops the build (a rule ZATCA only warns about, like BR-KSA-37, does not).
        const errors = validateInvoice(corrupted).filter((fault) => fault.severity === 'error');
        if (errors.length > 0) {
          expect(() => buildInvoice(corrupted), corruption.name).toThrow(ValidationError);
        } else {
          expect(RULES[corruption.rule as RuleId].severity, corruption.name).toBe('warning');
          expect(() => buildInvoice(corrupted), corruption.name).not.toThrow();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('answers any value at any field with faults or a ValidationError, never a TypeError', () => {
    const paths = fc.constantFrom(
      [],
      ['seller'],
      ['seller', 'address'],
      ['seller', 'name'],
      ['buyer'],
      ['transaction'],
      ['lines'],
      ['lines', 0],
      ['lines', 0, 'quantity'],
      ['lines', 0, 'allowances'],
      ['allowances'],
      ['exemptions'],
      ['exemptions', 0],
      ['prepayments'],
      ['typeCode'],
      ['counter'],
      ['issueDate'],
      ['currency'],
    );
    fc.assert(
      fc.property(arbitraryInvoice, paths, fc.anything(), (invoice, path, value) => {
        const garbled = setAt(invoice, path, value);
        // A string is read as XML: malformed XML is an XmlError, any other value gives faults.
        try {
          validateInvoice(garbled as Invoice, { now });
        } catch (error) {
          expect(typeof garbled === 'string' && error instanceof XmlError, String(error)).toBe(true);
        }
        try {
          buildInvoice(garbled as Invoice);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
          expect((error as ValidationError).faults.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** A copy of `value` with `replacement` at `path` (the whole value for an empty path). */
function setAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const container = (
    Array.isArray(value) ? [...value] : typeof value === 'object' && value !== null ? { ...value } : {}
  ) as Record<string | number, unknown>;
  container[head] = setAt(container[head], rest, replacement);
  return container;
}
