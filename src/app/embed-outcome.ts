import { isTargetError } from '../features/drive';
import type { TargetReport } from '../features/embed';
import type { ShareManyEnding } from '../features/share/many/share-many-dialog';
import { isAuthError } from '../lib/auth';
import { isGraphError, type DriveItemRef } from '../lib/graph';

/** The `code` a portal receives for an error: Graph's or the sign-in service's, or ours for a malformed target. */
export function errorCodeOf(error: unknown): string {
  if (isTargetError(error)) return 'invalidTarget';
  if (isGraphError(error) || isAuthError(error)) return error.code;
  return 'unknownError';
}

/**
 * A target that names no item the user can open, for certain: malformed, not found, no access, a
 * request Graph refuses. The other items can still be shared. Anything else (signed out, offline,
 * Graph busy) may pass, so it is offered again rather than reported.
 */
export function isUnresolvable(error: unknown): boolean {
  return isTargetError(error) || (isGraphError(error) && error.kind === 'http' && [400, 403, 404].includes(error.status));
}

/** What became of one of the portal's targets before the dialog opened. */
export type Resolution = { item: DriveItemRef } | { error: unknown };

const keyOf = (item: Pick<DriveItemRef, 'driveId' | 'itemId'>) => `${item.driveId}/${item.itemId}`;

/**
 * Joins the portal's targets, what each resolved to, and how the dialog ended: one report per
 * target, in the portal's order (two targets naming one item both get its outcome). Null when
 * nothing was sent: the portal hears `cancelled`.
 */
export function targetReports(targets: readonly string[], resolutions: readonly Resolution[], ending: ShareManyEnding): TargetReport[] | null {
  if (ending.items.length === 0) return null;
  const ended = new Map(ending.items.map((entry) => [keyOf(entry.outcome.item), entry]));
  return targets.map((target, index): TargetReport => {
    const resolution = resolutions[index];
    if (!resolution || 'error' in resolution) return { target, kind: 'unresolved', code: resolution ? errorCodeOf(resolution.error) : 'unknownError' };
    const { item } = resolution;
    const entry = ended.get(keyOf(item));
    // Resolved, yet never sent: the dialog named it as one it cannot share before Send.
    if (!entry) return { target, kind: 'resolved', item, status: 'unshareable', outcomes: [] };
    const { outcome, status } = entry;
    if (outcome.kind === 'answered') {
      // Access found after a lost answer is access granted; the protocol has no word for "email unsure".
      const outcomes = outcome.outcomes.map((o) => ({ recipient: o.recipient, kind: o.kind === 'landed' ? ('granted' as const) : o.kind }));
      return { target, kind: 'resolved', item, status, outcomes };
    }
    // Failed or not sent as a whole: the earlier answer per person where there was one (a retry), else all of them.
    const kind = outcome.kind === 'not-sent' ? ('not-sent' as const) : ('failed' as const);
    const outcomes = outcome.previous
      ? outcome.previous.map((o) => ({ recipient: o.recipient, kind: o.kind === 'landed' ? ('granted' as const) : o.kind }))
      : outcome.recipients.map((recipient) => ({ recipient, kind }));
    // Unknown: the answer was lost and the access could not be read back, so whether it landed is not known.
    const code = outcome.kind === 'unknown' ? 'outcomeUnknown' : outcome.kind === 'failed' ? outcome.error.code : undefined;
    return { target, kind: 'resolved', item, status, code, outcomes };
  });
}
