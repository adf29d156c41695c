/** English messages for sharing several items at once (src/features/share/many). */
export const shareMany = {
  'share.many.title': 'Share {count, plural, one {# item} other {# items}}',
  'share.many.itemList': 'Items to share',
  'share.many.firstItems': '{names} and {count, plural, one {# more} other {# more}}',
  'share.many.showItems': 'Show all {count, plural, one {# item} other {# items}}',
  'share.many.hideItems': 'Hide the list',
  'share.many.checking': 'Checking the items…',
  'share.many.checkFailed': 'The items could not be checked',
  'share.many.signInForFolders': 'Folders can be shared only with people who sign in, so sign-in is required for every item.',
  'share.many.passwordOnlyPersonal': 'A password can be set only when every item is on a personal OneDrive.',
  'share.many.unshareable': '{count, plural, one {# item will not be shared} other {# items will not be shared}}',
  'share.many.unshareableSent': '{count, plural, one {# item was not shared} other {# items were not shared}}',
  'share.many.unreadable': 'It could not be read (error {code}).',
  'share.many.progress': 'Shared {done, number} of {total, plural, one {# item} other {# items}}',
  'share.many.stopping': 'Stopping after the batches already on their way…',
  'share.many.summary': 'Shared {shared, number} of {total, plural, one {# item} other {# items}}.',
  // Only the counts that are not zero.
  'share.many.problems':
    '{partial, plural, =0 {} other {Partly shared: {partial, number}.}}{failed, plural, =0 {} other { Not shared: {failed, number}.}}{notSent, plural, =0 {} other { Not sent: {notSent, number}.}}',
  'share.many.outcomes': 'Outcome by item',
  'share.many.status.shared': 'Shared',
  'share.many.status.partial': 'Partly shared',
  'share.many.status.failed': 'Not shared',
  'share.many.status.not-sent': 'Not sent (cancelled)',
  'share.many.unknown':
    'The answer from Microsoft Graph was lost and its access could not be read back: it may or may not be shared, so it is not sent again. Its Manage access shows who has access.',
  'share.many.error': 'Error {code}, request ID {requestId}',
  'share.many.retryFailed': 'Retry failed',
  'share.many.retryHint': 'Sends again only the {count, plural, one {item} other {# items}} not fully shared, to only the people they missed.',
  'share.many.expiresOnlyPersonal': 'An expiry date can be set only when every item is on a personal OneDrive.',
  'share.many.backToOutcome': 'Back to the outcome',
} as const;
