/**
 * Strict argument parsing on `node:util`'s parseArgs: unknown flags and missing values are usage
 * errors with one clear line, never a stack trace.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './usage-error.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The parsed flags and positionals of one command. */
export interface ParsedArguments {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
}

/**
 * Parses a command's arguments.
 *
 * @throws {UsageError} for an unknown flag, a missing value, or the wrong number of positionals.
 */
export function parseCommandArguments(
  command: string,
  args: readonly string[],
  options: Options,
  positionals: { min: number; max: number; names: string },
): ParsedArguments {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message.split('\n')[0]}`);
  }
  const count = parsed.positionals.length;
  if (count < positionals.min || count > positionals.max) {
    throw new UsageError(
      positionals.max === 0
        ? `${command}: unexpected argument ${parsed.positionals[0]}`
        : `${command}: expected ${positionals.names}${count > positionals.max ? `, got extra ${parsed.positionals.slice(positionals.max).join(' ')}` : ''}`,
    );
  }
  return { values: parsed.values as ParsedArguments['values'], positionals: parsed.positionals };
}

/** A required string flag. */
export function requiredFlag(command: string, values: ParsedArguments['values'], name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`${command}: --${name} is required`);
  return value;
}
