// A plain Node ESM consumer of the packed packages (run by scripts/consumer-check.sh in a fresh
// folder outside the workspace): signs and verifies ZATCA's sample with @fatoora/core, starts
// @fatoora/simulator from its package, onboards an Egs on @fatoora/node's FileEgsStore, then issues
// and reports one simplified invoice. Exits non-zero on the first thing that does not hold.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decodeQr,
  importPrivateKey,
  readInvoiceQr,
  signInvoice,
  stripSignature,
  verifyInvoice,
} from '@fatoora/core';
import { Egs } from '@fatoora/core/egs';
import { FileEgsStore } from '@fatoora/node';
import { startSimulator } from '@fatoora/simulator';

const sdk = process.argv[2];
const sample = readFileSync(join(sdk, 'Data/Samples/Simplified/Invoice/Simplified_Invoice.xml'), 'utf8');
const privateKey = importPrivateKey(
  readFileSync(join(sdk, 'Data/Certificates/ec-secp256k1-priv-key.pem'), 'utf8'),
);
const certificate = readFileSync(join(sdk, 'Data/Certificates/cert.pem'), 'utf8');
const signed = signInvoice(stripSignature(sample), { privateKey, certificate });
// The SDK sample's own invoice hash (expected-hashes.tsv): signing never changes it.
assert.equal(signed.invoiceHash, 'z5F9qsS6oWyDhehD8u8S0DaxV+2CUiUz9Y+UsR61JgQ=');
assert.equal(verifyInvoice(signed.xml).valid, true);
assert.equal(decodeQr(readInvoiceQr(signed.xml)).vatNumber, '399999999900003');

const seller = {
  name: 'Maximum Speed Tech Supply LTD',
  vatNumber: '399999999900003',
  identification: { scheme: 'CRN', value: '1010010000' },
  address: {
    street: 'Prince Sultan',
    buildingNumber: '2322',
    citySubdivision: 'Al-Murabba',
    city: 'Riyadh',
    postalCode: '23333',
    country: 'SA',
  },
};
const csrConfig = {
  commonName: 'TST-886431145-399999999900003',
  egsSerialNumber: '1-TST|2-TST|3-ed22f1d8-e6a2-1118-9b58-d9a8f11e445f',
  vatNumber: seller.vatNumber,
  organizationUnitName: 'Riyadh Branch',
  organizationName: seller.name,
  countryName: 'SA',
  invoiceType: '0100',
  location: 'RRRD2929',
  industry: 'Supply activities',
};

// Simulation takes portal OTPs only: accept 123345 as if the portal had issued it.
const simulator = await startSimulator({ port: 0, log: () => {}, otp: { codes: ['123345'] } });
try {
  const store = await FileEgsStore.open({ directory: mkdtempSync(join(tmpdir(), 'fatoora-consumer-')) });
  const egs = await Egs.open({ store, unitId: 'till-1', client: { baseUrl: simulator.url } });
  await egs.onboard({ otp: '123345', csrConfig, environment: 'simulation' });
  const issued = await egs.issue(
    {
      id: 'CONSUMER-1',
      typeCode: '388',
      transaction: {
        subtype: 'simplified',
        thirdParty: false,
        nominal: false,
        export: false,
        summary: false,
        selfBilled: false,
      },
      seller,
      lines: [{ id: '1', name: 'Coffee', quantity: '2', price: '10.00', taxCategory: 'S', taxRate: '15' }],
    },
    { reportNow: true },
  );
  assert.equal(issued.counter, 1);
  assert.equal(issued.state, 'reported');
  console.log(`consumer (node ESM): signed, verified, onboarded and reported ${issued.id}`);
} finally {
  await simulator.close();
}
