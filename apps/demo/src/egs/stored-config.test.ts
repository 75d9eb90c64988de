import type { EgsUnitRecord } from '@fatoora/core/egs';
import { describe, expect, it } from 'vitest';
import { demoCsrConfig } from './demo-unit.ts';
import { storedCsrConfig } from './stored-config.ts';

const record = (csrConfig: Record<string, unknown>) =>
  ({ id: 'u', csrConfig, passedComplianceChecks: [], createdAt: '', updatedAt: '' }) as EgsUnitRecord;

describe('storedCsrConfig', () => {
  it('reads back the configuration a record holds', () => {
    const config = demoCsrConfig();
    expect(storedCsrConfig(record({ ...config }))).toEqual(config);
  });

  it('gives nothing for no record or a field that is not text', () => {
    expect(storedCsrConfig(undefined)).toBeUndefined();
    expect(storedCsrConfig(record({ ...demoCsrConfig(), vatNumber: 399999999900003 }))).toBeUndefined();
  });
});
