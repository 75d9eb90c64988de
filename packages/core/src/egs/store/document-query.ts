/**
 * What {@link DocumentQuery} means, for the stores that filter in JavaScript (memory, file,
 * IndexedDB); PostgreSQL expresses the same conditions in SQL.
 */
import type { DocumentQuery, IssuedDocumentRecord } from './store.ts';

/**
 * Whether a document matches a query's conditions (`limit` is applied by the caller).
 *
 * @example
 * ```ts
 * matchesQuery(record, { state: 'pending', route: 'reporting' });
 * ```
 */
export function matchesQuery(document: IssuedDocumentRecord, query: DocumentQuery): boolean {
  return (
    (query.state === undefined || document.submission.state === query.state) &&
    (query.route === undefined || document.submission.route === query.route) &&
    (query.fromCounter === undefined || document.counter >= query.fromCounter)
  );
}
