/**
 * Raised when a document cannot be signed (for instance it already carries a signature and the
 * caller did not ask to replace it, or it lacks the elements a ZATCA invoice must have).
 */
import { FatooraError, type FatooraErrorOptions } from './fatoora-error.ts';

/**
 * Signing failed because of the document or the signing inputs.
 *
 * @example
 * ```ts
 * try { signInvoice(xml, { privateKey, certificate }); }
 * catch (e) { if (e instanceof SignatureError) console.log(e.code, e.message); }
 * ```
 */
export class SignatureError extends FatooraError {
  /** `code` names what is wrong with the signature, `message` says it in words. */
  constructor(code: string, message: string, options?: FatooraErrorOptions) {
    super(code, message, options);
  }
}
