/**
 * The data-directory store: each state collection in `state/<name>.json`, the CA material in
 * `authority.json` (mode 0600: it holds private keys), cleared documents in `documents/<name>.xml`.
 * Every file is written whole to a temporary file beside it and renamed over the old one, so a
 * crash never leaves a half-written file; writes to one file are queued so that the last state
 * written is the last state saved.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuthorityMaterial } from '../ca/certificate-authority.ts';
import { emptyState, type SimulatorState, STATE_COLLECTIONS } from './state.ts';
import type { SimulatorStore } from './store.ts';

const DOCUMENT_NAME = /^[a-z0-9-]+$/;

/**
 * A store in `directory` (created when missing).
 *
 * @example
 * ```ts
 * const simulator = await startSimulator({ dataDir: '.fatoora-simulator' }); // uses createFileStore
 * ```
 */
export function createFileStore(directory: string): SimulatorStore {
  const queues = new Map<string, Promise<void>>();
  let sequence = 0;

  /** Writes `file` atomically, after any earlier write to it. */
  const write = (file: string, text: () => string, mode = 0o644): Promise<void> => {
    const previous = queues.get(file) ?? Promise.resolve();
    const next = previous.then(async () => {
      const temporary = `${file}.${process.pid}.${++sequence}.tmp`;
      await mkdir(join(file, '..'), { recursive: true });
      await writeFile(temporary, text(), { mode });
      await rename(temporary, file);
    });
    queues.set(
      file,
      next.catch(() => {}),
    );
    return next;
  };
  const read = async (file: string): Promise<string | undefined> => {
    try {
      return await readFile(file, 'utf8');
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw cause;
    }
  };
  const stateFile = (name: string) => join(directory, 'state', `${name}.json`);
  const documentFile = (name: string) => {
    if (!DOCUMENT_NAME.test(name)) throw new Error(`Invalid document name "${name}".`);
    return join(directory, 'documents', `${name}.xml`);
  };

  return {
    location: directory,
    async loadState() {
      const state: Record<string, unknown> = { ...emptyState() };
      let found = false;
      for (const name of STATE_COLLECTIONS) {
        const text = await read(stateFile(name));
        if (text === undefined) continue;
        state[name] = JSON.parse(text);
        found = true;
      }
      return found ? (state as unknown as SimulatorState) : undefined;
    },
    async saveState(state, collections) {
      // The text is taken when the write runs, so queued writes always save the latest state.
      await Promise.all(
        collections.map((name) => write(stateFile(name), () => `${JSON.stringify(state[name], null, 2)}\n`)),
      );
    },
    async loadAuthority() {
      const text = await read(join(directory, 'authority.json'));
      return text === undefined ? undefined : (JSON.parse(text) as AuthorityMaterial);
    },
    saveAuthority: (material) =>
      write(join(directory, 'authority.json'), () => `${JSON.stringify(material, null, 2)}\n`, 0o600),
    loadDocument: (name) => read(documentFile(name)),
    saveDocument: (name, text) => write(documentFile(name), () => text),
  };
}
