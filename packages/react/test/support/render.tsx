/**
 * Rendering in a given writing direction: each component test runs once left to right in English
 * and once right to left in Arabic, inside a container carrying `dir` and `lang`.
 */
import { type RenderResult, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { FatooraLocale } from '../../src/i18n/locale.ts';

/** A direction with the language tests use in it. */
export interface Direction {
  readonly dir: 'ltr' | 'rtl';
  readonly locale: FatooraLocale;
}

/**
 * Both directions, for `describe.each`.
 *
 * @example
 * ```ts
 * describe.each(DIRECTIONS)('InvoiceQr ($dir)', (direction) => { … });
 * ```
 */
export const DIRECTIONS: readonly Direction[] = [
  { dir: 'ltr', locale: 'en' },
  { dir: 'rtl', locale: 'ar' },
];

/**
 * Renders an element in a container with `dir` and `lang` (removed again by the test cleanup).
 *
 * @example
 * ```ts
 * const { container } = renderIn({ dir: 'rtl', locale: 'ar' }, <InvoiceQr value={qr} />);
 * ```
 */
export function renderIn(direction: Direction, element: ReactElement): RenderResult {
  const container = document.createElement('div');
  container.dir = direction.dir;
  container.lang = direction.locale;
  document.body.append(container);
  return render(element, { container });
}
