import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../../i18n';
import { useFormatText } from '../../../components/display-text';
import type { Capability } from './item-capabilities';
import { useDatePickerLocale } from './use-date-picker-locale';
import type { ShareOptionsState } from './use-share-options';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  field: { flexGrow: 1, flexBasis: '220px' },
});


/** Expiry and password: shown for every item, and disabled with the reason where Graph refuses them. */
export function ShareOptions({ options, disabled }: { options: ShareOptionsState; disabled: boolean }) {
  const styles = useStyles();
  const intl = useIntl();
  const formatText = useFormatText();
  const calendar = useDatePickerLocale();
  const hintFor = (capability: Capability | undefined, usable: MessageId) =>
    formatText(capability?.available === false ? capability.reason : { id: usable });
  const { capabilities } = options;
  const canExpire = capabilities?.expires.available === true;
  const canPassword = capabilities?.password.available === true;
  return (
    <div className={styles.row}>
      <Field
        label={intl.formatMessage({ id: 'share.options.expires' })}
        className={styles.field}
        hint={hintFor(capabilities?.expires, 'share.options.expiresHint')}
        validationState={options.expiresError ? 'error' : 'none'}
        validationMessage={options.expiresError && formatText(options.expiresError)}
      >
        <DatePicker
          value={canExpire ? options.expires : null}
          onSelectDate={(date) => options.setExpires(date ?? null)}
          minDate={options.firstExpiryDate}
          formatDate={calendar.formatDate}
          strings={calendar.strings}
          dateTimeFormatter={calendar.dateTimeFormatter}
          firstDayOfWeek={calendar.firstDayOfWeek}
          placeholder={intl.formatMessage({ id: canExpire ? 'share.options.never' : 'share.options.notAvailable' })}
          disabled={!canExpire || disabled}
          allowTextInput={false}
        />
      </Field>
      <Field
        label={intl.formatMessage({ id: 'share.options.password' })}
        className={styles.field}
        hint={hintFor(capabilities?.password, 'share.options.passwordHint')}
      >
        <Input
          type="password"
          autoComplete="new-password"
          value={canPassword ? options.password : ''}
          disabled={!canPassword || disabled}
          onChange={(_event, data) => options.setPassword(data.value)}
        />
      </Field>
    </div>
  );
}
