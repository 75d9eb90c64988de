/**
 * The accessibility check every component test runs: axe-core over the rendered component (WCAG
 * 2.x A and AA, plus best practices), failing with each violation's rule, impact and nodes.
 * Page-level rules (landmarks, a page heading, the document language) are left out: a component
 * test renders a fragment, not a page.
 */
import axe from 'axe-core';
import { expect } from 'vitest';

const PAGE_RULES = ['region', 'page-has-heading-one', 'landmark-one-main', 'html-has-lang', 'document-title'];

/**
 * Runs axe on an element and fails the test on any violation.
 *
 * @example
 * ```ts
 * const { container } = render(<InvoiceQr value={qr} />);
 * await expectNoAxeViolations(container);
 * ```
 */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    rules: Object.fromEntries(PAGE_RULES.map((rule) => [rule, { enabled: false }])),
    resultTypes: ['violations'],
  });
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
  expect(violations).toEqual([]);
}
