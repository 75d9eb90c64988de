/**
 * A ZATCA QR payload (base64 TLV) read into its nine fields with core's `decodeQr`; a payload that
 * does not decode gives `undefined` fields and a fault naming the rule it broke (`qr-not-base64`,
 * `qr-tlv-truncated`, `qr-missing-tag`, …). Blank text is simply empty: no fields, no fault. Pure;
 * `useQrFields` is its React adapter.
 */
import { FatooraError, type Fault, InputError } from '@fatoora/core/errors';
import { type DecodedQr, decodeQr } from '@fatoora/core/qr';

/** Decoded fields, or why there are none. */
export interface QrFieldsState {
  /** The decoded fields; `undefined` for an empty payload or one that does not decode. */
  readonly fields: DecodedQr | undefined;
  /** Why the payload does not decode (rule, path and message, as a form shows them); else `undefined`. */
  readonly fault: Fault | undefined;
}

/**
 * Decodes a payload (pure; see `useQrFields`).
 *
 * @throws {Error} only for a programming error (a payload that does not decode gives a fault).
 * @example
 * ```ts
 * qrFields('AQVTZWxsZXI…').fields?.sellerName;
 * ```
 */
export function qrFields(payload: string): QrFieldsState {
  if (payload.trim() === '') return { fields: undefined, fault: undefined };
  try {
    return { fields: decodeQr(payload), fault: undefined };
  } catch (error) {
    if (error instanceof InputError) {
      return {
        fields: undefined,
        fault: { rule: error.rule, severity: 'error', path: error.field, message: error.message },
      };
    }
    if (error instanceof FatooraError) {
      return {
        fields: undefined,
        fault: { rule: error.code, severity: 'error', path: 'qr', message: error.message },
      };
    }
    throw error;
  }
}
