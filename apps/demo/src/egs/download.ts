/**
 * Saves text as a file through the browser's download (a Blob URL revoked right after): how the
 * playground exports the unit's private key and an invoice's XML without any server.
 */

/**
 * Downloads `text` as `fileName`.
 *
 * @example
 * ```ts
 * downloadText('egs-key.pem', pem, 'application/x-pem-file');
 * ```
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
