import { describe, expect, it } from 'vitest';
import { kindsOfSteps, missingComplianceSteps } from './missing-steps.ts';

describe('missingComplianceSteps', () => {
  it('reads the bracketed list of the live Missing-ComplianceSteps text, each step once', () => {
    const errors = [
      {
        code: 'Missing-ComplianceSteps',
        message:
          'The compliance certificate is not done with the following compliance steps yet [standard-credit-note-compliant,simplified-compliant,seller-qr-code-compliant]',
      },
      { message: 'simplified-compliant is missing' },
    ];
    expect(missingComplianceSteps({ errors })).toEqual([
      'standard-credit-note-compliant',
      'simplified-compliant',
      'seller-qr-code-compliant',
    ]);
  });

  it('names none for the OpenAPI example text or no errors', () => {
    expect(
      missingComplianceSteps({
        errors: [
          { code: 'Missing-ComplianceSteps', message: 'Compliance steps for this CSID are not yet complete' },
        ],
      }),
    ).toEqual([]);
    expect(missingComplianceSteps({ errors: [] })).toEqual([]);
  });
});

describe('kindsOfSteps', () => {
  it('maps the steps of the six document kinds and leaves the QR-code steps out', () => {
    expect(
      kindsOfSteps(['simplified-debit-note-compliant', 'buyer-qr-code-compliant', 'standard-compliant']),
    ).toEqual(['standard-invoice', 'simplified-debit-note']);
  });
});
