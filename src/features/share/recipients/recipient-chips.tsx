import { Button, TagPickerGroup } from '@fluentui/react-components';
import { memo, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { isExternal } from './external';
import { RecipientChip } from './recipient-chip';
import type { RecipientChip as Chip } from './recipient.types';
import { useRecipientsFieldStyles } from './recipients-field.styles';
import { CHIPS_SHOWN, visibleChips } from './use-recipients-field';

interface RecipientChipsProps {
  chips: readonly Chip[];
  /** Every chip shows, not only the first CHIPS_SHOWN and the unreadable ones. */
  expanded: boolean;
  onExpand: () => void;
  verifiedDomains: ReadonlySet<string> | undefined;
  onRemove: (key: string) => void;
}

/**
 * The chips and the "+N more" summary. Memoised apart from the input: typing changes only the
 * input's text, so with stable props (the same chips array, stable callbacks) a keystroke renders
 * none of this, however many recipients there are.
 */
export const RecipientChips = memo(function RecipientChips({ chips, expanded, onExpand, verifiedDomains, onRemove }: RecipientChipsProps) {
  const intl = useIntl();
  const styles = useRecipientsFieldStyles();
  const shown = expanded ? chips : visibleChips(chips, CHIPS_SHOWN);
  const hidden = chips.length - shown.length;
  // One object for every chip, so the memoised chips see the same props when one is added or removed.
  const classNames = useMemo(
    () => ({ chip: styles.chip, primary: styles.chipPrimary, text: styles.chipText, name: styles.chipName }),
    [styles.chip, styles.chipPrimary, styles.chipText, styles.chipName],
  );
  return (
    <>
      <TagPickerGroup aria-label={intl.formatMessage({ id: 'share.recipients.selected' })}>
        {shown.map((chip) => (
          <RecipientChip
            key={chip.key}
            chip={chip}
            external={isExternal(chip, verifiedDomains)}
            unreadableClassName={styles.unreadable}
            classNames={classNames}
            onRemove={onRemove}
          />
        ))}
      </TagPickerGroup>
      {hidden > 0 ? (
        <Button
          size="small"
          shape="circular"
          className={styles.more}
          aria-label={intl.formatMessage({ id: 'share.recipients.showMore' }, { count: hidden })}
          onClick={onExpand}
        >
          {intl.formatMessage({ id: 'share.recipients.more' }, { count: hidden })}
        </Button>
      ) : null}
    </>
  );
});
