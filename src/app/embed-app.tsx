import { useEffect, useMemo, useState } from 'react';
import type { Settings } from '../config/settings';
import { sessionFromInit, sessionFromQuery, watchContentHeight, type EmbedSession, type Outgoing, type SharedMessage } from '../features/embed';
import { createHostAuthClient, type AuthClient } from '../lib/auth';
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

/** The /embed page: the share dialog for one item, for a portal (protocol) or a plain iframe (query). */
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

  function end(result: EmbedEnd, shared: Outgoing<SharedMessage> | null) {
    if (!channel) return;
    if (result.kind === 'error') channel.post({ type: 'error', code: result.code, message: result.message });
    else if (shared) channel.post(shared);
    else channel.post({ type: 'cancelled' });
  }

  return (
    // Another auth client means another Graph client and cache: remount everything below.
    <AppProviders key={auth.kind} settings={settings} auth={auth} appearance={session ? { theme: session.theme, locale: session.locale } : undefined}>
      <EmbedShell phase={phase.status} session={session} suppliedTokens={suppliesTokens} recipientCap={settings.recipientCap} onEnd={end} />
    </AppProviders>
  );
}
