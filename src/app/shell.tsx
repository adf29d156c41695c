import { Button, Persona, Spinner, Title2, Body1, makeStyles, tokens } from '@fluentui/react-components';
import { SignOut20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorMessage } from '../components/error-message';
import { DriveBrowser } from '../features/drive';
import { ManageAccess } from '../features/access';
import { ShareDialog } from '../features/share';
import { useAuth, type AuthError } from '../lib/auth';
import type { DriveItemRef } from '../lib/graph';
import { DeepLinkNotice } from './deep-link-notice';
import { useDeepLink } from './use-deep-link';

const useStyles = makeStyles({
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  // On a narrow window the account wraps under the product name instead of squeezing its words.
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  account: { display: 'flex', flexGrow: 1, justifyContent: 'flex-end', alignItems: 'center', columnGap: tokens.spacingHorizontalM, minWidth: 0 },
  persona: { minWidth: 0 },
  personaText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  signOut: { flexShrink: 0, whiteSpace: 'nowrap' },
  main: { maxWidth: '1100px', margin: '0 auto', padding: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: tokens.spacingHorizontalXL,
  },
  welcome: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalM, maxWidth: '560px' },
});

export function Shell({ redirectError, recipientCap }: { redirectError?: AuthError | undefined; recipientCap?: number | undefined }) {
  const styles = useStyles();
  const intl = useIntl();
  const auth = useAuth();
  const [sharing, setSharing] = useState<DriveItemRef | null>(null);
  const [actionError, setActionError] = useState<unknown>(redirectError);

  const run = (action: () => Promise<void>) => () => {
    setActionError(undefined);
    action().catch(setActionError);
  };
  const signIn = run(auth.signIn);
  const deepLink = useDeepLink(auth.user !== null);
  // A deep link's item opens the dialog as soon as it is resolved; closing it forgets the link.
  const dialogItem = sharing ?? deepLink.item;
  const closeDialog = () => {
    setSharing(null);
    if (deepLink.target !== null) deepLink.dismiss();
  };

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.brand}><FormattedMessage id="common.appTitle" /></h1>
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
      <main className={styles.main}>
        {actionError ? <ErrorMessage error={actionError} title={intl.formatMessage({ id: 'common.signInProblem' })} /> : null}
        {auth.user ? <DeepLinkNotice link={deepLink} onSignIn={signIn} /> : null}
        {auth.user ? (
          <div className={styles.card}>
            <DriveBrowser onShare={setSharing} onSignIn={signIn} />
          </div>
        ) : auth.interactionInProgress ? (
          <Spinner label={intl.formatMessage({ id: 'common.signingIn' })} />
        ) : (
          <div className={`${styles.card} ${styles.welcome}`}>
            <Title2 as="h2">
              <FormattedMessage id="common.welcomeTitle" />
            </Title2>
            <Body1>
              <FormattedMessage id="common.welcomeBody" />
            </Body1>
            <Button appearance="primary" size="large" onClick={signIn}>
              <FormattedMessage id="common.signIn" />
            </Button>
          </div>
        )}
      </main>
      <ShareDialog
        item={dialogItem}
        onClose={closeDialog}
        onSignIn={signIn}
        recipientCap={recipientCap}
        // The access feature's panel, shown inside the dialog behind its Manage access button.
        renderManageAccess={(item) => <ManageAccess item={item} onSignIn={signIn} />}
      />
    </div>
  );
}
