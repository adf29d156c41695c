import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { FormattedMessage } from 'react-intl';
import type { InteractiveRequest } from '../lib/auth';
import { describeError, signInRequestFor } from './describe-error';

const useStyles = makeStyles({
  details: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalXXS },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

export interface ErrorMessageProps {
  error: unknown;
  /** Already in the user's language. */
  title?: string;
  onRetry?: () => void;
  /** Signs in again; it gets what this error asks for (a claims challenge's claims, scopes to consent to). */
  onSignIn?: ((request: InteractiveRequest) => void) | undefined;
  /** For a blocked sign-in window: sign in in this window instead (a redirect; standalone only). */
  onSignInHere?: (() => void) | undefined;
  /** A sign-in started from here is under way: its button waits. */
  signingIn?: boolean | undefined;
  className?: string;
}

/** An error as a person reads it: what to do, then the code and request id for support. */
export function ErrorMessage({ error, title, onRetry, onSignIn, onSignInHere, signingIn = false, className }: ErrorMessageProps) {
  const styles = useStyles();
  const { sentence, code, requestId, needsSignIn, popupBlocked } = describeError(error);
  const signInHere = popupBlocked && onSignInHere;
  // Codes and ids stay as they are (support searches for them), isolated so they read left to right.
  const codeValue = (value: string) => (
    <bdi className={styles.code} dir="ltr">
      {value}
    </bdi>
  );
  return (
    <MessageBar intent="error" layout="multiline" role="alert" className={className}>
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        <FormattedMessage id={sentence.id} values={sentence.values} />
        {code || requestId ? (
          <span className={styles.details}>
            {code ? <FormattedMessage id="common.error.code" values={{ code: codeValue(code) }} /> : null}
            {code && requestId ? ' · ' : null}
            {requestId ? <FormattedMessage id="common.error.requestId" values={{ requestId: codeValue(requestId) }} /> : null}
          </span>
        ) : null}
      </MessageBarBody>
      {(needsSignIn && onSignIn) || signInHere || onRetry ? (
        <MessageBarActions>
          {needsSignIn && onSignIn ? (
            <Button onClick={() => onSignIn(signInRequestFor(error))} disabled={signingIn}>
              <FormattedMessage id="common.error.signInAgain" />
            </Button>
          ) : null}
          {signInHere ? (
            <Button onClick={onSignInHere} disabled={signingIn}>
              <FormattedMessage id="common.error.signInHere" />
            </Button>
          ) : null}
          {onRetry ? (
            <Button onClick={onRetry} disabled={signingIn}>
              <FormattedMessage id="common.error.tryAgain" />
            </Button>
          ) : null}
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
