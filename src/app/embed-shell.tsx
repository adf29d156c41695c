import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorMessage } from '../components/error-message';
import { isTargetError, useResolvedTarget } from '../features/drive';
import { mergeShared, sharedMessageOf, type EmbedSession, type Outgoing, type SharedItemsMessage, type SharedMessage } from '../features/embed';
import type { SentShare, ShareEnding } from '../features/share';
import { useAuth } from '../lib/auth';
import { CloseButton, Gate } from './embed-gate';
import { EmbedMany } from './embed-many';
import { errorCodeOf } from './embed-outcome';
import { ManageAccess, ShareDialog } from './lazy-views';

export type EmbedEnd = { kind: 'closed' } | { kind: 'error'; code: string; message: string };

export interface EmbedShellProps {
  phase: 'waiting' | 'ready' | 'refused' | 'failed';
  session: EmbedSession | null;
  /** The portal supplies tokens: no sign-in of our own. */
  suppliedTokens: boolean;
  /** Graph refused the portal's token twice (the second one asked for with `forceRefresh`). */
  tokenRejected?: boolean | undefined;
  recipientCap: number;
  /** The dialog closed: after sharing (`shared` holds the outcome), cancelled, or failed. */
  onEnd: (result: EmbedEnd, shared: Outgoing<SharedMessage | SharedItemsMessage> | null) => void;
}

/** The embedded flow: sign in (popup) if needed, open the item, share, report how it ended. */
export function EmbedShell({ phase, session, suppliedTokens, tokenRejected = false, recipientCap, onEnd }: EmbedShellProps) {
  const intl = useIntl();
  const auth = useAuth();
  const [signInError, setSignInError] = useState<unknown>();
  const [closed, setClosed] = useState(false);
  const shared = useRef<Outgoing<SharedMessage> | null>(null);
  const many = session?.targets ?? null;
  const signedIn = suppliedTokens || auth.user !== null;
  const target = phase === 'ready' && !closed && signedIn ? (session?.target ?? null) : null;
  const resolved = useResolvedTarget(target);

  const signIn = () => {
    setSignInError(undefined);
    auth.signIn().catch(setSignInError);
  };
  const finish = (result: EmbedEnd, outcome: Outgoing<SharedMessage | SharedItemsMessage> | null = shared.current) => {
    setClosed(true);
    onEnd(result, outcome);
  };
  const cancel = () => finish({ kind: 'closed' });
  const fail = (error: unknown) =>
    finish({ kind: 'error', code: errorCodeOf(error), message: error instanceof Error ? error.message : intl.formatMessage({ id: 'embed.error.title' }) });

  if (closed) {
    return (
      <main>
        <Body1>
          <FormattedMessage id="embed.closed.body" />
        </Body1>{' '}
        <Button
          onClick={() => {
            shared.current = null;
            setClosed(false);
          }}
        >
          <FormattedMessage id="embed.closed.reopen" />
        </Button>
      </main>
    );
  }
  if (tokenRejected) {
    const message = intl.formatMessage({ id: 'embed.error.tokenRejected' });
    const end = () => finish({ kind: 'error', code: 'tokenRejected', message });
    return (
      <Gate onClose={end} actions={<CloseButton onClick={end} />}>
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>
              <FormattedMessage id="embed.error.tokenRejectedTitle" />
            </MessageBarTitle>
            {message}
          </MessageBarBody>
        </MessageBar>
      </Gate>
    );
  }
  if (phase === 'refused') {
    return (
      <main>
        <h1>
          <FormattedMessage id="embed.refused.title" />
        </h1>
        <Body1>
          <FormattedMessage id="embed.refused.body" />
        </Body1>
      </main>
    );
  }
  if (phase === 'waiting') {
    return (
      <Gate
        onClose={cancel}
        actions={
          <Button onClick={cancel}>
            <FormattedMessage id="embed.cancel" />
          </Button>
        }
      >
        <Spinner label={intl.formatMessage({ id: 'embed.waiting' })} />
      </Gate>
    );
  }
  if (phase === 'failed' || !session || (!session.target && !many)) {
    const message = intl.formatMessage({ id: phase === 'failed' ? 'embed.error.initTimeout' : 'embed.error.noTarget' });
    const end = () => finish({ kind: 'error', code: phase === 'failed' ? 'initTimeout' : 'noTarget', message });
    return (
      <Gate onClose={end} actions={<CloseButton onClick={end} />}>
        <ErrorMessage error={new Error(message)} title={intl.formatMessage({ id: 'embed.error.title' })} />
      </Gate>
    );
  }
  if (!signedIn) {
    return (
      <Gate
        onClose={cancel}
        actions={
          <>
            <Button appearance="primary" onClick={signIn} disabled={auth.interactionInProgress}>
              <FormattedMessage id="common.signIn" />
            </Button>
            <Button onClick={cancel}>
              <FormattedMessage id="embed.cancel" />
            </Button>
          </>
        }
      >
        {auth.interactionInProgress ? <Spinner label={intl.formatMessage({ id: 'common.signingIn' })} /> : null}
        <Body1>
          <FormattedMessage id={many ? 'embed.signIn.bodyMany' : 'embed.signIn.body'} />
        </Body1>
        {signInError ? <ErrorMessage error={signInError} title={intl.formatMessage({ id: 'common.signInProblem' })} /> : null}
      </Gate>
    );
  }
  if (many) {
    return (
      <EmbedMany
        targets={many}
        recipientCap={recipientCap}
        signIn={suppliedTokens ? undefined : auth.signIn}
        onCancel={cancel}
        onFail={fail}
        onShared={(outcome) => finish({ kind: 'closed' }, outcome)}
      />
    );
  }
  if (resolved.isError) {
    return (
      <Gate onClose={() => fail(resolved.error)} actions={<CloseButton onClick={() => fail(resolved.error)} />}>
        <ErrorMessage
          error={resolved.error}
          title={intl.formatMessage({ id: 'embed.error.title' })}
          onRetry={isTargetError(resolved.error) ? undefined : () => void resolved.refetch()}
          onSignIn={suppliedTokens ? undefined : signIn}
        />
      </Gate>
    );
  }
  if (!resolved.data) {
    return (
      <Gate
        onClose={cancel}
        actions={
          <Button onClick={cancel}>
            <FormattedMessage id="embed.cancel" />
          </Button>
        }
      >
        <Spinner label={intl.formatMessage({ id: 'embed.opening' })} />
      </Gate>
    );
  }
  const onSent = (sent: SentShare) => {
    // Access found after a lost answer is access granted; the protocol has no word for "email unsure".
    const outcomes = sent.outcomes.map((outcome) => (outcome.kind === 'landed' ? { ...outcome, kind: 'granted' as const } : outcome));
    shared.current = mergeShared(shared.current, sharedMessageOf({ item: sent.item, role: sent.role, outcomes }));
  };
  // Closed while the dialog could not learn whether the last invite landed: the portal must not hear `cancelled`.
  const onClose = (ending?: ShareEnding) =>
    ending ? finish({ kind: 'error', code: 'outcomeUnknown', message: intl.formatMessage({ id: 'share.lost.outcomeUnknown' }) }) : cancel();
  return (
    <ShareDialog
      item={resolved.data}
      onClose={onClose}
      // A popup from the user's click (a frame cannot redirect); the dialog resumes once signed in.
      onSignIn={suppliedTokens ? undefined : auth.signIn}
      recipientCap={recipientCap}
      defaults={session.defaults}
      onSent={onSent}
      renderManageAccess={(item) => <ManageAccess item={item} onSignIn={suppliedTokens ? undefined : signIn} />}
    />
  );
}
