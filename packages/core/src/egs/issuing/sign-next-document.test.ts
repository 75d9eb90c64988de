import { describe, expect, it } from 'vitest';
import { otherPrivateKeyText, sdkCertificateText } from '../../../test/samples.ts';
import { draftOf, sdkPrivateKey } from '../../../test/support/egs-fixtures.ts';
import { importPrivateKey } from '../../crypto/keys.ts';
import { SignatureError } from '../../errors/signature-error.ts';
import { verifyInvoice } from '../../signing/verify-invoice.ts';
import { MemoryEgsStore } from '../store/memory-store.ts';
import { signNextDocument } from './sign-next-document.ts';

const now = () => new Date();
const uuid = () => globalThis.crypto.randomUUID();

describe('signing the next document of a unit', () => {
  it('signs with a key that fits the certificate it embeds', async () => {
    const store = new MemoryEgsStore();
    const record = await store.appendDocument(
      'till-1',
      signNextDocument({
        draft: draftOf('simplified-invoice'),
        privateKey: sdkPrivateKey(),
        certificate: sdkCertificateText,
        now,
        uuid,
      }),
    );
    expect(record.counter).toBe(1);
    expect(verifyInvoice(record.signedXml).valid).toBe(true);
  });

  it('never signs with a key that does not fit the certificate, and stores nothing', async () => {
    const store = new MemoryEgsStore();
    const error = await store
      .appendDocument(
        'till-1',
        signNextDocument({
          draft: draftOf('simplified-invoice'),
          privateKey: importPrivateKey(otherPrivateKeyText),
          certificate: sdkCertificateText,
          now,
          uuid,
        }),
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SignatureError);
    expect(error).toMatchObject({ code: 'key-certificate-mismatch' });
    expect(await store.chainHead('till-1')).toMatchObject({ counter: 0 });
    expect(await store.listDocuments('till-1')).toEqual([]);
  });
});
