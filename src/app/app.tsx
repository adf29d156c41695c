import { sessionStore } from '../lib/storage';
import { useEffect } from 'react';
import type { Settings } from '../config/settings';
import { useAuth, type AuthClient, type AuthError } from '../lib/auth';
import { AppProviders, type AppServices } from './app-providers';
import type { Appearance } from './appearance';
import { forgetSession, noteSignedIn } from './session-hint';
import { Shell } from './shell';

export interface AppProps {
  settings: Settings;
  auth: AuthClient;
  redirectError?: AuthError | undefined;
  appearance?: Appearance | undefined;
  /** Made (and already fetching) by the caller for `auth`; otherwise the providers make their own. */
  services?: AppServices | undefined;
}

export { createAppServices } from './app-providers';
export { prefetchDeepLink } from './use-deep-link';

/** Keeps the tab's session note (session-hint.ts) in step with what MSAL knows. */
function SessionNote() {
  const { user, interactionInProgress } = useAuth();
  useEffect(() => {
    if (user) noteSignedIn(sessionStore());
    else if (!interactionInProgress) forgetSession(sessionStore());
  }, [user, interactionInProgress]);
  return null;
}

/** The standalone page: browse your files and share them. */
export function App({ settings, auth, redirectError, appearance, services }: AppProps) {
  return (
    <AppProviders settings={settings} auth={auth} services={services} appearance={appearance}>
      <SessionNote />
      <Shell redirectError={redirectError} recipientCap={settings.recipientCap} />
    </AppProviders>
  );
}
