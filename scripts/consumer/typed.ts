// A TypeScript consumer (scripts/consumer-check.sh), type-checked under `module: nodenext` and
// under `moduleResolution: bundler`, both strict: the public types resolve from the packed
// packages' `types` conditions.
import { type BuiltInvoice, buildInvoice, type InvoiceVerification, verifyInvoice } from '@fatoora/core';
import type { EgsStore } from '@fatoora/core/egs';
import { type ComplianceDocumentKind, DOCUMENT_KINDS, type InvoiceDraft } from '@fatoora/core/model';
import { FileEgsStore } from '@fatoora/node';
import { type SimulatorOptions, startSimulator } from '@fatoora/simulator';

export const kind: ComplianceDocumentKind = 'simplified-invoice';
export const typeCode: '388' | '381' | '383' = DOCUMENT_KINDS[kind].typeCode;
export function check(xml: string): InvoiceVerification {
  return verifyInvoice(xml);
}
export function build(draft: InvoiceDraft & Parameters<typeof buildInvoice>[0]): BuiltInvoice {
  return buildInvoice(draft);
}
export async function store(directory: string): Promise<EgsStore> {
  return FileEgsStore.open({ directory });
}
export const start = (options: SimulatorOptions) => startSimulator(options);
