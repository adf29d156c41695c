import { Button, Spinner } from '@fluentui/react-components';
import { useEffect, useId, useRef, type RefObject } from 'react';
import { FormattedMessage } from 'react-intl';
import { useFormatText } from '../../components/display-text';
import type { AccessEntry } from './access-entry';
import type { ManageAccessStyles } from './manage-access.styles';
import type { ManageAccessState } from './manage-access.types';

/**
 * "Remove Alex Wilber?" in place of the entry's controls, whose confirming button is also named
 * Remove. Inline rather than a second modal on top of the share dialog: focus stays in the list
 * and returns to the entry on Cancel or Escape.
 */
export function RemoveConfirmation({
  entry,
  state,
  styles,
  returnFocus,
}: {
  entry: AccessEntry;
  state: ManageAccessState;
  styles: ManageAccessStyles;
  /** The entry's own Remove button, focused again when the question is cancelled. */
  returnFocus: RefObject<HTMLButtonElement | null>;
}) {
  const questionId = useId();
  const group = useRef<HTMLDivElement>(null);
  const removing = state.busyId === entry.id;
  const name = useFormatText()(entry.name);
  const kind = entry.link ? 'link' : 'person';

  function cancel() {
    state.cancelRemove();
    requestAnimationFrame(() => returnFocus.current?.focus());
  }

  useEffect(() => {
    // Move to the question so a screen reader reads it before the buttons.
    group.current?.focus();
  }, []);

  return (
    <div
      ref={group}
      role="group"
      tabIndex={-1}
      aria-labelledby={questionId}
      className={styles.confirm}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !removing) {
          event.stopPropagation(); // close only this question, not the dialog around it
          cancel();
        }
      }}
    >
      <span id={questionId} className={styles.question}>
        <FormattedMessage id="access.remove.question" values={{ kind, name }} />{' '}
        <span className={styles.secondary}>
          <FormattedMessage id="access.remove.consequence" values={{ kind, item: state.item.name }} />
        </span>
      </span>
      <Button appearance="primary" disabledFocusable={removing} icon={removing ? <Spinner size="tiny" aria-hidden /> : undefined} onClick={state.confirmRemove}>
        <FormattedMessage id="access.entry.remove" />
      </Button>
      <Button disabledFocusable={removing} onClick={cancel}>
        <FormattedMessage id="access.remove.cancel" />
      </Button>
    </div>
  );
}
