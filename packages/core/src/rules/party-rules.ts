/**
 * Rules on the seller and the buyer: VAT numbers (BR-KSA-39/40/44, BR-CUSTOM-VALIDATION-01), other
 * ids and their schemes
 * (BR-KSA-08/14/81), addresses (BR-08/09, BR-KSA-09/10/37/63/66/67), names (BR-06, BR-KSA-42/71,
 * the 1000-character limit) and the QR's limit on the seller name, which becomes TLV tag 1.
 */

import { utf8Encode } from '../encoding/utf8.ts';
import type { Invoice } from '../model/invoice.ts';
import { QR_SAFE_VALUE_LENGTH } from '../qr/qr-fields.ts';
import { standardByName } from './ksa-name.ts';
import { filled, type Report, recordOf, textOf } from './report.ts';
import type { RuleSetProfile } from './rule-sets.ts';

const VAT_NUMBER = /^3[0-9]{13}3$/;
const ALPHANUMERIC = /^[a-zA-Z0-9]*$/;
const ALPHANUMERIC_NON_EMPTY = /^[a-zA-Z0-9]+$/;
const SELLER_ID_SCHEMES = ['CRN', 'MOM', 'MLS', 'SAG', 'OTH', '700'];
const BUYER_ID_SCHEMES = ['NAT', 'TIN', 'IQA', 'PAS', 'CRN', 'MOM', 'MLS', 'SAG', 'GCC', 'OTH', '700'];

/** Checks the seller (BG-4). */
export function checkSeller(invoice: Invoice, report: Report, profile: RuleSetProfile): void {
  const seller = recordOf(invoice.seller);
  const name = textOf(seller?.name);
  if (!filled(name)) report('BR-06', 'seller.name');
  // The seller name is QR tag 1, whose value must stay under QR_SAFE_VALUE_LENGTH (128) bytes: the
  // limit `encodeQr` — and so `signInvoice` — applies (signing-rules §3), so that a draft that
  // passes here never fails at signing.
  else if (utf8Encode(name!).length >= QR_SAFE_VALUE_LENGTH) report('qr-seller-name', 'seller.name');
  // The F-06 length limits apply to any written value, an empty one too (as ZATCA's rules test them).
  if (name !== undefined && (name.length < 1 || name.length > 1000)) report('BR-KSA-F-06-C10', 'seller.name');
  const vatNumber = textOf(seller?.vatNumber);
  if (!filled(vatNumber)) report('BR-KSA-39', 'seller.vatNumber');
  else if (!VAT_NUMBER.test(vatNumber!)) report('BR-KSA-40', 'seller.vatNumber');

  // BR-KSA-08 (warning; 20210819_ZATCA_E-invoice_Validation_Rules.xsl): R3.4.8's context is
  // `/ubl:Invoice`, R4.0.0's `cac:AccountingSupplierParty`; both test `not(exists(…/cbc:ID) and
  // string-length(normalize-space(@schemeID)) > 2 and contains('CRN MOM MLS SAG OTH 700', …))`, so
  // a seller without other id breaks it too; R4.0.0 adds `matches(cbc:ID, '^[a-zA-Z0-9]+$')`.
  const identification = recordOf(seller?.identification);
  if (
    !identification ||
    !SELLER_ID_SCHEMES.includes(String(identification.scheme)) ||
    (profile.partyIdAlphanumeric && !ALPHANUMERIC_NON_EMPTY.test(textOf(identification.value) ?? '-'))
  ) {
    report('BR-KSA-08', 'seller.identification');
  }

  const address = recordOf(seller?.address);
  // BR-KSA-37 (warning; same file, R3.4.8 and R4.0.0, context `cac:AccountingSupplierParty/cac:Party`):
  // `matches(cac:PostalAddress/cbc:BuildingNumber, '^[0-9]{4}$')` fails on an absent number too.
  const building = textOf(address?.buildingNumber);
  if (!/^[0-9]{4}$/.test(building ?? '')) report('BR-KSA-37', 'seller.address.buildingNumber');
  if (!address) {
    report('BR-08', 'seller.address');
    return;
  }
  if (!filled(address.country)) report('BR-09', 'seller.address.country');
  for (const field of ['street', 'buildingNumber', 'city', 'postalCode', 'citySubdivision'] as const) {
    if (!filled(address[field])) report('BR-KSA-09', `seller.address.${field}`);
  }
  // BR-KSA-66 (warning; context `cac:AccountingSupplierParty/cac:Party/cac:PostalAddress`):
  // `exists(cbc:PostalZone) and matches(cbc:PostalZone, '^[0-9]{5}$')` — an absent code breaks it.
  const postalCode = textOf(address.postalCode);
  if (!/^[0-9]{5}$/.test(postalCode ?? '')) report('BR-KSA-66', 'seller.address.postalCode');
}

/** Checks the buyer (BG-7), whose requirements depend on the document kind. */
export function checkBuyer(invoice: Invoice, report: Report, profile: RuleSetProfile): void {
  const buyer = recordOf(invoice.buyer);
  const transaction = recordOf(invoice.transaction);
  // ZATCA's `boolean(//*[matches(@name, '01\d{5}')])`, which every standard-only rule below sits
  // under (ksa-name.ts).
  const standard = standardByName(transaction);
  const vatNumber = textOf(buyer?.vatNumber);
  // BR-KSA-44 (error; context `//cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID`):
  // `string-length(…) > 0 and not(… matches '^[0-9]{15}$', starts and ends with 3)` — an empty one passes.
  if (vatNumber !== undefined && vatNumber !== '' && !VAT_NUMBER.test(vatNumber))
    report('BR-KSA-44', 'buyer.vatNumber');
  // BR-CUSTOM-VALIDATION-01 (error in R3.4.8 and R4.0.0; context `/ubl:Invoice`):
  // `(cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID) != '' and
  // (cac:AccountingCustomerParty/…/cbc:CompanyID) != '' and (customer CompanyID) = (supplier CompanyID)`.
  const sellerVatNumber = textOf(recordOf(invoice.seller)?.vatNumber);
  if (vatNumber !== undefined && vatNumber !== '' && vatNumber === sellerVatNumber) {
    report('BR-CUSTOM-VALIDATION-01', 'buyer.vatNumber');
  }

  // BR-KSA-14 (error; context `cac:AccountingCustomerParty/cac:Party/cac:PartyIdentification/cbc:ID`):
  // the scheme is one of 'TIN NAT IQA PAS CRN MOM MLS 700 SAG GCC OTH'; R4.0.0 adds
  // `matches((.), '^[a-zA-Z0-9]*$')`, R3.4.8 does not test the value.
  const identification = recordOf(buyer?.identification);
  if (
    buyer?.identification !== undefined &&
    (!BUYER_ID_SCHEMES.includes(String(identification?.scheme)) ||
      (profile.partyIdAlphanumeric && !ALPHANUMERIC.test(textOf(identification?.value) ?? '-')))
  ) {
    report('BR-KSA-14', 'buyer.identification');
  }
  const name = textOf(buyer?.name);
  // BR-KSA-42 (warning; R3.4.8 and R4.0.0, context `cac:AccountingCustomerParty/cac:Party`, under
  // `boolean(//*[matches(@name, '01\d{5}')])`): only a standard document that has a buyer.
  if (standard && buyer && !filled(name)) report('BR-KSA-42', 'buyer.name');
  if (transaction?.subtype === 'simplified' && transaction.summary === true && !filled(name)) {
    report('BR-KSA-71', 'buyer.name');
  }
  // BR-KSA-81 (warning; standard only, `boolean(//*[matches(@name, '01\d{5}')])`): without a
  // buyer `cbc:CompanyID` element, `not(exists(…/cbc:ID) and normalize-space(…/cbc:ID) != '')` — a
  // blank other id counts as none. R3.4.8's context is `/ubl:Invoice` (fires without any buyer),
  // R4.0.0's `cac:AccountingCustomerParty/cac:Party` (needs a buyer).
  if (
    standard &&
    (buyer || !profile.buyerOtherIdNeedsBuyer) &&
    vatNumber === undefined &&
    !filled(identification?.value)
  ) {
    report('BR-KSA-81', 'buyer.identification');
  }

  const address = recordOf(buyer?.address);
  // BR-KSA-10 (warning; context `cbc:InvoiceTypeCode[substring(@name, 1, 2) = '01']`): the buyer's
  // `cac:Country/cbc:IdentificationCode`, `cbc:StreetName` and `cbc:CityName` have a
  // `string-length(…) > 0` — no postal code (ZATCA's text names BT-53, its test does not).
  if (standard) {
    for (const field of ['street', 'city', 'country'] as const) {
      if ((textOf(address?.[field]) ?? '').length === 0) report('BR-KSA-10', `buyer.address.${field}`);
    }
  }
  if (address && address.country === 'SA' && standard) {
    // BR-KSA-63 (warning): street, building number, postal code, city and district, each
    // `normalize-space(…) != ''`.
    for (const field of ['street', 'buildingNumber', 'postalCode', 'city', 'citySubdivision'] as const) {
      if (!filled(address[field])) report('BR-KSA-63', `buyer.address.${field}`);
    }
    // BR-KSA-67 (warning) sits with BR-KSA-63 in the Saudi-address context, under
    // `boolean(//*[matches(@name, '01\d{5}')])`: standard documents only.
    const postalCode = textOf(address.postalCode);
    if (!/^[0-9]{5}$/.test(postalCode ?? '')) report('BR-KSA-67', 'buyer.address.postalCode');
  }
}
