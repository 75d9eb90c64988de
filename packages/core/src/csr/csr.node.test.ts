import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csrConfigExamples } from '@fatoora/test-support/zatca-sdk-samples';
import { describe, expect, it } from 'vitest';
import { generatePrivateKey } from '../crypto/private-key.ts';
import { createCsr } from './create-csr.ts';
import { parseCsrProperties } from './properties.ts';

const arabicGroup = csrConfigExamples['csr-config-example-AR-VAT-Group.properties']!;

/** Runs openssl and returns stdout and stderr together (its verdicts go to stderr). */
function openssl(args: string[]): string {
  const result = spawnSync('openssl', args, { encoding: 'utf8' });
  if (result.error) throw result.error;
  return `${result.stdout}${result.stderr}`;
}

describe('createCsr checked by openssl', () => {
  it('passes `openssl req -verify -text`, which shows the subject, template name and SAN fields', () => {
    const csr = createCsr(parseCsrProperties(arabicGroup), generatePrivateKey(), {
      environment: 'simulation',
    });
    const file = join(mkdtempSync(join(tmpdir(), 'fatoora-csr-')), 'egs.csr');
    writeFileSync(file, csr.pem);
    const text = openssl(['req', '-in', file, '-noout', '-verify', '-text', '-nameopt', 'utf8']);
    // OpenSSL 3.0 exits 0 even when the self-signature fails: read its verdict.
    expect(text).toContain('self-signature verify OK');
    expect(text).toContain(
      'Subject: C=SA, OU=3999999999, O=شركة توريد التكنولوجيا بأقصى سرعة المحدودة, CN=TST-886431145-399999999900003',
    );
    expect(text).toContain('ASN1 OID: secp256k1');
    expect(text).toContain('1.3.6.1.4.1.311.20.2');
    expect(text).toContain('PREZATCA-Code-Signing');
    expect(text).toContain('SN=1-TST|2-TST|3-ed22f1d8-e6a2-1118-9b58-d9a8f11e445f');
    expect(text).toContain('UID=399999999910003');
    expect(text).toContain('title=1100');
    expect(text).toContain('registeredAddress=RRRD2929');
    expect(text).toContain('Signature Algorithm: ecdsa-with-SHA256');
  });

  it('is a check that can fail: openssl rejects a CSR whose signature was altered', () => {
    const csr = createCsr(parseCsrProperties(arabicGroup), generatePrivateKey(), {
      environment: 'simulation',
    });
    const der = csr.der.slice();
    der[der.length - 5]! ^= 0xff;
    const file = join(mkdtempSync(join(tmpdir(), 'fatoora-csr-')), 'bad.der');
    writeFileSync(file, der);
    const text = openssl(['req', '-in', file, '-inform', 'DER', '-noout', '-verify']);
    expect(text).toContain('verify failure');
    expect(text).not.toContain('verify OK');
  });
});
