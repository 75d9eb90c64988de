/**
 * The invoice's QR code drawn as SVG from its TLV payload (the base64 text of `signInvoice`'s
 * `qr`, or `IssuedInvoice.qr`). The module matrix comes from `uqr` (zero dependencies, ESM; see
 * the package's commit for the choice); the SVG is React elements, never injected markup. The code
 * keeps the four-module quiet zone the QR standard asks for and is never mirrored in RTL pages.
 */
import type { ReactNode, Ref, SVGProps } from 'react';
import { useMemo } from 'react';
import { encode } from 'uqr';
import { useLocale } from '../context/fatoora-provider.tsx';
import type { FatooraLocale } from '../i18n/locale.ts';
import { uiText } from '../i18n/ui-text.ts';
import { qrPath } from './qr-path.ts';

/** Error correction levels: L 7 %, M 15 %, Q 25 %, H 30 % of the code may be damaged. */
export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';

/** Props of {@link InvoiceQr}. */
export interface InvoiceQrProps extends Omit<SVGProps<SVGSVGElement>, 'ref' | 'children' | 'viewBox'> {
  /** The QR payload: ZATCA's base64 TLV text. */
  readonly value: string;
  /** Error correction. Default `M`. */
  readonly errorCorrection?: QrErrorCorrection;
  /** The quiet zone, in modules. Default 4. */
  readonly quietZone?: number;
  /** Rendered width and height (CSS length or pixels). Default 160. */
  readonly size?: number | string;
  /** The accessible name. Default: "ZATCA QR code" in the reader's language. */
  readonly label?: string;
  /** The language of the default accessible name; default: the provider's. */
  readonly locale?: FatooraLocale;
  /** Receives the root `<svg>` element. */
  readonly ref?: Ref<SVGSVGElement>;
}

/**
 * An invoice QR code; nothing for an empty payload or one too long for any QR version.
 *
 * @example
 * ```tsx
 * <InvoiceQr value={signed.qr} size={180} />
 * ```
 */
export function InvoiceQr({
  value,
  errorCorrection = 'M',
  quietZone = 4,
  size = 160,
  label,
  locale: localeProp,
  ref,
  ...svg
}: InvoiceQrProps): ReactNode {
  const locale = useLocale(localeProp);
  const code = useMemo(() => {
    const text = value.trim();
    if (text === '') return undefined;
    try {
      return encode(text, { ecc: errorCorrection, border: quietZone });
    } catch {
      return undefined;
    }
  }, [value, errorCorrection, quietZone]);
  if (code === undefined) return null;
  return (
    <svg
      ref={ref}
      role="img"
      aria-label={label ?? uiText('qrCode', locale)}
      className="fatoora-qr"
      width={size}
      height={size}
      viewBox={`0 0 ${code.size} ${code.size}`}
      shapeRendering="crispEdges"
      data-version={code.version}
      {...svg}
    >
      <rect className="fatoora-qr-background" width={code.size} height={code.size} fill="#fff" />
      <path className="fatoora-qr-modules" d={qrPath(code.data)} fill="#000" />
    </svg>
  );
}
