/**
 * Faults handed to the fields of a form by model path. Each field claims its path while it is
 * rendered, so the form's summary can list the faults that no field shows (a missing exemption, a
 * seller address left out entirely) instead of repeating the others.
 */
import type { Fault } from '@fatoora/core/errors';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { FatooraLocale } from '../i18n/locale.ts';

/** What a fault scope provides. */
export interface FaultScopeValue {
  readonly locale: FatooraLocale;
  /** The faults of each path. */
  readonly byPath: ReadonlyMap<string, readonly Fault[]>;
  /** The paths some field shows. */
  readonly claimed: ReadonlySet<string>;
  /** Marks a path as shown by a field; returns the release. */
  readonly claim: (path: string) => () => void;
}

const NO_FAULTS: ReadonlyMap<string, readonly Fault[]> = new Map();

const FaultScopeContext = createContext<FaultScopeValue>({
  locale: 'ar',
  byPath: NO_FAULTS,
  claimed: new Set(),
  claim: () => () => undefined,
});

/** Props of {@link FaultScope}. */
export interface FaultScopeProps {
  readonly locale: FatooraLocale;
  readonly byPath: ReadonlyMap<string, readonly Fault[]>;
  readonly children?: ReactNode;
}

/**
 * Provides faults by path to the fields below.
 *
 * @example
 * ```tsx
 * <FaultScope locale="ar" byPath={validation.byPath}><TextField path="seller.name" … /></FaultScope>
 * ```
 */
export function FaultScope({ locale, byPath, children }: FaultScopeProps): ReactNode {
  const [claimed, setClaimed] = useState<ReadonlyMap<string, number>>(new Map());
  const claim = useCallback((path: string) => {
    const change = (delta: number) =>
      setClaimed((current) => {
        const next = new Map(current);
        const count = (next.get(path) ?? 0) + delta;
        if (count > 0) next.set(path, count);
        else next.delete(path);
        return next;
      });
    change(1);
    return () => change(-1);
  }, []);
  const value = useMemo<FaultScopeValue>(
    () => ({ locale, byPath, claimed: new Set(claimed.keys()), claim }),
    [locale, byPath, claimed, claim],
  );
  return <FaultScopeContext value={value}>{children}</FaultScopeContext>;
}

/**
 * The nearest fault scope.
 *
 * @example
 * ```ts
 * const { byPath, claimed } = useFaultScope();
 * ```
 */
export function useFaultScope(): FaultScopeValue {
  return useContext(FaultScopeContext);
}

/**
 * The faults at a path, claimed for the calling field while it is mounted.
 *
 * @example
 * ```ts
 * const faults = useFieldFaults('seller.vatNumber');
 * ```
 */
export function useFieldFaults(path: string): readonly Fault[] {
  const { byPath, claim } = useFaultScope();
  useEffect(() => claim(path), [claim, path]);
  return byPath.get(path) ?? [];
}
