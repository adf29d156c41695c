import { Dropdown, Field, makeStyles, mergeClasses, Option, Switch, Textarea, tokens } from '@fluentui/react-components';
import { memo, useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { roleText } from '../../../components/describe-roles';
import { useFormatText } from '../../../components/display-text';
import { GRANTABLE_ROLES, isGrantableRole, type GrantableRole } from '../../../lib/graph';
import { MESSAGE_LIMIT } from '../share-dialog.types';
import type { DraftChoices } from '../share-draft';
import type { Capability } from './item-capabilities';

// The choices every share makes, one item or many: the role, the two switches and the message.
// Each is memoised: the dialog re-renders on every keystroke in Recipients, and none of them
// depends on what is typed there.

const useStyles = makeStyles({
  switches: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalXS },
  reason: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  hintRow: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalM },
  counter: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  counterOver: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

type Choose = (choices: Partial<DraftChoices>) => void;

export const RoleField = memo(function RoleField({ role, onChoose, disabled }: { role: GrantableRole; onChoose: Choose; disabled: boolean }) {
  const intl = useIntl();
  const formatText = useFormatText();
  const roleLabel = (value: GrantableRole) => formatText(roleText([value]));
  return (
    <Field label={intl.formatMessage({ id: 'share.form.permission' })}>
      <Dropdown
        value={roleLabel(role)}
        selectedOptions={[role]}
        disabled={disabled}
        onOptionSelect={(_event, data) => {
          if (isGrantableRole(data.optionValue)) onChoose({ role: data.optionValue });
        }}
      >
        {GRANTABLE_ROLES.map((value) => (
          <Option key={value} value={value} text={roleLabel(value)}>
            {roleLabel(value)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
});

interface SharingSwitchesProps {
  /** What the invite will carry (true whenever `signInLock` forbids turning it off). */
  requireSignIn: boolean;
  /** Whether sign-in may be turned off; when not, the switch is locked on and the reason shown under it. */
  signInLock: Capability | undefined;
  sendInvitation: boolean;
  onChoose: Choose;
  disabled: boolean;
}

export const SharingSwitches = memo(function SharingSwitches({ requireSignIn, signInLock, sendInvitation, onChoose, disabled }: SharingSwitchesProps) {
  const intl = useIntl();
  const formatText = useFormatText();
  const styles = useStyles();
  const reasonId = useId();
  const locked = signInLock?.available === false ? signInLock : undefined;
  return (
    <>
      <div className={styles.switches}>
        <Switch
          label={intl.formatMessage({ id: 'share.form.requireSignIn' })}
          checked={requireSignIn}
          disabled={disabled || locked !== undefined}
          aria-describedby={locked ? reasonId : undefined}
          onChange={(_event, data) => onChoose({ requireSignIn: data.checked })}
        />
        <Switch
          label={intl.formatMessage({ id: 'share.form.sendInvitation' })}
          checked={sendInvitation}
          disabled={disabled}
          onChange={(_event, data) => onChoose({ sendInvitation: data.checked })}
        />
      </div>
      {locked ? (
        <span id={reasonId} className={styles.reason}>
          {formatText(locked.reason)}
        </span>
      ) : null}
    </>
  );
});

interface MessageFieldProps {
  message: string;
  sendInvitation: boolean;
  tooLong: boolean;
  onChoose: Choose;
  disabled: boolean;
  rows?: number;
}

/** The invitation's message, with its count; only sent with an invitation, so off with it. */
export const MessageField = memo(function MessageField({ message, sendInvitation, tooLong, onChoose, disabled, rows = 3 }: MessageFieldProps) {
  const intl = useIntl();
  const styles = useStyles();
  const count = message.length;
  return (
    <Field
      label={intl.formatMessage({ id: 'share.form.message' })}
      hint={
        <span className={styles.hintRow}>
          <span>
            <FormattedMessage id={sendInvitation ? 'share.form.messageHint' : 'share.form.messageHintOff'} />
          </span>
          <span className={tooLong ? mergeClasses(styles.counter, styles.counterOver) : styles.counter}>
            <FormattedMessage id="share.form.messageCounter" values={{ count, limit: MESSAGE_LIMIT }} />
          </span>
        </span>
      }
      validationState={tooLong ? 'error' : 'none'}
      validationMessage={tooLong ? intl.formatMessage({ id: 'share.form.messageTooLong' }, { over: count - MESSAGE_LIMIT, limit: MESSAGE_LIMIT }) : undefined}
    >
      <Textarea
        value={message}
        disabled={!sendInvitation || disabled}
        resize="vertical"
        rows={rows}
        onChange={(_event, data) => onChoose({ message: data.value })}
      />
    </Field>
  );
});
