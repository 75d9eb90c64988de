import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CSR_CONFIG, SAMPLE_SELLER } from './parties.ts';
import { FIRST_PREVIOUS_INVOICE_HASH_FROM_SDK, sampleDraft, sampleInvoice } from './sample-invoice.ts';
import { ZATCA_SDK_DATA_URL } from './zatca-sdk-paths.ts';
import { csrConfigExamples } from './zatca-sdk-samples.ts';

describe('the sample data', () => {
  it('gives as the first PIH what the SDK keeps in Data/PIH/pih.txt', () => {
    expect(FIRST_PREVIOUS_INVOICE_HASH_FROM_SDK).toBe(
      readFileSync(new URL('PIH/pih.txt', ZATCA_SDK_DATA_URL), 'utf8').trim(),
    );
  });

  it("holds the CSR configuration of the SDK's English example, for the seller of the samples", () => {
    const properties = Object.fromEntries(
      csrConfigExamples['csr-config-example-EN.properties']!.split(/\r?\n/)
        .filter((line) => line.includes('='))
        .map((line) => line.split('=').map((part) => part.trim()) as [string, string]),
    );
    expect(properties).toMatchObject({
      'csr.common.name': SAMPLE_CSR_CONFIG.commonName,
      'csr.serial.number': SAMPLE_CSR_CONFIG.egsSerialNumber,
      'csr.organization.identifier': SAMPLE_SELLER.vatNumber,
      'csr.organization.unit.name': SAMPLE_CSR_CONFIG.organizationUnitName,
      'csr.organization.name': SAMPLE_CSR_CONFIG.organizationName,
      'csr.country.name': SAMPLE_CSR_CONFIG.countryName,
      'csr.invoice.type': SAMPLE_CSR_CONFIG.invoiceType,
      'csr.location.address': SAMPLE_CSR_CONFIG.location,
      'csr.industry.business.category': SAMPLE_CSR_CONFIG.industry,
    });
  });

  it('names the buyer on standard documents only, and a billing reference on notes only', () => {
    expect(sampleInvoice('standard', '388')).toHaveProperty('buyer');
    expect(sampleInvoice('simplified', '388')).not.toHaveProperty('buyer');
    expect(sampleInvoice('simplified', '381', 4)).toMatchObject({
      id: 'SMP-381-4',
      billingReference: 'SME00023',
    });
    expect(sampleInvoice('standard', '388')).not.toHaveProperty('billingReference');
  });

  it('leaves out of a draft what the EGS unit assigns', () => {
    const draft = sampleDraft({ subtype: 'simplified', typeCode: '383' }, 'INV-9');
    expect(draft).toMatchObject({ id: 'INV-9', typeCode: '383' });
    for (const assigned of ['counter', 'previousInvoiceHash', 'uuid', 'issueDate', 'issueTime']) {
      expect(draft).not.toHaveProperty(assigned);
    }
  });
});
