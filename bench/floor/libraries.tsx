// The floor's second page: the components plus what every view of the app runs on
// (with-libraries.tsx) and MSAL, started beside the render as a deep link must to ask Graph for
// the item (its token comes from MSAL).
import { PublicClientApplication } from '@azure/msal-browser';
import { renderShareForm } from './share-form';
import { TagPickerField } from './tag-picker-field';
import { withLibraries } from './with-libraries';

void new PublicClientApplication({ auth: { clientId: '00000000-0000-0000-0000-000000000000', authority: 'https://localhost:4300' } }).initialize();
renderShareForm(<TagPickerField />, withLibraries);
