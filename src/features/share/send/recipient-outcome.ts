import type { LocalizedText, MessageId } from '../../../i18n';
import type { GrantableRole, Permission } from '../../../lib/graph';
import { objectIdOf, type Recipient } from '../recipients/recipient.types';

/** What a 207 entry says went wrong with the notification. */
export interface NotificationProblem {
  code: string | undefined;
  /** The most specific code Graph gave (innererror.code). */
  innerCode: string | undefined;
  /** Graph's localizedMessage, shown as it came when present. */
  graphMessage: string | undefined;
  /** Our sentence for the code, shown when Graph gave no message of its own. */
  sentence: LocalizedText;
  /** Only http(s) links: the value comes from the network. */
  fixItUrl: string | undefined;
}

export type RecipientOutcome =
  | { recipient: Recipient; kind: 'granted'; permission: Permission }
  | { recipient: Recipient; kind: 'not-notified'; permission: Permission; problem: NotificationProblem }
  /**
   * Not given access: the invite's answer had no permission for them (`answer`), or, after an answer
   * was lost, reading the item's permissions back found none (`read-back`: the invite never reached
   * them, so nothing is wrong with the address).
   */
  | { recipient: Recipient; kind: 'failed'; from: 'answer' | 'read-back' }
  /**
   * The invite's answer was lost, and reading the item's permissions back shows this person has
   * the access asked for: whether their email went out cannot be known. Never invited again.
   */
  | { recipient: Recipient; kind: 'landed'; permission: Permission };

const NOTIFICATION_SENTENCES: Partial<Record<string, MessageId>> = {
  accountVerificationRequired: 'share.notification.accountVerificationRequired',
  hipCheckRequired: 'share.notification.hipCheckRequired',
  exchangeInvalidUser: 'share.notification.exchangeInvalidUser',
  exchangeOutOfMailboxQuota: 'share.notification.exchangeOutOfMailboxQuota',
  exchangeMaxRecipients: 'share.notification.exchangeMaxRecipients',
};

export function safeHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function notificationProblem(error: NonNullable<Permission['error']>): NotificationProblem {
  const innerCode = error.innererror?.code ?? error.innerError?.code;
  const sentence = (innerCode ? NOTIFICATION_SENTENCES[innerCode] : undefined) ?? (error.code ? NOTIFICATION_SENTENCES[error.code] : undefined);
  return {
    code: error.code,
    innerCode,
    graphMessage: error.localizedMessage?.trim() || undefined,
    sentence: { id: sentence ?? 'share.notification.other' },
    fixItUrl: safeHttpUrl(error.fixItUrl),
  };
}

/** Every email and id Graph's answer gives for a permission, lower-cased, to find whose it is. */
function identityKeys(permission: Permission): Set<string> {
  const keys = new Set<string>();
  const add = (value: string | undefined) => {
    if (value) keys.add(value.toLowerCase());
  };
  add(permission.invitation?.email);
  for (const set of [permission.grantedToV2, permission.grantedTo]) {
    for (const identity of [set?.user, set?.group, set?.siteUser]) {
      add(identity?.email);
      add(identity?.id);
    }
  }
  return keys;
}

function recipientKeys(recipient: Recipient): string[] {
  return [recipient.email, objectIdOf(recipient)].filter((key): key is string => !!key).map((key) => key.toLowerCase());
}

function toOutcome(recipient: Recipient, permission: Permission | undefined): RecipientOutcome {
  if (!permission) return { recipient, kind: 'failed', from: 'answer' };
  if (permission.error) return { recipient, kind: 'not-notified', permission, problem: notificationProblem(permission.error) };
  return { recipient, kind: 'granted', permission };
}

/**
 * Pairs each recipient with the permission Graph returned for them (200 or 207). Graph does not
 * promise an order, so recipients are matched by email or id; only when Graph returned exactly one
 * permission per recipient are the remaining ones paired by position. A recipient with no
 * permission was not granted anything.
 */
export function readOutcomes(recipients: readonly Recipient[], permissions: readonly Permission[]): RecipientOutcome[] {
  const unused = new Set(permissions.map((_permission, index) => index));
  const keysByIndex = permissions.map(identityKeys);
  const matched: (Permission | undefined)[] = recipients.map((recipient) => {
    const keys = recipientKeys(recipient);
    const index = [...unused].find((candidate) => keys.some((key) => keysByIndex[candidate]?.has(key)));
    if (index === undefined) return undefined;
    unused.delete(index);
    return permissions[index];
  });
  if (permissions.length === recipients.length) {
    const rest = [...unused];
    matched.forEach((permission, index) => {
      if (permission === undefined && rest.length > 0) matched[index] = permissions[rest.shift() ?? -1];
    });
  }
  return recipients.map((recipient, index) => toOutcome(recipient, matched[index]));
}

/** After a retry: the retried recipients' new outcomes replace their old ones, in the original order. */
export function mergeOutcomes(previous: readonly RecipientOutcome[], retried: readonly RecipientOutcome[]): RecipientOutcome[] {
  const fresh = new Map(retried.map((outcome) => [outcome.recipient.key, outcome]));
  return previous.map((old) => fresh.get(old.recipient.key) ?? old);
}

/**
 * What Retry sends again: whoever has no access yet, and whoever was not notified. Never someone
 * whose permission was found after a lost answer: that would invite them a second time.
 */
export function needsRetry(outcomes: readonly RecipientOutcome[]): Recipient[] {
  return outcomes.filter((outcome) => outcome.kind === 'failed' || outcome.kind === 'not-notified').map((outcome) => outcome.recipient);
}

/** Whether a permission's roles give at least the role that was asked for. */
function grants(roles: readonly string[] | undefined, role: GrantableRole): boolean {
  const held = new Set((roles ?? []).map((value) => value.toLowerCase()));
  return held.has(role) || held.has('owner') || (role === 'read' && held.has('write'));
}

/**
 * After an invite whose answer was lost: who of `recipients` now holds the asked-for role on the
 * item itself, read from its permission list. Only the item's own direct grants count (not
 * sharing links, not access inherited from a folder above), matched strictly by address or object
 * id, never by position: a recipient marked `landed` is never invited again, so a guess here would
 * leave someone without access, and one missed would be mailed twice.
 */
export function readLanded(recipients: readonly Recipient[], role: GrantableRole, permissions: readonly Permission[]): RecipientOutcome[] {
  const direct = permissions.filter((permission) => !permission.link && !permission.inheritedFrom && grants(permission.roles, role));
  const keysByPermission = direct.map(identityKeys);
  return recipients.map((recipient) => {
    const keys = recipientKeys(recipient);
    const index = keysByPermission.findIndex((held) => keys.some((key) => held.has(key)));
    const permission = index === -1 ? undefined : direct[index];
    return permission ? { recipient, kind: 'landed', permission } : { recipient, kind: 'failed', from: 'read-back' };
  });
}

export interface OutcomeSummary {
  intent: 'success' | 'warning' | 'error';
  text: LocalizedText;
}

/** "Shared “Q3.xlsx” with 4 people; 1 was not notified." */
export function summarizeOutcomes(itemName: string, outcomes: readonly RecipientOutcome[]): OutcomeSummary {
  const withAccess = outcomes.filter((outcome) => outcome.kind !== 'failed').length;
  const notNotified = outcomes.filter((outcome) => outcome.kind === 'not-notified').length;
  const unsure = outcomes.filter((outcome) => outcome.kind === 'landed').length;
  const failed = outcomes.length - withAccess;
  if (withAccess === 0) {
    return { intent: 'error', text: { id: 'share.outcome.notShared', values: { name: itemName, count: failed } } };
  }
  return {
    intent: notNotified + failed + unsure > 0 ? 'warning' : 'success',
    // One message with every count, so each language can build the sentence its own way.
    text: { id: 'share.outcome.shared', values: { name: itemName, count: withAccess, notNotified, failed } },
  };
}
