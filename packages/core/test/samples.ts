/**
 * ZATCA's 45 SDK-signed sample documents and their expected invoice hashes, the SDK's certificate
 * and key and a second signer, as core's tests name them: the files live in `@fatoora/test-support`
 * (`internal/test-support/fixtures`, provenance in `fixtures/zatca-sdk/PROVENANCE.md`), loaded
 * through Vite's raw imports so the same conformance tests run in Node and in headless Chromium.
 */
export {
  otherCertificateText,
  otherPrivateKeyText,
  r348Samples,
  type Sample,
  samples,
  sdkCertificateText,
  sdkPrivateKeyText,
} from '@fatoora/test-support/zatca-sdk-samples';
