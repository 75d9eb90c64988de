/**
 * A record of every answer the simulator gives, for contract checks: when the environment variable
 * `FATOORA_SIMULATOR_ANSWER_LOG` names a folder, each answer is appended as one JSON line to
 * `<folder>/answers-<pid>.jsonl` (one file per process, so that test workers never interleave
 * lines). The repository's test command sets it for the whole suite and then checks every answer
 * against fatoora-api.md's status matrix and body shapes
 * (internal/integration-tests/src/contract/check-recorded-answers.ts). Answers only: requests,
 * with their OTPs and credentials, are never written.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { answerContentType, answerText, type CallOutcome } from './answer.ts';

/** One recorded answer. */
export interface LoggedAnswer {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** The `Content-Type` sent; empty when the answer had no body. */
  readonly contentType: string;
  readonly body: string;
  /** An injected fault answered the call (its status and body are the fault's, not the platform's). */
  readonly injected: boolean;
  /** The gateway answered before the platform (see `CallOutcome.gateway`). */
  readonly gateway: boolean;
}

/** Records the answer to one call. */
export type AnswerLog = (
  call: { readonly method: string; readonly path: string },
  outcome: CallOutcome,
) => void;

/**
 * The answer log the environment asks for, or undefined.
 *
 * @example
 * ```ts
 * const log = answerLogFromEnvironment(process.env); // FATOORA_SIMULATOR_ANSWER_LOG=/tmp/answers
 * log?.({ method: 'POST', path: '/e-invoicing/simulation/compliance' }, { answer: { status: 200, body: issued } });
 * ```
 */
export function answerLogFromEnvironment(environment: NodeJS.ProcessEnv): AnswerLog | undefined {
  const folder = environment.FATOORA_SIMULATOR_ANSWER_LOG;
  if (!folder) return undefined;
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `answers-${process.pid}.jsonl`);
  return ({ method, path }, { answer, fault, gateway }) => {
    const record: LoggedAnswer = {
      method,
      path,
      status: answer.status,
      // As `writeAnswer` sent it: the same body and header, none for an empty body.
      contentType: answerContentType(answer) ?? '',
      body: answerText(answer),
      injected: fault !== undefined,
      gateway: gateway === true,
    };
    appendFileSync(file, `${JSON.stringify(record)}\n`);
  };
}
