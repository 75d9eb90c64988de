/**
 * The trust tags that the simulator's behaviour table writes in its sources (`[OAS]`,
 * `[LIVE ERPGulf/zatca_erpgulf#45]`, …) — the tags of fatoora-api.md, which say how far each
 * piece of evidence goes — with a bilingual meaning for each, and the reading of a source text into
 * the tags it cites, so the panel can show at a glance whether a default rests on ZATCA's own files
 * or on a single report.
 */
import type { Language } from '../i18n/messages.ts';

/**
 * Each tag and what it stands for, in English and Arabic.
 *
 * @example
 * ```ts
 * SOURCE_TAGS.RPT.en; // 'a single report, not cross-checked'
 * ```
 */
export const SOURCE_TAGS = {
  OAS: { en: 'ZATCA’s OpenAPI files', ar: 'ملفات OpenAPI الصادرة عن الهيئة' },
  SDK: { en: 'ZATCA’s SDK files', ar: 'ملفات حزمة التطوير (SDK) الصادرة عن الهيئة' },
  LIVE: { en: 'a real answer an integrator published', ar: 'رد فعلي نشره أحد المطوّرين' },
  CODE: { en: 'clients running in production', ar: 'برامج عميلة تعمل في بيئة الإنتاج' },
  OBS: { en: 'decoded certificates, CSRs and examples', ar: 'شهادات وطلبات شهادات وأمثلة فُكّ ترميزها' },
  RPT: { en: 'a single report, not cross-checked', ar: 'بلاغ منفرد لم يُتحقق منه' },
} as const satisfies Record<string, Record<Language, string>>;

/** One of {@link SOURCE_TAGS}. */
export type SourceTag = keyof typeof SOURCE_TAGS;

/**
 * The tags a source text cites, each once, in the order they first appear; a bracket that opens
 * with anything else (`[sic]`) is not a tag.
 *
 * @example
 * ```ts
 * sourceTagsOf('[OAS] 208; 409 reported live by zatca-kit [RPT]'); // ['OAS', 'RPT']
 * sourceTagsOf('[LIVE ERPGulf/zatca_erpgulf#45] flat body; [OAS] list body'); // ['LIVE', 'OAS']
 * sourceTagsOf('no evidence'); // []
 * ```
 */
export function sourceTagsOf(source: string): SourceTag[] {
  const tags: SourceTag[] = [];
  for (const [, word] of source.matchAll(/\[([A-Z]+)\b[^\]]*\]/g)) {
    if (Object.hasOwn(SOURCE_TAGS, word!) && !tags.includes(word as SourceTag)) tags.push(word as SourceTag);
  }
  return tags;
}
