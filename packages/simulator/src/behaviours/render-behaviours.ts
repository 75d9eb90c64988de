/**
 * The behaviour table written out for people: the README's Markdown table (between the
 * `behaviours:start` and `behaviours:end` markers, checked by a test) and the lines of the
 * command's `--help`. Both come from `BEHAVIOURS`, the one home of the behaviours.
 */
import { BEHAVIOUR_NAMES, BEHAVIOURS, type BehaviourDefinition, behaviourValues } from './behaviour-table.ts';

/** The README markers around the generated table. */
export const README_MARKERS = {
  start: '<!-- behaviours:start (generated from src/behaviours/behaviour-table.ts) -->',
  end: '<!-- behaviours:end -->',
} as const;

/**
 * The README's behaviour table, Markdown, without the markers.
 *
 * @example
 * ```ts
 * behaviourTableMarkdown().startsWith('| Behaviour |'); // true
 * ```
 */
export function behaviourTableMarkdown(): string {
  const rows = BEHAVIOUR_NAMES.map((name) => {
    const definition: BehaviourDefinition = BEHAVIOURS[name];
    const values =
      'values' in definition
        ? (behaviourValues(name) ?? [])
            .map((value) => {
              const shown = value === definition.default ? `**\`${value}\`** (default)` : `\`${value}\``;
              return `${shown}: ${(definition.values as Record<string, string>)[value]}`;
            })
            .join('<br>')
        : `text, default **\`${definition.default}\`**: ${definition.text}`;
    return `| \`${name}\` | ${definition.question} | ${cell(values)} | ${cell(definition.source)} |`;
  });
  return [
    '| Behaviour | Question (§11) | Values | Source |',
    '| --- | --- | --- | --- |',
    ...rows,
    '| (faults) | Faults: 429, 500, 503, latency | none by default; injected per endpoint (`endpoints`), see Fault injection | no 429 ever seen; 503 [LIVE ERPGulf/zatca_erpgulf#92] |',
  ].join('\n');
}

/** The column the questions start at in the help; a longer assignment puts its question below it. */
const HELP_COLUMN = 40;

/**
 * The `--behaviour` lines of the command's help: per behaviour, `<name>=<values>` (the default
 * first) and the question it answers.
 *
 * @example
 * ```ts
 * behaviourHelpLines()[0]; // '      pih-chain=format|chain-warning    PIH chain at submission'
 * ```
 */
export function behaviourHelpLines(): string[] {
  return BEHAVIOUR_NAMES.flatMap((name) => {
    const definition: BehaviourDefinition = BEHAVIOURS[name];
    const assignment = `      ${name}=${behaviourValues(name)?.join('|') ?? '<text>'}`;
    const question = plain(definition.question);
    return assignment.length < HELP_COLUMN
      ? [`${assignment.padEnd(HELP_COLUMN)}${question}`]
      : [assignment, `${' '.repeat(HELP_COLUMN)}${question}`];
  });
}

/** Pipes and line breaks cannot stand in a Markdown table cell. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** Code marks read badly in a terminal. */
function plain(text: string): string {
  return text.replaceAll('`', '');
}
