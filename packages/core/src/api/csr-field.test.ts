import { csrConfigExamples } from '@fatoora/test-support/zatca-sdk-samples';
import { describe, expect, it } from 'vitest';
import { sdkPrivateKeyText } from '../../test/samples.ts';
import { importPrivateKey } from '../crypto/keys.ts';
import { createCsr } from '../csr/create-csr.ts';
import { InputError } from '../errors/input-error.ts';
import { csrField } from './csr-field.ts';

const csrConfigText = csrConfigExamples['csr-config-example-EN.properties']!;
const csr = createCsr(csrConfigText, importPrivateKey(sdkPrivateKeyText), {
  environment: 'developer-portal',
});

describe('csrField', () => {
  it('is base64 of the PEM text, from the PEM, the Csr or the field value itself', () => {
    expect(csrField(csr.pem)).toBe(csr.base64);
    expect(csrField(csr)).toBe(csr.base64);
    expect(csrField(csr.base64)).toBe(csr.base64);
  });

  it('refuses a certificate, bare DER base64 or nonsense', () => {
    const der = csr.pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
    for (const bad of [der, '-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----', '', 'csr']) {
      expect(() => csrField(bad)).toThrow(InputError);
    }
  });
});
