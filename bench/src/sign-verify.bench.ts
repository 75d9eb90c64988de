/**
 * `pnpm bench`: signs and verifies the typical ten-line invoice with @fatoora/core, zatca-xml-js
 * and zatca-sdk in one run on one machine, and prints per-invoice times and the ratios. Figures
 * are only comparable within a run.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { importPrivateKey, parseCertificate, signInvoice, verifyInvoice } from '@fatoora/core';
import { ZATCA_SDK_DATA_URL } from '@fatoora/test-support/zatca-sdk-paths';
import { Bench } from 'tinybench';
import { meanMs, printMeans } from './bench-report.ts';
import { zatcaSdkLibrary, zatcaXmlJs } from './competitors.ts';

const root = new URL('Certificates/', ZATCA_SDK_DATA_URL);
const certificateText = readFileSync(new URL('cert.pem', root), 'utf8').trim();
const keyText = readFileSync(new URL('ec-secp256k1-priv-key.pem', root), 'utf8').trim();
const certificatePem = `-----BEGIN CERTIFICATE-----\n${certificateText.replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;
const keyPem = `-----BEGIN EC PRIVATE KEY-----\n${keyText.replace(/(.{64})/g, '$1\n')}\n-----END EC PRIVATE KEY-----\n`;
const unsigned = readFileSync(new URL('../fixtures/ten-line-invoice.xml', import.meta.url), 'utf8');

const privateKey = importPrivateKey(keyText);
const certificate = parseCertificate(certificateText);
const signTime = '2024-01-01T00:00:00';
const signed = signInvoice(unsigned, { privateKey, certificate, signingTime: signTime });
if (!verifyInvoice(signed.xml).valid) throw new Error('fatoora: the signed fixture does not verify');
const signatureValue = signed.signatureValue;

const xmlJs = zatcaXmlJs(certificatePem, keyPem);
const sdk = zatcaSdkLibrary(certificatePem, keyPem);
const sdkSigned = await sdk.sign();
const sdkSignature = /<ds:SignatureValue>([^<]+)</.exec(sdkSigned)?.[1] ?? '';
if (!sdk.verify(sdkSigned, sdkSignature, certificate.publicKey))
  throw new Error('zatca-sdk: its own signed invoice does not verify');
xmlJs.sign();

console.log(`@fatoora/core benchmark — ${new Date().toISOString()}`);
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`);
console.log(
  `Invoice: bench/fixtures/ten-line-invoice.xml (10 lines, ${unsigned.length} characters unsigned)\n`,
);

const bench = new Bench({ time: 2000, warmupTime: 500 });
bench
  .add('fatoora signInvoice (hash + signature + XAdES + QR)', () => {
    signInvoice(unsigned, { privateKey, certificate, signingTime: signTime });
  })
  .add('zatca-xml-js invoice.sign (hash + signature + XAdES + QR)', () => {
    xmlJs.sign();
  })
  .add('zatca-sdk signInvoice (builds XML from its model, signs, self-checks)', async () => {
    await sdk.sign();
  })
  .add('zatca-sdk computeInvoiceHashFromXml + signInvoiceHash (hash + signature only)', () => {
    sdk.hashAndSign(unsigned);
  })
  .add('fatoora verifyInvoice (hash, signature, signed properties, certificate, QR, PIH)', () => {
    verifyInvoice(signed.xml);
  })
  .add('zatca-sdk computeInvoiceHashFromXml + verifyInvoiceSignature (hash + signature only)', () => {
    sdk.verify(signed.xml, signatureValue, certificate.publicKey);
  });
await bench.run();

const mean = (name: string) => meanMs(bench, name);
printMeans(bench, 'invoice');
const ours = mean('fatoora signInvoice');
const ourVerify = mean('fatoora verifyInvoice');
console.log('Signing, ratio to fatoora (higher = fatoora faster):');
console.log(`  zatca-xml-js invoice.sign          ${(mean('zatca-xml-js') / ours).toFixed(1)}×`);
console.log(`  zatca-sdk signInvoice              ${(mean('zatca-sdk signInvoice') / ours).toFixed(1)}×`);
console.log(
  `  zatca-sdk hash + signature only    ${(mean('zatca-sdk computeInvoiceHashFromXml + signInvoiceHash') / ours).toFixed(1)}×`,
);
console.log('Verification, ratio to fatoora:');
console.log(
  `  zatca-sdk hash + signature only    ${(mean('zatca-sdk computeInvoiceHashFromXml + verifyInvoiceSignature') / ourVerify).toFixed(1)}×  (fatoora checks more: signed properties, certificate, QR)`,
);
console.log('  zatca-xml-js                       — (no verification API)');
console.log(`fatoora signInvoice: ${ours.toFixed(3)} ms per invoice (target < 0.7 ms)`);
