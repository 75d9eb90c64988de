import { render, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, test } from 'vitest';
import { CSR_CONFIG, FakeOnboardingUnit } from '../../test/support/fake-onboarding-unit.ts';
import { sampleDraft } from '../../test/support/sample-draft.ts';
import { InvoiceForm } from '../invoice-form/invoice-form.tsx';
import { InvoiceQr } from '../qr/invoice-qr.tsx';
import { QrInspector } from '../qr/qr-inspector.tsx';
import { InvoicePreview } from './invoice-preview.tsx';
import { OnboardingWizard } from './onboarding-wizard.tsx';
import { SubmissionStatus } from './submission-status.tsx';

describe('Refs', () => {
  test('Every component hands its root element to the ref it is given.', async () => {
    const form = createRef<HTMLFormElement>();
    const qr = createRef<SVGSVGElement>();
    const inspector = createRef<HTMLElement>();
    const wizard = createRef<HTMLElement>();
    const status = createRef<HTMLElement>();
    const preview = createRef<HTMLElement>();
    render(
      <>
        <InvoiceForm ref={form} defaultValue={sampleDraft()} locale="en" />
        <InvoiceQr ref={qr} value="payload" />
        <QrInspector ref={inspector} locale="en" />
        <OnboardingWizard
          ref={wizard}
          driver={new FakeOnboardingUnit()}
          csrConfig={CSR_CONFIG}
          environment="simulation"
        />
        <SubmissionStatus ref={status} value={{ state: 'idle', messages: [] }} />
        <InvoicePreview ref={preview} invoice={sampleDraft()} />
      </>,
    );
    expect(form.current?.tagName).toBe('FORM');
    expect(qr.current?.tagName).toBe('svg');
    expect(inspector.current?.className).toBe('fatoora-qr-inspector');
    expect(wizard.current?.className).toBe('fatoora-onboarding');
    expect(status.current?.className).toBe('fatoora-submission');
    expect(preview.current?.tagName).toBe('ARTICLE');
    await waitFor(() => expect(wizard.current?.dataset.state).toBe('idle'));
  });
});
