import { Badge, mergeClasses, Tag, Tooltip } from '@fluentui/react-components';
import { memo, useId, type KeyboardEvent, type ReactElement } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatText } from '../../../components/display-text';
import { RecipientAvatar } from './recipient-avatar';
import { objectIdOf, type RecipientChip as Chip } from './recipient.types';

interface RecipientChipProps {
  chip: Chip;
  external: boolean;
  unreadableClassName: string;
  classNames: { chip: string; primary: string; text: string; name: string };
  onRemove: (key: string) => void;
}

/**
 * The chip's hint: a tooltip on hover and focus, and the chip's accessible description, kept in the
 * page (hidden) while the tooltip is not showing. Fluent's description tooltip would do the same by
 * mounting a portal per chip, hidden or not: fifty portals, each with its own container and event
 * listeners, on every paste. `children` is the chip, pointing at `id` with aria-describedby.
 */
function Described({ id, hint, children }: { id: string; hint: string; children: ReactElement }) {
  return (
    <>
      <Tooltip relationship="inaccessible" content={hint}>
        {children}
      </Tooltip>
      <span id={id} hidden>
        {hint}
      </span>
    </>
  );
}

/**
 * One chip: a button inside the picker's listbox. Activating it (click, Enter, Space) removes a
 * recipient, or opens an unreadable entry for editing; Delete and Backspace always remove.
 * The address shows on hover and focus (the tooltip) and is the chip's accessible description.
 */
export const RecipientChip = memo(function RecipientChip({ chip, external, unreadableClassName, classNames, onRemove }: RecipientChipProps) {
  const intl = useIntl();
  const hintId = useId();
  if (chip.kind === 'unreadable') {
    const hint = intl.formatMessage({ id: 'share.recipients.unreadableHint' }, { reason: formatText(intl, chip.reason) });
    return (
      <Described id={hintId} hint={hint}>
        <Tag
          value={chip.key}
          aria-describedby={hintId}
          shape="rounded"
          className={mergeClasses(classNames.chip, unreadableClassName)}
          primaryText={{ className: classNames.primary }}
          onKeyDown={(event: KeyboardEvent<HTMLElement>) => {
            if (event.key === 'Delete' || event.key === 'Backspace') {
              event.preventDefault();
              onRemove(chip.key);
            }
          }}
        >
          <span className={classNames.name} title={chip.text}>
            {chip.text}
          </span>
        </Tag>
      </Described>
    );
  }
  const name = chip.label;
  const details = [
    chip.email,
    chip.kind === 'group' ? intl.formatMessage({ id: 'share.recipients.group' }) : undefined,
    external ? intl.formatMessage({ id: 'share.recipients.outside' }) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const hint = intl.formatMessage({ id: 'share.recipients.chipHint' }, { details });
  return (
    <Described id={hintId} hint={hint}>
      <Tag
        value={chip.key}
        aria-describedby={hintId}
        shape="rounded"
        className={classNames.chip}
        primaryText={{ className: classNames.primary }}
        media={<RecipientAvatar name={name} userId={objectIdOf(chip)} group={chip.kind === 'group'} />}
      >
        <span className={classNames.text}>
          <span className={classNames.name} title={name}>
            {name}
          </span>
          {external ? ' ' : null}
          {external ? (
            <Badge appearance="tint" color="warning" size="small">
              <FormattedMessage id="share.recipients.external" />
            </Badge>
          ) : null}
        </span>
      </Tag>
    </Described>
  );
});
