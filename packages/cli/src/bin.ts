#!/usr/bin/env node
/**
 * The `fatoora` executable: wires {@link main} to the process. Paths are resolved from
 * `INIT_CWD` when pnpm started us (`pnpm fatoora …` runs in the workspace root), so they mean
 * what they meant where the user typed them. `fatoora simulator` stops on SIGINT or SIGTERM.
 */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  env: process.env,
});
