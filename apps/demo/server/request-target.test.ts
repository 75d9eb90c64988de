import { describe, expect, it } from 'vitest';
import { readRequestTarget } from './request-target.ts';

const refusal = (raw: string) => {
  const target = readRequestTarget(raw);
  return target.ok ? undefined : target.refusal.code;
};

describe('readRequestTarget', () => {
  it('accepts a plain path and drops its query', () => {
    expect(readRequestTarget('/api/invoices/reporting/single?debug=1')).toEqual({
      ok: true,
      path: '/api/invoices/reporting/single',
    });
  });

  it('refuses absolute URLs, authority form and network-path references', () => {
    expect(refusal('http://evil.example/api/compliance')).toBe('absolute-url');
    expect(refusal('https://gw-fatoora.zatca.gov.sa/e-invoicing/core/compliance')).toBe('absolute-url');
    expect(refusal('evil.example:443')).toBe('absolute-url');
    expect(refusal('//evil.example/api/compliance')).toBe('absolute-url');
    expect(refusal('*')).toBe('absolute-url');
  });

  it('refuses dot segments, plain or percent-encoded', () => {
    expect(refusal('/api/../simulator/otp')).toBe('path-traversal');
    expect(refusal('/api/%2e%2e/simulator/otp')).toBe('path-traversal');
    expect(refusal('/api/%2E%2E')).toBe('path-traversal');
    expect(refusal('/api/./compliance')).toBe('path-traversal');
  });

  it('refuses encoded slashes, backslashes, double encoding and control characters', () => {
    expect(refusal('/api/compliance%2f..%2f..')).toBe('malformed-path');
    expect(refusal('/api\\..\\compliance')).toBe('malformed-path');
    expect(refusal('/api/%252e%252e/compliance')).toBe('malformed-path');
    expect(refusal('/api/compliance%00')).toBe('malformed-path');
    expect(refusal('/api/%e0%a4%a')).toBe('malformed-path');
    expect(refusal('/api//compliance')).toBe('malformed-path');
    expect(refusal('')).toBe('malformed-path');
  });
});
