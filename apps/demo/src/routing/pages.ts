/**
 * The playground's pages and their hash routes (`#/issue`): hash routing needs nothing from the
 * server, so a reload lands on the same page wherever the build is served. A page marked
 * `simulatorOnly` is about the embedded simulator and leaves the navigation when the demo targets
 * one of ZATCA's environments.
 */
import type { MessageKey } from '../i18n/messages.ts';

/** Each page: its route and the key of its navigation text. */
export const PAGES = {
  onboarding: { hash: '#/onboarding', label: 'navOnboarding' },
  issue: { hash: '#/issue', label: 'navIssue' },
  chain: { hash: '#/chain', label: 'navChain' },
  inspector: { hash: '#/inspector', label: 'navInspector' },
  behaviours: { hash: '#/behaviours', label: 'navBehaviours', simulatorOnly: true },
} as const satisfies Record<string, { hash: string; label: MessageKey; simulatorOnly?: boolean }>;

/** A page name. */
export type PageName = keyof typeof PAGES;

/**
 * The page a location hash names (onboarding for anything else).
 *
 * @example
 * ```ts
 * pageOfHash('#/chain'); // 'chain'
 * pageOfHash(''); // 'onboarding'
 * ```
 */
export function pageOfHash(hash: string): PageName {
  const found = (Object.keys(PAGES) as PageName[]).find((name) => PAGES[name].hash === hash);
  return found ?? 'onboarding';
}

/**
 * The pages the navigation lists: all of them with the embedded simulator, the others without.
 *
 * @example
 * ```ts
 * navigationPages(false); // ['onboarding', 'issue', 'chain', 'inspector']
 * ```
 */
export function navigationPages(simulator: boolean): PageName[] {
  return (Object.keys(PAGES) as PageName[]).filter(
    (name) => simulator || !('simulatorOnly' in PAGES[name] && PAGES[name].simulatorOnly),
  );
}
