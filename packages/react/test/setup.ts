/**
 * Setup of the `react` test project: Testing Library unmounts what a test rendered after each
 * test (its automatic cleanup needs vitest globals, which this workspace does not turn on).
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
