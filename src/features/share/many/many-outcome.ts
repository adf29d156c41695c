import type { BatchResult, DriveItemRef, GrantableRole, GraphError, Permission } from '../../../lib/graph';
import type { Recipient } from '../recipients/recipient.types';
import { mergeOutcomes, needsRetry, readLanded, readOutcomes, type RecipientOutcome } from '../send/recipient-outcome';

/** What happened to one item of a Send of many. */
export type ItemOutcome =
  /** Graph answered the invite (200, or 207 when some notifications failed): per recipient. */
  | { item: DriveItemRef; kind: 'answered'; outcomes: RecipientOutcome[]; requestIds: Record<string, string | undefined> }
  /** The invite failed as a whole; `recipients` are whom it was for (all of them need sending again). */
  | { item: DriveItemRef; kind: 'failed'; error: GraphError; recipients: readonly Recipient[]; previous: RecipientOutcome[] | undefined }
  /**
   * The invite's answer was lost (a time-out, a dropped connection, a 504, an unreadable answer)
   * and reading the item's access back failed too: it may or may not have landed, so it is never
   * sent again from here (nobody is invited twice); its Manage access shows what is there.
   */
  | { item: DriveItemRef; kind: 'unknown'; error: GraphError; recipients: readonly Recipient[]; previous: RecipientOutcome[] | undefined }
  /** Cancelled before it was sent. */
  | { item: DriveItemRef; kind: 'not-sent'; recipients: readonly Recipient[]; previous: RecipientOutcome[] | undefined };

export type ItemStatus = 'shared' | 'partial' | 'failed' | 'not-sent';

export function itemStatus(outcome: ItemOutcome): ItemStatus {
  if (outcome.kind === 'failed' || outcome.kind === 'unknown') return 'failed';
  if (outcome.kind === 'not-sent') return 'not-sent';
  return needsRetry(outcome.outcomes).length === 0 ? 'shared' : outcome.outcomes.some((o) => o.kind !== 'failed') ? 'partial' : 'failed';
}

/** Whom to send an item to again: everyone for a failed or unsent invite, else who lacks access or a notification. */
export function retryRecipients(outcome: ItemOutcome): readonly Recipient[] {
  if (outcome.kind === 'unknown') return [];
  return outcome.kind === 'answered' ? needsRetry(outcome.outcomes) : outcome.recipients;
}

/** Folds one invite's answer into the item's outcome; a retry's answers replace only the retried recipients. */
export function applyResult(
  item: DriveItemRef,
  recipients: readonly Recipient[],
  result: BatchResult<{ value: Permission[] }>,
  previous: ItemOutcome | undefined,
): ItemOutcome {
  const before = previous?.kind === 'answered' ? previous.outcomes : previous?.previous;
  if (!result.ok) {
    const kind = result.error.kind === 'aborted' && !result.error.ambiguous ? 'not-sent' : 'failed';
    return kind === 'not-sent' ? { item, kind, recipients, previous: before } : { item, kind, error: result.error, recipients, previous: before };
  }
  const fresh = readOutcomes(recipients, result.data.value);
  const outcomes = before ? mergeOutcomes(before, fresh) : fresh;
  const requestIds = { ...(previous?.kind === 'answered' ? previous.requestIds : {}) };
  for (const recipient of recipients) requestIds[recipient.key] = result.requestId;
  return { item, kind: 'answered', outcomes, requestIds };
}

/** An invite whose answer was lost: it may have been carried out, so the item's access is read back instead. */
export function isLost(outcome: ItemOutcome | undefined): outcome is Extract<ItemOutcome, { kind: 'failed' }> {
  return outcome?.kind === 'failed' && outcome.error.ambiguous;
}

/**
 * A lost invite, judged from the item's permissions read back: who now holds the role asked for
 * has access (`landed`, their email unknown), who does not was never reached (and may be sent to
 * again). When the read-back failed too, the outcome stays unknown.
 */
export function applyReadBack(
  lost: Extract<ItemOutcome, { kind: 'failed' }>,
  role: GrantableRole,
  readBack: PromiseSettledResult<readonly Permission[]>,
): ItemOutcome {
  const { item, recipients, previous } = lost;
  if (readBack.status === 'rejected') return { item, kind: 'unknown', error: lost.error, recipients, previous };
  const fresh = readLanded(recipients, role, readBack.value);
  const requestIds: Record<string, string | undefined> = {};
  for (const recipient of recipients) requestIds[recipient.key] = lost.error.requestId;
  return { item, kind: 'answered', outcomes: previous ? mergeOutcomes(previous, fresh) : fresh, requestIds };
}

export interface ManySummary {
  shared: number;
  partial: number;
  failed: number;
  notSent: number;
}

export function summarizeMany(outcomes: Iterable<ItemOutcome>): ManySummary {
  const summary: ManySummary = { shared: 0, partial: 0, failed: 0, notSent: 0 };
  for (const outcome of outcomes) {
    const status = itemStatus(outcome);
    if (status === 'shared') summary.shared += 1;
    else if (status === 'partial') summary.partial += 1;
    else if (status === 'failed') summary.failed += 1;
    else summary.notSent += 1;
  }
  return summary;
}
