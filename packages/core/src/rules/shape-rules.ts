/**
 * The model's shape, as data: which fields are text, flags, counters, objects or lists, so that a
 * wrongly typed field (a number where a name belongs, an object where a list belongs) is reported
 * as `model-type` with its path before any other rule reads it — and `buildInvoice` never reaches
 * the XML writer with it. Amounts are not listed: `amountOf` (report.ts) checks them where the
 * rules read them, as `decimal-format`.
 */
import type { Report } from './report.ts';
import { recordOf } from './report.ts';

/** What one field must be. */
type FieldShape =
  | 'text'
  | 'flag'
  | 'counter'
  | { readonly object: Shape }
  | { readonly list: Shape | 'text' };

/** An object's fields and their shapes. */
type Shape = Readonly<Record<string, FieldShape>>;

const ADDRESS: Shape = {
  street: 'text',
  additionalStreet: 'text',
  buildingNumber: 'text',
  plotIdentification: 'text',
  citySubdivision: 'text',
  city: 'text',
  postalCode: 'text',
  countrySubentity: 'text',
  country: 'text',
};

const PARTY: Shape = {
  name: 'text',
  vatNumber: 'text',
  identification: { object: { scheme: 'text', value: 'text' } },
  address: { object: ADDRESS },
};

const ADJUSTMENT: Shape = { reasonCode: 'text', reason: 'text', taxCategory: 'text' };

const INVOICE: Shape = {
  id: 'text',
  uuid: 'text',
  issueDate: 'text',
  issueTime: 'text',
  typeCode: 'text',
  transaction: {
    object: {
      subtype: 'text',
      thirdParty: 'flag',
      nominal: 'flag',
      export: 'flag',
      summary: 'flag',
      selfBilled: 'flag',
      continuousSupply: 'flag',
      b2g: 'flag',
    },
  },
  currency: 'text',
  counter: 'counter',
  previousInvoiceHash: 'text',
  contractId: 'text',
  billingReference: 'text',
  noteReason: 'text',
  notes: { list: 'text' },
  seller: { object: PARTY },
  buyer: { object: PARTY },
  supplyDate: 'text',
  supplyEndDate: 'text',
  paymentMeansCode: 'text',
  lines: {
    list: {
      id: 'text',
      name: 'text',
      unitCode: 'text',
      taxCategory: 'text',
      allowances: { list: { reasonCode: 'text', reason: 'text' } },
      charges: { list: { reasonCode: 'text', reason: 'text' } },
    },
  },
  allowances: { list: ADJUSTMENT },
  charges: { list: ADJUSTMENT },
  exemptions: { list: { taxCategory: 'text', reasonCode: 'text', reason: 'text' } },
  prepayments: {
    list: {
      lineId: 'text',
      name: 'text',
      invoiceId: 'text',
      invoiceUuid: 'text',
      issueDate: 'text',
      issueTime: 'text',
      taxCategory: 'text',
      unitCode: 'text',
    },
  },
};

/**
 * Reports `model-type` for every field of the model that is present (neither `undefined` nor
 * `null`) but of the wrong type. Missing fields are left to the rules that require them.
 *
 * @example
 * ```ts
 * checkShape({ ...invoice, seller: { ...invoice.seller, name: 0 } }, report);
 * // model-type at seller.name: "seller.name must be text."
 * ```
 */
export function checkShape(invoice: unknown, report: Report): void {
  checkObject(invoice, INVOICE, '', report);
}

function checkObject(value: unknown, shape: Shape, path: string, report: Report): void {
  const record = recordOf(value);
  if (!record) return;
  for (const [name, fieldShape] of Object.entries(shape)) {
    checkField(record[name], fieldShape, path === '' ? name : `${path}.${name}`, report);
  }
}

function checkField(value: unknown, shape: FieldShape, path: string, report: Report): void {
  if (value === undefined || value === null) return;
  if (shape === 'text') {
    if (typeof value !== 'string') report('model-type', path, `${path} must be text.`);
  } else if (shape === 'flag') {
    if (typeof value !== 'boolean') report('model-type', path, `${path} must be true or false.`);
  } else if (shape === 'counter') {
    if (typeof value !== 'string' && typeof value !== 'number') {
      report('model-type', path, `${path} must be a whole number or its digits as text.`);
    }
  } else if ('object' in shape) {
    if (!recordOf(value)) report('model-type', path, `${path} must be an object.`);
    else checkObject(value, shape.object, path, report);
  } else if (!Array.isArray(value)) {
    report('model-type', path, `${path} must be a list.`);
  } else {
    value.forEach((item, index) => {
      const itemPath = `${path}[${index}]`;
      if (shape.list === 'text') checkField(item, 'text', itemPath, report);
      else if (!recordOf(item)) report('model-type', itemPath, `${itemPath} must be an object.`);
      else checkObject(item, shape.list, itemPath, report);
    });
  }
}
