import { createContext, useContext, type ReactNode } from 'react';
import type { GraphClient } from './graph-client';

const GraphClientContext = createContext<GraphClient | null>(null);

export function GraphClientProvider({ client, children }: { client: GraphClient; children: ReactNode }) {
  return <GraphClientContext.Provider value={client}>{children}</GraphClientContext.Provider>;
}

export function useGraphClient(): GraphClient {
  const client = useContext(GraphClientContext);
  if (!client) throw new Error('useGraphClient must be used inside <GraphClientProvider>.');
  return client;
}
