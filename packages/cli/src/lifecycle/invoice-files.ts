/**
 * Where the lifecycle commands write a document's XML when no `--out` is given:
 * `<state-dir>/invoices/<unit>/<ICV, 6 digits>-<invoice number>.xml` — the XML to hand to the
 * buyer when there is one (ZATCA's cleared XML of a standard document, the signed XML of a
 * simplified one), else the signed XML as submitted. Names keep only safe characters. In the state
 * directory, directories are created 0700 and files replaced atomically by fresh 0600 files,
 * whatever the umask (`private-file.ts`); a file named by `--out` is the user's, written plainly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { IssuedInvoice } from '@fatoora/core/egs';
import { type CliIo, describeFsError } from '../io.ts';
import { ensurePrivateDirectory, writePrivateFile } from '../private-file.ts';
import { UsageError } from '../usage-error.ts';

/** A written document: where, and whether it may go to the buyer. */
export interface WrittenInvoice {
  /** As given, or relative to the working directory when under it. */
  readonly path: string;
  /** `cleared` (ZATCA's stamped XML), `signed` (ready for the buyer) or `unsent` (not for the buyer yet). */
  readonly form: 'cleared' | 'signed' | 'unsent';
}

/**
 * The default path of a document's XML.
 *
 * @example
 * ```ts
 * invoiceXmlPath('/srv/.fatoora', 'till 1', 7, 'INV/7'); // '/srv/.fatoora/invoices/till%201/000007-INV_7.xml'
 * ```
 */
export function invoiceXmlPath(stateDir: string, unitId: string, counter: number, id: string): string {
  const name = `${String(counter).padStart(6, '0')}-${id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80)}.xml`;
  return join(stateDir, 'invoices', encodeURIComponent(unitId), name);
}

/**
 * Writes the document's XML to `out` or its default path, creating directories as needed.
 *
 * @throws {UsageError} when the file cannot be written (the message names it).
 * @example
 * ```ts
 * writeInvoiceXml(io, issued, { stateDir, unitId }).path; // '.fatoora/invoices/default/000007-INV-7.xml'
 * ```
 */
export function writeInvoiceXml(
  io: CliIo,
  invoice: IssuedInvoice,
  where: { readonly stateDir: string; readonly unitId: string; readonly out?: string | undefined },
): WrittenInvoice {
  const path =
    where.out === undefined
      ? invoiceXmlPath(where.stateDir, where.unitId, invoice.counter, invoice.id)
      : resolve(io.cwd, where.out);
  const cleared = invoice.state === 'cleared' && invoice.document !== undefined;
  const xml = invoice.document ?? invoice.signedXml;
  if (where.out === undefined) {
    ensurePrivateDirectory(dirname(path));
    writePrivateFile(path, xml, { replace: true });
  } else {
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, xml);
    } catch (error) {
      throw new UsageError(`cannot write ${where.out}: ${describeFsError(error)}`);
    }
  }
  const shown = where.out ?? relative(io.cwd, path);
  return {
    path: shown.startsWith('..') ? path : shown,
    form: cleared ? 'cleared' : invoice.document !== undefined ? 'signed' : 'unsent',
  };
}
