/**
 * ZATCA's six document kinds (standard or simplified × invoice 388, credit note 381, debit note
 * 383) as data, and which of them a CSID may issue: the certificate's `title` holds four 0/1 flags
 * (Security Features Implementation Standards §2.2.2, Table 1): the first enables standard (T)
 * documents, the second simplified (S) ones; the last two are reserved.
 */
import type { DocumentKind } from '../checks/document.ts';

/**
 * The six kinds, standard first, each invoice before its notes.
 *
 * @example
 * ```ts
 * DOCUMENT_KINDS.map(kindKey); // ['standard-388', 'standard-381', …, 'simplified-383']
 * ```
 */
export const DOCUMENT_KINDS: readonly DocumentKind[] = (['standard', 'simplified'] as const).flatMap(
  (subtype) => (['388', '381', '383'] as const).map((typeCode) => ({ subtype, typeCode })),
);

const TYPE_NAMES = { '388': 'invoice', '381': 'credit note', '383': 'debit note' } as const;

/**
 * A kind's stable key, e.g. `simplified-381`.
 *
 * @example
 * ```ts
 * kindKey({ subtype: 'standard', typeCode: '388' }); // 'standard-388'
 * ```
 */
export function kindKey(kind: DocumentKind): string {
  return `${kind.subtype}-${kind.typeCode}`;
}

/**
 * A kind in words, e.g. `simplified credit note (381)`.
 *
 * @example
 * ```ts
 * kindName({ subtype: 'standard', typeCode: '383' }); // 'standard debit note (383)'
 * ```
 */
export function kindName(kind: DocumentKind): string {
  return `${kind.subtype} ${TYPE_NAMES[kind.typeCode]} (${kind.typeCode})`;
}

/**
 * The subtypes a certificate `title` (e.g. `1100`) enables.
 *
 * @example
 * ```ts
 * enabledSubtypes('1000'); // { standard: true, simplified: false }
 * ```
 */
export function enabledSubtypes(title: string | undefined): { standard: boolean; simplified: boolean } {
  return { standard: title?.[0] === '1', simplified: title?.[1] === '1' };
}

/**
 * The kinds a certificate `title` enables, in {@link DOCUMENT_KINDS} order.
 *
 * @example
 * ```ts
 * enabledKinds('0100').map(kindKey); // ['simplified-388', 'simplified-381', 'simplified-383']
 * ```
 */
export function enabledKinds(title: string | undefined): DocumentKind[] {
  const enabled = enabledSubtypes(title);
  return DOCUMENT_KINDS.filter((kind) => enabled[kind.subtype]);
}
