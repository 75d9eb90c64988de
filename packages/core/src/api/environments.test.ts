import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/input-error.ts';
import { ENVIRONMENTS } from '../model/environments.ts';
import { resolveBaseUrl } from './environments.ts';

describe('resolveBaseUrl', () => {
  it("gives an environment's base URL from the model's table", () => {
    expect(resolveBaseUrl({ environment: 'production' })).toBe(ENVIRONMENTS.production.baseUrl);
    expect(() => resolveBaseUrl({ environment: 'core' })).toThrow(InputError);
  });

  it('checks a base URL and drops its trailing slashes', () => {
    expect(resolveBaseUrl({ baseUrl: 'http://127.0.0.1:8080//' })).toBe('http://127.0.0.1:8080');
    expect(() => resolveBaseUrl({ baseUrl: 'https://proxy.example/?key=1' })).toThrow(InputError);
    expect(() => resolveBaseUrl({})).toThrow(InputError);
  });
});
