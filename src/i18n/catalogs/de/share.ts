import type { share as english } from '../en/share';
import type { Translation } from '../translation';

export const share: Translation<typeof english> = {
  'share.dialog.title': '„{name}“ freigeben',
  'share.dialog.label': '„{name}“ freigeben',
  'share.dialog.manageTitle': 'Zugriff auf „{name}“ verwalten',
  'share.dialog.manageAccess': 'Zugriff verwalten',
  'share.dialog.backToSharing': 'Zurück zur Freigabe',
  'share.dialog.close': 'Schließen',
  'share.dialog.done': 'Fertig',
  'share.dialog.shareAgain': 'Für weitere Personen freigeben',
  'share.dialog.send': 'Senden',
  'share.dialog.sending': 'Wird gesendet…',
  'share.dialog.cancel': 'Abbrechen',
  'share.dialog.crashBody': 'Im Freigabedialog ist ein Problem aufgetreten. Alles, was Sie eingegeben haben, bleibt erhalten; versuchen Sie es erneut, um fortzufahren.',
  'share.dialog.tryAgain': 'Erneut versuchen',

  'share.form.notShared': 'Nicht freigegeben',
  'share.form.permission': 'Berechtigung',
  'share.form.requireSignIn': 'Anmeldung erforderlich',
  'share.form.sendInvitation': 'Einladung per E-Mail senden',
  'share.form.message': 'Nachricht',
  'share.form.messageHint': 'Optional. Wird in die Einladungs-E-Mail übernommen.',
  'share.form.messageHintOff': 'Aktivieren Sie „Einladung per E-Mail senden“, um eine Nachricht hinzuzufügen.',
  'share.form.messageCounter': '{count, number} von {limit, number}',
  'share.form.messageTooLong':
    'Die Nachricht ist {over, plural, one {# Zeichen} other {# Zeichen}} länger als die erlaubten {limit, number}. Kürzen Sie sie, um sie zu senden.',

  'share.options.checking': 'Es wird geprüft, wie dieses Element freigegeben werden kann…',
  'share.options.readFailed': 'Dieses Element konnte nicht gelesen werden',
  'share.options.cannotShare': 'Dieses Element kann nicht freigegeben werden',
  'share.options.rootNotShareable':
    'Dies ist der oberste Ordner eines persönlichen OneDrive, und Microsoft erlaubt nicht, ihn freizugeben. Geben Sie stattdessen einen Ordner oder eine Datei darin frei.',
  'share.options.passwordUnavailable':
    'Kennwörter können nur für persönliches OneDrive (OneDrive für zu Hause) festgelegt werden, nicht für Geschäfts- oder Schuldateien.',
  'share.options.expiresUnavailable':
    'In OneDrive für Geschäfts- oder Schulkonten und in SharePoint gelten Ablaufdaten nur für Freigabelinks, nicht für Einladungen.',
  'share.options.signInAlwaysForFolders':
    'Personen, die zu einem Ordner eingeladen werden, müssen sich immer anmelden; Microsoft lehnt Ordnereinladungen ohne Anmeldung ab.',
  'share.options.expires': 'Läuft ab',
  'share.options.expiresHint':
    'Optional. Der Zugriff endet nach diesem Tag. Microsoft wendet dies nur bei Premium-OneDrive (Microsoft 365 Single oder Family) an.',
  'share.options.never': 'Nie',
  'share.options.notAvailable': 'Nicht verfügbar',
  'share.options.pickFutureDate': 'Wählen Sie ein Datum nach dem heutigen Tag.',
  'share.options.password': 'Kennwort',
  'share.options.passwordHint': 'Optional. Personen müssen es eingeben, um das Element zu öffnen.',

  'share.calendar.goToToday': 'Zu heute wechseln',
  'share.calendar.previousMonth': 'Zum vorherigen Monat',
  'share.calendar.nextMonth': 'Zum nächsten Monat',
  'share.calendar.previousYear': 'Zum vorherigen Jahr',
  'share.calendar.nextYear': 'Zum nächsten Jahr',
  'share.calendar.previousYearRange': 'Vorheriger Jahresbereich',
  'share.calendar.nextYearRange': 'Nächster Jahresbereich',
  'share.calendar.close': 'Datumsauswahl schließen',
  'share.calendar.weekNumber': 'Kalenderwoche {week}',
  'share.calendar.selectedDate': 'Ausgewähltes Datum {date}',
  'share.calendar.todayDate': 'Heutiges Datum {date}',
  'share.calendar.changeYear': '{period}, Jahr ändern',
  'share.calendar.changeMonth': '{period}, Monat ändern',
  'share.calendar.marked': 'markiert',

  'share.recipients.label': 'Empfänger',
  'share.recipients.hint':
    'Geben Sie Namen oder E-Mail-Adressen ein oder fügen Sie eine Liste ein; drücken Sie nach jedem Eintrag die Eingabetaste, ein Komma oder ein Semikolon.',
  'share.recipients.placeholder': 'Name oder name@contoso.com',
  'share.recipients.selected': 'Ausgewählte Empfänger',
  'share.recipients.suggested': 'Vorgeschlagene Empfänger',
  'share.recipients.group': 'Gruppe',
  'share.recipients.external': 'Extern',
  'share.recipients.outside': 'Außerhalb Ihrer Organisation',
  'share.recipients.chipHint': '{details}. Drücken Sie die Eingabetaste, um den Eintrag zu entfernen.',
  'share.recipients.unreadableHint':
    'Nicht lesbar: {reason} Drücken Sie die Eingabetaste zum Bearbeiten oder Entf zum Entfernen.',
  'share.recipients.unreadableCount':
    '{count, plural, one {# Eintrag konnte} other {# Einträge konnten}} nicht gelesen werden. Wählen Sie einen aus, um ihn zu korrigieren, oder entfernen Sie ihn.',
  'share.recipients.cap':
    'Sie können gleichzeitig für höchstens {cap, plural, one {# Empfänger} other {# Empfänger}} freigeben. Entfernen Sie {over, plural, one {# Empfänger} other {# Empfänger}}, um zu senden, und geben Sie anschließend für die übrigen frei.',
  'share.recipients.suggestionsFailed':
    'Einige Vorschläge konnten nicht geladen werden (Fehlercode {codes}); Sie können weiterhin vollständige Adressen eingeben.',
  'share.recipients.domainsFailed':
    'Es konnte nicht geprüft werden, welche Adressen außerhalb Ihrer Organisation liegen (Fehlercode {codes}).',
  'share.recipients.unknownErrorCode': 'unbekannter Fehler',
  'share.recipients.suggestionCount': '{count, plural, one {# Vorschlag} other {# Vorschläge}}',
  'share.recipients.noSuggestions': 'Keine Vorschläge für „{query}“',
  'share.recipients.more': '+{count, number} weitere',
  'share.recipients.showMore': '{count, plural, one {# weiteren Empfänger} other {# weitere Empfänger}} anzeigen',
  'share.recipients.addedOne': '{name} hinzugefügt.',
  'share.recipients.addedMany': '{count, plural, one {# Empfänger} other {# Empfänger}} hinzugefügt.',
  'share.recipients.unreadableAdded': '{count, plural, one {# Eintrag konnte} other {# Einträge konnten}} nicht gelesen werden.',
  'share.recipients.duplicates': '{count, plural, one {# Duplikat war} other {# Duplikate waren}} bereits in der Liste.',
  'share.recipients.alreadyAdded': '{name} ist bereits Empfänger.',
  'share.recipients.removed': '{name} entfernt.',
  'share.recipients.editing': '{text} wird bearbeitet.',

  'share.parse.unclosedQuote': 'Die Anführungszeichen in „{entry}“ sind nicht geschlossen.',
  'share.parse.nameOnly': '„{entry}“ ist ein Name ohne E-Mail-Adresse.',
  'share.parse.textBetween': '„{entry}“ enthält Text zwischen dem Namen und der Adresse.',
  'share.parse.needsBrackets': 'Bei „{entry}“ muss die Adresse in spitzen Klammern nach dem Namen stehen, etwa {example}.',
  'share.parse.strayBrackets': '„{entry}“ enthält spitze Klammern, die keine Adresse umschließen.',
  'share.email.empty': 'Geben Sie eine E-Mail-Adresse ein.',
  'share.email.space': '„{address}“ enthält ein Leerzeichen; eine E-Mail-Adresse darf keines enthalten.',
  'share.email.noAt': 'In „{address}“ fehlt ein @, etwa name@contoso.com.',
  'share.email.manyAt': '„{address}“ enthält mehr als ein @.',
  'share.email.noLocalPart': 'In „{address}“ fehlt der Name vor dem @.',
  'share.email.noDomain': 'In „{address}“ fehlt die Domäne nach dem @.',
  'share.email.tooLong': '„{address}“ ist länger als die {max, number} Zeichen, die eine Adresse haben darf.',
  'share.email.localTooLong': 'Der Teil vor dem @ in „{address}“ ist länger als {max, number} Zeichen.',
  'share.email.localCharacters': 'Der Teil vor dem @ in „{address}“ enthält Zeichen, die in einer E-Mail-Adresse nicht vorkommen dürfen.',
  'share.email.localDots':
    'Der Teil vor dem @ in „{address}“ darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander enthalten.',
  'share.email.domainNoDot': 'Die Domäne „{domain}“ braucht einen Punkt, etwa contoso.com.',
  'share.email.domainEmptyPart': 'Die Domäne „{domain}“ hat einen leeren Teil zwischen zwei Punkten.',
  'share.email.domainCharacters': 'Die Domäne „{domain}“ enthält Zeichen, die in einer Domäne nicht vorkommen dürfen.',
  'share.email.domainNumeric': 'Die Domäne „{domain}“ muss auf einen Namen enden, nicht auf eine Zahl.',

  'share.external.title': 'Außerhalb Ihrer Organisation freigeben?',
  'share.external.body':
    '{count, plural, one {Dieser Empfänger ist} other {Diese # Empfänger sind}} außerhalb Ihrer Organisation und erhalten ebenfalls Zugriff:',
  'share.external.list': 'Empfänger außerhalb Ihrer Organisation',
  'share.external.confirm': 'Für sie freigeben',
  'share.external.back': 'Zurück',

  'share.outcome.shared':
    '„{name}“ für {count, plural, one {# Person} other {# Personen}} freigegeben{notNotified, plural, =0 {} one {; # wurde nicht benachrichtigt} other {; # wurden nicht benachrichtigt}}{failed, plural, =0 {} one {; # konnte nicht hinzugefügt werden} other {; # konnten nicht hinzugefügt werden}}.',
  'share.outcome.notShared': '„{name}“ wurde nicht für {count, plural, one {# Person} other {# Personen}} freigegeben.',
  'share.outcome.retryFailed': 'Der erneute Versuch ist fehlgeschlagen',
  'share.outcome.retry': 'Erneut versuchen',
  'share.outcome.retrying': 'Neuer Versuch läuft…',
  'share.outcome.retryHint':
    'Sendet erneut nur an {count, plural, one {die Person} other {die # Personen}} oben, bei denen die Freigabe nicht vollständig funktioniert hat.',
  'share.notification.accountVerificationRequired':
    'Ihr Konto muss bestätigt werden, bevor Microsoft 365 Freigabe-E-Mails in Ihrem Namen sendet.',
  'share.notification.hipCheckRequired':
    'Microsoft 365 möchte prüfen, dass Sie kein Roboter sind, bevor weitere Freigabe-E-Mails gesendet werden.',
  'share.notification.exchangeInvalidUser': 'Ihr Postfach wurde nicht gefunden, daher wurde die Einladungs-E-Mail nicht gesendet.',
  'share.notification.exchangeOutOfMailboxQuota':
    'Ihr Postfach ist voll, daher wurde die Einladungs-E-Mail nicht gesendet. Schaffen Sie Platz und versuchen Sie es dann erneut.',
  'share.notification.exchangeMaxRecipients':
    'Es wurden zu viele Personen auf einmal benachrichtigt. Versuchen Sie es erneut, um die übrigen zu benachrichtigen.',
  'share.notification.other':
    'Die Personen haben Zugriff, aber die Einladungs-E-Mail konnte nicht gesendet werden. Versuchen Sie es erneut, oder senden Sie ihnen den Link selbst.',
  'share.outcome.list': 'Eingeladene Personen',
  'share.outcome.signInRequired': 'Anmeldung erforderlich',
  'share.outcome.signInNotRequired': 'Keine Anmeldung nötig',
  'share.outcome.emailSent': 'E-Mail gesendet',
  'share.outcome.noEmail': 'Keine E-Mail (nicht angefordert)',
  'share.outcome.notNotified': 'Nicht benachrichtigt',
  'share.outcome.fixIt': 'Dieses Problem beheben (wird in einem neuen Tab geöffnet)',
  'share.outcome.notSharedStatus': 'Nicht freigegeben',
  'share.outcome.notSharedReason': 'Microsoft 365 hat dieser Person keinen Zugriff gewährt. Prüfen Sie die Adresse, und versuchen Sie es dann erneut.',
  'share.outcome.details': 'Einzelheiten',
  'share.outcome.permissionId': 'Berechtigungs-ID: {id}',
};
