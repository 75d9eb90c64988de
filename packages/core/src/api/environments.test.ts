import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/input-error.ts';
import { ENVIRONMENTS, isFatooraEnvironment, resolveBaseUrl } from './environments.ts';

describe('ENVIRONMENTS', () => {
  it("holds ZATCA's three gateways, named in English and Arabic", () => {
    expect(Object.keys(ENVIRONMENTS)).toEqual(['developer-portal', 'simulation', 'production']);
    expect(ENVIRONMENTS.production.baseUrl).toBe('https://gw-fatoora.zatca.gov.sa/e-invoicing/core');
    for (const environment of Object.values(ENVIRONMENTS)) {
      expect(environment.baseUrl).toMatch(/^https:\/\/gw-fatoora\.zatca\.gov\.sa\/e-invoicing\/[a-z-]+$/);
      expect(environment.ar).toMatch(/^[\u0600-\u06FF ]+$/);
    }
  });

  it('recognises its own names only', () => {
    expect(isFatooraEnvironment('simulation')).toBe(true);
    expect(isFatooraEnvironment('toString')).toBe(false);
    expect(isFatooraEnvironment(undefined)).toBe(false);
  });

  it('checks a base URL and drops its trailing slashes', () => {
    expect(resolveBaseUrl({ baseUrl: 'http://127.0.0.1:8080//' })).toBe('http://127.0.0.1:8080');
    expect(() => resolveBaseUrl({ baseUrl: 'https://proxy.example/?key=1' })).toThrow(InputError);
    expect(() => resolveBaseUrl({})).toThrow(InputError);
  });
});
