import type { common as english } from '../en/common';
import type { Translation } from '../translation';

export const common: Translation<typeof english> = {
  'common.appTitle': 'Dateien freigeben',
  'common.signIn': 'Anmelden',
  'common.signOut': 'Abmelden',
  'common.signingIn': 'Sie werden angemeldet…',
  'common.signInProblem': 'Problem bei der Anmeldung',
  'common.welcomeTitle': 'Dateien aus OneDrive und SharePoint freigeben',
  'common.welcomeBody': 'Melden Sie sich mit Ihrem Geschäftskonto an, um Ihre Dateien zu sehen und sie für Kolleginnen und Kollegen freizugeben.',
  'common.loading': 'Wird geladen…',
};
