import '../src/styles.css';
import { describe, expect, test } from 'vitest';
import { DIRECTIONS, renderIn } from '../test/support/render.tsx';
import css from './styles.css?raw';

const rules = css.replace(/\/\*[\s\S]*?\*\//g, '');

describe('The opt-in stylesheet', () => {
  test('It uses logical properties only: no left, right or physical sides.', () => {
    expect(rules.match(/(^|[\s;{])(left|right)\s*:/gm)).toBeNull();
    expect(rules.match(/[a-z]-(left|right)\b/g)).toBeNull();
    expect(rules.match(/:\s*(left|right)\s*[;}]/g)).toBeNull();
    expect(rules.match(/\b(margin|padding|border|inset)-(top|bottom)\b/g)).toBeNull();
  });

  test('It prints the preview alone, one piece per page break.', () => {
    expect(rules).toContain('@media print');
    expect(rules).toContain('break-inside: avoid');
  });

  describe.each(DIRECTIONS)('Applied ($dir)', (direction) => {
    test('The fault summary’s border stands at the start of the line.', () => {
      const { container } = renderIn(
        direction,
        <section className="fatoora-fault-summary" data-state="faults" aria-label="faults" />,
      );
      const style = getComputedStyle(container.firstElementChild as Element);
      const [start, end] = direction.dir === 'rtl' ? ['Right', 'Left'] : ['Left', 'Right'];
      expect(style.getPropertyValue(`border-${start.toLowerCase()}-width`)).toBe('4px');
      expect(style.getPropertyValue(`border-${end.toLowerCase()}-width`)).toBe('0px');
    });
  });
});
