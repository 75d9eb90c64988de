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

  it("reads in each environment's CSR the template name core's createCsr writes for it", () => {
    for (const name of NAMES) {
      const reading = readCsr(createCsr(csrConfig(), TEST_KEY, { environment: name }).der);
      expect(reading.ok && reading.csr.templateName, name).toBe(ENVIRONMENTS[name].csrTemplateName);
    }
  });
});
