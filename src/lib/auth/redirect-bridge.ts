// Entry of redirect.html: MSAL v5 hands every interactive response back through this page.
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch((error: unknown) => {
  // Opened without an auth response (a bookmark, a stale tab): go to the app instead of a blank page.
  console.error('Sign-in response could not be processed', error);
  window.location.replace('/');
});
