/**
 * Makes `fixtures/ten-line-invoice.xml`, the "typical 10-line invoice" of the benchmarks: ZATCA's
 * SDK sample `Simplified_Invoice.xml`, stripped of its signature, with its two lines replaced by
 * ten and every total recomputed in halalas (integers), so the document stays valid under
 * ZATCA's rules (checked with `../shared/tools/zatca-validate --all-stages` after signing).
 *
 *   pnpm --filter @fatoora/bench exec tsx src/make-fixture.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { stripSignature } from '@fatoora/core';
import { ZATCA_SDK_DATA_URL } from '@fatoora/test-support/zatca-sdk-paths';

const here = new URL('.', import.meta.url);
const sample = readFileSync(
  new URL('Samples/Simplified/Invoice/Simplified_Invoice.xml', ZATCA_SDK_DATA_URL),
  'utf8',
);

/** Ten lines: [name, quantity, unit price in halalas]; amounts are whole riyals, so 15% is exact. */
const LINES: [string, number, number][] = [
  ['كتاب | Book', 3, 4000],
  ['قلم | Pen', 12, 500],
  ['دفتر | Notebook', 4, 1500],
  ['حقيبة | Bag', 1, 12000],
  ['مسطرة | Ruler', 6, 300],
  ['ممحاة | Eraser', 10, 200],
  ['آلة حاسبة | Calculator', 2, 8500],
  ['ألوان | Crayons', 5, 1200],
  ['ورق | Paper ream', 8, 2500],
  ['مقص | Scissors', 3, 1100],
];

const money = (halalas: number) => `${Math.floor(halalas / 100)}.${String(halalas % 100).padStart(2, '0')}`;
const vat = (halalas: number) => (halalas * 15) / 100; // exact: every amount is a multiple of 100

const lines = LINES.map(([name, quantity, price], index) => {
  const amount = quantity * price;
  return `    <cac:InvoiceLine>
        <cbc:ID>${index + 1}</cbc:ID>
        <cbc:InvoicedQuantity unitCode="PCE">${quantity}.000000</cbc:InvoicedQuantity>
        <cbc:LineExtensionAmount currencyID="SAR">${money(amount)}</cbc:LineExtensionAmount>
        <cac:TaxTotal>
             <cbc:TaxAmount currencyID="SAR">${money(vat(amount))}</cbc:TaxAmount>
             <cbc:RoundingAmount currencyID="SAR">${money(amount + vat(amount))}</cbc:RoundingAmount>
        </cac:TaxTotal>
        <cac:Item>
            <cbc:Name>${name}</cbc:Name>
            <cac:ClassifiedTaxCategory>
                <cbc:ID>S</cbc:ID>
                <cbc:Percent>15.00</cbc:Percent>
                <cac:TaxScheme>
                    <cbc:ID>VAT</cbc:ID>
                </cac:TaxScheme>
            </cac:ClassifiedTaxCategory>
        </cac:Item>
        <cac:Price>
            <cbc:PriceAmount currencyID="SAR">${money(price)}</cbc:PriceAmount>
        </cac:Price>
    </cac:InvoiceLine>`;
});
const net = LINES.reduce((sum, [, quantity, price]) => sum + quantity * price, 0);
const tax = vat(net);
const totals = `    <cac:TaxTotal>
        <cbc:TaxAmount currencyID="SAR">${money(tax)}</cbc:TaxAmount>
    </cac:TaxTotal>
    <cac:TaxTotal>
        <cbc:TaxAmount currencyID="SAR">${money(tax)}</cbc:TaxAmount>
        <cac:TaxSubtotal>
            <cbc:TaxableAmount currencyID="SAR">${money(net)}</cbc:TaxableAmount>
            <cbc:TaxAmount currencyID="SAR">${money(tax)}</cbc:TaxAmount>
             <cac:TaxCategory>
                 <cbc:ID schemeID="UN/ECE 5305" schemeAgencyID="6">S</cbc:ID>
                 <cbc:Percent>15.00</cbc:Percent>
                <cac:TaxScheme>
                   <cbc:ID schemeID="UN/ECE 5153" schemeAgencyID="6">VAT</cbc:ID>
                </cac:TaxScheme>
             </cac:TaxCategory>
        </cac:TaxSubtotal>
    </cac:TaxTotal>
    <cac:LegalMonetaryTotal>
        <cbc:LineExtensionAmount currencyID="SAR">${money(net)}</cbc:LineExtensionAmount>
        <cbc:TaxExclusiveAmount currencyID="SAR">${money(net)}</cbc:TaxExclusiveAmount>
        <cbc:TaxInclusiveAmount currencyID="SAR">${money(net + tax)}</cbc:TaxInclusiveAmount>
        <cbc:AllowanceTotalAmount currencyID="SAR">0.00</cbc:AllowanceTotalAmount>
        <cbc:PrepaidAmount currencyID="SAR">0.00</cbc:PrepaidAmount>
        <cbc:PayableAmount currencyID="SAR">${money(net + tax)}</cbc:PayableAmount>
    </cac:LegalMonetaryTotal>
`;
const unsigned = stripSignature(sample).replace(/\r\n/g, '\n');
// The sample has a document-level allowance of 0.00; keep the header, replace totals and lines.
const start = unsigned.indexOf('    <cac:TaxTotal>');
const xml = `${unsigned.slice(0, start)}${totals}${lines.join('\n')}\n</Invoice>\n`;
writeFileSync(new URL('../fixtures/ten-line-invoice.xml', here), xml);
console.log(
  `wrote fixtures/ten-line-invoice.xml (${xml.length} characters, net ${money(net)}, VAT ${money(tax)})`,
);
