/**
 * The seller (`cac:AccountingSupplierParty`, BG-4) and buyer (`cac:AccountingCustomerParty`,
 * BG-7) aggregates: postal address, other id, VAT number and registration name, written in the
 * UBL `cac:Party` sequence and read back into the model.
 */
import type { Address, Buyer, PartyIdentification, PartyIdScheme, Seller } from '../model/invoice.ts';
import type { XmlElement } from '../xml/dom-types.ts';
import { defined } from './defined.ts';
import { attributeAt, elementAt, elementsAt, textAt } from './ubl-paths.ts';
import { el, type XmlNodeSpec } from './xml-writer.ts';

function address(value: Address): XmlNodeSpec {
  return el('cac:PostalAddress', {}, [
    el('cbc:StreetName', {}, value.street),
    value.additionalStreet !== undefined && el('cbc:AdditionalStreetName', {}, value.additionalStreet),
    value.buildingNumber !== undefined && el('cbc:BuildingNumber', {}, value.buildingNumber),
    value.plotIdentification !== undefined && el('cbc:PlotIdentification', {}, value.plotIdentification),
    value.citySubdivision !== undefined && el('cbc:CitySubdivisionName', {}, value.citySubdivision),
    el('cbc:CityName', {}, value.city),
    value.postalCode !== undefined && el('cbc:PostalZone', {}, value.postalCode),
    value.countrySubentity !== undefined && el('cbc:CountrySubentity', {}, value.countrySubentity),
    el('cac:Country', {}, [el('cbc:IdentificationCode', {}, value.country)]),
  ]);
}

function identification(value: PartyIdentification | undefined): XmlNodeSpec | false {
  return (
    value !== undefined &&
    el('cac:PartyIdentification', {}, [el('cbc:ID', { schemeID: value.scheme }, value.value)])
  );
}

function taxScheme(vatNumber: string | undefined): XmlNodeSpec {
  return el('cac:PartyTaxScheme', {}, [
    vatNumber !== undefined && el('cbc:CompanyID', {}, vatNumber),
    el('cac:TaxScheme', {}, [el('cbc:ID', {}, 'VAT')]),
  ]);
}

/** `cac:AccountingSupplierParty`. */
export function buildSeller(seller: Seller): XmlNodeSpec {
  return el('cac:AccountingSupplierParty', {}, [
    el('cac:Party', {}, [
      identification(seller.identification),
      // BR-08 is only a warning in ZATCA’s rules: a document without the address is still written.
      seller.address && address(seller.address),
      taxScheme(seller.vatNumber),
      el('cac:PartyLegalEntity', {}, [el('cbc:RegistrationName', {}, seller.name)]),
    ]),
  ]);
}

/** `cac:AccountingCustomerParty`; an absent buyer (simplified invoices) writes an empty party. */
export function buildBuyer(buyer: Buyer | undefined): XmlNodeSpec {
  if (buyer === undefined) return el('cac:AccountingCustomerParty', {}, []);
  return el('cac:AccountingCustomerParty', {}, [
    el('cac:Party', {}, [
      identification(buyer.identification),
      buyer.address && address(buyer.address),
      taxScheme(buyer.vatNumber),
      buyer.name !== undefined &&
        el('cac:PartyLegalEntity', {}, [el('cbc:RegistrationName', {}, buyer.name)]),
    ]),
  ]);
}

function readAddress(element: XmlElement | undefined): Address | undefined {
  if (!element) return undefined;
  return defined({
    street: textAt(element, 'cbc:StreetName'),
    additionalStreet: textAt(element, 'cbc:AdditionalStreetName'),
    buildingNumber: textAt(element, 'cbc:BuildingNumber'),
    plotIdentification: textAt(element, 'cbc:PlotIdentification'),
    citySubdivision: textAt(element, 'cbc:CitySubdivisionName'),
    city: textAt(element, 'cbc:CityName'),
    postalCode: textAt(element, 'cbc:PostalZone'),
    countrySubentity: textAt(element, 'cbc:CountrySubentity'),
    country: textAt(element, 'cac:Country', 'cbc:IdentificationCode'),
  }) as Address;
}

function readIdentification(party: XmlElement | undefined): PartyIdentification | undefined {
  const first = elementsAt(party, 'cac:PartyIdentification')[0];
  if (!first) return undefined;
  return {
    scheme: (attributeAt(first, 'schemeID', 'cbc:ID') ?? '').trim() as PartyIdScheme,
    value: textAt(first, 'cbc:ID') ?? '',
  };
}

function vatNumberOf(party: XmlElement | undefined): string | undefined {
  return elementsAt(party, 'cac:PartyTaxScheme')
    .filter((scheme) => textAt(scheme, 'cac:TaxScheme', 'cbc:ID') === 'VAT')
    .map((scheme) => textAt(scheme, 'cbc:CompanyID'))
    .find((id) => id !== undefined);
}

/** Reads the seller from `cac:AccountingSupplierParty`. */
export function readSeller(root: XmlElement): Seller {
  const party = elementAt(root, 'cac:AccountingSupplierParty', 'cac:Party');
  return defined({
    name: textAt(party, 'cac:PartyLegalEntity', 'cbc:RegistrationName'),
    vatNumber: vatNumberOf(party),
    identification: readIdentification(party),
    address: readAddress(elementAt(party, 'cac:PostalAddress')),
  }) as Seller;
}

/** Reads the buyer, or `undefined` when the customer party is empty. */
export function readBuyer(root: XmlElement): Buyer | undefined {
  const party = elementAt(root, 'cac:AccountingCustomerParty', 'cac:Party');
  const buyer: Buyer = defined({
    name: textAt(party, 'cac:PartyLegalEntity', 'cbc:RegistrationName'),
    vatNumber: vatNumberOf(party),
    identification: readIdentification(party),
    address: readAddress(elementAt(party, 'cac:PostalAddress')),
  });
  return Object.keys(buyer).length > 0 ? buyer : undefined;
}
