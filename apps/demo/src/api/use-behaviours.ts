/**
 * The state behind the Platform behaviours panel: the simulator's table and live settings, read
 * once, and the two ways to change them — one behaviour (`PATCH`) and every default back
 * (`DELETE`). Changes go out one after another, so the settings shown are always those of the
 * last answer; while a change is on its way the value asked for is `requested`, so a radio button
 * does not jump back until the simulator answers; a refused change leaves the settings as they
 * were and keeps the error beside the behaviour it concerns.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BehaviourRow, BehaviourSettings } from '../behaviours/behaviour-rows.ts';
import {
  changeBehaviours,
  fetchBehaviourSettings,
  fetchBehaviourTable,
  restoreDefaultBehaviours,
} from './simulator-behaviours.ts';

/** The last change that went through, for the panel's status line. */
export type BehaviourChange =
  | { readonly kind: 'changed'; readonly name: string; readonly value: string }
  | { readonly kind: 'restored' };

/** What {@link useBehaviours} gives. */
export interface BehavioursState {
  /** The table, once read. */
  readonly rows: readonly BehaviourRow[] | undefined;
  /** The live settings, once read, then as the last answer gave them. */
  readonly settings: BehaviourSettings | undefined;
  /** Reading the table or settings, or restoring the defaults, failed. */
  readonly error: unknown;
  /** A change of one behaviour failed: which, and why. */
  readonly failed: { readonly name: string; readonly error: unknown } | undefined;
  readonly lastChange: BehaviourChange | undefined;
  /** The values asked for and not yet answered, by behaviour. */
  readonly requested: Readonly<Record<string, string>>;
  /** A change is on its way. */
  readonly busy: boolean;
  readonly change: (name: string, value: string) => Promise<void>;
  readonly restore: () => Promise<void>;
}

/**
 * Reads the behaviours from the simulator behind `origin`'s proxy and offers to change them.
 *
 * @example
 * ```tsx
 * const behaviours = useBehaviours(location.origin);
 * <button onClick={() => void behaviours.restore()}>Restore</button>
 * ```
 */
export function useBehaviours(origin: string): BehavioursState {
  const [rows, setRows] = useState<readonly BehaviourRow[]>();
  const [settings, setSettings] = useState<BehaviourSettings>();
  const [error, setError] = useState<unknown>();
  const [failed, setFailed] = useState<BehavioursState['failed']>();
  const [lastChange, setLastChange] = useState<BehaviourChange>();
  const [pending, setPending] = useState(0);
  const [requested, setRequested] = useState<Readonly<Record<string, string>>>({});
  // The tail of the queue of changes: each waits for the one before it.
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let current = true;
    Promise.all([fetchBehaviourTable(origin), fetchBehaviourSettings(origin)]).then(
      ([table, live]) => {
        if (!current) return;
        setRows(table);
        setSettings(live);
      },
      (failure: unknown) => {
        if (current) setError(failure);
      },
    );
    return () => {
      current = false;
    };
  }, [origin]);

  const enqueue = useCallback((step: () => Promise<void>): Promise<void> => {
    setPending((count) => count + 1);
    const next = queue.current.then(step).finally(() => setPending((count) => count - 1));
    queue.current = next;
    return next;
  }, []);

  const change = useCallback(
    (name: string, value: string) => {
      setRequested((current) => ({ ...current, [name]: value }));
      return enqueue(async () => {
        setFailed(undefined);
        setError(undefined);
        try {
          setSettings(await changeBehaviours(origin, { [name]: value }));
          setLastChange({ kind: 'changed', name, value });
        } catch (failure) {
          setFailed({ name, error: failure });
        } finally {
          // A later request for the same behaviour stays: its own answer will clear it.
          setRequested((current) => {
            if (current[name] !== value) return current;
            const { [name]: _answered, ...others } = current;
            return others;
          });
        }
      });
    },
    [origin, enqueue],
  );

  const restore = useCallback(
    () =>
      enqueue(async () => {
        setFailed(undefined);
        setError(undefined);
        try {
          setSettings(await restoreDefaultBehaviours(origin));
          setLastChange({ kind: 'restored' });
        } catch (failure) {
          setError(failure);
        }
      }),
    [origin, enqueue],
  );

  return { rows, settings, error, failed, lastChange, requested, busy: pending > 0, change, restore };
}
