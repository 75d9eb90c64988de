/**
 * `fatoora status`: where the unit stands — how far onboarding went, when its compliance and
 * production CSIDs expire, its chain head (last ICV and hash), the outbox with each pending
 * document's 24-hour deadline (BR-KSA-98) and the count of rejected documents. Reads only: it
 * sends nothing, and creates no state directory.
 */
import { existsSync } from 'node:fs';
import { describeStep } from '@fatoora/core/egs';
import { parseCommandArguments } from '../arguments.ts';
import type { CliIo } from '../io.ts';
import { toJson } from '../json.ts';
import { describeEndpoint, type EndpointSource } from '../lifecycle/endpoint.ts';
import { outboxLine } from '../lifecycle/invoice-view.ts';
import { LIFECYCLE_HELP, LIFECYCLE_OPTIONS, readLifecycleFlags } from '../lifecycle/lifecycle-flags.ts';
import { openUnit } from '../lifecycle/open-unit.ts';
import { withTypedErrors } from '../lifecycle/typed-errors.ts';
import { USAGE_LINES } from './usage-lines.ts';

/**
 * `fatoora status --help`; its first line is the summary `fatoora --help` lists.
 *
 * @example
 * ```ts
 * io.stdout(`${statusHelp}\n`);
 * ```
 */
export const statusHelp = `${USAGE_LINES.status}
  Prints the unit's onboarding state, CSID expiries, chain head (last ICV and hash) and the
  documents waiting in its outbox with their 24-hour reporting deadlines.
${LIFECYCLE_HELP}`;

const SOURCE_NOTE: Readonly<Record<EndpointSource, string>> = {
  flags: 'from the command line',
  FATOORA_BASE_URL: 'from FATOORA_BASE_URL',
  state: 'remembered from onboarding',
  default: 'the default: the local simulator',
};

/**
 * Runs `status`; resolves to the exit code.
 *
 * @throws {UsageError} for bad usage.
 * @throws {LifecycleError} when the state directory cannot be read.
 * @example
 * ```ts
 * await status(['--json'], io);
 * ```
 */
export async function status(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArguments(
    'status',
    args,
    { ...LIFECYCLE_OPTIONS },
    { min: 0, max: 0, names: '' },
  );
  const flags = readLifecycleFlags(values, io);
  if (!existsSync(flags.stateDir)) {
    io.stdout(
      flags.json
        ? `${toJson({ unitId: flags.unitId, stateDir: flags.stateDir, onboarded: false })}\n`
        : `unit ${flags.unitId}: not onboarded (no state in ${flags.stateDir}; run fatoora onboard)\n`,
    );
    return 0;
  }
  return withTypedErrors(async () => {
    const { egs, store, endpoint, endpointSource } = await openUnit('status', flags, io);
    const [unitStatus, pending, record] = await Promise.all([
      egs.status(),
      egs.pending(),
      store.loadUnit(flags.unitId),
    ]);
    const complianceCsidExpiresAt = record?.complianceCsid?.expiresAt;
    if (flags.json) {
      io.stdout(
        `${toJson({
          ...unitStatus,
          stateDir: flags.stateDir,
          endpoint: { ...endpoint, source: endpointSource },
          ...(complianceCsidExpiresAt !== undefined ? { complianceCsidExpiresAt } : {}),
          keyStored: record?.privateKeyPem !== undefined,
          outbox: { ...unitStatus.outbox, items: pending },
        })}\n`,
      );
      return 0;
    }
    const head = unitStatus.chainHead;
    const lines = [
      `unit        ${flags.unitId} (state in ${flags.stateDir})`,
      `endpoint    ${describeEndpoint(endpoint)} (${SOURCE_NOTE[endpointSource]})`,
      `onboarded   ${unitStatus.onboarded ? 'yes' : record ? 'no: run fatoora onboard to resume' : 'no: run fatoora onboard'}`,
      ...(unitStatus.onboarded
        ? []
        : unitStatus.onboarding.map(
            (step) => `  ${step.done ? 'done   ' : 'to do  '} ${describeStep(step)}`,
          )),
      ...(complianceCsidExpiresAt !== undefined
        ? [`compliance CSID expires ${complianceCsidExpiresAt}`]
        : []),
      ...(unitStatus.csidExpiresAt !== undefined
        ? [
            `production CSID expires ${unitStatus.csidExpiresAt.toISOString()}${unitStatus.csidExpired ? ' (EXPIRED: run fatoora renew)' : ''}`,
          ]
        : []),
      ...(unitStatus.renewal !== undefined
        ? [
            `renewal     under way since ${unitStatus.renewal.startedAt}: ${unitStatus.renewal.passedComplianceChecks.length} of ${unitStatus.renewal.passedComplianceChecks.length + unitStatus.renewal.remainingComplianceChecks.length} compliance checks passed (fatoora renew --resume, or --abandon)`,
          ]
        : []),
      `chain head  ICV ${head.counter}, hash ${head.previousInvoiceHash}`,
      `outbox      ${unitStatus.outbox.pending} pending${
        unitStatus.outbox.pending > 0
          ? `, ${unitStatus.outbox.overdue} overdue, next deadline ${unitStatus.outbox.nextDeadline}`
          : ''
      }`,
      ...pending.map((item) => `  ${outboxLine(item)}`),
      `rejected    ${unitStatus.rejected}`,
    ];
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  });
}
