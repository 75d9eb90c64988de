// A CommonJS consumer (scripts/consumer-check.sh): the packages ship ESM only, and Node 20.19+
// loads them through require(); this signs ZATCA's sample that way.
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { importPrivateKey, signInvoice, stripSignature, verifyInvoice } = require('@fatoora/core');

const sdk = process.argv[2];
const xml = readFileSync(join(sdk, 'Data/Samples/Standard/Invoice/Standard_Invoice.xml'), 'utf8');
const privateKey = importPrivateKey(
  readFileSync(join(sdk, 'Data/Certificates/ec-secp256k1-priv-key.pem'), 'utf8'),
);
const certificate = readFileSync(join(sdk, 'Data/Certificates/cert.pem'), 'utf8');
const signed = signInvoice(stripSignature(xml), { privateKey, certificate });
assert.equal(verifyInvoice(signed.xml).valid, true);
console.log('consumer (CommonJS require): signed and verified');
