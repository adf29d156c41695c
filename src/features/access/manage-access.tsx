import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { ArrowClockwise20Regular, Dismiss20Regular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { ErrorMessage } from '../../components/error-message';
import type { AccessEntry } from './access-entry';
import { AccessEntryItem, LinkEntryItem } from './access-entry-item';
import { useManageAccessStyles, type ManageAccessStyles } from './manage-access.styles';
import type { ManageAccessProps, ManageAccessState } from './manage-access.types';
import { useManageAccess } from './use-manage-access';

/** Who has access to an item: the owner, people, groups, links and inherited access. */
export function ManageAccess({ item, onSignIn, className }: ManageAccessProps) {
  const status = useRef<HTMLDivElement>(null);
  // The removed entry and its buttons are gone: focus the sentence that says so.
  const state = useManageAccess(item, () => requestAnimationFrame(() => status.current?.focus()));
  const styles = useManageAccessStyles(className);
  const list = state.list;
  return (
    <section className={styles.root} aria-label={`Who has access to “${item.name}”`} aria-busy={list.kind === 'loading' || state.refreshing}>
      {/* Always present, so screen readers hear each change as it lands. */}
      <div ref={status} role="status" tabIndex={-1} className={styles.live}>
        {state.notice?.kind === 'done' ? state.notice.text : state.refreshing ? 'Refreshing the list…' : ''}
      </div>
      <Notice state={state} styles={styles} onSignIn={onSignIn} />
      {list.kind === 'loading' ? (
        <Spinner label="Loading who has access…" />
      ) : list.kind === 'failed' ? (
        <ErrorMessage error={list.error} title="Could not load who has access" onRetry={state.reload} onSignIn={onSignIn} />
      ) : (
        <>
          <div className={styles.toolbar}>
            <span>{list.count === 1 ? '1 entry' : `${list.count} entries`}</span>
            <Button appearance="subtle" icon={<ArrowClockwise20Regular />} onClick={state.reload} disabled={state.refreshing}>
              Refresh
            </Button>
          </div>
          <Section title="People" entries={list.sections.people} empty="Nobody else has been given access directly." state={state} styles={styles} />
          <Section title="Groups" entries={list.sections.groups} state={state} styles={styles} />
          <Section title="Links" entries={list.sections.links} empty="No sharing links." state={state} styles={styles} />
          <Section title="Inherited from folders above" entries={list.sections.inherited} state={state} styles={styles} />
        </>
      )}
    </section>
  );
}

function Section({ title, entries, empty, state, styles }: { title: string; entries: AccessEntry[]; empty?: string; state: ManageAccessState; styles: ManageAccessStyles }) {
  if (entries.length === 0 && !empty) return null;
  return (
    <div className={styles.section}>
      <h3 className={styles.heading}>{title}</h3>
      {entries.length === 0 ? (
        <p className={styles.empty}>{empty}</p>
      ) : (
        <ul className={styles.list} aria-label={title}>
          {entries.map((entry) =>
            entry.kind === 'link' ? (
              <LinkEntryItem key={entry.id} entry={entry} state={state} styles={styles} />
            ) : (
              <AccessEntryItem key={entry.id} entry={entry} state={state} styles={styles} />
            ),
          )}
        </ul>
      )}
    </div>
  );
}

function Notice({ state, styles, onSignIn }: { state: ManageAccessState; styles: ManageAccessStyles; onSignIn?: (() => void) | undefined }) {
  const notice = state.notice;
  if (!notice || notice.kind === 'done') return null;
  if (notice.kind === 'error') return <ErrorMessage error={notice.error} title={notice.title} onSignIn={onSignIn} />;
  const dismiss = (
    <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss" icon={<Dismiss20Regular />} onClick={state.dismissNotice} />} />
  );
  if (notice.kind === 'stale') {
    return (
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Someone else changed access meanwhile</MessageBarTitle>
          Nothing was changed. The list has been reloaded with their change; check it and try again.
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>The link could not be copied</MessageBarTitle>
        <Field label="Select the link and copy it yourself">
          <Input className={styles.manualCopy} readOnly value={notice.url} onFocus={(event) => event.currentTarget.select()} />
        </Field>
      </MessageBarBody>
      {dismiss}
    </MessageBar>
  );
}
