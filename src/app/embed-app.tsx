import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Settings } from '../config/settings';
import {
  sessionFromInit,
  sessionFromQuery,
  watchContentHeight,
  type EmbedSession,
  type Outgoing,
  type SharedItemsMessage,
  type SharedMessage,
} from '../features/embed';
import { createHostAuthClient, type AuthClient } from '../lib/auth';
import { isGraphError } from '../lib/graph';
import { AppProviders } from './app-providers';
import { EmbedShell, type EmbedEnd } from './embed-shell';
import type { EmbedStart } from './embed-start';

type Phase = { status: 'waiting' } | { status: 'ready'; session: EmbedSession } | { status: 'refused' } | { status: 'failed'; code: string };

export interface EmbedAppProps {
  settings: Settings;
  /** MSAL in embedded mode (popup sign-in); replaced by portal tokens when the host supplies them. */
  msal: AuthClient;
  start: EmbedStart;
  search: string;
}

/**
 * A 401 that reaches the app: the Graph client has already asked for a fresh token once
 * (`forceRefresh`, which the portal receives on its `token-request`) and Graph refused that too.
 * A claims challenge is another matter (it asks for a stronger sign-in, not a new token).
 */
const isRefusedToken = (error: unknown) => isGraphError(error) && error.kind === 'http' && error.status === 401;

/** The /embed page: the share dialog for one item or several, for a portal (protocol) or a plain iframe (query). */
export function EmbedApp({ settings, msal, start, search }: EmbedAppProps) {
  const { channel, request } = start;
  const [phase, setPhase] = useState<Phase>(() =>
    channel ? { status: 'waiting' } : request.kind === 'refused' ? { status: 'refused' } : { status: 'ready', session: sessionFromQuery(search) },
  );

  useEffect(() => {
    if (!channel) return;
    let live = true;
    channel.init.then(
      (init) => live && setPhase({ status: 'ready', session: sessionFromInit(init) }),
      () => live && setPhase({ status: 'failed', code: 'init_timeout' }),
    );
    return () => {
      live = false;
    };
  }, [channel]);

  useEffect(() => (channel ? watchContentHeight(document, (height) => channel.post({ type: 'resize', height })) : undefined), [channel]);

  const session = phase.status === 'ready' ? phase.session : null;
  const suppliesTokens = session?.suppliesTokens === true && channel !== null;
  const auth = useMemo(
    () => (suppliesTokens ? createHostAuthClient({ scopes: settings.auth.scopes, requestToken: channel.requestToken }) : msal),
    [suppliesTokens, channel, msal, settings.auth.scopes],
  );

  // The portal's tokens are refused even fresh: nothing in the frame can help, so it says so and closes.
  const [tokenRejected, setTokenRejected] = useState(false);
  const onGraphError = useCallback(
    (error: unknown) => {
      if (suppliesTokens && isRefusedToken(error)) setTokenRejected(true);
    },
    [suppliesTokens],
  );

  function end(result: EmbedEnd, shared: Outgoing<SharedMessage | SharedItemsMessage> | null) {
    if (!channel) return;
    if (result.kind === 'error') channel.post({ type: 'error', code: result.code, message: result.message });
    else if (shared) channel.post(shared);
    else channel.post({ type: 'cancelled' });
  }

  return (
    // Another auth client means another Graph client and cache: remount everything below.
    <AppProviders
      key={auth.kind}
      settings={settings}
      auth={auth}
      appearance={session ? { theme: session.theme, locale: session.locale } : undefined}
      onGraphError={onGraphError}
    >
      <EmbedShell
        phase={phase.status}
        session={session}
        suppliedTokens={suppliesTokens}
        tokenRejected={tokenRejected}
        recipientCap={settings.recipientCap}
        onEnd={end}
      />
    </AppProviders>
  );
}
