/**
 * The `validationResults` object of the platform's invoice answers, built from the messages the
 * check families return: each message has ZATCA's `type`, `code`, `category`, `message` and
 * `status`; the lists are sorted by type and the overall status is the worst one. A code reported
 * twice (by two families) is kept once; the answer's HTTP status follows from it
 * (`invoice-answer.ts`).
 */
import type { ZatcaValidationMessage, ZatcaValidationResults } from '@fatoora/core/errors';

/**
 * One message, exactly as the platform writes it: core's wire type (which a client reads
 * tolerantly), with the type and status narrowed to the values the platform writes.
 */
export interface ValidationMessage extends ZatcaValidationMessage {
  readonly type: 'INFO' | 'WARNING' | 'ERROR';
  readonly status: 'PASS' | 'WARNING' | 'ERROR';
}

/** The `validationResults` of an invoice answer: core's wire type, with these messages. */
export interface ValidationResults extends ZatcaValidationResults {
  readonly infoMessages: readonly ValidationMessage[];
  readonly warningMessages: readonly ValidationMessage[];
  readonly errorMessages: readonly ValidationMessage[];
}

/**
 * An INFO message (status PASS).
 *
 * @example
 * ```ts
 * info('XSD_ZATCA_VALID', 'XSD validation', 'Complied with UBL 2.1 standards in line with ZATCA specifications');
 * ```
 */
export function info(code: string, category: string, message: string): ValidationMessage {
  return { type: 'INFO', code, category, message, status: 'PASS' };
}

/**
 * A WARNING message: reported, never fails the document.
 *
 * @example
 * ```ts
 * warning('BR-KSA-98', 'KSA', '[BR-KSA-98] - The simplified invoice should be submitted within 24 hours of issuing the invoice.');
 * ```
 */
export function warning(code: string, category: string, message: string): ValidationMessage {
  return { type: 'WARNING', code, category, message, status: 'WARNING' };
}

/**
 * An ERROR message: the document is rejected.
 *
 * @example
 * ```ts
 * error('invalid-invoice-hash', 'INVOICE_HASHING_ERRORS', 'The invoice hash API body does not match the (calculated) Hash of the XML');
 * ```
 */
export function error(code: string, category: string, message: string): ValidationMessage {
  return { type: 'ERROR', code, category, message, status: 'ERROR' };
}

/**
 * Gathers messages into `validationResults`, keeping the first of each (type, code) pair.
 *
 * @example
 * ```ts
 * collectResults([info('XSD_ZATCA_VALID', 'XSD validation', '…'), warning('BR-KSA-98', 'KSA', '…')]).status; // 'WARNING'
 * ```
 */
export function collectResults(messages: readonly ValidationMessage[]): ValidationResults {
  const seen = new Set<string>();
  const unique = messages.filter((message) => {
    const key = `${message.type} ${message.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const of = (type: ValidationMessage['type']) => unique.filter((message) => message.type === type);
  const errorMessages = of('ERROR');
  const warningMessages = of('WARNING');
  return {
    infoMessages: of('INFO'),
    warningMessages,
    errorMessages,
    status: errorMessages.length > 0 ? 'ERROR' : warningMessages.length > 0 ? 'WARNING' : 'PASS',
  };
}
