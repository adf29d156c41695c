import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { describeError } from '../components/describe-error';
import { useFormatText } from '../components/display-text';
import { ErrorMessage } from '../components/error-message';
import { isTargetError, useResolvedTargets } from '../features/drive';
import { sharedItemsMessageOf, type Outgoing, type SharedItemsMessage } from '../features/embed';
import type { ShareManyEnding } from '../features/share/many/share-many-dialog';
import type { InteractiveRequest } from '../lib/auth';
import { isGraphError, type DriveItemRef } from '../lib/graph';
import type { LocalizedText } from '../i18n';
import { CloseButton, Gate } from './embed-gate';
import { useEmbedManyStyles } from './embed-many.styles';
import { errorCodeOf, isUnresolvable, targetReports, type Resolution } from './embed-outcome';
import { ManageAccess } from './lazy-views';
import { ShareManyDialog } from './share-many-view';

export interface EmbedManyProps {
  /** The portal's `targets` (or the plain iframe's repeated `target`), 1 to 100. */
  targets: readonly string[];
  recipientCap: number;
  /** A popup sign-in from the user's click; none when the portal supplies tokens. */
  signIn: ((request?: InteractiveRequest) => Promise<void>) | undefined;
  onCancel: () => void;
  onFail: (error: unknown) => void;
  /** The dialog closed after something was sent: one entry per target. */
  onShared: (outcome: Outgoing<SharedItemsMessage>) => void;
}

/** Why a target names nothing, in words about the item (the general sentences also speak of people). */
function unresolvedReason(error: unknown): LocalizedText {
  if (isTargetError(error)) return error.reason;
  if (isGraphError(error) && error.status === 404) return { id: 'embed.many.notFound' };
  if (isGraphError(error) && error.status === 403) return { id: 'embed.many.accessDenied' };
  return describeError(error).sentence;
}

interface Unresolved {
  target: string;
  error: unknown;
}

/** The targets that could not be opened, by name and why: the rest are (or were) shared without them. */
function UnresolvedNotice({ entries, sent = false }: { entries: readonly Unresolved[]; sent?: boolean }) {
  const styles = useEmbedManyStyles();
  const formatText = useFormatText();
  if (entries.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" className={styles.notice}>
      <MessageBarBody>
        <MessageBarTitle>
          <FormattedMessage id={sent ? 'embed.many.unresolvedSent' : 'embed.many.unresolved'} values={{ count: entries.length }} />
        </MessageBarTitle>
        <ul className={styles.list}>
          {entries.map(({ target, error }, index) => (
            <li key={`${index}:${target}`}>
              <bdi>{target}</bdi>: {formatText(unresolvedReason(error))} <span className={styles.code}>({errorCodeOf(error)})</span>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * Several items in the frame: each target is opened as a single one would be; those that cannot
 * be are named in the dialog, and the rest can still be shared. A failure that may pass (signed
 * out, offline, Graph busy) stops here with Try again instead, so nothing is left out by chance.
 */
export function EmbedMany({ targets, recipientCap, signIn, onCancel, onFail, onShared }: EmbedManyProps) {
  const intl = useIntl();
  const answers = useResolvedTargets(targets);
  const [signInError, setSignInError] = useState<unknown>();
  const signInFor = signIn
    ? (request?: InteractiveRequest) => {
        setSignInError(undefined);
        signIn(request).catch(setSignInError);
      }
    : undefined;

  const passing = answers.find((answer) => answer.isError && !isUnresolvable(answer.error));
  if (passing?.error) {
    const error = passing.error;
    return (
      <Gate onClose={() => onFail(error)} actions={<CloseButton onClick={() => onFail(error)} />}>
        <ErrorMessage
          error={error}
          title={intl.formatMessage({ id: 'embed.many.openFailed' })}
          onRetry={() => answers.forEach((answer) => (answer.isError ? void answer.refetch() : undefined))}
          onSignIn={signInFor}
        />
        {signInError ? <ErrorMessage error={signInError} title={intl.formatMessage({ id: 'common.signInProblem' })} /> : null}
      </Gate>
    );
  }
  if (answers.some((answer) => answer.isPending)) {
    return (
      <Gate
        onClose={onCancel}
        actions={
          <Button onClick={onCancel}>
            <FormattedMessage id="embed.cancel" />
          </Button>
        }
      >
        <Spinner label={intl.formatMessage({ id: 'embed.openingMany' }, { count: targets.length })} />
      </Gate>
    );
  }

  const resolutions: Resolution[] = answers.map((answer) => (answer.data ? { item: answer.data } : { error: answer.error }));
  const unresolved: Unresolved[] = resolutions.flatMap((resolution, index) =>
    'error' in resolution ? [{ target: targets[index] ?? '', error: resolution.error }] : [],
  );
  // Two targets may name one item: it is shared once, and both hear its outcome.
  const items = [...new Map(resolutions.flatMap((r) => ('item' in r ? [[`${r.item.driveId}/${r.item.itemId}`, r.item] as const] : []))).values()];
  if (items.length === 0) {
    const first = unresolved[0]?.error;
    return (
      <Gate onClose={() => onFail(first)} actions={<CloseButton onClick={() => onFail(first)} />}>
        <UnresolvedNotice entries={unresolved} />
      </Gate>
    );
  }
  const close = (ending: ShareManyEnding) => {
    const reports = targetReports(targets, resolutions, ending);
    if (reports) onShared(sharedItemsMessageOf(ending.role, reports));
    else onCancel();
  };
  return (
    <ShareManyDialog
      items={items satisfies DriveItemRef[]}
      onClose={close}
      onSignIn={signInFor}
      recipientCap={recipientCap}
      renderManageAccess={(item) => <ManageAccess item={item} onSignIn={signInFor} />}
      renderNotice={(sent) => (
        <>
          <UnresolvedNotice entries={unresolved} sent={sent} />
          {signInError ? <ErrorMessage error={signInError} title={intl.formatMessage({ id: 'common.signInProblem' })} /> : null}
        </>
      )}
    />
  );
}
