/**
 * Raised when text is not an XML document we are willing to process: malformed, carrying a
 * DOCTYPE (the door to XXE and entity-expansion attacks, which we refuse outright), or missing an
 * element the operation needs.
 */
import { FatooraError, type FatooraErrorOptions } from './fatoora-error.ts';

/**
 * An XML document was malformed, unsafe, or lacked a required element.
 *
 * @example
 * ```ts
 * try { parseXml('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'); }
 * catch (e) { if (e instanceof XmlError) console.log(e.code); } // 'xml-doctype-forbidden'
 * ```
 */
export class XmlError extends FatooraError {
  /** `code` names what is wrong with the XML (`xml-doctype-forbidden`, …), `message` says it in words. */
  constructor(code: string, message: string, options?: FatooraErrorOptions) {
    super(code, message, options);
  }
}
