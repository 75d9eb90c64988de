import { describeEgsStoreContract } from '@fatoora/test-support/egs-store-contract';
import { MemoryEgsStore } from './memory-store.ts';

describeEgsStoreContract('MemoryEgsStore', async () => ({
  store: new MemoryEgsStore(),
  cleanup: async () => {},
}));
