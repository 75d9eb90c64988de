/**
 * Raised when an X.509 certificate cannot be decoded or does not carry what ZATCA signing needs
 * (an EC secp256k1 public key, an ECDSA signature).
 */
import { FatooraError, type FatooraErrorOptions } from './fatoora-error.ts';

/**
 * A certificate was unreadable or unusable for ZATCA signing.
 *
 * @example
 * ```ts
 * try { parseCertificate('MIIB...truncated'); }
 * catch (e) { if (e instanceof CertificateError) console.log(e.code); } // 'certificate-unreadable'
 * ```
 */
export class CertificateError extends FatooraError {
  /** `code` names what is wrong with the certificate, `message` says it in words. */
  constructor(code: string, message: string, options?: FatooraErrorOptions) {
    super(code, message, options);
  }
}
