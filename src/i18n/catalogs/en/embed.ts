/** English messages for the embed area (ICU MessageFormat). Keys are prefixed with the area. */
export const embed = {
  'embed.gate.title': 'Share with people',
  'embed.signIn.body': 'Sign in with your work account to share this item. A sign-in window opens.',
  'embed.signIn.bodyMany': 'Sign in with your work account to share these items. A sign-in window opens.',
  'embed.openingMany': 'Opening {count, plural, one {# item} other {# items}}…',
  'embed.many.unresolved':
    '{count, plural, one {# item could not be opened and will not be shared} other {# items could not be opened and will not be shared}}',
  'embed.many.unresolvedSent': '{count, plural, one {# item could not be opened and was not shared} other {# items could not be opened and were not shared}}',
  'embed.many.openFailed': 'The items could not be opened',
  'embed.many.notFound': 'Nothing is there: it may have been moved, deleted or renamed.',
  'embed.many.accessDenied': 'You do not have access to it.',
  'embed.opening': 'Opening the item…',
  'embed.waiting': 'Connecting to the portal…',
  'embed.error.title': 'The item could not be opened',
  'embed.error.noTarget': 'The portal did not say which item to share.',
  'embed.error.initTimeout': 'The portal did not send the dialog its settings. Close this and try again.',
  'embed.error.tokenRejectedTitle': 'Microsoft 365 did not accept the portal’s sign-in',
  'embed.error.tokenRejected':
    'Microsoft 365 refused the access the portal gave this dialog, twice. Close the dialog, sign in to the portal again if it asks you to, then try once more.',
  'embed.refused.title': 'The share dialog cannot be shown here',
  'embed.refused.body': 'It opens only inside portals your administrator has allowed.',
  'embed.closed.body': 'The share dialog is closed.',
  'embed.closed.reopen': 'Open it again',
  'embed.close': 'Close',
  'embed.cancel': 'Cancel',
} as const;
