/**
 * The playground end to end, as a person uses it: builds the demo with Vite into a temporary
 * folder, starts the proxy with the embedded simulator on a free port, and drives Debian's
 * Chromium (playwright-core, headless) through onboarding, a cleared standard invoice, a reported
 * simplified invoice, the chain, the inspector on a tampered copy, the Arabic layout, and a
 * platform behaviour switched (clearance off: the next standard invoice is reported instead). Each
 * page is saved as a screenshot in `e2e/screenshots/` (ignored by git).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleSummary } from '../scripts/bundle-summary.ts';
import { DEMO_ROOT, type RunningDemo, startDemoServer } from '../server/demo-server.ts';
import { axeViolations } from './axe-check.ts';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let outDir: string;
let demo: RunningDemo;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'fatoora-demo-e2e-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  await productionBuild(outDir);
  demo = await startDemoServer({ port: 0, staticDir: outDir });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.setDefaultTimeout(20_000);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** `vite build` as `scripts/demo.sh` runs it: Vitest sets NODE_ENV=test, which would build React's development copy. */
async function productionBuild(into: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: DEMO_ROOT,
      configFile: join(DEMO_ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: into, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/** Saves a screenshot of the page, and checks it for accessibility violations (axe, WCAG 2.1 AA). */
async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  expect(await axeViolations(page), name).toEqual([]);
}

/** The kit's SubmissionStatus state for the last issued document. */
async function submissionState(): Promise<string | null> {
  return page.locator('.issued .fatoora-submission').getAttribute('data-state');
}

describe('the playground in Chromium', { timeout: 60_000 }, () => {
  it('builds with @fatoora/core and @fatoora/react in chunks of their own and reports their sizes, core against its budget', () => {
    const report = JSON.parse(readFileSync(join(outDir, 'bundle-report.json'), 'utf8')) as BundleSummary;
    const core = report.parts.find((part) => part.part === 'fatoora-core');
    const kit = report.parts.find((part) => part.part === 'fatoora-react');
    expect(core?.gzipBytes).toBeGreaterThan(10_000);
    expect(kit?.gzipBytes).toBeGreaterThan(1_000);
    // Each chunk holds its own part only, so its size is that part's.
    expect([core?.foreignBytes, kit?.foreignBytes]).toEqual([0, 0]);
    expect(report.coreBudgetKb).toBeGreaterThan(0);
    expect(typeof report.coreWithinBudget).toBe('boolean');
  });

  it('onboards an EGS unit: OTP, compliance CSID, six compliance checks, production CSID', async () => {
    await page.goto(demo.url);
    await page.getByRole('heading', { name: 'Onboard an EGS unit' }).waitFor();
    await shoot('1-onboarding');
    await page.getByRole('button', { name: 'Get an OTP from the simulator' }).click();
    const otp = page.getByLabel('One-time password (OTP)');
    await page.waitForFunction(() =>
      /^\d{6}$/.test((document.querySelector('.fatoora-onboarding input') as HTMLInputElement)?.value),
    );
    expect(await otp.inputValue()).toMatch(/^\d{6}$/);
    await page.getByRole('button', { name: 'Start onboarding' }).click();
    await page.getByText(/^Onboarded\. The production CSID expires/).waitFor({ timeout: 60_000 });
    const wizard = page.getByRole('region', { name: 'Onboarding' });
    expect(await wizard.getAttribute('data-state')).toBe('done');
    expect(await wizard.getByRole('listitem').count()).toBe(8);
    expect(await wizard.locator('[data-state="done"]').count()).toBe(8);
    expect(await page.getByRole('button', { name: 'Export key' }).isVisible()).toBe(true);
    await shoot('2-onboarded');
  }, 90_000);

  it('issues a standard invoice and sees it cleared, with its hash, QR and preview', async () => {
    await page.getByRole('link', { name: 'Issue' }).click();
    await page.getByRole('heading', { name: 'Issue an invoice' }).waitFor();
    await page.getByRole('button', { name: 'Sign and issue' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Cleared/ })
      .waitFor();
    expect(await submissionState()).toBe('cleared');
    expect(await page.locator('.issued .qr').getByRole('img', { name: 'QR code' }).isVisible()).toBe(true);
    expect(await page.locator('.issued .fatoora-preview').textContent()).toContain('206.08');
    await shoot('3-issue-standard-cleared');
  });

  it('issues a simplified invoice, sees it signed and waiting, reports it and sees it reported', async () => {
    await page.getByLabel('Document kind').selectOption('simplified-invoice');
    await page.getByRole('button', { name: 'Sign and issue' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Waiting to be sent/ })
      .waitFor();
    expect(await submissionState()).toBe('pending');
    await shoot('4-issue-simplified-pending');
    await page.getByRole('button', { name: 'Report now' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Reported/ })
      .waitFor();
    expect(await submissionState()).toBe('reported');
    await shoot('5-issue-simplified-reported');
  });

  it('shows the chain: two documents, each PIH the previous hash, and an empty outbox', async () => {
    await page.getByRole('link', { name: 'Chain & outbox' }).click();
    const rows = page.getByRole('table', { name: 'Issued documents' }).locator('tbody tr');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    const titles = async (row: number, column: number) =>
      rows.nth(row).locator('td').nth(column).locator('code').getAttribute('title');
    expect(await titles(1, 5)).toBe(await titles(0, 4));
    expect(await page.getByText('Nothing waiting').isVisible()).toBe(true);
    await shoot('6-chain');
  });

  it('opens the inspector on a tampered invoice and sees why it would be rejected', async () => {
    await page.getByRole('link', { name: 'Inspector' }).click();
    await page.getByRole('button', { name: 'Load the last issued invoice' }).click();
    const xml = page.getByLabel('Invoice XML');
    await page.waitForFunction(
      () => (document.querySelector('#inspector-xml') as HTMLTextAreaElement).value.length > 0,
    );
    await page.getByRole('button', { name: 'Inspect' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Passes/ })
      .waitFor();
    // The verdict says what was checked: the issuer, against the simulator's CA, fetched through the proxy.
    await page.getByText(/Signature consistent — issuer checked against the simulator’s CA/).waitFor();
    expect(await page.locator('.issuer-check').getAttribute('data-issuer')).toBe('anchored');
    const original = await xml.inputValue();
    const tampered = original.replace(/(<cbc:PayableAmount currencyID="SAR">)([\d.]+)/, '$11.00');
    expect(tampered).not.toBe(original);
    await xml.fill(tampered);
    await page.getByRole('button', { name: 'Inspect' }).click();
    await page.getByRole('status').filter({ hasText: 'Would be rejected' }).waitFor();
    const report = (await page.locator('.inspection').textContent()) ?? '';
    expect(report).toContain('invoice-hash-mismatch');
    expect(report).toContain('qr-mismatch');
    expect(report).toContain('Signature NOT consistent');
    await shoot('7-inspector-tampered');
  });

  it('turns the whole page right-to-left in Arabic', async () => {
    await page.getByRole('button', { name: /Switch to Arabic/ }).click();
    await page.getByRole('heading', { name: 'فاحص الفواتير' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    await page.getByRole('link', { name: 'إصدار' }).click();
    await page.getByRole('heading', { name: 'إصدار فاتورة' }).waitFor();
    await shoot('8-issue-arabic');
    await page.getByRole('button', { name: /التبديل إلى الإنجليزية/ }).click();
    expect(pageErrors).toEqual([]);
  });

  it('switches a platform behaviour of the simulator and sees the next call follow it', async () => {
    await page.getByRole('link', { name: 'Platform behaviours' }).click();
    const clearance = page.getByRole('group', { name: /^Clearance switched on or off/ });
    await clearance.getByRole('radio', { name: 'on (default)' }).waitFor();
    expect(await clearance.getByRole('radio', { name: 'on (default)' }).isChecked()).toBe(true);
    await clearance.getByRole('radio', { name: 'off' }).check();
    await page.getByRole('status').filter({ hasText: 'clearance is now off.' }).waitFor();
    expect(await clearance.getAttribute('data-state')).toBe('changed');
    expect(demo.simulator?.behaviours.settings.clearance).toBe('off');
    await shoot('9-behaviours-clearance-off');

    // Clearance answers 303, so the unit reports the standard invoice instead.
    await page.getByRole('link', { name: 'Issue' }).click();
    await page.getByLabel('Document kind').selectOption('standard-invoice');
    await page.getByRole('button', { name: 'Sign and issue' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Reported/ })
      .waitFor();

    await page.getByRole('link', { name: 'Platform behaviours' }).click();
    await page.getByRole('button', { name: 'Restore every default' }).click();
    await page.getByRole('status').filter({ hasText: 'Every behaviour is back at its default.' }).waitFor();
    expect(await clearance.getByRole('radio', { name: 'on (default)' }).isChecked()).toBe(true);
    expect(demo.simulator?.behaviours.settings.clearance).toBe('on');
    expect(pageErrors).toEqual([]);
  });
});
