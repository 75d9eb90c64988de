import { SAMPLE_CSR_CONFIG } from '@fatoora/test-support/parties';
import { describe, expect, it } from 'vitest';
import { createFatooraClient } from '../api/client.ts';
import { resolveBaseUrl } from '../api/environments.ts';
import { generatePrivateKey } from '../crypto/private-key.ts';
import { createCsr } from '../csr/create-csr.ts';
import type { CsrConfig } from '../csr/csr-config.ts';
import { ENVIRONMENTS, type FatooraEnvironment, isFatooraEnvironment } from './environments.ts';

const NAMES = Object.keys(ENVIRONMENTS) as FatooraEnvironment[];

const config: CsrConfig = SAMPLE_CSR_CONFIG;

/** The DER of a PrintableString (tag 0x13) holding `text`. */
const printableString = (text: string) => [0x13, text.length, ...new TextEncoder().encode(text)];

const contains = (bytes: Uint8Array, part: readonly number[]) =>
  bytes.some((_, start) => part.every((byte, index) => bytes[start + index] === byte));

describe('ENVIRONMENTS', () => {
  it('holds the three environments of fatoora-api.md §1 with their gateway paths, base URLs and CSR template names', () => {
    expect(ENVIRONMENTS).toMatchObject({
      'developer-portal': {
        basePath: '/e-invoicing/developer-portal',
        baseUrl: 'https://gw-fatoora.zatca.gov.sa/e-invoicing/developer-portal',
        csrTemplateName: 'TSTZATCA-Code-Signing',
      },
      simulation: {
        basePath: '/e-invoicing/simulation',
        baseUrl: 'https://gw-fatoora.zatca.gov.sa/e-invoicing/simulation',
        csrTemplateName: 'PREZATCA-Code-Signing',
      },
      production: {
        basePath: '/e-invoicing/core',
        baseUrl: 'https://gw-fatoora.zatca.gov.sa/e-invoicing/core',
        csrTemplateName: 'ZATCA-Code-Signing',
      },
    });
    expect(NAMES).toEqual(['developer-portal', 'simulation', 'production']);
  });

  it("builds each base URL from ZATCA's gateway host and the environment's path", () => {
    for (const name of NAMES) {
      const url = new URL(ENVIRONMENTS[name].baseUrl);
      expect(url.origin, name).toBe('https://gw-fatoora.zatca.gov.sa');
      expect(url.pathname, name).toBe(ENVIRONMENTS[name].basePath);
    }
  });

  it('names every environment in English and Arabic', () => {
    for (const environment of Object.values(ENVIRONMENTS)) {
      expect(environment.en).not.toBe('');
      expect(environment.ar).toMatch(/^[\u0600-\u06FF ]+$/);
    }
  });

  it('recognises its own names only', () => {
    expect(NAMES.every(isFatooraEnvironment)).toBe(true);
    expect(isFatooraEnvironment('core')).toBe(false);
    expect(isFatooraEnvironment('toString')).toBe(false);
    expect(isFatooraEnvironment(undefined)).toBe(false);
  });

  it('is the table the API client calls and the CSR code writes the template name from', () => {
    const key = generatePrivateKey();
    for (const name of NAMES) {
      expect(resolveBaseUrl({ environment: name }), name).toBe(ENVIRONMENTS[name].baseUrl);
      expect(createFatooraClient({ environment: name }).baseUrl, name).toBe(ENVIRONMENTS[name].baseUrl);
      const der = createCsr(config, key, { environment: name }).der;
      for (const other of NAMES) {
        const template = printableString(ENVIRONMENTS[other].csrTemplateName);
        expect(contains(der, template), `${name} CSR holds ${other}'s template`).toBe(other === name);
      }
    }
  });
});
