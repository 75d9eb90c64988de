/**
 * A standard invoice with a charge on the document and one on its first line, with or without
 * their reason codes (BT-105, BT-145): ZATCA warns on each charge without one (BR-KSA-19/20).
 */
import type { Invoice } from '../../src/model/invoice.ts';
import { sixKinds } from './scenarios.ts';

/** The standard invoice of {@link sixKinds} with its charges, coded or not. */
export function chargedInvoice(coded: boolean): Invoice {
  const base = sixKinds[0]!;
  const [first, ...rest] = base.lines;
  return {
    ...base,
    id: coded ? 'STD-388-coded-charges' : 'STD-388-uncoded-charges',
    lines: [
      {
        ...first!,
        charges: [{ amount: '2.00', ...(coded ? { reasonCode: 'CAI' as const } : {}), reason: 'Cutting' }],
      },
      ...rest,
    ],
    allowances: [{ amount: '5.00', reasonCode: '95', reason: 'Discount', taxCategory: 'S', taxRate: '15' }],
    charges: [
      { amount: '12.50', ...(coded ? { reasonCode: 'FC' as const } : {}), taxCategory: 'S', taxRate: '15' },
    ],
  };
}
