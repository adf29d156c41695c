import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import type { Capability } from './item-capabilities';
import type { ShareOptionsState } from './use-share-options';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  field: { flexGrow: 1, flexBasis: '220px' },
});

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function hintFor(capability: Capability | undefined, usable: string): string {
  return capability?.available === false ? capability.reason : usable;
}

/** Expiry and password: shown for every item, and disabled with the reason where Graph refuses them. */
export function ShareOptions({ options, disabled }: { options: ShareOptionsState; disabled: boolean }) {
  const styles = useStyles();
  const { capabilities } = options;
  const canExpire = capabilities?.expires.available === true;
  const canPassword = capabilities?.password.available === true;
  return (
    <div className={styles.row}>
      <Field
        label="Expires"
        className={styles.field}
        hint={hintFor(capabilities?.expires, 'Optional. Access ends after this day. Microsoft applies it only on premium (Microsoft 365 Personal or Family) OneDrive.')}
        validationState={options.expiresError ? 'error' : 'none'}
        validationMessage={options.expiresError}
      >
        <DatePicker
          value={canExpire ? options.expires : null}
          onSelectDate={(date) => options.setExpires(date ?? null)}
          minDate={options.firstExpiryDate}
          formatDate={(date) => (date ? dateFormat.format(date) : '')}
          placeholder={canExpire ? 'Never' : 'Not available'}
          disabled={!canExpire || disabled}
          allowTextInput={false}
        />
      </Field>
      <Field label="Password" className={styles.field} hint={hintFor(capabilities?.password, 'Optional. People must enter it to open the item.')}>
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
