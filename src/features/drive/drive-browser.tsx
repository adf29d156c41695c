import type { InteractiveRequest } from '../../lib/auth';
import { Breadcrumb, BreadcrumbButton, BreadcrumbDivider, BreadcrumbItem, Field, SearchBox, Spinner, Tab, TabList } from '@fluentui/react-components';
import { Fragment, useEffect, useMemo, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormatText } from '../../components/display-text';
import { ErrorMessage } from '../../components/error-message';
import type { MessageId } from '../../i18n';
import { toDriveItemRef, type DriveItem, type DriveItemRef } from '../../lib/graph';
import { useDriveBrowserStyles } from './drive-browser.styles';
import { ItemList } from './item-list';
import { LibrariesProblems } from './libraries-problems';
import { LibraryList } from './library-list';
import { SelectionBar } from './selection/selection-bar';
import { useSelection } from './selection/use-selection';
import { useNarrow } from './use-narrow';
import { useDriveBrowser, type Source } from './use-drive-browser';

export interface DriveBrowserProps {
  onShare: (item: DriveItemRef) => void;
  /** Given, the rows get checkboxes and a selection bar whose "Share N items" calls this. */
  onShareMany?: ((items: readonly DriveItemRef[]) => void) | undefined;
  onSignIn?: ((request: InteractiveRequest) => void) | undefined;
  className?: string;
}

const SOURCES: { value: Source; label: MessageId }[] = [
  { value: 'mine', label: 'drive.source.mine' },
  { value: 'shared', label: 'drive.source.shared' },
  { value: 'libraries', label: 'drive.source.libraries' },
];

function EmptyText({ source, query, atRoot }: { source: Source; query: string; atRoot: boolean }) {
  if (query !== '') return <FormattedMessage id="drive.empty.search" values={{ query }} />;
  return <FormattedMessage id={source === 'shared' && atRoot ? 'drive.empty.shared' : 'drive.empty.folder'} />;
}

export function DriveBrowser({ onShare, onShareMany, onSignIn, className }: DriveBrowserProps) {
  const state = useDriveBrowser();
  const selection = useSelection();
  const refs = useMemo(() => state.items.map((item) => toDriveItemRef(item, '')), [state.items]);
  const selectable = useMemo(() => refs.filter((ref) => ref.driveId !== ''), [refs]);
  const styles = useDriveBrowserStyles(className);
  const intl = useIntl();
  const text = useFormatText();
  // Small tabs keep the three places on one line down to about 340px; below that they wrap.
  const narrow = useNarrow();
  const lastIndex = state.trail.length - 1;
  const currentName = text(state.current.name);
  const label =
    state.query !== ''
      ? intl.formatMessage({ id: 'drive.list.search' }, { query: state.query })
      : intl.formatMessage({ id: 'drive.list.folder' }, { folder: currentName });

  // Opening a folder (or going up the path) replaces the list, and the disabled current crumb cannot
  // hold focus: focus moves to the new list's first row, or to the folder's heading when it has
  // none, instead of falling to the page.
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current || state.status === 'pending') return;
    refocus.current = false;
    (sectionRef.current?.querySelector<HTMLElement>('[role="row"][data-index="0"]') ?? headingRef.current)?.focus();
  });
  function noteFocus() {
    refocus.current = sectionRef.current?.contains(document.activeElement) ?? false;
  }
  function openFolder(item: DriveItem) {
    noteFocus();
    state.openFolder(item);
  }
  function goTo(index: number) {
    noteFocus();
    state.goTo(index);
  }

  return (
    <section ref={sectionRef} className={styles.root} aria-labelledby="drive-heading">
      <h2 id="drive-heading" ref={headingRef} tabIndex={-1} className={styles.visuallyHidden}>
        {currentName}
      </h2>
      <TabList
        size={narrow ? 'small' : 'medium'}
        className={styles.tabs}
        selectedValue={state.source}
        onTabSelect={(_event, data) => state.setSource(data.value as Source)}
        aria-label={intl.formatMessage({ id: 'drive.source.label' })}
      >
        {SOURCES.map((source) => (
          <Tab key={source.value} value={source.value}>
            <FormattedMessage id={source.label} />
          </Tab>
        ))}
      </TabList>
      <div className={styles.toolbar}>
        <Breadcrumb aria-label={intl.formatMessage({ id: 'drive.breadcrumb.label' })}>
          {state.trail.map((crumb, index) => (
            <Fragment key={index}>
              <BreadcrumbItem>
                <BreadcrumbButton current={index === lastIndex} onClick={() => goTo(index)}>
                  {text(crumb.name)}
                </BreadcrumbButton>
              </BreadcrumbItem>
              {index < lastIndex ? <BreadcrumbDivider /> : null}
            </Fragment>
          ))}
        </Breadcrumb>
        {state.canSearch ? (
          <Field label={intl.formatMessage({ id: 'drive.search.label' })} className={styles.search}>
            <SearchBox
              value={state.searchText}
              onChange={(_event, data) => state.setSearchText(data.value)}
              placeholder={intl.formatMessage({ id: 'drive.search.placeholder' })}
            />
          </Field>
        ) : null}
      </div>

      {onShareMany ? <SelectionBar selection={selection} onShare={() => onShareMany(selection.items)} /> : null}

      {state.status === 'pending' ? (
        <Spinner className={styles.state} label={intl.formatMessage({ id: state.query !== '' ? 'drive.status.searching' : 'drive.status.loading' })} />
      ) : state.status === 'error' ? (
        <ErrorMessage error={state.error} title={intl.formatMessage({ id: 'drive.error.folder' })} onRetry={state.retry} onSignIn={onSignIn} />
      ) : state.showsLibraries ? (
        <>
          <LibrariesProblems problems={state.librariesProblems} onRetry={state.retry} onSignIn={onSignIn} />
          <LibraryList libraries={state.libraries} onOpen={state.openLibrary} />
        </>
      ) : state.items.length === 0 ? (
        <p className={styles.state} role="status">
          <EmptyText source={state.source} query={state.query} atRoot={lastIndex === 0} />
        </p>
      ) : (
        <ItemList
          // Another folder, search or order starts at its top with the first row active.
          key={JSON.stringify([state.current.folder, state.query, state.sort])}
          label={label}
          items={state.items}
          total={state.total}
          sort={state.sort}
          onSort={state.sortBy}
          hasMore={state.hasMore}
          loadingMore={state.loadingMore}
          loadMore={state.loadMore}
          loadAll={state.loadAll}
          showFolder={state.query !== ''}
          onOpenFolder={openFolder}
          onShare={onShare}
          selection={
            onShareMany
              ? {
                  isSelected: (index) => refs[index] !== undefined && selection.isSelected(refs[index]),
                  toggle: (index, range) => {
                    const ref = refs[index];
                    if (ref) selection.toggle(ref, refs, range);
                  },
                  all: selection.stateOf(selectable),
                  toggleAll: () => selection.toggleAll(selectable),
                }
              : undefined
          }
        />
      )}
    </section>
  );
}
