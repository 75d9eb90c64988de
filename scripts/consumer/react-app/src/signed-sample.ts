/**
 * ZATCA's simplified sample invoice signed in the browser with the SDK's test key and certificate,
 * as a till signs before it prints: the QR text the app draws comes from `signInvoice`, not from a
 * fixture. The SDK files are copied next to the app by scripts/consumer-check.sh.
 */
import { importPrivateKey, type SignedInvoice, signInvoice, stripSignature } from '@fatoora/core';
import certificate from '../sdk/cert.pem?raw';
import keyPem from '../sdk/ec-secp256k1-priv-key.pem?raw';
import sample from '../sdk/Simplified_Invoice.xml?raw';

/** Signs the SDK sample afresh (its invoice hash never changes; the signing time does). */
export function signSample(): SignedInvoice {
  return signInvoice(stripSignature(sample), { privateKey: importPrivateKey(keyPem), certificate });
}
