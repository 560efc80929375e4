// The typed API client, given to every screen through React context (tests pass a fake one).
import { createContext, useContext, type ReactNode } from 'react';
import type { MaillageApi } from '../../shared/api/contract';

const ApiContext = createContext<MaillageApi | null>(null);

export function ApiProvider({ api, children }: { api: MaillageApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): MaillageApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an <ApiProvider>');
  return api;
}
