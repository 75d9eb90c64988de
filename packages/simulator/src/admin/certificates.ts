/**
 * `GET /simulator/certificates`: the simulator CA's root certificate, which issued every CSID the
 * simulator made — PEM text, the trust anchor for clients that verify what it issued. (The
 * developer portal's canned certificate is ZATCA's SDK test certificate, not the simulator's.)
 */
import { writePem } from '@fatoora/core/crypto';
import type { AdminHandler } from './admin-handler.ts';

/**
 * Shows the CA certificate.
 *
 * @example
 * ```ts
 * // GET /simulator/certificates → 200 {ca: '-----BEGIN CERTIFICATE-----…'}
 * ```
 */
export const certificates: AdminHandler = {
  readsBody: false,
  run: async (_request, context) => ({
    status: 200,
    body: { ca: writePem('CERTIFICATE', context.authority.certificate.der) },
  }),
};
