import { createCsr } from '@fatoora/core/csr';
import { ENVIRONMENTS, type FatooraEnvironment } from '@fatoora/core/model';
import { describe, expect, it } from 'vitest';
import { csrConfig, TEST_KEY } from '../test/support/onboarding.ts';
import { readCsr } from './ca/read-csr.ts';
import { splitEnvironment } from './environments.ts';

const NAMES = Object.keys(ENVIRONMENTS) as FatooraEnvironment[];

describe("the simulator's environments", () => {
  it("serves each environment under its base path from core's ENVIRONMENTS table", () => {
    for (const name of NAMES) {
      const { basePath } = ENVIRONMENTS[name];
      expect(splitEnvironment(`${basePath}/compliance`, 'simulation')).toEqual({
        environment: name,
        path: '/compliance',
      });
      expect(splitEnvironment(basePath, 'simulation')).toEqual({ environment: name, path: '/' });
    }
  });

  it('gives a path under no base path to the default environment', () => {
    expect(splitEnvironment('/compliance', 'production')).toEqual({
      environment: 'production',
      path: '/compliance',
    });
    expect(splitEnvironment('/e-invoicing/corez/compliance', 'simulation').environment).toBe('simulation');
  });

  it("expects in each environment the CSR template name core's createCsr writes for it", () => {
    for (const name of NAMES) {
      const der = createCsr(csrConfig(), TEST_KEY, { environment: name }).der;
      for (const other of NAMES) {
        const reading = readCsr(der, other);
        expect(reading.ok, `${name} CSR in ${other}`).toBe(other === name);
        if (!reading.ok) {
          expect(reading.problems.join(' ')).toContain(`"${ENVIRONMENTS[other].csrTemplateName}"`);
        }
      }
    }
  });
});
