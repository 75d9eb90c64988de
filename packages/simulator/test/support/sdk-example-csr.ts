/**
 * A compliance CSID request like the example in ZATCA's OpenAPI file for POST /compliance: a CSR
 * for the SDK's test key with the SDK's example configuration (VAT 399999999900003, title 1100)
 * and the production template name `ZATCA-Code-Signing`, which is what that example carries
 * (fatoora-api.md §1, §10). Made here from the SDK fixtures rather than copied: ZATCA's OpenAPI
 * files are not among the reference files this repository may hold.
 */
import { readFileSync } from 'node:fs';
import { importPrivateKey } from '@fatoora/core/crypto';
import { createCsr } from '@fatoora/core/csr';
import { DEVELOPER_PORTAL_CSID } from '@fatoora/core/model';
import { ZATCA_SDK_DATA_URL } from '@fatoora/test-support/zatca-sdk-paths';

/** The body of the request: `{ csr }`, base64 of the PEM text. */
export function sdkExampleComplianceRequest(): { csr: string } {
  const properties = readFileSync(
    new URL('Input/csr-config-example-EN.properties', ZATCA_SDK_DATA_URL),
    'utf8',
  );
  const key = importPrivateKey(DEVELOPER_PORTAL_CSID.privateKey);
  return { csr: createCsr(properties, key, { environment: 'production' }).base64 };
}
