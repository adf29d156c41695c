import { Button, Spinner } from '@fluentui/react-components';
import { useEffect, useId, useRef, type RefObject } from 'react';
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
  const subject = entry.link ? `the link “${entry.name}”` : entry.name;

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
        Remove {subject}?{' '}
        <span className={styles.secondary}>
          {entry.link
            ? `Anyone using this link loses access to “${state.item.name}”.`
            : `They lose access to “${state.item.name}” unless they have it another way.`}
        </span>
      </span>
      <Button
        appearance="primary"
        disabledFocusable={removing}
        icon={removing ? <Spinner size="tiny" aria-hidden /> : undefined}
        onClick={state.confirmRemove}
      >
        Remove
      </Button>
      <Button disabledFocusable={removing} onClick={cancel}>
        Cancel
      </Button>
    </div>
  );
}
