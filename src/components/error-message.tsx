import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { describeError } from './describe-error';

const useStyles = makeStyles({
  details: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalXXS },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

export interface ErrorMessageProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  onSignIn?: () => void;
  className?: string;
}

/** An error as a person reads it: what to do, then the code and request id for support. */
export function ErrorMessage({ error, title, onRetry, onSignIn, className }: ErrorMessageProps) {
  const styles = useStyles();
  const { sentence, code, requestId, needsSignIn } = describeError(error);
  return (
    <MessageBar intent="error" layout="multiline" role="alert" className={className}>
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {sentence}
        {code || requestId ? (
          <span className={styles.details}>
            {code ? (
              <>
                Error code: <span className={styles.code}>{code}</span>
              </>
            ) : null}
            {code && requestId ? ' · ' : null}
            {requestId ? (
              <>
                Request ID: <span className={styles.code}>{requestId}</span>
              </>
            ) : null}
          </span>
        ) : null}
      </MessageBarBody>
      {(needsSignIn && onSignIn) || onRetry ? (
        <MessageBarActions>
          {needsSignIn && onSignIn ? <Button onClick={onSignIn}>Sign in again</Button> : null}
          {onRetry ? <Button onClick={onRetry}>Try again</Button> : null}
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
