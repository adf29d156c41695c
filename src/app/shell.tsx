import { sessionStore } from '../lib/storage';
import { Button, Persona, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { SignOut20Regular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorMessage } from '../components/error-message';
import { useAuth, type AuthError, type InteractiveRequest } from '../lib/auth';
import type { DriveItemRef } from '../lib/graph';
import { DeepLinkNotice } from './deep-link-notice';
import { ShareManyDialog } from './share-many-view';
import { DriveBrowser, ManageAccess, ShareDialog } from './lazy-views';
import { forgetTarget, rememberTarget } from './deep-link-target';
import { noteSigningIn } from './session-hint';
import { useDeepLink } from './use-deep-link';
import { usePageFrameStyles } from './page-frame.styles';
import { Welcome } from './welcome';

const useStyles = makeStyles({
  account: { display: 'flex', flexGrow: 1, justifyContent: 'flex-end', alignItems: 'center', columnGap: tokens.spacingHorizontalM, minWidth: 0 },
  persona: { minWidth: 0 },
  personaText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  signOut: { flexShrink: 0, whiteSpace: 'nowrap' },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: tokens.spacingHorizontalXL,
  },
});

export function Shell({ redirectError, recipientCap }: { redirectError?: AuthError | undefined; recipientCap?: number | undefined }) {
  const frame = usePageFrameStyles();
  const styles = useStyles();
  const intl = useIntl();
  const auth = useAuth();
  const [sharing, setSharing] = useState<DriveItemRef | null>(null);
  const [actionError, setActionError] = useState<unknown>(redirectError);
  // Several items picked in the drive browser, shared together (issue 15).
  const [sharingMany, setSharingMany] = useState<readonly DriveItemRef[] | null>(null);

  const run = (action: () => Promise<void>) => () => {
    setActionError(undefined);
    action().catch(setActionError);
  };
  const signIn = run(() => {
    noteSigningIn(sessionStore());
    return auth.signIn();
  });
  // "Sign in again" from an error: a redirect with what the error asks for (a claims challenge's claims).
  const signInFor = (request: InteractiveRequest) => {
    setActionError(undefined);
    noteSigningIn(sessionStore());
    auth.signIn(request).catch(setActionError);
  };
  // The share dialog's "Sign in again": a popup it resumes after, or a redirect the page returns from.
  const signInAgain = (request: InteractiveRequest) => {
    if (request.interaction !== 'popup') noteSigningIn(sessionStore());
    return auth.signIn(request);
  };
  const deepLink = useDeepLink(auth.user !== null);
  // A deep link's item opens the dialog as soon as it is resolved; closing it forgets the link.
  const dialogItem = sharing ?? deepLink.item;
  // Behind a deep-linked dialog the drive browser waits (no listing to fetch) until the dialog
  // closes, or until the link fails and the notice offers browsing instead.
  const browsing = deepLink.target === null || deepLink.status === 'error';
  // The Share button that opened the dialog gets focus back when it closes (the dialog is opened
  // from state, so Fluent has no trigger to return to).
  const opener = useRef<HTMLElement | null>(null);
  const share = (item: DriveItemRef) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    rememberTarget(item);
    setSharing(item);
  };
  const closeDialog = () => {
    setSharing(null);
    const button = opener.current;
    opener.current = null;
    // After the dialog has gone (its focus trap lets go once it unmounts).
    if (button) requestAnimationFrame(() => button.isConnected && button.focus());
    if (deepLink.target !== null) deepLink.dismiss();
    else forgetTarget();
  };

  return (
    <div className={frame.page}>
      <header className={frame.header}>
        <h1 className={frame.brand}>
          <FormattedMessage id="common.appTitle" />
        </h1>
        {auth.user ? (
          <div className={styles.account}>
            <Persona
              className={styles.persona}
              name={auth.user.name}
              primaryText={{ className: styles.personaText, title: auth.user.name }}
              secondaryText={{ children: auth.user.username, className: styles.personaText, title: auth.user.username }}
              avatar={{ color: 'colorful' }}
            />
            <Button icon={<SignOut20Regular />} className={styles.signOut} onClick={run(auth.signOut)} disabled={auth.interactionInProgress}>
              <FormattedMessage id="common.signOut" />
            </Button>
          </div>
        ) : null}
      </header>
      <main className={frame.main}>
        {actionError ? <ErrorMessage error={actionError} title={intl.formatMessage({ id: 'common.signInProblem' })} /> : null}
        {auth.user ? <DeepLinkNotice link={deepLink} onSignIn={signInFor} /> : null}
        {auth.user ? (
          browsing ? (
            <div className={styles.card}>
              <DriveBrowser onShare={share} onShareMany={setSharingMany} onSignIn={signInFor} />
            </div>
          ) : null
        ) : auth.interactionInProgress ? (
          <Spinner label={intl.formatMessage({ id: 'common.signingIn' })} />
        ) : (
          <Welcome onSignIn={signIn} />
        )}
      </main>
      <ShareDialog
        item={dialogItem}
        onClose={closeDialog}
        onSignIn={signInAgain}
        canSignInHere={auth.canSignInHere}
        recipientCap={recipientCap}
        // The access feature's panel, shown inside the dialog behind its Manage access button.
        renderManageAccess={(item) => <ManageAccess item={item} onSignIn={signInFor} />}
      />
      <ShareManyDialog
        items={sharingMany}
        onClose={() => setSharingMany(null)}
        onSignIn={signInFor}
        recipientCap={recipientCap}
        renderManageAccess={(item) => <ManageAccess item={item} onSignIn={signInFor} />}
      />
    </div>
  );
}
