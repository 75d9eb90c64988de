import type { InvoiceDraft } from '@fatoora/core/model';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { FakeOnboardingUnit } from '../../test/support/fake-onboarding-unit.ts';
import { sampleDraft } from '../../test/support/sample-draft.ts';
import { emptyInvoiceDraft } from '../state/empty-draft.ts';
import { useInvoiceDraft } from './use-invoice-draft.ts';
import { useOnboarding } from './use-onboarding.ts';
import { useSubmission } from './use-submission.ts';

describe('useInvoiceDraft', () => {
  test('Uncontrolled, it starts blank and applies several updates made in one event.', () => {
    const { result } = renderHook(() => useInvoiceDraft());
    expect(result.current.draft).toEqual(emptyInvoiceDraft());
    act(() => {
      result.current.setSeller({ name: 'Shop' });
      result.current.setSellerAddress({ city: 'Riyadh' });
      result.current.addLine({ name: 'Pen' });
    });
    expect(result.current.draft.seller.name).toBe('Shop');
    expect(result.current.draft.seller.address.city).toBe('Riyadh');
    expect(result.current.draft.lines.map((line) => line.name)).toEqual(['', 'Pen']);
  });

  test('Controlled, it reports each update and shows only the value it is given.', () => {
    const seen: InvoiceDraft[] = [];
    const value = sampleDraft();
    const { result } = renderHook(() =>
      useInvoiceDraft({ value, onValueChange: (draft) => seen.push(draft) }),
    );
    act(() => {
      result.current.setHeader({ id: 'INV-2' });
      result.current.setNoteReason('Returned');
    });
    expect(seen.map((draft) => [draft.id, draft.noteReason])).toEqual([
      ['INV-2', undefined],
      ['INV-2', 'Returned'],
    ]);
    expect(result.current.draft).toBe(value);
  });

  test('Its updaters keep their identity across renders.', () => {
    const { result, rerender } = renderHook(() => useInvoiceDraft());
    const first = result.current.updateLine;
    rerender();
    expect(result.current.updateLine).toBe(first);
  });
});

describe('Hooks that drive a unit', () => {
  test('They say what is missing when no unit is given by option or provider.', () => {
    expect(() => renderHook(() => useSubmission())).toThrow(/useSubmission needs an EGS unit/);
    expect(() =>
      renderHook(() => useOnboarding({ csrConfig: 'csr.invoice.type=1100', environment: 'simulation' })),
    ).toThrow(/useOnboarding needs an EGS unit/);
  });

  test('useOnboarding reads a fresh unit as idle with every step pending.', async () => {
    const unit = new FakeOnboardingUnit();
    const { result } = renderHook(() =>
      useOnboarding({ driver: unit, csrConfig: 'csr.invoice.type=1000', environment: 'simulation' }),
    );
    await act(async () => {
      await result.current.refresh();
    });
    expect(result.current.state).toBe('idle');
    expect(result.current.needsOtp).toBe(true);
    expect(result.current.total).toBe(5);
  });
});
