import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerLogFromEnvironment, type LoggedAnswer } from './answer-log.ts';

describe('answerLogFromEnvironment', () => {
  it('is off unless FATOORA_SIMULATOR_ANSWER_LOG names a folder', () => {
    expect(answerLogFromEnvironment({})).toBeUndefined();
    expect(answerLogFromEnvironment({ FATOORA_SIMULATOR_ANSWER_LOG: '' })).toBeUndefined();
  });

  it('appends each answer as one JSON line to a file of its own process, JSON and text alike', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'fatoora-answer-log-')), 'answers');
    const log = answerLogFromEnvironment({ FATOORA_SIMULATOR_ANSWER_LOG: folder });
    log?.(
      { method: 'POST', path: '/e-invoicing/simulation/compliance' },
      { answer: { status: 200, body: { dispositionMessage: 'ISSUED' } } },
    );
    log?.(
      { method: 'POST', path: '/compliance' },
      { answer: { status: 406, text: 'This Version is not supported or not provided in the header.' } },
    );
    log?.(
      { method: 'POST', path: '/invoices/reporting/single' },
      { answer: { status: 503 }, fault: 'failNext' },
    );
    log?.({ method: 'POST', path: '/compliance' }, { answer: { status: 413 }, gateway: true });
    expect(readdirSync(folder)).toEqual([`answers-${process.pid}.jsonl`]);
    const lines = readFileSync(join(folder, `answers-${process.pid}.jsonl`), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as LoggedAnswer);
    expect(lines).toEqual([
      {
        method: 'POST',
        path: '/e-invoicing/simulation/compliance',
        status: 200,
        contentType: 'application/json; charset=utf-8',
        body: '{"dispositionMessage":"ISSUED"}',
        injected: false,
        gateway: false,
      },
      {
        method: 'POST',
        path: '/compliance',
        status: 406,
        contentType: 'text/plain;charset=UTF-8',
        body: 'This Version is not supported or not provided in the header.',
        injected: false,
        gateway: false,
      },
      expect.objectContaining({ status: 503, injected: true, gateway: false }),
      expect.objectContaining({ status: 413, injected: false, gateway: true }),
    ]);
  });
});
