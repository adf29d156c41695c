import { sessionStore } from './lib/storage';
import { startTransition, StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { preloadBrowserCatalog, preloadBrowserTheme } from './app/appearance';
import { BootSkeleton } from './app/boot-skeleton';
import { readTarget } from './app/deep-link-target';
import { LookProviders } from './app/look-providers';
import { preloadShareDialog } from './app/preload';
import { mayBeSignedIn } from './app/session-hint';
import { SignedOutPage } from './app/signed-out-page';
import { loadSettings, SettingsError, type Settings } from './config/settings';
import { showBootFailure, showSetupProblems } from './boot-failure';

// index.html has already painted the signed-out page or the skeleton (public/boot.js chose which):
// everything below only decides what replaces it.
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

function render(view: ReactNode) {
  root.render(
    <StrictMode>
      <Suspense fallback={<BootSkeleton />}>{view}</Suspense>
    </StrictMode>,
  );
}

/** A tab that may be signed in (or is coming back from signing in): MSAL first, then the app. */
async function startSignedIn(settings: Settings) {
  // All three downloads start together; the dialog's too when a deep link will open it.
  const app = import('./app/app');
  const auth = import('./lib/auth');
  // Awaited below; should MSAL fail first, that failure is the one reported.
  app.catch(() => undefined);
  const target = readTarget(window.location, sessionStore());
  if (target !== null) preloadShareDialog();
  const { client, redirectError } = await (await auth).createAuthClient(settings.auth);
  const { App, createAppServices, prefetchDeepLink } = await app;
  // The deep link's item is asked for now, and arrives while the app renders its first frame.
  const services = createAppServices(settings, client);
  prefetchDeepLink(services, target);
  render(<App settings={settings} auth={client} redirectError={redirectError} services={services} />);
}

async function start() {
  let settings;
  try {
    settings = loadSettings(import.meta.env);
  } catch (error) {
    if (error instanceof SettingsError) {
      showSetupProblems('This app is not configured correctly', error.problems);
      return;
    }
    throw error;
  }
  const theme = preloadBrowserTheme();
  if (mayBeSignedIn(sessionStore())) {
    await startSignedIn(settings);
    return;
  }
  // Kept for after the sign-in redirect, which may come back without the query.
  readTarget(window.location, sessionStore());
  // A theme or catalog that fails to load is retried, and reported, by the render that needs it.
  await Promise.all([theme, preloadBrowserCatalog()]).catch(() => undefined);
  // The HTML already shows this page: React renders it in the background, in slices that leave
  // the page responsive, and swaps it in once done.
  startTransition(() =>
    render(
      <LookProviders>
        <SignedOutPage settings={settings} />
      </LookProviders>,
    ),
  );
}

function failed(error: unknown) {
  console.error(error);
  // Whatever React has rendered goes; the page's own texts say so in its language.
  root.unmount();
  showBootFailure('start-failed');
}

/** Called by src/main.tsx once index.html's first frame has painted. */
export function run(): void {
  start().catch(failed);
}
