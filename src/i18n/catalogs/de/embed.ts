import type { embed as english } from '../en/embed';
import type { Translation } from '../translation';

export const embed: Translation<typeof english> = {
  'embed.gate.title': 'Mit Personen teilen',
  'embed.signIn.body': 'Melden Sie sich mit Ihrem Geschäftskonto an, um dieses Element zu teilen. Ein Anmeldefenster wird geöffnet.',
  'embed.signIn.bodyMany': 'Melden Sie sich mit Ihrem Geschäftskonto an, um diese Elemente zu teilen. Ein Anmeldefenster wird geöffnet.',
  'embed.openingMany': '{count, plural, one {# Element wird} other {# Elemente werden}} geöffnet…',
  'embed.many.unresolved':
    '{count, plural, one {# Element konnte nicht geöffnet werden und wird nicht geteilt} other {# Elemente konnten nicht geöffnet werden und werden nicht geteilt}}',
  'embed.many.unresolvedSent':
    '{count, plural, one {# Element konnte nicht geöffnet werden und wurde nicht geteilt} other {# Elemente konnten nicht geöffnet werden und wurden nicht geteilt}}',
  'embed.many.openFailed': 'Die Elemente konnten nicht geöffnet werden',
  'embed.many.notFound': 'Dort ist nichts: Es wurde vielleicht verschoben, gelöscht oder umbenannt.',
  'embed.many.accessDenied': 'Sie haben keinen Zugriff darauf.',
  'embed.opening': 'Das Element wird geöffnet…',
  'embed.waiting': 'Verbindung zum Portal wird hergestellt…',
  'embed.error.title': 'Das Element konnte nicht geöffnet werden',
  'embed.error.noTarget': 'Das Portal hat nicht angegeben, welches Element geteilt werden soll.',
  'embed.error.initTimeout': 'Das Portal hat dem Dialog keine Einstellungen gesendet. Schließen Sie ihn und versuchen Sie es erneut.',
  'embed.error.tokenRejectedTitle': 'Microsoft 365 hat die Anmeldung des Portals nicht angenommen',
  'embed.error.tokenRejected':
    'Microsoft 365 hat den Zugriff, den das Portal diesem Dialog gegeben hat, zweimal abgelehnt. Schließen Sie den Dialog, melden Sie sich beim Portal erneut an, falls es Sie dazu auffordert, und versuchen Sie es dann noch einmal.',
  'embed.refused.title': 'Der Teilen-Dialog kann hier nicht angezeigt werden',
  'embed.refused.body': 'Er öffnet sich nur in Portalen, die Ihre Administration zugelassen hat.',
  'embed.closed.body': 'Der Teilen-Dialog ist geschlossen.',
  'embed.closed.reopen': 'Erneut öffnen',
  'embed.close': 'Schließen',
  'embed.cancel': 'Abbrechen',
};
