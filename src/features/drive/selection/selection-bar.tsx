import { Button, makeStyles, MessageBar, MessageBarBody, tokens, useFluent } from '@fluentui/react-components';
import { Dismiss20Regular, Share20Regular } from '@fluentui/react-icons';
import { FormattedMessage } from 'react-intl';
import { SELECTION_LIMIT } from './selection';
import type { SelectionState } from './use-selection';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
  },
  count: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  // The two buttons wrap as one group (under the count on a narrow screen), never one by one.
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    // Too narrow for both on the count's line: under it, each as wide as the bar, like a dialog's buttons.
    '@media (max-width: 479px)': { flexGrow: 1, '> *': { flexGrow: 1 } },
  },
  button: { whiteSpace: 'nowrap' },
  mirrored: { transform: 'scaleX(-1)' },
});

/** "N selected", Share N items and Clear; and why nothing more was added past the limit. */
export function SelectionBar({ selection, onShare }: { selection: SelectionState; onShare: () => void }) {
  const styles = useStyles();
  // The share arrow points onward, which is left in a right-to-left page.
  const { dir } = useFluent();
  const { count } = selection;
  return (
    <div className={styles.root}>
      {/* The count is a status region, always present so each change is read once, without moving focus. */}
      <div className={count > 0 ? styles.bar : undefined}>
        <span role="status" className={count > 0 ? styles.count : undefined}>
          {count > 0 ? <FormattedMessage id="drive.select.count" values={{ count }} /> : null}
        </span>
        {count > 0 ? (
          <div className={styles.actions}>
            <Button
              appearance="primary"
              className={styles.button}
              icon={<Share20Regular className={dir === 'rtl' ? styles.mirrored : undefined} />}
              onClick={onShare}
            >
              <FormattedMessage id="drive.select.share" values={{ count }} />
            </Button>
            <Button className={styles.button} icon={<Dismiss20Regular />} onClick={selection.clear}>
              <FormattedMessage id="drive.select.clear" />
            </Button>
          </div>
        ) : null}
      </div>
      {selection.overLimit ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <FormattedMessage id="drive.select.limit" values={{ limit: SELECTION_LIMIT }} />
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
