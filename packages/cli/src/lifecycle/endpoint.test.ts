import { describe, expect, it } from 'vitest';
import { UsageError } from '../usage-error.ts';
import { DEFAULT_BASE_URL, resolveEndpoint } from './endpoint.ts';

const remembered = { environment: 'developer-portal', baseUrl: 'http://127.0.0.1:9999' } as const;

describe('resolveEndpoint', () => {
  it('defaults to the local simulator serving the simulation environment', () => {
    expect(resolveEndpoint({ variables: {} })).toEqual({
      endpoint: { environment: 'simulation', baseUrl: DEFAULT_BASE_URL },
      source: 'default',
    });
  });

  it('takes FATOORA_BASE_URL over the default and over what the unit remembers', () => {
    expect(resolveEndpoint({ variables: { FATOORA_BASE_URL: 'http://localhost:7070/' } })).toEqual({
      endpoint: { environment: 'simulation', baseUrl: 'http://localhost:7070' },
      source: 'FATOORA_BASE_URL',
    });
    expect(
      resolveEndpoint({ variables: { FATOORA_BASE_URL: 'http://localhost:7070' }, remembered }).endpoint,
    ).toEqual({ environment: 'developer-portal', baseUrl: 'http://localhost:7070' });
  });

  it('uses the endpoint the unit was onboarded against when nothing else is given', () => {
    expect(resolveEndpoint({ remembered })).toEqual({ endpoint: remembered, source: 'state' });
  });

  it('lets --env pick ZATCA’s address and --base-url override it', () => {
    expect(resolveEndpoint({ env: 'production', remembered }).endpoint).toEqual({
      environment: 'production',
      baseUrl: 'https://gw-fatoora.zatca.gov.sa/e-invoicing/core',
    });
    expect(
      resolveEndpoint({
        env: 'production',
        baseUrl: 'http://127.0.0.1:8080/e-invoicing/core',
        variables: { FATOORA_BASE_URL: 'http://elsewhere' },
      }),
    ).toEqual({
      endpoint: { environment: 'production', baseUrl: 'http://127.0.0.1:8080/e-invoicing/core' },
      source: 'flags',
    });
    expect(resolveEndpoint({ baseUrl: 'http://127.0.0.1:1234', remembered }).endpoint.environment).toBe(
      'developer-portal',
    );
  });

  it('refuses an unknown environment and a base URL that is not http(s) as bad usage', () => {
    expect(() => resolveEndpoint({ env: 'staging' })).toThrow(UsageError);
    expect(() => resolveEndpoint({ env: 'staging' })).toThrow(/developer-portal, simulation, production/);
    expect(() => resolveEndpoint({ baseUrl: ' ' })).toThrow(UsageError);
    expect(() => resolveEndpoint({ baseUrl: 'ftp://host' })).toThrow(/http or https/);
  });
});
