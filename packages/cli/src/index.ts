/**
 * `@fatoora/cli` as a library: run the `fatoora` command line in-process.
 *
 * @module @fatoora/cli
 */
export { type CliIo, main } from './main.ts';
