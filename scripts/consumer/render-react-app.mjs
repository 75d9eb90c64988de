// Opens the consumer React app's production build (scripts/consumer/react-app, built by
// scripts/consumer-check.sh from the packed tarballs) in headless Chromium and checks what a user
// would see: the InvoiceForm with its fields, live totals after typing a price (the kit's hooks at
// work in the user's bundle), the InvoiceQr drawn from an invoice signed in the page, the kit's
// stylesheet applied, and not one page or console error. Run from the workspace root, which holds
// Playwright; Chromium is Debian's (CHROMIUM_PATH overrides), as in the workspace's browser tests.
//   node scripts/consumer/render-react-app.mjs <dist folder>
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';

const dist = process.argv[2];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The SDK sample's invoice hash (expected-hashes.tsv): signing in the page must reproduce it.
const SAMPLE_HASH = 'z5F9qsS6oWyDhehD8u8S0DaxV+2CUiUz9Y+UsR61JgQ=';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** Serves the built files on a free loopback port; anything missing is a 404 (and a console error). */
function serve(folder) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = join(folder, normalize(path === '/' ? '/index.html' : path));
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const server = await serve(dist);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.setDefaultTimeout(10_000);
  await page.goto(`http://127.0.0.1:${server.address().port}/`);

  // The form, in Arabic (the provider's locale), with the seller the app's draft starts from.
  const form = page.getByRole('form', { name: 'الفاتورة' });
  await form.waitFor();
  assert.equal(await form.getByLabel('رقم الفاتورة').count(), 1);
  const seller = form.getByRole('group', { name: 'البائع' });
  assert.equal(await seller.getByLabel('رقم تسجيل ضريبة القيمة المضافة').inputValue(), '399999999900003');
  // Typing a price goes through useInvoiceDraft and the tax engine: 100 + 15 % VAT is due.
  await form.getByLabel('سعر الوحدة').fill('100.00');
  const due = form.locator('[data-total="payableAmount"] dd');
  await due.filter({ hasText: '١١٥٫٠٠' }).waitFor();

  // The QR of the invoice signed in the page: an SVG with a drawn module path, and the sample's hash.
  const qr = page.getByRole('img', { name: 'رمز الاستجابة السريعة للفاتورة' });
  await qr.waitFor();
  assert.equal(await qr.evaluate((svg) => svg.tagName.toLowerCase()), 'svg');
  const modules = await qr.locator('path').getAttribute('d');
  assert.ok(modules && modules.length > 1000, `the QR's module path is too short: ${modules?.length}`);
  assert.ok(
    Number(await qr.getAttribute('data-version')) >= 10,
    'a signed invoice QR needs version 10 or more',
  );
  assert.equal(await page.locator('.invoice-hash').textContent(), SAMPLE_HASH);

  // The opt-in stylesheet reached the page: its custom properties are set on :root.
  const accent = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--fatoora-accent').trim(),
  );
  assert.equal(accent, '#006c35', 'the kit stylesheet is not applied');

  assert.deepEqual(problems, []);
  console.log(
    'consumer (Vite + React): InvoiceForm and InvoiceQr render in Chromium, styled, without errors',
  );
} finally {
  await browser.close();
  server.close();
}
