/**
 * How the lifecycle commands show an issued document — as aligned `label value` lines for people,
 * or as a plain object for `--json` — with its ICV, UUID, hash, state with the platform, where its
 * XML went and ZATCA's messages. The XML itself is never printed: it is in the file.
 */

import type { IssuedInvoice, OutboxItem } from '@fatoora/core/egs';
import type { ZatcaValidationMessage } from '@fatoora/core/errors';
import type { WrittenInvoice } from './invoice-files.ts';

const FORM_NOTE: Readonly<Record<WrittenInvoice['form'], string>> = {
  cleared: "ZATCA's cleared document, for the buyer",
  signed: 'signed, for the buyer',
  unsent: 'signed but not cleared: not for the buyer yet',
};

/**
 * ZATCA's messages, one line each: `  WARNING BR-KSA-98: …`.
 *
 * @example
 * ```ts
 * messageLines([{ type: 'WARNING', code: 'BR-KSA-98', message: 'late', category: 'KSA', status: 'WARNING' }]);
 * // ['  WARNING BR-KSA-98: late']
 * ```
 */
export function messageLines(messages: readonly ZatcaValidationMessage[], indent = '  '): string[] {
  return messages.map((message) => `${indent}${message.type} ${message.code}: ${message.message}`);
}

/**
 * What became of a document with the platform, in a few words.
 *
 * @example
 * ```ts
 * describeState(issued); // 'pending: report by 2025-01-02T10:00:00.000Z (fatoora report)'
 * ```
 */
export function describeState(invoice: IssuedInvoice): string {
  if (invoice.state !== 'pending') {
    return invoice.followUp ? `${invoice.state}; follow up: ${invoice.followUp.message}` : invoice.state;
  }
  const why = [
    invoice.lastError ? `last attempt: ${invoice.lastError.code}: ${invoice.lastError.message}` : undefined,
    invoice.followUp ? `follow up: ${invoice.followUp.message}` : undefined,
  ].filter((part) => part !== undefined);
  const next =
    invoice.route === 'clearance'
      ? 'not cleared yet (fatoora clear)'
      : `report by ${invoice.deadline} (fatoora report)`;
  return `pending: ${next}${why.length > 0 ? `; ${why.join('; ')}` : ''}`;
}

/**
 * An issued document for people.
 *
 * @example
 * ```ts
 * io.stdout(`${invoiceLines(issued, written).join('\n')}\n`);
 * ```
 */
export function invoiceLines(invoice: IssuedInvoice, written?: WrittenInvoice): string[] {
  return [
    `ICV      ${invoice.counter}`,
    `id       ${invoice.id} (${invoice.kind})`,
    `UUID     ${invoice.uuid}`,
    `hash     ${invoice.invoiceHash}`,
    `status   ${describeState(invoice)}`,
    ...(written ? [`XML      ${written.path} (${FORM_NOTE[written.form]})`] : []),
    ...messageLines(invoice.messages, ''),
  ];
}

/**
 * An issued document for `--json`: everything but the XML text.
 *
 * @example
 * ```ts
 * io.stdout(`${toJson(invoiceJson(issued, written))}\n`);
 * ```
 */
export function invoiceJson(invoice: IssuedInvoice, written?: WrittenInvoice): Record<string, unknown> {
  const { signedXml, document, ...rest } = invoice;
  return { ...rest, ...(written ? { xml: written.path, xmlForm: written.form } : {}) };
}

/**
 * A pending document in one line: `ICV 49  SMP-49  simplified-invoice  reporting  due …`.
 *
 * @example
 * ```ts
 * outboxLine(item); // 'ICV 49  SMP-49  simplified-invoice  reporting  due 2025-01-02T10:00:00.000Z  attempts 0'
 * ```
 */
export function outboxLine(item: OutboxItem): string {
  return [
    `ICV ${item.counter}`,
    item.id,
    item.kind,
    item.route,
    `due ${item.deadline}${item.overdue ? ' (OVERDUE)' : ''}`,
    `attempts ${item.attempts}`,
    ...(item.lastError ? [`last error ${item.lastError.code}: ${item.lastError.message}`] : []),
    ...(item.followUp ? [`follow up: ${item.followUp.message}`] : []),
  ].join('  ');
}
