import { decodeQr, encodeQr } from '@fatoora/core/qr';
import { readInvoiceQr } from '@fatoora/core/signing';
import { otherCertificateText as otherCa, sampleXml } from '@fatoora/test-support/zatca-sdk-samples';
import { rewriteQrTimestamp } from '@fatoora/test-support-core/wild-documents';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../test/support/axe.ts';
import { DIRECTIONS, renderIn } from '../../test/support/render.tsx';
import { uiText } from '../i18n/ui-text.ts';
import { QR_FIELD_LABELS } from './qr-field-labels.ts';
import { QrInspector } from './qr-inspector.tsx';

/** ZATCA's own signed sample (simplified, so the QR has all nine tags) and its QR. */
const signedXml = sampleXml('Data/Samples/Simplified/Invoice/Nominal supply invoice.xml');
const payload = readInvoiceQr(signedXml) ?? '';
const certificate = /<ds:X509Certificate>([^<]+)<\/ds:X509Certificate>/.exec(signedXml)?.[1] ?? '';
/** A well-formed QR that belongs to no document. */
const STRANGER = encodeQr({
  sellerName: 'Seller',
  vatNumber: '399999999900003',
  timestamp: '2024-03-05T10:15:00',
  invoiceTotal: '115.00',
  vatTotal: '15.00',
  invoiceHash: 'aGFzaA==',
  signature: 'c2lnbmF0dXJl',
  publicKey: new Uint8Array([1, 2, 3]),
});

/** The codes of the checks the status lists as failed. */
function failedChecks(status: HTMLElement): (string | null | undefined)[] {
  return within(status)
    .getAllByRole('listitem')
    .filter((item) => item.dataset.state === 'failed')
    .map((item) => item.querySelector('code')?.textContent);
}

describe.each(DIRECTIONS)('QrInspector ($dir)', (direction) => {
  const { locale } = direction;
  const t = (key: Parameters<typeof uiText>[0]) => uiText(key, locale);

  test('A pasted payload shows its nine fields, unverified without evidence.', async () => {
    const user = userEvent.setup();
    const { container } = renderIn(direction, <QrInspector locale={locale} />);
    const inspector = screen.getByRole('region', { name: t('qrFields') });
    expect(inspector.dataset.state).toBe('empty');
    await user.click(screen.getByRole('textbox', { name: t('qrPayload') }));
    await user.paste(payload);
    expect(inspector.dataset.state).toBe('decoded');
    const terms = within(inspector)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(terms).toEqual(Object.values(QR_FIELD_LABELS).map((label) => `${label.tag}. ${label[locale]}`));
    expect(within(inspector).getByText('399999999900003')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain(t('notVerified'));
    expect(inspector.dataset.verification).toBe('unverified');
    await expectNoAxeViolations(container);
  });

  test('With the signed XML, the document’s own QR is consistent, and says the issuer was not checked.', async () => {
    const { container } = renderIn(
      direction,
      <QrInspector locale={locale} defaultValue={payload} signedXml={signedXml} />,
    );
    const status = screen.getByRole('status');
    expect(status.dataset.state).toBe('verified');
    expect(status.dataset.issuer).toBe('not-checked');
    expect(status.textContent).toContain(t('verifiedIssuerNotChecked'));
    expect(within(status).getAllByRole('listitem')[0]?.textContent).toContain(
      locale === 'ar' ? 'لم يتم التحقق من جهة إصدار' : 'issuer was not checked',
    );
    await expectNoAxeViolations(container);
  });

  test('With trust anchors that did not issue the certificate, verification fails with certificate-untrusted.', () => {
    renderIn(
      direction,
      <QrInspector locale={locale} defaultValue={payload} signedXml={signedXml} trustAnchors={[otherCa]} />,
    );
    const status = screen.getByRole('status');
    expect(status.dataset.state).toBe('failed');
    expect(status.dataset.issuer).toBe('not-checked');
    const failed = failedChecks(status);
    expect(failed).toEqual(['certificate-untrusted']);
  });

  test('With the certificate alone, the key, CA signature and signature tags are verified.', () => {
    renderIn(direction, <QrInspector locale={locale} defaultValue={payload} certificate={certificate} />);
    const status = screen.getByRole('status');
    expect(status.dataset.state).toBe('verified');
    const codes = within(status)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('code')?.textContent);
    expect(codes).toEqual(['public-key', 'certificate-signature', 'signature']);
  });

  test('A QR that is not the document’s fails verification and says which check failed.', async () => {
    const { container } = renderIn(
      direction,
      <QrInspector locale={locale} defaultValue={STRANGER} signedXml={signedXml} certificate={certificate} />,
    );
    const status = screen.getByRole('status');
    expect(status.dataset.state).toBe('failed');
    expect(status.textContent).toContain(t('verificationFailed'));
    const failed = failedChecks(status);
    expect(failed).toEqual(['qr-in-document', 'public-key', 'signature']);
    await expectNoAxeViolations(container);
  });

  test('A QR tag 3 written with a Z the IssueTime lacks is a warning: verified, the check marked warning.', async () => {
    const zoned = rewriteQrTimestamp(signedXml, `${decodeQr(payload).timestamp}Z`);
    const zonedPayload = readInvoiceQr(zoned) ?? '';
    const { container } = renderIn(
      direction,
      <QrInspector locale={locale} defaultValue={zonedPayload} signedXml={zoned} />,
    );
    const status = screen.getByRole('status');
    expect(status.dataset.state).toBe('verified');
    const states = within(status)
      .getAllByRole('listitem')
      .map((item) => [item.querySelector('code')?.textContent, item.dataset.state]);
    expect(states).toEqual([
      ['qr-timestamp-mismatch', 'warning'],
      ['document', 'passed'],
      ['qr-in-document', 'passed'],
    ]);
    await expectNoAxeViolations(container);
  });

  test('A payload that does not decode marks the field invalid with the rule it broke.', async () => {
    const user = userEvent.setup();
    const { container } = renderIn(direction, <QrInspector locale={locale} />);
    const field = screen.getByRole('textbox', { name: t('qrPayload') });
    await user.type(field, 'AQVT');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'qr-tlv-truncated',
    );
    expect(screen.getByRole('region').dataset.state).toBe('invalid');
    await expectNoAxeViolations(container);
  });

  test('Controlled, it shows its parent’s payload and reports edits.', async () => {
    const user = userEvent.setup();
    const edits: string[] = [];
    renderIn(
      direction,
      <QrInspector locale={locale} value={payload} onValueChange={(next) => edits.push(next)} />,
    );
    const field = screen.getByRole('textbox', { name: t('qrPayload') }) as HTMLTextAreaElement;
    await user.type(field, 'x');
    expect(edits).toEqual([`${payload}x`]);
    expect(field.value).toBe(payload);
  });
});
