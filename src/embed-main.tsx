// Entry of embed.html: the share dialog for one item, inside a portal's frame.
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import './global.css';
import { EmbedApp } from './app/embed-app';
import { startEmbed } from './app/embed-start';
import { preloadBrowserTheme } from './app/appearance';
import { preloadShareDialog } from './app/preload';
import { loadSettings } from './config/settings';
import { createAuthClient } from './lib/auth';

const container = document.getElementById('root');
if (!container) throw new Error('embed.html has no #root element');

async function start() {
  const settings = loadSettings(import.meta.env);
  // Announce the frame to its host first: the host is waiting while MSAL initializes.
  const embed = startEmbed(settings, window);
  // Downloads that do not depend on MSAL start now, while it initializes.
  const theme = preloadBrowserTheme();
  preloadShareDialog();
  const { client } = await createAuthClient(settings.auth, window.location.origin, 'embedded');
  await theme.catch(() => undefined);
  createRoot(container as HTMLElement).render(
    <StrictMode>
      {/* Nothing to show until the theme has loaded: the portal's backdrop stays as it is. */}
      <Suspense fallback={null}>
        <EmbedApp settings={settings} msal={client} start={embed} search={window.location.search} />
      </Suspense>
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  // Settings errors and MSAL start-up failures: nothing to render with, so say it in the console
  // (the portal's own timeout tells the user) and in plain text for a plain iframe.
  console.error('The share dialog could not start', error);
  container.textContent = 'The share dialog could not start. Reload the page, and contact your administrator if it keeps happening.';
});
