/**
 * How far QR tag 3 agrees with the invoice's `IssueDate` + `T` + `IssueTime` (KSA-25).
 *
 * The platform compares tag 3 with that text as written, and answers any difference with the
 * *warning* `invoiceTimeStamp_QRCODE_INVALID` ("Time on QR Code does not match with Invoice Issue
 * Time (KSA-25)…", fatoora-api.md §7, [LIVE]); it never rejects a document for it. The typical
 * difference is a `Z` that a QR writer appends while `IssueTime` has none (odoo/odoo#143379,
 * Saleh7/php-zatca-xml#34, sevaske/php-zatca-xml#9): ZATCA's Security Features standard itself
 * shows tag 3 as `2022-02-21T12:13:57Z` (Table 3, "in accordance with ISO 8601"), while the SDK
 * writes `IssueDate` + `T` + `IssueTime` (signing-rules §3). Milliseconds dropped or added by a
 * QR writer draw the same warning.
 *
 * The verdict here, which `verifyInvoice` turns into a warning or an error:
 * - `equal`: the same text;
 * - `equivalent`: the same date and time to the second, written differently. When one side has no
 *   zone (`IssueTime` as ZATCA writes it), its date, hours, minutes and seconds equal the other's
 *   and only the zone designator (`Z`, `±hh:mm`) or the fractional seconds differ — the Z case; a
 *   time without a zone names no instant, so it is never shifted into another zone to make it
 *   match. When both carry a zone, they name the same second (`17:18:04+03:00` and `14:18:04Z`);
 * - `different`: another moment (another date, hour, minute or second; or two zones that make
 *   the same wall clock different instants), or text that is not an `xsd:dateTime`. Such a QR tells whoever scans it a time the invoice does not have.
 */
import { parseXsdDateTime, type XsdDateTime, xsdInstant } from '../xml/xsd-date-time.ts';

/** What {@link compareQrTimestamp} found. */
export type QrTimestampAgreement = 'equal' | 'equivalent' | 'different';

/**
 * Compares QR tag 3 with the invoice's timestamp (`IssueDate` + `T` + `IssueTime`).
 *
 * @example
 * ```ts
 * compareQrTimestamp('2025-05-25T14:18:04Z', '2025-05-25T14:18:04'); // 'equivalent'
 * compareQrTimestamp('2025-05-25T14:18:05', '2025-05-25T14:18:04'); // 'different'
 * ```
 */
export function compareQrTimestamp(qrTimestamp: string, documentTimestamp: string): QrTimestampAgreement {
  if (qrTimestamp === documentTimestamp) return 'equal';
  const qr = parseXsdDateTime(qrTimestamp);
  const document = parseXsdDateTime(documentTimestamp);
  if (!qr || !document) return 'different';
  const zoned = qr.offsetMinutes !== undefined && document.offsetMinutes !== undefined;
  // Both zoned: they name instants, which must be the same second (14:18:04Z is not 14:18:04+03:00).
  if (zoned) return toSecond(qr) === toSecond(document) ? 'equivalent' : 'different';
  // One without a zone: it names no instant, so only the written date and time can agree.
  return sameWallClock(qr, document) ? 'equivalent' : 'different';
}

function sameWallClock(a: XsdDateTime, b: XsdDateTime): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    a.second === b.second
  );
}

/** The instant of a zoned value, truncated to the second. */
function toSecond(value: XsdDateTime): number {
  return Math.floor(xsdInstant(value, 0).getTime() / 1000);
}
