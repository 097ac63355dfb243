// Choices for the claims filter bar: payers and providers seen in any transaction.
import { listPayers, listProviders } from '../../../db/queries/parties.js';
import type { Api } from '../../../shared/ipc/contract.js';
import type { HandlerDeps } from './deps.js';

export function filterOptionHandlers(deps: HandlerDeps): Pick<Api, 'listPayers' | 'listProviders'> {
  return {
    listPayers: async () => listPayers(deps.db).map((o) => ({ id: o.id, name: o.name, claimCount: o.claims })),
    listProviders: async () => {
      // One provider table serves both pickers: an NPI bills on some claims and renders on others.
      const providers = listProviders(deps.db).map((o) => ({ id: o.id, name: o.name, claimCount: o.claims }));
      return { billing: providers, rendering: providers };
    },
  };
}
