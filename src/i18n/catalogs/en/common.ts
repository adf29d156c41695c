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
} as const;
