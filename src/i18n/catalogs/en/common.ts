/** English messages shared by the whole app (ICU MessageFormat). Keys are prefixed with their area. */
export const common = {
  'common.appTitle': 'Share files',
  'common.signIn': 'Sign in',
  'common.signOut': 'Sign out',
  'common.signingIn': 'Signing you in…',
  'common.signInProblem': 'Sign-in problem',
  'common.welcomeTitle': 'Share files from OneDrive and SharePoint',
  'common.welcomeBody': 'Sign in with your work account to see your files and share them with colleagues.',
  'common.loading': 'Loading…',
  // Shown by the HTML alone (index.html, scripts/static-signed-out.ts, src/boot-failure.ts) when the
  // app's code cannot load, or the app cannot start.
  'common.loadFailedTitle': 'The app could not load',
  'common.loadFailedBody': 'Check your connection and reload the page. If this keeps happening, contact your administrator.',
  'common.startFailedTitle': 'The app could not start',
  'common.startFailedBody': 'Reload the page. If this keeps happening, contact your administrator.',
  // Roles in the dialog's words (Graph's owner, write, read).
  'common.role.owner': 'Owner',
  'common.role.write': 'Can edit',
  'common.role.read': 'Can view',
  'common.role.none': 'No access',
  // Errors (src/components/describe-error.ts, error-message.tsx). Graph's codes stay as they are.
  'common.error.signInExpired': 'Your sign-in has expired. Sign in again, then try once more.',
  'common.error.accessDenied': "You don't have permission to do this with this item. Ask its owner to share it with you, or to give you edit access.",
  'common.error.notFound': 'The item, or one of the people you named, could not be found. It may have been moved, deleted or renamed.',
  'common.error.busyWait':
    'Microsoft 365 is busy right now. Wait about {seconds, plural, one {# second} other {# seconds}}, then try again. Nothing you typed is lost.',
  'common.error.busy': 'Microsoft 365 is busy right now. Wait a moment, then try again. Nothing you typed is lost.',
  'common.error.invalidRequest': 'Microsoft 365 refused the request as invalid. Check the addresses and options, then try again.',
  'common.error.claimsChallenge':
    'Your organization asks you to sign in again (for example with a second step) before this can go on. Nothing you typed is lost.',
  'common.error.conflict':
    'Microsoft 365 could not do this because of a conflicting change made at the same time. Nothing was changed. Check the item, then try again.',
  'common.error.changedMeanwhile': 'The item was changed elsewhere after this page read it, so nothing was changed. Refresh, check it, then try again.',
  'common.error.timeout': 'Microsoft 365 took too long to answer. Try again; if it keeps happening, try later.',
  'common.error.graphFailed': 'Something went wrong at Microsoft 365. Try again in a moment; if it keeps failing, give your administrator the details below.',
  'common.error.network': 'Microsoft 365 could not be reached. Check your connection, then try again.',
  'common.error.invalidResponse': 'Microsoft 365 sent an answer this page could not read. Try again; if it keeps happening, tell your administrator.',
  'common.error.unexpected': 'Something unexpected went wrong. Try again; if it keeps happening, reload the page.',
  'common.error.authExpired': 'Your sign-in has expired. Sign in again to continue.',
  'common.error.notSignedIn': 'You are not signed in.',
  'common.error.authUnreachable': 'The sign-in service could not be reached. Check your connection and try again.',
  'common.error.authCancelled': 'Sign-in was cancelled.',
  'common.error.authFailed': 'Sign-in did not complete. Try again, and contact your administrator if it keeps failing.',
  'common.error.code': 'Error code: {code}',
  'common.error.requestId': 'Request ID: {requestId}',
  'common.error.signInAgain': 'Sign in again',
  'common.error.tryAgain': 'Try again',
  'common.error.popupBlocked': 'Your browser blocked the sign-in window. Allow pop-ups for this site and try again. Nothing you typed is lost.',
  'common.error.consentRequired': 'This needs your permission for {scopes}. Allow it to continue; everything else works without it.',
  'common.error.scopeRefused': 'Your organization has not allowed {scopes}, so this part is off. Everything else still works.',
  'common.error.signInHere': 'Sign in in this window',
  'common.consent.allow': 'Allow',
  // The error boundary's last resort.
  'common.crash.title': 'Something went wrong',
  'common.crash.body': 'The page ran into a problem it could not recover from. Reload it to continue.',
  'common.crash.reload': 'Reload',
} as const;
