import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './global.css';
import { App } from './app/app';
import { loadSettings, SettingsError } from './config/settings';
import { createAuthClient } from './lib/auth';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

function showFatal(title: string, lines: string[]) {
  // Rendered without Fluent on purpose: this is what shows when the app cannot start at all.
  root.render(
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem', maxWidth: '40rem' }}>
      <h1>{title}</h1>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </main>,
  );
}

async function start() {
  let settings;
  try {
    settings = loadSettings(import.meta.env);
  } catch (error) {
    if (error instanceof SettingsError) {
      showFatal('This app is not configured correctly', error.problems);
      return;
    }
    throw error;
  }
  const { client, redirectError } = await createAuthClient(settings.auth);
  root.render(
    <StrictMode>
      <App settings={settings} auth={client} redirectError={redirectError} />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  console.error(error);
  showFatal('The app could not start', ['Reload the page. If this keeps happening, contact your administrator.']);
});
