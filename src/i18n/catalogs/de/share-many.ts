import type { shareMany as english } from '../en/share-many';
import type { Translation } from '../translation';

export const shareMany: Translation<typeof english> = {
  'share.many.title': '{count, plural, one {# Element} other {# Elemente}} teilen',
  'share.many.itemList': 'Zu teilende Elemente',
  'share.many.firstItems': '{names} und {count, plural, one {# weiteres} other {# weitere}}',
  'share.many.showItems': 'Alle {count, plural, one {# Element} other {# Elemente}} anzeigen',
  'share.many.hideItems': 'Liste ausblenden',
  'share.many.checking': 'Die Elemente werden geprüft…',
  'share.many.checkFailed': 'Die Elemente konnten nicht geprüft werden',
  'share.many.signInForFolders': 'Ordner lassen sich nur mit Personen teilen, die sich anmelden; deshalb ist die Anmeldung für alle Elemente erforderlich.',
  'share.many.passwordOnlyPersonal': 'Ein Kennwort lässt sich nur festlegen, wenn alle Elemente auf einem privaten OneDrive liegen.',
  'share.many.unshareable': '{count, plural, one {# Element wird nicht geteilt} other {# Elemente werden nicht geteilt}}',
  'share.many.unshareableSent': '{count, plural, one {# Element wurde nicht geteilt} other {# Elemente wurden nicht geteilt}}',
  'share.many.unreadable': 'Es konnte nicht gelesen werden (Fehler {code}).',
  'share.many.progress': '{done, number} von {total, plural, one {# Element} other {# Elementen}} geteilt',
  'share.many.stopping': 'Wird nach den bereits gesendeten Stapeln beendet…',
  'share.many.summary': '{shared, number} von {total, plural, one {# Element} other {# Elementen}} geteilt.',
  'share.many.problems':
    '{partial, plural, =0 {} other {Teilweise geteilt: {partial, number}.}}{failed, plural, =0 {} other { Nicht geteilt: {failed, number}.}}{notSent, plural, =0 {} other { Nicht gesendet: {notSent, number}.}}',
  'share.many.outcomes': 'Ergebnis je Element',
  'share.many.status.shared': 'Geteilt',
  'share.many.status.partial': 'Teilweise geteilt',
  'share.many.status.failed': 'Nicht geteilt',
  'share.many.status.not-sent': 'Nicht gesendet (abgebrochen)',
  'share.many.unknown':
    'Die Antwort von Microsoft Graph ging verloren, und der Zugriff ließ sich nicht erneut lesen: Das Element ist vielleicht geteilt, vielleicht nicht, und wird daher nicht erneut gesendet. „Zugriff verwalten“ zeigt, wer Zugriff hat.',
  'share.many.error': 'Fehler {code}, Anforderungs-ID {requestId}',
  'share.many.retryFailed': 'Fehlgeschlagene wiederholen',
  'share.many.retryHint':
    'Sendet nur die {count, plural, one {nicht ganz geteilte Element} other {# nicht ganz geteilten Elemente}} erneut, und nur an die Personen, die noch fehlen.',
  'share.many.expiresOnlyPersonal': 'Ein Ablaufdatum kann nur festgelegt werden, wenn alle Elemente auf einem persönlichen OneDrive liegen.',
  'share.many.backToOutcome': 'Zurück zum Ergebnis',
};
