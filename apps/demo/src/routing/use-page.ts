/**
 * The current page from `location.hash`, following the browser's back and forward buttons, and a
 * function to go to another page.
 */
import { useCallback, useEffect, useState } from 'react';
import { PAGES, type PageName, pageOfHash } from './pages.ts';

/**
 * The page shown and how to change it.
 *
 * @example
 * ```tsx
 * const [page, goTo] = usePage();
 * <button onClick={() => goTo('inspector')}>Inspect</button>
 * ```
 */
export function usePage(): readonly [PageName, (page: PageName) => void] {
  const [page, setPage] = useState<PageName>(() => pageOfHash(location.hash));
  useEffect(() => {
    const follow = () => setPage(pageOfHash(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const goTo = useCallback((next: PageName) => {
    location.hash = PAGES[next].hash;
  }, []);
  return [page, goTo] as const;
}
