import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, memo, Suspense } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../../i18n';
import { useFormatText } from '../../../components/display-text';
import type { LocalizedText } from '../../../i18n';
import type { DraftChoices } from '../share-draft';
import type { Capability, ItemCapabilities } from './item-capabilities';

interface ShareOptionsProps {
  capabilities: ItemCapabilities | undefined;
  expires: Date | null;
  /** Why the chosen expiry cannot be sent; the date stays as picked. */
  expiresError: LocalizedText | undefined;
  /** The earliest date the picker offers: tomorrow, since an expiry must lie in the future. */
  firstExpiryDate: Date;
  password: string;
  onChoose: (choices: Partial<DraftChoices>) => void;
  disabled: boolean;
}

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  field: { flexGrow: 1, flexBasis: '220px' },
});

const ExpiryPicker = lazy(() => import('./expiry-picker'));

/** Expiry and password: shown for every item, and disabled with the reason where Graph refuses them (memoised, as the choices are). */
export const ShareOptions = memo(function ShareOptions({
  capabilities,
  expires,
  expiresError,
  firstExpiryDate,
  password,
  onChoose,
  disabled,
}: ShareOptionsProps) {
  const styles = useStyles();
  const intl = useIntl();
  const formatText = useFormatText();
  const hintFor = (capability: Capability | undefined, usable: MessageId) => formatText(capability?.available === false ? capability.reason : { id: usable });
  const canExpire = capabilities?.expires.available === true;
  const canPassword = capabilities?.password.available === true;
  const never = intl.formatMessage({ id: 'share.options.never' });
  return (
    <div className={styles.row}>
      <Field
        label={intl.formatMessage({ id: 'share.options.expires' })}
        className={styles.field}
        hint={hintFor(capabilities?.expires, 'share.options.expiresHint')}
        validationState={expiresError ? 'error' : 'none'}
        validationMessage={expiresError && formatText(expiresError)}
      >
        {canExpire ? (
          <Suspense fallback={<Input disabled placeholder={never} />}>
            <ExpiryPicker value={expires} onSelect={(date) => onChoose({ expires: date })} minDate={firstExpiryDate} placeholder={never} disabled={disabled} />
          </Suspense>
        ) : (
          // Nothing to pick here, so the calendar is never loaded.
          <Input disabled placeholder={intl.formatMessage({ id: 'share.options.notAvailable' })} />
        )}
      </Field>
      <Field
        label={intl.formatMessage({ id: 'share.options.password' })}
        className={styles.field}
        hint={hintFor(capabilities?.password, 'share.options.passwordHint')}
      >
        <Input
          type="password"
          autoComplete="new-password"
          value={canPassword ? password : ''}
          disabled={!canPassword || disabled}
          onChange={(_event, data) => onChoose({ password: data.value })}
        />
      </Field>
    </div>
  );
});
