/**
 * The document commands on hostile input (issue 9): files are read as bytes and decoded strictly,
 * so invalid UTF-8, another declared encoding or XML 1.1 is an invalid document (exit 1) instead
 * of text hashed with U+FFFD in it; deep nesting and namespace floods are refused at once with a
 * typed error, never "unexpected error" (exit 70) or a hang.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_SHAPES } from '@fatoora/test-support/hostile-xml';
import { ZATCA_SDK_DATA } from '@fatoora/test-support/zatca-sdk-paths';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test/support/run-cli.ts';

const sdk = ZATCA_SDK_DATA;
const simplified = readFileSync(join(sdk, 'Samples/Simplified/Invoice/Simplified_Invoice.xml'));
const key = join(sdk, 'Certificates/ec-secp256k1-priv-key.pem');
const cert = join(sdk, 'Certificates/cert.pem');

const run = (args: string[], cwd: string) => runCli(args, { cwd });

/** Writes `bytes` to a fresh directory and runs every document command on it. */
async function everyDocumentCommand(bytes: Uint8Array | string) {
  const cwd = mkdtempSync(join(tmpdir(), 'fatoora-hostile-'));
  writeFileSync(join(cwd, 'in.xml'), bytes);
  return Promise.all(
    [
      ['hash', 'in.xml'],
      ['strip', 'in.xml'],
      ['qr', 'in.xml'],
      ['sign', 'in.xml', '--key', key, '--cert', cert, '--replace'],
    ].map((args) => run(args, cwd)),
  );
}

/** The signed SDK sample with `insert` placed just inside its ext:UBLExtensions. */
function withinExtensions(insert: string): string {
  const text = new TextDecoder().decode(simplified);
  const at = text.indexOf('<ext:UBLExtension>');
  return `${text.slice(0, at)}${insert}${text.slice(at)}`;
}

describe('document commands on hostile input', () => {
  it('refuse bytes that are not UTF-8 instead of hashing U+FFFD', async () => {
    const text = new TextDecoder().decode(simplified);
    const at = text.indexOf('Ahmed Mohamed AL Ahmady'); // the buyer's name, inside the hashed part
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(text.slice(0, at)),
      0xe9, // Latin-1 "é": not UTF-8
      ...new TextEncoder().encode(text.slice(at)),
    ]);
    const offset = new TextEncoder().encode(text.slice(0, at)).length;
    for (const result of await everyDocumentCommand(bytes)) {
      expect(result).toMatchObject({ code: 1, stdout: '' });
      expect(result.stderr).toContain(`byte ${offset}`);
    }
  });

  it('refuse a declared encoding other than UTF-8 and XML 1.1', async () => {
    const text = new TextDecoder().decode(simplified);
    for (const declaration of [
      '<?xml version="1.0" encoding="ISO-8859-1"?>',
      '<?xml version="1.1" encoding="UTF-8"?>',
    ]) {
      const changed = text.replace(/^<\?xml[^>]*\?>/, declaration);
      expect(changed).not.toBe(text);
      for (const result of await everyDocumentCommand(changed)) {
        expect(result.code, result.stderr).toBe(1);
        expect(result.stderr).toMatch(/only XML 1\.0|must be UTF-8/);
      }
    }
  });

  it('refuse 100,000 levels of nesting inside a genuine signed sample with a typed error', async () => {
    const deep = withinExtensions(`${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`);
    const started = performance.now();
    for (const result of await everyDocumentCommand(deep)) {
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toContain('nest deeper than 64 levels');
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('refuse issue 9’s namespace flood at once', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fatoora-hostile-'));
    writeFileSync(join(cwd, 'ns.xml'), HOSTILE_SHAPES.namespaces(350 * 1024));
    const started = performance.now();
    const result = await run(['hash', 'ns.xml'], cwd);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/attributes|namespaces/);
  });

  it('still hash the genuine sample, given as bytes', async () => {
    const [hash] = await everyDocumentCommand(simplified);
    expect(hash).toMatchObject({ code: 0, stdout: expect.stringMatching(/^[A-Za-z0-9+/]{43}=\n$/) });
  });
});
