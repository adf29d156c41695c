import { Body1, Button, Spinner, Title2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { FormattedMessage, useIntl } from 'react-intl';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '560px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: tokens.spacingHorizontalXL,
  },
});

export interface WelcomeProps {
  onSignIn: () => void;
  /** Sign-in is starting (the button shows it and cannot be pressed twice). */
  busy?: boolean | undefined;
  className?: string | undefined;
}

/** What a signed-out visitor sees: what the page is for, and Sign in. */
export function Welcome({ onSignIn, busy = false, className }: WelcomeProps) {
  const styles = useStyles();
  const intl = useIntl();
  return (
    <div className={mergeClasses(styles.card, className)}>
      <Title2 as="h2">
        <FormattedMessage id="common.welcomeTitle" />
      </Title2>
      <Body1>
        <FormattedMessage id="common.welcomeBody" />
      </Body1>
      <Button
        appearance="primary"
        size="large"
        onClick={onSignIn}
        disabledFocusable={busy}
        icon={busy ? <Spinner size="tiny" aria-label={intl.formatMessage({ id: 'common.signingIn' })} /> : undefined}
      >
        <FormattedMessage id="common.signIn" />
      </Button>
    </div>
  );
}
