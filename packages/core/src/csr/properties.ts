/**
 * Reads ZATCA's SDK CSR configuration files (`csr.common.name=…` etc., the Java `.properties`
 * format of `Data/Input/csr-config-*.properties`) into a {@link CsrConfig}; each field's property
 * key is in `CSR_FIELDS`.
 */
import { InputError } from '../errors/input-error.ts';
import { CSR_FIELDS, type CsrConfig } from './csr-config.ts';

/**
 * Parses the SDK's `.properties` CSR configuration. Supports comments (`#`, `!`), `=` or `:`
 * separators with spaces around them, CRLF line ends, line continuations and `\uXXXX` escapes.
 * Missing keys become empty strings, which {@link validateCsrConfig} then reports by field.
 *
 * @throws {InputError} field `config`, rule `csr-properties-unknown-key`, for a key that is not
 * one of the nine `csr.*` keys (a typo would otherwise silently drop a field).
 * @example
 * ```ts
 * parseCsrProperties('csr.common.name=TST-886431145-399999999900003\n…').commonName;
 * ```
 */
export function parseCsrProperties(text: string): CsrConfig {
  const values = new Map<string, string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index]!.replace(/^[ \t\f]+/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    while (endsWithContinuation(line) && index + 1 < lines.length) {
      line = line.slice(0, -1) + lines[++index]!.replace(/^[ \t\f]+/, '');
    }
    const match = /^((?:\\.|[^=:\s\\])+)[ \t\f]*(?:[=:][ \t\f]*)?([\s\S]*)$/.exec(line);
    if (!match) continue;
    values.set(unescapeProperty(match[1]!), unescapeProperty(match[2]!));
  }
  const known = new Set<string>(Object.values(CSR_FIELDS).map((field) => field.property));
  for (const key of values.keys()) {
    if (!known.has(key)) {
      throw new InputError(
        'config',
        'csr-properties-unknown-key',
        `Unknown CSR property "${key}"; expected one of ${[...known].join(', ')}.`,
      );
    }
  }
  const config: Record<string, string> = {};
  for (const [field, { property }] of Object.entries(CSR_FIELDS)) config[field] = values.get(property) ?? '';
  return config as unknown as CsrConfig;
}

function endsWithContinuation(line: string): boolean {
  const backslashes = /\\*$/.exec(line)![0].length;
  return backslashes % 2 === 1;
}

function unescapeProperty(text: string): string {
  return text.replace(/\\(u[0-9A-Fa-f]{4}|.)/g, (_, escaped: string) => {
    if (escaped.length === 5) return String.fromCharCode(Number.parseInt(escaped.slice(1), 16));
    return { t: '\t', n: '\n', r: '\r', f: '\f' }[escaped] ?? escaped;
  });
}
