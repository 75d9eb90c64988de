import { describe, expect, it } from 'vitest';
import { draftOf, sdkCsrConfig } from '../../test/support/egs-fixtures.ts';
import { unitFaults } from './unit-faults.ts';

describe('unit checks of a draft', () => {
  it('pass the unit checks when seller and subtype fit the CSR', () => {
    expect(unitFaults(draftOf('standard-credit-note'), sdkCsrConfig)).toEqual([]);
  });

  it('fail the unit checks for another seller VAT number or a subtype the CSR does not enable', () => {
    const draft = draftOf('standard-invoice');
    const faults = unitFaults(
      { ...draft, seller: { ...draft.seller, vatNumber: '300000000000003' } },
      { ...sdkCsrConfig, invoiceType: '0100' },
    );
    expect(faults.map((fault) => [fault.rule, fault.path])).toEqual([
      ['certificate-permissions', 'seller.vatNumber'],
      ['certificate-permissions', 'transaction.subtype'],
    ]);
  });
});
