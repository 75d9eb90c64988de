import { SAMPLE_CSR_CONFIG } from '@fatoora/test-support/parties';
import { csrConfigExamples } from '@fatoora/test-support/zatca-sdk-samples';
import { CertificationRequest } from '@peculiar/asn1-csr';
import { AsnConvert } from '@peculiar/asn1-schema';
import { DirectoryString, Extensions, SubjectAlternativeName } from '@peculiar/asn1-x509';
import { describe, expect, it } from 'vitest';
import { parseDer } from '../crypto/der.ts';
import { formatDistinguishedName as formatDerName } from '../crypto/distinguished-name.ts';
import { verifySha256Ecdsa } from '../crypto/ecdsa.ts';
import { OID } from '../crypto/oids.ts';
import { generatePrivateKey } from '../crypto/private-key.ts';
import { decodeBase64 } from '../encoding/base64.ts';
import { utf8Decode } from '../encoding/utf8.ts';
import { InputError } from '../errors/input-error.ts';
import { ENVIRONMENTS, type FatooraEnvironment } from '../model/environments.ts';
import { createCsr } from './create-csr.ts';
import { CSR_FIELDS, type CsrConfig, validateCsrConfig } from './csr-config.ts';
import { parseCsrProperties } from './properties.ts';

const examples = csrConfigExamples;

const config: CsrConfig = SAMPLE_CSR_CONFIG;

/** Formats a schema-class Name through its DER, as certificates are read. */
const formatDistinguishedName = (name: unknown) =>
  formatDerName(parseDer(new Uint8Array(AsnConvert.serialize(name)))!);

function decode(der: Uint8Array) {
  const request = AsnConvert.parse(der, CertificationRequest);
  const info = request.certificationRequestInfo;
  const extensions = AsnConvert.parse(info.attributes[0]!.values[0]!, Extensions);
  const template = extensions.find((e) => e.extnID === OID.certificateTemplateName)!;
  const san = AsnConvert.parse(
    extensions.find((e) => e.extnID === OID.subjectAltName)!.extnValue.buffer,
    SubjectAlternativeName,
  );
  return {
    request,
    subject: formatDistinguishedName(info.subject),
    attributeType: info.attributes[0]!.type,
    template: AsnConvert.parse(template.extnValue.buffer, DirectoryString),
    san: formatDistinguishedName(san[0]!.directoryName!),
  };
}

describe('parseCsrProperties', () => {
  it('reads the SDK example files, Arabic included', () => {
    expect(Object.keys(examples)).toHaveLength(4);
    for (const [path, text] of Object.entries(examples)) {
      const parsed = parseCsrProperties(text);
      expect(validateCsrConfig(parsed), path).toEqual([]);
    }
    const arabic = parseCsrProperties(
      Object.entries(examples).find(([path]) => path.endsWith('AR-VAT-Group.properties'))![1],
    );
    expect(arabic.organizationName).toBe('شركة توريد التكنولوجيا بأقصى سرعة المحدودة');
    expect(arabic.organizationUnitName).toBe('3999999999');
  });

  it('handles comments, spacing, CRLF, continuations and unicode escapes', () => {
    const parsed = parseCsrProperties(
      '# comment\r\n! other\r\n  csr.common.name = EGS-1\r\ncsr.organization.name:Acme \\\r\n   Trading\r\ncsr.industry.business.category=\\u0623\\u0646\r\n',
    );
    expect(parsed.commonName).toBe('EGS-1');
    expect(parsed.organizationName).toBe('Acme Trading');
    expect(parsed.industry).toBe('أن');
    expect(parsed.vatNumber).toBe('');
  });

  it('refuses an unknown key, naming it', () => {
    expect(() => parseCsrProperties('csr.comon.name=x')).toThrow(
      expect.objectContaining({ rule: 'csr-properties-unknown-key' }),
    );
  });
});

describe('CSR_FIELDS', () => {
  it("lists the nine fields of a CsrConfig in the SDK's order, each with its SDK property key", () => {
    expect(Object.keys(CSR_FIELDS)).toEqual(Object.keys(config));
    expect(Object.values(CSR_FIELDS).map((field) => field.property)).toEqual([
      'csr.common.name',
      'csr.serial.number',
      'csr.organization.identifier',
      'csr.organization.unit.name',
      'csr.organization.name',
      'csr.country.name',
      'csr.invoice.type',
      'csr.location.address',
      'csr.industry.business.category',
    ]);
  });

  it('labels every field in English and Arabic', () => {
    for (const field of Object.values(CSR_FIELDS)) {
      expect(field.en).not.toBe('');
      expect(field.ar).toMatch(/^[\u0600-\u06FF ]+$/);
    }
  });

  it('names the rules validateCsrConfig checks each field by, and no others', () => {
    const broken: Record<string, Partial<CsrConfig>> = {
      'csr-length': {},
      'csr-egs-serial-format': { egsSerialNumber: 'TST|TST|123' },
      'csr-vat-number': { vatNumber: '123' },
      'csr-vat-group-tin': { vatNumber: '399999999910003', organizationUnitName: 'Riyadh Branch' },
      'csr-country-code': { countryName: 'Saudi' },
      'csr-invoice-type': { invoiceType: '12' },
    };
    for (const [name, field] of Object.entries(CSR_FIELDS) as [
      keyof CsrConfig,
      (typeof CSR_FIELDS)[keyof CsrConfig],
    ][]) {
      for (const rule of field.rules) {
        const change = rule === 'csr-length' ? { [name]: 'x'.repeat(65) } : broken[rule];
        expect(validateCsrConfig({ ...config, ...change }), `${name} ${rule}`).toContainEqual(
          expect.objectContaining({ field: name, rule }),
        );
      }
      const rules: readonly string[] = field.rules;
      if (!rules.includes('csr-length')) {
        expect(validateCsrConfig({ ...config, [name]: 'x'.repeat(65) }), name).not.toContainEqual(
          expect.objectContaining({ rule: 'csr-length' }),
        );
      }
    }
  });
});

describe('validateCsrConfig', () => {
  const cases: [Partial<Record<keyof CsrConfig, unknown>>, string, string][] = [
    [{ commonName: '' }, 'commonName', 'csr-required'],
    [{ commonName: 42 }, 'commonName', 'csr-required'],
    [{ organizationName: ' Acme' }, 'organizationName', 'csr-whitespace'],
    [{ location: 'a\nb' }, 'location', 'csr-control-character'],
    [{ egsSerialNumber: 'TST|TST|123' }, 'egsSerialNumber', 'csr-egs-serial-format'],
    [{ egsSerialNumber: '1-a|2-|3-c' }, 'egsSerialNumber', 'csr-egs-serial-format'],
    [{ vatNumber: '300000000000000' }, 'vatNumber', 'csr-vat-number'],
    [{ vatNumber: '39999999990000' }, 'vatNumber', 'csr-vat-number'],
    [
      { vatNumber: '399999999910003', organizationUnitName: 'Riyadh Branch' },
      'organizationUnitName',
      'csr-vat-group-tin',
    ],
    [{ countryName: 'sa' }, 'countryName', 'csr-country-code'],
    [{ countryName: 'SAU' }, 'countryName', 'csr-country-code'],
    [{ invoiceType: '110' }, 'invoiceType', 'csr-invoice-type'],
    [{ invoiceType: '1200' }, 'invoiceType', 'csr-invoice-type'],
    [{ invoiceType: '0011' }, 'invoiceType', 'csr-invoice-type'],
    [{ commonName: 'x'.repeat(65) }, 'commonName', 'csr-length'],
  ];
  for (const [change, field, rule] of cases) {
    it(`reports ${field} ${JSON.stringify(Object.values(change)[0])} as ${rule}`, () => {
      expect(validateCsrConfig({ ...config, ...change })).toEqual([expect.objectContaining({ field, rule })]);
    });
  }

  it('accepts the valid config and reports every fault at once', () => {
    expect(validateCsrConfig(config)).toEqual([]);
    expect(
      validateCsrConfig({ ...config, vatNumber: '1', countryName: 'x', invoiceType: '' }).map((f) => f.field),
    ).toEqual(['invoiceType', 'vatNumber', 'countryName']);
    expect(validateCsrConfig(null)).toEqual([expect.objectContaining({ rule: 'csr-config-type' })]);
    expect(validateCsrConfig({ ...config, extra: 1 })).toEqual([
      expect.objectContaining({ rule: 'csr-unknown-field' }),
    ]);
  });
});

describe('createCsr', () => {
  for (const [environment, { csrTemplateName: template }] of Object.entries(ENVIRONMENTS)) {
    it(`writes the ${environment} template name ${template} and every ZATCA field`, () => {
      const key = generatePrivateKey();
      const csr = createCsr(config, key, { environment: environment as FatooraEnvironment });
      const decoded = decode(csr.der);
      expect(decoded.subject).toBe(
        'CN=TST-886431145-399999999900003, O=Maximum Speed Tech Supply LTD, OU=Riyadh Branch, C=SA',
      );
      expect(decoded.attributeType).toBe(OID.extensionRequest);
      expect(decoded.template.printableString).toBe(template);
      expect(decoded.san).toBe(
        'businessCategory=Supply activities, registeredAddress=RRRD2929, T=1100, UID=399999999900003, SN=1-TST|2-TST|3-ed22f1d8-e6a2-1118-9b58-d9a8f11e445f',
      );
      const info = new Uint8Array(AsnConvert.serialize(decoded.request.certificationRequestInfo));
      expect(verifySha256Ecdsa(key.publicKey, info, new Uint8Array(decoded.request.signature))).toBe(true);
      expect(utf8Decode(decodeBase64(csr.base64))).toBe(csr.pem);
      expect(csr.pem).toMatch(
        /^-----BEGIN CERTIFICATE REQUEST-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE REQUEST-----\n$/,
      );
    });
  }

  it('creates a CSR from each SDK example, given as .properties text or as an object', () => {
    for (const text of Object.values(examples)) {
      const csr = createCsr(text, generatePrivateKey(), { environment: 'simulation' });
      expect(decode(csr.der).subject).toContain('CN=TST-886431145-399999999900003');
      expect(
        decode(createCsr(parseCsrProperties(text), generatePrivateKey(), { environment: 'simulation' }).der)
          .san,
      ).toBe(decode(csr.der).san);
    }
  });

  it('throws an InputError naming the field and rule, with every fault in details', () => {
    try {
      createCsr({ ...config, vatNumber: '12', countryName: 'Saudi' }, generatePrivateKey(), {
        environment: 'production',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect(error).toMatchObject({ field: 'vatNumber', rule: 'csr-vat-number' });
      expect((error as InputError).details.faults).toHaveLength(2);
    }
    expect(() => createCsr(config, generatePrivateKey(), { environment: 'staging' as never })).toThrow(
      expect.objectContaining({ field: 'environment' }),
    );
  });
});
