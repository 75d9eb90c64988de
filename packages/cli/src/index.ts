/**
 * `@fatoora/cli` as a library: run the `fatoora` command line in-process.
 */
export { type CliIo, main } from './main.ts';
