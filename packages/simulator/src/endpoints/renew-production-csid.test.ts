import { AuthenticationError, RejectedError } from '@fatoora/core/api';
import { generatePrivateKey } from '@fatoora/core/crypto';
import { describe, expect, it } from 'vitest';
import { newCsr } from '../../test/support/onboarding.ts';
import { reportNext } from '../../test/support/report-next.ts';
import { TestEgs } from '../../test/support/test-egs.ts';
import { thrownBy } from '../../test/support/thrown-by.ts';
import { unitPerFile } from '../../test/support/unit-per-file.ts';

/** One simulator and EGS unit for the whole file: each test moves the unit's chain on. */
const shared = unitPerFile();

const simplified = { subtype: 'simplified', typeCode: '388' } as const;

describe('PATCH /production/csids', () => {
  it('renews the production CSID with a portal OTP and a new CSR; the new CSID continues the same chain', async () => {
    const { client, egs, production } = shared.unit;
    await reportNext(shared.unit);

    const { key, csr } = newCsr('simulation', {}, generatePrivateKey());
    const renewed = await client.renewProductionCsid({ csr, otp: await shared.simulator.mintOtp() });
    expect(renewed.dispositionMessage).toBe('ISSUED');
    expect(renewed.binarySecurityToken).not.toBe(production.binarySecurityToken);
    expect(renewed.certificate.publicKey).toEqual(key.publicKey);

    const next = new TestEgs(key, renewed.certificate);
    next.counter = egs.counter;
    next.previousInvoiceHash = egs.previousInvoiceHash;
    const second = next.next(simplified);
    const result = await client
      .withCredentials(renewed)
      .reportInvoice({ invoice: second.xml, invoiceHash: second.invoiceHash });
    expect(result).toMatchObject({ status: 'accepted', reportingStatus: 'REPORTED' });
  });

  it('refuses an OTP that was already used', async () => {
    const { client } = shared.unit;
    const otp = await shared.simulator.mintOtp();
    await client.renewProductionCsid({ csr: newCsr().csr, otp });
    const error = await thrownBy(client.renewProductionCsid({ csr: newCsr().csr, otp }), RejectedError);
    expect(error.errors[0]).toMatchObject({ code: 'Invalid-OTP' });
  });

  it('refuses a wrong OTP', async () => {
    const { client } = shared.unit;
    const error = await thrownBy(
      client.renewProductionCsid({ csr: newCsr().csr, otp: '000000' }),
      RejectedError,
    );
    expect(error.errors[0]).toEqual({
      code: 'Invalid-OTP',
      message: 'The OTP is not valid.',
    });
  });

  it("refuses a CSR for another taxpayer's VAT number", async () => {
    const { client } = shared.unit;
    const csr = newCsr('simulation', { vatNumber: '399999999800003' }).csr;
    const error = await thrownBy(
      client.renewProductionCsid({ csr, otp: await shared.simulator.mintOtp() }),
      RejectedError,
    );
    expect(error.errors[0]).toMatchObject({
      code: 'Invalid-CSR',
      message: expect.stringContaining('UID 399999999800003'),
    });
  });

  it('needs the current production CSID, not the compliance CSID', async () => {
    const { checks } = shared.unit;
    await expect(
      checks.renewProductionCsid({ csr: newCsr().csr, otp: await shared.simulator.mintOtp() }),
    ).rejects.toBeInstanceOf(AuthenticationError);
  });
});
