#!/usr/bin/env node
/**
 * Entry point of the demo server: `node --import tsx apps/demo/server/bin.ts [--target …]`.
 * Everything else is in `demo-command.ts`.
 */
import { runDemoCommand } from './demo-command.ts';

process.exitCode = await runDemoCommand(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
