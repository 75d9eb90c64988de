/**
 * The body of the three invoice calls (compliance check, reporting, clearance):
 * `{"invoiceHash", "uuid", "invoice"}`, where `invoice` is base64 of the signed XML's UTF-8 bytes,
 * exactly as signed (any change breaks the signature). The caller passes the hash and UUID it
 * already has (`signInvoice` returns the hash); whichever is missing is read from the XML with
 * core's own invoice hash and the root `cbc:UUID`.
 */
import { encodeBase64 } from '../encoding/base64.ts';
import { utf8Encode } from '../encoding/utf8.ts';
import { InputError } from '../errors/input-error.ts';
import { hashInvoice } from '../signing/invoice-hash.ts';
import { childElement, textOf } from '../xml/dom.ts';
import { NS } from '../xml/namespaces.ts';
import { readXml } from '../xml/read-xml.ts';

/** A signed invoice to submit. */
export interface InvoiceSubmission {
  /** The signed invoice XML, as signed. */
  readonly invoice: string;
  /** Its invoice hash (base64 SHA-256; `signInvoice` returns it). Computed when absent. */
  readonly invoiceHash?: string;
  /** Its `cbc:UUID`. Read from the XML when absent. */
  readonly uuid?: string;
}

/**
 * The JSON body for `submission`.
 *
 * @throws {InputError} field `invoice` when it is not a non-empty string; field `uuid`
 * (BR-KSA-03) when the UUID is neither given nor in the XML.
 * @throws {XmlError} when the hash or UUID must be read from XML that is not well-formed.
 * @example
 * ```ts
 * invoiceBody({ invoice: signed.xml, invoiceHash: signed.invoiceHash });
 * // { invoiceHash: 'z5F9…', uuid: '3cf5ee18-…', invoice: 'PD94bWwg…' }
 * ```
 */
export function invoiceBody(submission: InvoiceSubmission): {
  invoiceHash: string;
  uuid: string;
  invoice: string;
} {
  const xml: unknown = submission?.invoice;
  if (typeof xml !== 'string' || xml.trim() === '') {
    throw new InputError('invoice', 'invoice-required', 'Give the signed invoice XML as text in `invoice`.');
  }
  let { invoiceHash, uuid } = submission;
  if (invoiceHash === undefined || uuid === undefined) {
    const document = readXml(xml);
    invoiceHash ??= hashInvoice(document);
    const root = document.documentElement;
    uuid ??= root ? textOf(childElement(root, NS.cbc, 'UUID'))?.trim() : undefined;
  }
  if (uuid === undefined || uuid === '') {
    // BR-KSA-03: every invoice carries a UUID.
    throw new InputError(
      'uuid',
      'BR-KSA-03',
      'The invoice has no cbc:UUID; give `uuid` or fix the document.',
    );
  }
  if (invoiceHash === '') {
    throw new InputError('invoiceHash', 'invoice-hash-required', 'The invoiceHash is empty.');
  }
  return { invoiceHash, uuid, invoice: encodeBase64(utf8Encode(xml)) };
}
