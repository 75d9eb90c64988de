/**
 * `GET /simulator/certificates`: the simulator CA's root certificate, which issued every CSID, and
 * the platform's stamp certificate, which signs cleared invoices — PEM text, for clients that
 * verify what the simulator hands back.
 */
import { writePem } from '@fatoora/core/crypto';
import type { AdminHandler } from './admin-handler.ts';

/**
 * Shows the CA and stamp certificates.
 *
 * @example
 * ```ts
 * // GET /simulator/certificates → 200 {ca: '-----BEGIN CERTIFICATE-----…', stamp: '-----BEGIN CERTIFICATE-----…'}
 * ```
 */
export const certificates: AdminHandler = {
  readsBody: false,
  run: async (_request, context) => ({
    status: 200,
    body: {
      ca: writePem('CERTIFICATE', context.authority.certificate.der),
      stamp: writePem('CERTIFICATE', context.authority.stamp.certificate.der),
    },
  }),
};
