import { describeEgsStoreContract } from '../../test/support/egs-store-contract.ts';
import { MemoryEgsStore } from './memory-store.ts';

describeEgsStoreContract('MemoryEgsStore', async () => ({
  store: new MemoryEgsStore(),
  cleanup: async () => {},
}));
