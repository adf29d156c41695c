import type { InteractiveRequest } from '../../lib/auth';
import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { ArrowClockwise20Regular, Dismiss20Regular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorMessage } from '../../components/error-message';
import type { MessageId } from '../../i18n';
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
  const intl = useIntl();
  const list = state.list;
  const notice = state.notice;
  return (
    <section
      className={styles.root}
      aria-label={intl.formatMessage({ id: 'access.panel.label' }, { item: item.name })}
      aria-busy={list.kind === 'loading' || state.refreshing}
    >
      <Notice state={state} styles={styles} onSignIn={onSignIn} />
      {list.kind === 'loading' ? (
        <Spinner label={intl.formatMessage({ id: 'access.panel.loading' })} />
      ) : list.kind === 'failed' ? (
        <ErrorMessage error={list.error} title={intl.formatMessage({ id: 'access.panel.loadFailed' })} onRetry={state.reload} onSignIn={onSignIn} />
      ) : (
        <>
          {list.refreshError ? (
            <ErrorMessage
              error={list.refreshError}
              title={intl.formatMessage({ id: 'access.panel.refreshFailed' })}
              onRetry={state.reload}
              onSignIn={onSignIn}
            />
          ) : null}
          <div className={styles.toolbar}>
            <div className={styles.summary}>
              <span>
                <FormattedMessage id="access.panel.count" values={{ count: list.count }} />
              </span>
              {/* Present while the list is, so screen readers hear each change as it lands; it takes no room while empty. */}
              <div ref={status} role="status" tabIndex={-1} className={styles.live}>
                {notice?.kind === 'done' ? (
                  <FormattedMessage id={notice.text.id} values={notice.text.values} />
                ) : state.refreshing ? (
                  <FormattedMessage id="access.panel.refreshing" />
                ) : null}
              </div>
            </div>
            <Button appearance="subtle" icon={<ArrowClockwise20Regular />} onClick={state.reload} disabled={state.refreshing}>
              <FormattedMessage id="access.panel.refresh" />
            </Button>
          </div>
          <Section heading="access.section.people" entries={list.sections.people} empty="access.section.noPeople" state={state} styles={styles} />
          <Section heading="access.section.groups" entries={list.sections.groups} state={state} styles={styles} />
          <Section heading="access.section.links" entries={list.sections.links} empty="access.section.noLinks" state={state} styles={styles} />
          <Section heading="access.section.inherited" entries={list.sections.inherited} state={state} styles={styles} />
        </>
      )}
    </section>
  );
}

function Section({
  heading,
  entries,
  empty,
  state,
  styles,
}: {
  heading: MessageId;
  entries: AccessEntry[];
  empty?: MessageId;
  state: ManageAccessState;
  styles: ManageAccessStyles;
}) {
  const intl = useIntl();
  if (entries.length === 0 && !empty) return null;
  return (
    <div className={styles.section}>
      <h3 className={styles.heading}>
        <FormattedMessage id={heading} />
      </h3>
      {entries.length === 0 ? (
        <p className={styles.empty}>{empty ? <FormattedMessage id={empty} /> : null}</p>
      ) : (
        <ul className={styles.list} aria-label={intl.formatMessage({ id: heading })}>
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

function Notice({
  state,
  styles,
  onSignIn,
}: {
  state: ManageAccessState;
  styles: ManageAccessStyles;
  onSignIn?: ((request: InteractiveRequest) => void) | undefined;
}) {
  const intl = useIntl();
  const notice = state.notice;
  if (!notice || notice.kind === 'done') return null;
  if (notice.kind === 'error') {
    return <ErrorMessage error={notice.error} title={intl.formatMessage({ id: notice.title.id }, notice.title.values)} onSignIn={onSignIn} />;
  }
  const dismiss = (
    <MessageBarActions
      containerAction={
        <Button
          appearance="transparent"
          aria-label={intl.formatMessage({ id: 'access.notice.dismiss' })}
          icon={<Dismiss20Regular />}
          onClick={state.dismissNotice}
        />
      }
    />
  );
  if (notice.kind === 'lost') {
    // The list was read again when the request settled, so it shows what Graph holds now.
    return (
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{intl.formatMessage({ id: 'access.lost.title' })}</MessageBarTitle>
          <FormattedMessage id="access.lost.body" />
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  if (notice.kind === 'stale') {
    return (
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>
            <FormattedMessage id="access.stale.title" />
          </MessageBarTitle>
          <FormattedMessage id="access.stale.body" />
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>
          <FormattedMessage id="access.copyFailed.title" />
        </MessageBarTitle>
        <Field label={intl.formatMessage({ id: 'access.copyFailed.label' })}>
          <Input className={styles.manualCopy} readOnly value={notice.url} onFocus={(event) => event.currentTarget.select()} />
        </Field>
      </MessageBarBody>
      {dismiss}
    </MessageBar>
  );
}
