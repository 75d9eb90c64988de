import { screen } from '@testing-library/react';
import { encode } from 'uqr';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../test/support/axe.ts';
import { DIRECTIONS, renderIn } from '../../test/support/render.tsx';
import { uiText } from '../i18n/ui-text.ts';
import { InvoiceQr } from './invoice-qr.tsx';
import { qrPath } from './qr-path.ts';

const PAYLOAD = 'AQVTZWxsZXICDzM5OTk5OTk5OTkwMDAwMwMTMjAyNC0wMy0wNVQxMDoxNTowMAQGMTE1LjAwBQUxNS4wMA==';

/** The dark modules a path draws, as "x,y" keys. */
function modulesOf(path: string): Set<string> {
  const modules = new Set<string>();
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(run); i++) modules.add(`${Number(x) + i},${y}`);
  }
  return modules;
}

test('A module path draws exactly the dark modules of its matrix.', () => {
  const { data } = encode(PAYLOAD, { ecc: 'M', border: 4 });
  const dark = new Set<string>();
  data.forEach((row, y) => {
    row.forEach((on, x) => {
      if (on) dark.add(`${x},${y}`);
    });
  });
  expect(modulesOf(qrPath(data))).toEqual(dark);
  expect(
    qrPath([
      [true, true],
      [false, true],
    ]),
  ).toBe('M0 0h2v1h-2zM1 1h1v1h-1z');
});

describe.each(DIRECTIONS)('InvoiceQr ($dir)', (direction) => {
  test('It draws the payload as an image named in the reader’s language, with a quiet zone.', async () => {
    const { container } = renderIn(direction, <InvoiceQr value={PAYLOAD} locale={direction.locale} />);
    const image = screen.getByRole('img', { name: uiText('qrCode', direction.locale) });
    const { size, data } = encode(PAYLOAD, { ecc: 'M', border: 4 });
    expect(image.getAttribute('viewBox')).toBe(`0 0 ${size} ${size}`);
    expect(image.querySelector('path')?.getAttribute('d')).toBe(qrPath(data));
    expect(data[0]?.every((on) => !on)).toBe(true);
    await expectNoAxeViolations(container);
  });

  test('It forwards its ref and its SVG attributes, and takes a custom name.', () => {
    let svg: SVGSVGElement | null = null;
    renderIn(
      direction,
      <InvoiceQr
        value={PAYLOAD}
        ref={(node) => {
          svg = node;
        }}
        label="QR"
        className="mine"
        size="10rem"
      />,
    );
    const image = screen.getByRole('img', { name: 'QR' });
    expect(svg).toBe(image);
    expect(image.getAttribute('class')).toBe('mine');
    expect(image.getAttribute('width')).toBe('10rem');
  });

  test('An empty payload draws nothing.', () => {
    renderIn(direction, <InvoiceQr value="  " locale={direction.locale} />);
    expect(screen.queryByRole('img')).toBeNull();
  });
});
