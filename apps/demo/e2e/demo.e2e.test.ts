/**
 * The playground end to end, as a person uses it: builds the demo with Vite into a temporary
 * folder, starts the proxy with the embedded simulator on a free port, and drives Debian's
 * Chromium (playwright-core, headless) through onboarding, a cleared standard invoice, a reported
 * simplified invoice, the chain, the inspector on a tampered copy, and the Arabic layout. Each
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

async function statusText(): Promise<string> {
  return (await page.locator('.issued [role="status"]').textContent()) ?? '';
}

describe('the playground in Chromium', { timeout: 60_000 }, () => {
  it('builds with @fatoora/core in a chunk of its own and reports its size against the budget', () => {
    const report = JSON.parse(readFileSync(join(outDir, 'bundle-report.json'), 'utf8')) as BundleSummary;
    const core = report.parts.find((part) => part.part === 'fatoora-core');
    expect(core?.gzipBytes).toBeGreaterThan(10_000);
    expect(report.coreBudgetKb).toBeGreaterThan(0);
    expect(typeof report.coreWithinBudget).toBe('boolean');
  });

  it('onboards an EGS unit: OTP, compliance CSID, six compliance checks, production CSID', async () => {
    await page.goto(demo.url);
    await page.getByRole('heading', { name: 'Onboard an EGS unit' }).waitFor();
    await shoot('1-onboarding');
    await page.getByRole('button', { name: 'Get an OTP from the simulator' }).click();
    await page.waitForFunction(
      () => (document.querySelector('#otp') as HTMLInputElement)?.value.length === 6,
    );
    await page.getByRole('button', { name: 'Onboard', exact: true }).click();
    await page.getByText(/^Onboarded\. The production CSID expires/).waitFor({ timeout: 60_000 });
    const steps = page.getByRole('list', { name: 'Onboarding steps' }).getByRole('listitem');
    expect(await steps.count()).toBe(8);
    expect(await page.locator('.step[data-state="done"]').count()).toBe(8);
    expect(await page.getByRole('button', { name: 'Export key' }).isVisible()).toBe(true);
    await shoot('2-onboarded');
  }, 90_000);

  it('issues a standard invoice and sees it cleared, with its hash, QR and preview', async () => {
    await page.getByRole('link', { name: 'Issue' }).click();
    await page.getByRole('heading', { name: 'Issue an invoice' }).waitFor();
    await page.getByRole('button', { name: 'Sign and issue' }).click();
    await page.getByText('Cleared by ZATCA').waitFor();
    expect(await statusText()).toBe('Cleared by ZATCA');
    expect(await page.getByRole('table', { name: 'QR fields' }).isVisible()).toBe(true);
    expect(await page.getByRole('article', { name: 'Preview' }).textContent()).toContain('194.58');
    await shoot('3-issue-standard-cleared');
  });

  it('issues a simplified invoice, sees it signed and waiting, reports it and sees it reported', async () => {
    await page.getByRole('radio', { name: /Simplified/ }).check();
    await page.getByRole('button', { name: 'Sign and issue' }).click();
    await page.getByText('Signed, waiting to be reported').waitFor();
    await shoot('4-issue-simplified-pending');
    await page.getByRole('button', { name: 'Report now' }).click();
    await page.getByText('Reported to ZATCA').waitFor();
    expect(await statusText()).toBe('Reported to ZATCA');
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
    const original = await xml.inputValue();
    const tampered = original.replace(/(<cbc:PayableAmount currencyID="SAR">)([\d.]+)/, '$11.00');
    expect(tampered).not.toBe(original);
    await xml.fill(tampered);
    await page.getByRole('button', { name: 'Inspect' }).click();
    await page.getByRole('status').filter({ hasText: 'Would be rejected' }).waitFor();
    const report = (await page.locator('.inspection').textContent()) ?? '';
    expect(report).toContain('invoice-hash-mismatch');
    expect(report).toContain('qr-mismatch');
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
});
