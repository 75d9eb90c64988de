/**
 * The playground's shared state: the proxy's configuration, the EGS unit (opened once, reopened
 * after a reset) and its status, refreshed after every change any page makes, so the Chain page
 * sees what the Issue page issued. Pages read it with `useUnit()`.
 */
import type { EgsStatus } from '@fatoora/core/egs';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type DemoConfig, fetchDemoConfig } from '../api/demo-config.ts';
import { type DemoUnit, deleteDemoUnit, openDemoUnit } from './open-demo-unit.ts';

/** What {@link useUnit} gives. */
export type UnitState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'failed'; readonly message: string }
  | {
      readonly phase: 'ready';
      readonly config: DemoConfig;
      readonly unit: DemoUnit;
      readonly status: EgsStatus;
      /** Reads the status again (after onboarding, issuing, draining). */
      readonly refresh: () => Promise<void>;
      /** Deletes the unit from this browser and opens a fresh one. */
      readonly reset: () => Promise<void>;
    };

const Context = createContext<UnitState>({ phase: 'loading' });

type Loaded = { config: DemoConfig; unit: DemoUnit; status: EgsStatus };

/**
 * Opens the unit and provides it.
 *
 * @example
 * ```tsx
 * <UnitProvider><Pages /></UnitProvider>
 * ```
 */
export function UnitProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [failure, setFailure] = useState<string | undefined>();

  const open = useCallback(async () => {
    try {
      const config = await fetchDemoConfig(location.origin);
      const unit = await openDemoUnit(location.origin);
      setLoaded({ config, unit, status: await unit.egs.status() });
      setFailure(undefined);
    } catch (error) {
      setFailure((error as Error).message);
    }
  }, []);

  useEffect(() => {
    void open();
  }, [open]);

  const refresh = useCallback(async () => {
    if (loaded === undefined) return;
    const status = await loaded.unit.egs.status();
    setLoaded((current) => (current?.unit === loaded.unit ? { ...current, status } : current));
  }, [loaded]);

  const reset = useCallback(async () => {
    const unit = loaded?.unit;
    setLoaded(undefined);
    await deleteDemoUnit(unit);
    await open();
  }, [loaded, open]);

  const value = useMemo<UnitState>(() => {
    if (failure !== undefined) return { phase: 'failed', message: failure };
    if (loaded === undefined) return { phase: 'loading' };
    return { phase: 'ready', ...loaded, refresh, reset };
  }, [failure, loaded, refresh, reset]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/**
 * The unit's state.
 *
 * @example
 * ```tsx
 * const unit = useUnit();
 * if (unit.phase === 'ready' && unit.status.onboarded) …
 * ```
 */
export function useUnit(): UnitState {
  return useContext(Context);
}
