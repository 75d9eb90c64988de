import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIMULATOR_NOW } from '../../test/support/invoices.ts';
import { type OnboardedEgs, onboard } from '../../test/support/onboarding.ts';
import { API_HEADERS, basicAuth, invoiceCallBody, rawCall } from '../../test/support/raw-call.ts';
import { type RunningSimulator, startSimulator } from '../index.ts';
import { ArrivalOrder } from './arrival-order.ts';

describe('ArrivalOrder', () => {
  it("lets a key's turns go in the order taken, whatever order they become ready in, and keys apart", async () => {
    const arrivals = new ArrivalOrder();
    const order: string[] = [];
    const run = async (key: string, name: string, work: number) => {
      const turn = arrivals.take(key);
      try {
        await new Promise((resolve) => setTimeout(resolve, work));
        await turn.ready;
        order.push(name);
      } finally {
        turn.leave();
      }
    };
    await Promise.all([run('a', 'a1', 60), run('a', 'a2', 0), run('b', 'b1', 30), run('a', 'a3', 10)]);
    expect(order).toEqual(['b1', 'a1', 'a2', 'a3']);
  });

  it('lets the next turn go when an earlier one ends in an error', async () => {
    const arrivals = new ArrivalOrder();
    const first = arrivals.take('a');
    const second = arrivals.take('a');
    first.leave();
    await expect(second.ready).resolves.toBeUndefined();
    second.leave();
  });
});

describe('two documents of one unit sent back to back', () => {
  let simulator: RunningSimulator;
  let unit: OnboardedEgs;
  beforeAll(async () => {
    simulator = await startSimulator({ now: SIMULATOR_NOW, analysisThreads: 2 });
    unit = await onboard(simulator);
  });
  afterAll(() => simulator.close());

  it('are judged in arrival order even when the second one is analysed first', async () => {
    const { egs, production } = unit;
    const simplified = { subtype: 'simplified', typeCode: '388' } as const;
    // Many lines make the first document's analysis far slower than the second's.
    const lines = Array.from({ length: 1500 }, (_, index) => ({
      id: String(index + 1),
      name: `Item ${index + 1}`,
      quantity: '1',
      price: '10.00',
      taxCategory: 'S' as const,
      taxRate: '15',
    }));
    const first = egs.next(simplified, { lines });
    const second = egs.next(simplified);
    const report = (document: typeof first) =>
      rawCall(`${simulator.url}/invoices/reporting/single`, {
        headers: { ...API_HEADERS, Authorization: basicAuth(production) },
        body: invoiceCallBody(document),
      });
    const firstAnswer = report(first);
    // Long enough for the first body to arrive, far shorter than its analysis.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const answers = await Promise.all([firstAnswer, report(second)]);
    expect(
      answers.map((answer) => [answer.status, (answer.json as { reportingStatus: string }).reportingStatus]),
    ).toEqual([
      [200, 'REPORTED'],
      [200, 'REPORTED'],
    ]);
  });
});
