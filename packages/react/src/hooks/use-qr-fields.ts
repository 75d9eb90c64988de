/**
 * The fields of a ZATCA QR payload as the payload changes: `qrFields` (in `state/`) memoised on the
 * payload text.
 */
import { useMemo } from 'react';
import { type QrFieldsState, qrFields } from '../state/qr-fields.ts';

/**
 * The fields of a QR payload, decoded again when it changes.
 *
 * @example
 * ```tsx
 * const { fields, fault } = useQrFields(payload);
 * fields?.vatNumber; // '399999999900003'
 * ```
 */
export function useQrFields(payload: string): QrFieldsState {
  return useMemo(() => qrFields(payload), [payload]);
}
