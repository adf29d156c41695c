// The floor's third page: a first stage a deep link could show while the rest loads. A plain Input
// in place of the TagPicker, with react-intl and TanStack Query; MSAL is not in it, as it would
// load beside this stage (the field takes typing before any token is needed).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { IntlProvider } from 'react-intl';
import { renderShareForm } from './share-form';
import { InputField } from './input-field';

const queryClient = new QueryClient();
renderShareForm(<InputField />, (form) => (
  <IntlProvider locale="en" messages={{ 'share.send': 'Send' }}>
    <QueryClientProvider client={queryClient}>{form}</QueryClientProvider>
  </IntlProvider>
));
