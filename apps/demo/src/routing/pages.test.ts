import { describe, expect, it } from 'vitest';
import { navigationPages, PAGES, pageOfHash } from './pages.ts';

describe('the pages', () => {
  it('list the Platform behaviours page only with the embedded simulator', () => {
    expect(navigationPages(true)).toEqual(Object.keys(PAGES));
    expect(navigationPages(true)).toContain('behaviours');
    expect(navigationPages(false)).toEqual(['onboarding', 'issue', 'chain', 'inspector']);
  });

  it('find a page by its hash, onboarding for any other', () => {
    expect(pageOfHash('#/behaviours')).toBe('behaviours');
    expect(pageOfHash('#/nowhere')).toBe('onboarding');
  });
});
