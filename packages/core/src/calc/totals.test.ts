import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { r348Samples } from '../../test/samples.ts';
import type { TaxCategoryCode } from '../model/tax-categories.ts';
import { compareDecimals, type Decimal, decimal, formatDecimal, multiplyDecimals } from '../money/decimal.ts';
import { childElement, childElements, descend, textOf } from '../xml/dom.ts';
import type { XmlElement } from '../xml/dom-types.ts';
import { NS } from '../xml/namespaces.ts';
import { readXml } from '../xml/read-xml.ts';
import { computeLineTotals, computeTotals, type TotalsInput } from './totals.ts';

const text = (value: Decimal) => formatDecimal(value, 2);

describe('computeTotals: the classic failures', () => {
  it('15% of 20000.50 is 3000.08', () => {
    const totals = computeTotals({
      lines: [{ quantity: '1', price: '20000.50', taxCategory: 'S', taxRate: '15' }],
    });
    expect(text(totals.taxAmount)).toBe('3000.08');
    expect(text(totals.payableAmount)).toBe('23000.58');
  });

  it('many lines of 0.333 quantities add up without drift', () => {
    const lines = Array.from({ length: 30 }, () => ({
      quantity: '0.333',
      price: '1.00',
      taxCategory: 'S' as const,
      taxRate: '15',
    }));
    const totals = computeTotals({ lines });
    expect(totals.lines.every((line) => text(line.netAmount) === '0.33')).toBe(true);
    expect(text(totals.lineExtensionAmount)).toBe('9.90');
    expect(text(totals.taxAmount)).toBe('1.49'); // 9.90 × 15% = 1.485 → 1.49, once, on the category
  });

  it('mixed S, Z and E lines get one breakdown entry each', () => {
    const totals = computeTotals({
      lines: [
        { quantity: '2', price: '50', taxCategory: 'S', taxRate: '15' },
        { quantity: '1', price: '30', taxCategory: 'Z', taxRate: '0' },
        { quantity: '3', price: '10', taxCategory: 'E', taxRate: '0' },
        { quantity: '1', price: '10.005', taxCategory: 'S', taxRate: '15.00' },
      ],
    });
    expect(
      totals.breakdown.map((entry) => [entry.taxCategory, text(entry.taxableAmount), text(entry.taxAmount)]),
    ).toEqual([
      ['S', '110.01', '16.50'],
      ['Z', '30.00', '0.00'],
      ['E', '30.00', '0.00'],
    ]);
    expect(text(totals.taxInclusiveAmount)).toBe('186.51');
  });

  it('a discount can make a line zero', () => {
    const line = computeLineTotals({
      quantity: '2',
      price: '5',
      allowances: ['10'],
      taxCategory: 'S',
      taxRate: '15',
    });
    expect([text(line.netAmount), text(line.vatAmount), text(line.amountWithVat)]).toEqual([
      '0.00',
      '0.00',
      '0.00',
    ]);
  });

  it('applies base quantity, line charges and document allowances and charges', () => {
    const totals = computeTotals({
      lines: [
        {
          quantity: '10',
          price: '25',
          baseQuantity: '3',
          charges: ['1.50'],
          allowances: ['0.25'],
          taxCategory: 'S',
          taxRate: '15',
        },
      ],
      allowances: [{ amount: '10', taxCategory: 'S', taxRate: '15' }],
      charges: [{ amount: '4', taxCategory: 'S', taxRate: '15' }],
    });
    expect(text(totals.lines[0]!.netAmount)).toBe('84.58'); // 10 × 25/3 = 83.33 + 1.50 − 0.25
    expect(text(totals.taxExclusiveAmount)).toBe('78.58');
    expect(text(totals.taxAmount)).toBe('11.79');
  });

  it('names the field of a malformed amount or category', () => {
    expect(() =>
      computeTotals({ lines: [{ quantity: 'two', price: '1', taxCategory: 'S', taxRate: '15' }] }),
    ).toThrow(expect.objectContaining({ field: 'lines[0].quantity', rule: 'decimal-format' }));
    expect(() =>
      computeTotals({ lines: [{ quantity: '1', price: '1', taxCategory: 'X' as never, taxRate: '15' }] }),
    ).toThrow(expect.objectContaining({ field: 'lines[0].taxCategory', rule: 'BR-CL-18' }));
    expect(() =>
      computeTotals({
        lines: [{ quantity: '1', price: '1', baseQuantity: '0', taxCategory: 'S', taxRate: '15' }],
      }),
    ).toThrow(expect.objectContaining({ field: 'lines[0].baseQuantity' }));
    expect(() => computeTotals(undefined as never)).toThrow(expect.objectContaining({ field: 'lines' }));
  });

  it('keeps BR-CO-10…16 relationships on random invoices (property)', () => {
    const amount = fc.bigInt({ min: 0n, max: 10n ** 9n }).map((value) => ({ coefficient: value, scale: 2 }));
    const line = fc.record({
      quantity: fc
        .bigInt({ min: 0n, max: 10n ** 6n })
        .map((value) => formatDecimal({ coefficient: value, scale: 3 })),
      price: amount.map((value) => formatDecimal(value)),
      taxCategory: fc.constantFrom<TaxCategoryCode>('S', 'Z', 'E', 'O'),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const input: TotalsInput = {
          lines: lines.map((l) => ({ ...l, taxRate: l.taxCategory === 'S' ? '15' : '0' })),
        };
        const totals = computeTotals(input);
        const sum = (values: Decimal[]) =>
          values.reduce(
            (a, b) => ({ coefficient: a.coefficient + b.coefficient * 10n ** BigInt(2 - b.scale), scale: 2 }),
            { coefficient: 0n, scale: 2 },
          );
        expect(compareDecimals(totals.lineExtensionAmount, sum(totals.lines.map((l) => l.netAmount)))).toBe(
          0,
        );
        expect(compareDecimals(totals.taxAmount, sum(totals.breakdown.map((b) => b.taxAmount)))).toBe(0);
        expect(
          compareDecimals(totals.taxInclusiveAmount, sum([totals.taxExclusiveAmount, totals.taxAmount])),
        ).toBe(0);
        for (const entry of totals.breakdown) {
          const exact = multiplyDecimals(
            entry.taxableAmount,
            decimal(entry.taxCategory === 'S' ? '0.15' : '0.00'),
          );
          const difference = exact.coefficient - entry.taxAmount.coefficient * 10n ** BigInt(exact.scale - 2);
          expect(difference < 0n ? -difference : difference).toBeLessThanOrEqual(
            5n * 10n ** BigInt(exact.scale - 3),
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** Reads what the engine needs from one of ZATCA's sample documents. */
function totalsInputOf(root: XmlElement): TotalsInput {
  const value = (element: XmlElement | undefined) => (textOf(element) ?? '').trim();
  const category = (taxCategory: XmlElement | undefined) => ({
    taxCategory: value(childElement(taxCategory!, NS.cbc, 'ID')) as TaxCategoryCode,
    taxRate: value(childElement(taxCategory!, NS.cbc, 'Percent')) || '0',
  });
  const adjustments = (charge: boolean) =>
    childElements(root, NS.cac, 'AllowanceCharge')
      .filter((element) => value(childElement(element, NS.cbc, 'ChargeIndicator')) === String(charge))
      .map((element) => ({
        amount: value(childElement(element, NS.cbc, 'Amount')),
        ...category(childElement(element, NS.cac, 'TaxCategory')),
      }));
  const invoiceLines = childElements(root, NS.cac, 'InvoiceLine');
  const prepaymentLines = invoiceLines.filter((line) => childElement(line, NS.cac, 'DocumentReference'));
  const rounding = value(descend(root, [NS.cac, 'LegalMonetaryTotal'], [NS.cbc, 'PayableRoundingAmount']));
  return {
    lines: invoiceLines.map((line) => {
      const lineCharges = (charge: boolean) =>
        childElements(line, NS.cac, 'AllowanceCharge')
          .filter((element) => value(childElement(element, NS.cbc, 'ChargeIndicator')) === String(charge))
          .map((element) => value(childElement(element, NS.cbc, 'Amount')));
      const baseQuantity = value(descend(line, [NS.cac, 'Price'], [NS.cbc, 'BaseQuantity']));
      return {
        quantity: value(childElement(line, NS.cbc, 'InvoicedQuantity')),
        price: value(descend(line, [NS.cac, 'Price'], [NS.cbc, 'PriceAmount'])),
        ...(baseQuantity ? { baseQuantity } : {}),
        charges: lineCharges(true),
        allowances: lineCharges(false),
        ...category(descend(line, [NS.cac, 'Item'], [NS.cac, 'ClassifiedTaxCategory'])),
      };
    }),
    allowances: adjustments(false),
    charges: adjustments(true),
    prepayments: prepaymentLines.map((line) => {
      const subtotal = descend(line, [NS.cac, 'TaxTotal'], [NS.cac, 'TaxSubtotal'])!;
      return {
        taxableAmount: value(childElement(subtotal, NS.cbc, 'TaxableAmount')),
        ...category(childElement(subtotal, NS.cac, 'TaxCategory')),
      };
    }),
    ...(rounding ? { payableRoundingAmount: rounding } : {}),
  };
}

describe('computeTotals on ZATCA’s samples', () => {
  for (const sample of r348Samples) {
    it(`computes the amounts written in ${sample.path}`, () => {
      const root = readXml(sample.xml).documentElement!;
      const totals = computeTotals(totalsInputOf(root));
      const written = (name: string) =>
        decimal(textOf(descend(root, [NS.cac, 'LegalMonetaryTotal'], [NS.cbc, name]))?.trim() || '0');
      const same = (computed: Decimal, expected: Decimal, what: string) =>
        expect(compareDecimals(computed, expected), `${what}: ${text(computed)} vs ${text(expected)}`).toBe(
          0,
        );
      same(totals.lineExtensionAmount, written('LineExtensionAmount'), 'LineExtensionAmount');
      same(totals.taxExclusiveAmount, written('TaxExclusiveAmount'), 'TaxExclusiveAmount');
      same(totals.taxInclusiveAmount, written('TaxInclusiveAmount'), 'TaxInclusiveAmount');
      same(totals.allowanceTotalAmount, written('AllowanceTotalAmount'), 'AllowanceTotalAmount');
      same(totals.prepaidAmount, written('PrepaidAmount'), 'PrepaidAmount');
      same(totals.payableAmount, written('PayableAmount'), 'PayableAmount');
      const documentTax = childElements(root, NS.cac, 'TaxTotal').find((total) =>
        childElement(total, NS.cac, 'TaxSubtotal'),
      )!;
      same(
        totals.taxAmount,
        decimal(textOf(childElement(documentTax, NS.cbc, 'TaxAmount'))!.trim()),
        'TaxAmount',
      );
      childElements(root, NS.cac, 'InvoiceLine').forEach((line, index) => {
        same(
          totals.lines[index]!.netAmount,
          decimal(textOf(childElement(line, NS.cbc, 'LineExtensionAmount'))!.trim()),
          `line ${index + 1} net`,
        );
        const writtenVat = decimal(
          textOf(descend(line, [NS.cac, 'TaxTotal'], [NS.cbc, 'TaxAmount']))!.trim(),
        );
        if (sample.path.endsWith('Payable Rounding Adjustment.xml')) {
          // 869.57 × 15% = 130.4355: we round to 130.44; the sample writes 130.43 so that the line
          // totals 1000.00, which ZATCA's ±0.01 tolerance on KSA-11 also accepts.
          expect([text(totals.lines[index]!.vatAmount), text(writtenVat)]).toEqual(['130.44', '130.43']);
        } else {
          same(totals.lines[index]!.vatAmount, writtenVat, `line ${index + 1} VAT`);
        }
      });
    });
  }
});
