import type { common as english } from '../en/common';
import type { Translation } from '../translation';

export const common: Translation<typeof english> = {
  'common.appTitle': 'Dateien freigeben',
  'common.signIn': 'Anmelden',
  'common.signOut': 'Abmelden',
  'common.signingIn': 'Sie werden angemeldet…',
  'common.signInProblem': 'Problem bei der Anmeldung',
  'common.welcomeTitle': 'Dateien aus OneDrive und SharePoint freigeben',
  'common.welcomeBody': 'Melden Sie sich mit Ihrem Geschäftskonto an, um Ihre Dateien zu sehen und sie für Kolleginnen und Kollegen freizugeben.',
  'common.loading': 'Wird geladen…',
  'common.loadFailedTitle': 'Die App konnte nicht geladen werden',
  'common.loadFailedBody': 'Prüfen Sie Ihre Verbindung und laden Sie die Seite neu. Wenn das wieder passiert, wenden Sie sich an Ihre IT-Abteilung.',
  'common.startFailedTitle': 'Die App konnte nicht starten',
  'common.startFailedBody': 'Laden Sie die Seite neu. Wenn das wieder passiert, wenden Sie sich an Ihre IT-Abteilung.',
  'common.role.owner': 'Besitzer',
  'common.role.write': 'Kann bearbeiten',
  'common.role.read': 'Kann anzeigen',
  'common.role.none': 'Kein Zugriff',
  'common.error.signInExpired': 'Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an und versuchen Sie es dann noch einmal.',
  'common.error.accessDenied':
    'Sie haben keine Berechtigung, dies mit diesem Element zu tun. Bitten Sie den Besitzer, es für Sie freizugeben oder Ihnen Bearbeitungszugriff zu geben.',
  'common.error.notFound': 'Das Element oder eine der genannten Personen wurde nicht gefunden. Es wurde möglicherweise verschoben, gelöscht oder umbenannt.',
  'common.error.busyWait':
    'Microsoft 365 ist gerade ausgelastet. Warten Sie etwa {seconds, plural, one {# Sekunde} other {# Sekunden}} und versuchen Sie es dann erneut. Ihre Eingaben bleiben erhalten.',
  'common.error.busy': 'Microsoft 365 ist gerade ausgelastet. Warten Sie einen Moment und versuchen Sie es dann erneut. Ihre Eingaben bleiben erhalten.',
  'common.error.invalidRequest': 'Microsoft 365 hat die Anfrage als ungültig abgelehnt. Prüfen Sie die Adressen und Optionen und versuchen Sie es dann erneut.',
  'common.error.claimsChallenge':
    'Ihre Organisation verlangt, dass Sie sich erneut anmelden (zum Beispiel mit einem zweiten Schritt), bevor es weitergehen kann. Ihre Eingaben bleiben erhalten.',
  'common.error.conflict':
    'Microsoft 365 konnte das wegen einer gleichzeitigen, widersprechenden Änderung nicht ausführen. Es wurde nichts geändert. Prüfen Sie das Element und versuchen Sie es dann erneut.',
  'common.error.changedMeanwhile':
    'Das Element wurde anderswo geändert, nachdem diese Seite es gelesen hat; daher wurde nichts geändert. Aktualisieren Sie, prüfen Sie es und versuchen Sie es dann erneut.',
  'common.error.timeout': 'Microsoft 365 hat zu lange nicht geantwortet. Versuchen Sie es erneut; falls das wiederholt passiert, später noch einmal.',
  'common.error.graphFailed':
    'Bei Microsoft 365 ist ein Fehler aufgetreten. Versuchen Sie es gleich noch einmal; falls es weiterhin fehlschlägt, geben Sie Ihrem Administrator die folgenden Angaben.',
  'common.error.network': 'Microsoft 365 ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.',
  'common.error.invalidResponse':
    'Microsoft 365 hat eine Antwort gesendet, die diese Seite nicht lesen kann. Versuchen Sie es erneut; falls das wiederholt passiert, informieren Sie Ihren Administrator.',
  'common.error.unexpected': 'Ein unerwarteter Fehler ist aufgetreten. Versuchen Sie es erneut; falls das wiederholt passiert, laden Sie die Seite neu.',
  'common.error.authExpired': 'Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
  'common.error.notSignedIn': 'Sie sind nicht angemeldet.',
  'common.error.authUnreachable': 'Der Anmeldedienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'common.error.authCancelled': 'Die Anmeldung wurde abgebrochen.',
  'common.error.authFailed':
    'Die Anmeldung wurde nicht abgeschlossen. Versuchen Sie es erneut und wenden Sie sich an Ihren Administrator, falls es weiterhin fehlschlägt.',
  'common.error.code': 'Fehlercode: {code}',
  'common.error.requestId': 'Anforderungs-ID: {requestId}',
  'common.error.signInAgain': 'Erneut anmelden',
  'common.error.tryAgain': 'Erneut versuchen',
  'common.error.popupBlocked':
    'Ihr Browser hat das Anmeldefenster blockiert. Erlauben Sie Pop-ups für diese Website und versuchen Sie es erneut. Ihre Eingaben bleiben erhalten.',
  'common.error.consentRequired': 'Dafür ist Ihre Zustimmung zu {scopes} nötig. Erlauben Sie es, um fortzufahren; alles andere funktioniert auch ohne.',
  'common.error.scopeRefused': 'Ihre Organisation hat {scopes} nicht erlaubt, daher ist dieser Teil ausgeschaltet. Alles andere funktioniert weiterhin.',
  'common.error.signInHere': 'In diesem Fenster anmelden',
  'common.consent.allow': 'Erlauben',
  'common.crash.title': 'Etwas ist schiefgelaufen',
  'common.crash.body': 'Auf der Seite ist ein Problem aufgetreten, das sie nicht beheben konnte. Laden Sie sie neu, um fortzufahren.',
  'common.crash.reload': 'Neu laden',
};
