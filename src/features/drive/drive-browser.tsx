import { Breadcrumb, BreadcrumbButton, BreadcrumbDivider, BreadcrumbItem, Field, SearchBox, Spinner, Tab, TabList } from '@fluentui/react-components';
import { Fragment } from 'react';
import { ErrorMessage } from '../../components/error-message';
import type { DriveItemRef } from '../../lib/graph';
import { useDriveBrowserStyles } from './drive-browser.styles';
import { ItemList } from './item-list';
import { LibraryList } from './library-list';
import { useDriveBrowser, type Source } from './use-drive-browser';

export interface DriveBrowserProps {
  onShare: (item: DriveItemRef) => void;
  onSignIn?: () => void;
  className?: string;
}

const SOURCES: { value: Source; label: string }[] = [
  { value: 'mine', label: 'My files' },
  { value: 'shared', label: 'Shared with me' },
  { value: 'libraries', label: 'Libraries' },
];

function emptyText(source: Source, query: string, atRoot: boolean): string {
  if (query !== '') return `No files match “${query}”.`;
  if (source === 'shared' && atRoot) return 'Nothing has been shared with you yet.';
  return 'This folder is empty.';
}

export function DriveBrowser({ onShare, onSignIn, className }: DriveBrowserProps) {
  const state = useDriveBrowser();
  const styles = useDriveBrowserStyles(className);
  const lastIndex = state.trail.length - 1;
  const label = state.query !== '' ? `Search results for “${state.query}”` : `Files in ${state.current.name}`;

  return (
    <section className={styles.root} aria-labelledby="drive-heading">
      <h2 id="drive-heading" className={styles.visuallyHidden}>
        {state.current.name}
      </h2>
      <TabList selectedValue={state.source} onTabSelect={(_event, data) => state.setSource(data.value as Source)} aria-label="Where to look">
        {SOURCES.map((source) => (
          <Tab key={source.value} value={source.value}>
            {source.label}
          </Tab>
        ))}
      </TabList>
      <div className={styles.toolbar}>
        <Breadcrumb aria-label="Folder path">
          {state.trail.map((crumb, index) => (
            <Fragment key={index}>
              <BreadcrumbItem>
                <BreadcrumbButton current={index === lastIndex} onClick={() => state.goTo(index)}>
                  {crumb.name}
                </BreadcrumbButton>
              </BreadcrumbItem>
              {index < lastIndex ? <BreadcrumbDivider /> : null}
            </Fragment>
          ))}
        </Breadcrumb>
        {state.canSearch ? (
          <Field label="Search this drive" className={styles.search}>
            <SearchBox value={state.searchText} onChange={(_event, data) => state.setSearchText(data.value)} placeholder="File or folder name" />
          </Field>
        ) : null}
      </div>

      {state.status === 'pending' ? (
        <Spinner className={styles.state} label={state.query !== '' ? 'Searching…' : 'Loading files…'} />
      ) : state.status === 'error' ? (
        <ErrorMessage error={state.error} title="This folder could not be opened" onRetry={state.retry} onSignIn={onSignIn} />
      ) : state.showsLibraries ? (
        <LibraryList libraries={state.libraries.data ?? []} onOpen={state.openLibrary} />
      ) : state.items.length === 0 ? (
        <p className={styles.state} role="status">
          {emptyText(state.source, state.query, lastIndex === 0)}
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
          showFolder={state.query !== ''}
          onOpenFolder={state.openFolder}
          onShare={onShare}
        />
      )}
    </section>
  );
}
