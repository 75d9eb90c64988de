/**
 * A React app that uses the kit as its README shows: an `InvoiceForm` driven by the kit's own
 * `useInvoiceDraft` (controlled), the QR of an invoice signed with `@fatoora/core`, and the opt-in
 * stylesheet. Built with Vite from the packed tarballs and checked in Chromium by
 * scripts/consumer/render-react-app.mjs.
 */
import { emptyInvoiceDraft, FatooraProvider, InvoiceForm, InvoiceQr, useInvoiceDraft } from '@fatoora/react';
import '@fatoora/react/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { signSample } from './signed-sample.ts';

const signed = signSample();

function startingDraft() {
  return {
    ...emptyInvoiceDraft(),
    seller: {
      name: 'Maximum Speed Tech Supply LTD',
      vatNumber: '399999999900003',
      address: {
        street: 'Prince Sultan',
        buildingNumber: '2322',
        citySubdivision: 'Al-Murabba',
        city: 'Riyadh',
        postalCode: '23333',
        country: 'SA',
      },
    },
  };
}

function Till() {
  const { draft, setDraft } = useInvoiceDraft({ defaultValue: startingDraft() });
  return (
    <main>
      <InvoiceForm value={draft} onValueChange={setDraft} />
      <section aria-label="QR">
        <InvoiceQr value={signed.qr} size={180} />
        <p>
          <code className="invoice-hash" dir="ltr">
            {signed.invoiceHash}
          </code>
        </p>
      </section>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <FatooraProvider locale="ar">
      <Till />
    </FatooraProvider>
  </StrictMode>,
);
