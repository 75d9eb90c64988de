/** The shape of a documented example, held against answers that cannot equal it. */
import { describe, expect, it } from 'vitest';
import { shapeDepartures } from './example-shape.ts';

describe('shapeDepartures', () => {
  const issued = { requestID: 347, tokenType: 'x509', dispositionMessage: 'ISSUED', secret: 's' };

  it('accepts other values of the same fields and types', () => {
    expect(shapeDepartures(issued, { ...issued, requestID: 1718000000000, secret: 'other' })).toEqual([]);
  });

  it('names missing fields, fields the example lacks, and fields of another type', () => {
    const { secret: _secret, ...withoutSecret } = issued;
    expect(shapeDepartures(issued, { ...withoutSecret, tokenType: null, errors: null })).toEqual([
      "/tokenType is null, the example's is string",
      '/secret is missing',
      '/errors is not in the example',
    ]);
    expect(shapeDepartures(issued, [issued])).toEqual(["/ is array, the example's is object"]);
  });

  it('lets an answer carry the top-level fields it is allowed beyond the example, and only those', () => {
    expect(shapeDepartures(issued, { ...issued, errors: null }, { fieldsBeyondExample: ['errors'] })).toEqual(
      [],
    );
    expect(
      shapeDepartures(
        { outer: { a: 1 } },
        { outer: { a: 1, errors: null } },
        { fieldsBeyondExample: ['errors'] },
      ),
    ).toEqual(['/outer/errors is not in the example']);
  });

  it("holds every array entry to the example's first, and leaves entries free when the example has none", () => {
    const example = { infoMessages: [{ code: 'XSD_ZATCA_VALID', message: 'ok' }], warningMessages: [] };
    expect(
      shapeDepartures(example, {
        infoMessages: [
          { code: 'A', message: 'a' },
          { code: null, message: 'b' },
        ],
        warningMessages: [{ anything: true }],
      }),
    ).toEqual(["/infoMessages/1/code is null, the example's is string"]);
  });
});
