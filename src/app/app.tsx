import type { Settings } from '../config/settings';
import type { AuthClient, AuthError } from '../lib/auth';
import { AppProviders } from './app-providers';
import type { Appearance } from './appearance';
import { Shell } from './shell';

export interface AppProps {
  settings: Settings;
  auth: AuthClient;
  redirectError?: AuthError | undefined;
  appearance?: Appearance | undefined;
}

/** The standalone page: browse your files and share them. */
export function App({ settings, auth, redirectError, appearance }: AppProps) {
  return (
    <AppProviders settings={settings} auth={auth} appearance={appearance}>
      <Shell redirectError={redirectError} recipientCap={settings.recipientCap} />
    </AppProviders>
  );
}
