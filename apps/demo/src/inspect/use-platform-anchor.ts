/**
 * The trust anchor of the platform the demo talks to, for the Inspector: with the embedded
 * simulator, its CA certificate, read once through the proxy's admin route; with one of ZATCA's
 * environments, none — the demo has no copy of ZATCA's CA certificates, so the issuer of a
 * certificate cannot be checked and the Inspector says so.
 */
import { useEffect, useState } from 'react';
import { fetchSimulatorCaCertificate } from '../api/simulator-admin.ts';
import { useUnit } from '../egs/unit-context.tsx';

/** Where the Inspector's trust anchor stands. */
export type PlatformAnchor =
  | { readonly state: 'pending' }
  | { readonly state: 'simulator'; readonly pem: string }
  /** `remote`: a ZATCA environment, no anchor; `unavailable`: the simulator's could not be read. */
  | { readonly state: 'none'; readonly reason: 'remote' | 'unavailable' };

/**
 * The platform's trust anchor, once known.
 *
 * @example
 * ```tsx
 * const anchor = usePlatformAnchor();
 * inspectInvoice(xml, anchor.state === 'simulator' ? { trustAnchors: [anchor.pem] } : {});
 * ```
 */
export function usePlatformAnchor(): PlatformAnchor {
  const unit = useUnit();
  const simulator = unit.phase === 'ready' ? unit.config.simulator : undefined;
  const failed = unit.phase === 'failed';
  const [anchor, setAnchor] = useState<PlatformAnchor>({ state: 'pending' });
  useEffect(() => {
    if (simulator === undefined) {
      if (failed) setAnchor({ state: 'none', reason: 'unavailable' });
      return;
    }
    if (!simulator) {
      setAnchor({ state: 'none', reason: 'remote' });
      return;
    }
    let live = true;
    fetchSimulatorCaCertificate(location.origin).then(
      (pem) => live && setAnchor({ state: 'simulator', pem }),
      () => live && setAnchor({ state: 'none', reason: 'unavailable' }),
    );
    return () => {
      live = false;
    };
  }, [simulator, failed]);
  return anchor;
}
