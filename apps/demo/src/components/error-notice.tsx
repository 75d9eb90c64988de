/**
 * An error as people read it, in an alert: the message of any error, ZATCA's error and warning
 * messages of an `ApiError` (also when it is the cause of an `EgsError`), and every fault of a
 * `ValidationError` with its rule id and field.
 */
import { ApiError } from '@fatoora/core/api';
import { findCause, ValidationError } from '@fatoora/core/errors';
import type { ReactNode } from 'react';
import { FaultList } from './fault-list.tsx';

/**
 * Shows `error`, or nothing when it is `undefined`.
 *
 * @example
 * ```tsx
 * <ErrorNotice error={failure} />
 * ```
 */
export function ErrorNotice({ error }: { readonly error: unknown }): ReactNode {
  if (error === undefined) return null;
  const message = error instanceof Error ? error.message : String(error);
  const api = findCause(error, (cause): cause is ApiError => cause instanceof ApiError);
  const results = api?.validationResults;
  const messages = [
    ...(results?.errorMessages ?? []),
    ...(results?.warningMessages ?? []),
    ...(api?.errors ?? []),
  ];
  return (
    <div role="alert" className="notice notice-error">
      <p>{message}</p>
      {messages.length > 0 && (
        <ul>
          {messages.map((item) => (
            <li key={`${item.code}|${item.message}`}>
              <code>{item.code}</code> {item.message}
            </li>
          ))}
        </ul>
      )}
      {error instanceof ValidationError && <FaultList faults={error.faults} />}
    </div>
  );
}
