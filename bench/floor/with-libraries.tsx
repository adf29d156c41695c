// What every view of the app runs on, around the floor's form: react-intl for its texts and
// TanStack Query for what Graph says. A module of its own, so that the components page does not
// carry them.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';

const queryClient = new QueryClient();

export function withLibraries(form: ReactNode): ReactNode {
  return (
    <IntlProvider locale="en" messages={{ 'share.send': 'Send' }}>
      <QueryClientProvider client={queryClient}>{form}</QueryClientProvider>
    </IntlProvider>
  );
}
