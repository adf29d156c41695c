// The floor's second page: the components plus what every view of the app runs on (react-intl for
// its texts, TanStack Query for what Graph says) and MSAL, started beside the render as a deep
// link must to ask Graph for the item (its token comes from MSAL).
import { PublicClientApplication } from '@azure/msal-browser';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { IntlProvider } from 'react-intl';
import { renderShareForm } from './share-form';
import { TagPickerField } from './tag-picker-field';

const queryClient = new QueryClient();
void new PublicClientApplication({ auth: { clientId: '00000000-0000-0000-0000-000000000000', authority: 'https://localhost:4300' } }).initialize();
renderShareForm(<TagPickerField />, (form) => (
  <IntlProvider locale="en" messages={{ 'share.send': 'Send' }}>
    <QueryClientProvider client={queryClient}>{form}</QueryClientProvider>
  </IntlProvider>
));
