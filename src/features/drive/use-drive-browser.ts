import { useEffect, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { DisplayText } from '../../components/display-text';
import type { DriveItem } from '../../lib/graph';
import { driveOf, useListItems, type FolderRef, type SortKey, type SortOrder } from './api/list-children';
import { useLibraries, type Library } from './api/list-libraries';
import { useSearchDrive } from './api/search-drive';
import { useDebouncedValue } from '../../components/use-debounced-value';

export type Source = 'mine' | 'shared' | 'libraries';

export interface Crumb {
  /** A root's name from the catalogs ("My files"), or a folder's or library's name as it is. */
  name: DisplayText;
  /** Undefined for the Libraries overview, which lists libraries rather than items. */
  folder: FolderRef | undefined;
  /** How many items the folder holds, when Graph said so (folder.childCount). */
  childCount?: number | undefined;
}

const SOURCE_ROOTS: Record<Source, Crumb> = {
  mine: { name: { id: 'drive.source.mine' }, folder: { kind: 'drive-root', drive: '/me/drive' } },
  shared: { name: { id: 'drive.source.shared' }, folder: { kind: 'shared-with-me' } },
  libraries: { name: { id: 'drive.source.libraries' }, folder: undefined },
};

export const SEARCH_DELAY_MS = 300;

/**
 * Sorts in the browser what Graph does not sort for us (shared-with-me entries, search results),
 * names in the order of the user's language (`collator` for their locale).
 */
export function sortItems(items: readonly DriveItem[], sort: SortOrder, collator: Intl.Collator): DriveItem[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const value = (item: DriveItem) => (sort.key === 'size' ? (item.size ?? 0) : sort.key === 'modified' ? Date.parse(item.lastModifiedDateTime ?? '') || 0 : 0);
  return [...items].sort((a, b) => sign * (sort.key === 'name' ? collator.compare(a.name, b.name) : value(a) - value(b)));
}

function nextSort(current: SortOrder, key: SortKey): SortOrder {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  // Newest and largest first is what people look for when they pick those columns.
  return { key, direction: key === 'name' ? 'ascending' : 'descending' };
}

export function useDriveBrowser() {
  const { locale } = useIntl();
  const collator = useMemo(() => new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }), [locale]);
  const [source, setSource] = useState<Source>('mine');
  const [trail, setTrail] = useState<Crumb[]>([SOURCE_ROOTS.mine]);
  const [sort, setSort] = useState<SortOrder>({ key: 'name', direction: 'ascending' });
  const [searchText, setSearchText] = useState('');
  const query = useDebouncedValue(searchText.trim(), SEARCH_DELAY_MS);

  const current = trail[trail.length - 1] ?? SOURCE_ROOTS[source];
  const folder = current.folder;
  const drive = folder ? driveOf(folder) : undefined;
  const searching = query !== '' && drive !== undefined;
  const listing = useListItems(folder, sort);
  const search = useSearchDrive(searching ? drive : undefined, query);
  const libraries = useLibraries(source === 'libraries');
  const sortedLibraries = useMemo(() => [...(libraries.data?.libraries ?? [])].sort((a, b) => collator.compare(a.name, b.name)), [libraries.data, collator]);
  const active = searching ? search : listing;
  const pages = active.data?.pages;
  const sortHere = folder?.kind === 'shared-with-me' || searching;
  // Children arrive sorted by Graph; the other lists are sorted here. Memoised: a 10,000-item folder
  // re-renders for every page's fetch status, and nothing here needs redoing unless a page arrived.
  const items = useMemo(() => {
    const loaded = pages?.flatMap((page) => page.items) ?? [];
    return sortHere ? sortItems(loaded, sort, collator) : loaded;
  }, [pages, sortHere, sort, collator]);
  // The list a chase to the end (loadAll) belongs to: it stops when the list shown changes.
  const listKey = JSON.stringify([folder, searching ? query : '', sort]);
  const shownKey = useRef(listKey);
  useEffect(() => {
    shownKey.current = listKey;
  }, [listKey]);

  function go(next: Crumb[]) {
    setTrail(next);
    setSearchText('');
  }

  return {
    source,
    trail,
    current,
    /** The libraries overview is showing instead of a list of items. */
    showsLibraries: folder === undefined,
    /** The libraries of the overview, by name in the user's language. */
    libraries: sortedLibraries,
    /** A part of the libraries overview that could not be listed (the rest is), e.g. a refused scope. */
    librariesProblems: libraries.data?.problems ?? [],
    sort,
    searchText,
    /** The search that the list shows, once typing has paused; empty when browsing. */
    query: searching ? query : '',
    canSearch: drive !== undefined,
    items,
    status: folder === undefined ? libraries.status : active.status,
    error: folder === undefined ? libraries.error : active.error,
    hasMore: active.hasNextPage,
    loadingMore: active.isFetchingNextPage,
    /** The folder's size when Graph told us, so the list can announce its full length. */
    total: searching ? undefined : current.childCount,
    loadMore: () => {
      if (active.hasNextPage && !active.isFetchingNextPage) void active.fetchNextPage({ cancelRefetch: false });
    },
    /**
     * Fetches every remaining page, each as soon as the one before it has arrived, without waiting
     * for the list to render in between (End goes to the folder's last item). Stops at a failed
     * page, whose error the list shows, and when another folder, search or order is shown.
     */
    loadAll: () => {
      const started = listKey;
      void (async () => {
        let result = await active.fetchNextPage({ cancelRefetch: false });
        while (result.hasNextPage && !result.isError && shownKey.current === started) result = await result.fetchNextPage({ cancelRefetch: false });
      })();
    },
    retry: () => void (folder === undefined ? libraries.refetch() : active.refetch()),
    setSource: (next: Source) => {
      setSource(next);
      go([SOURCE_ROOTS[next]]);
    },
    setSearchText,
    sortBy: (key: SortKey) => setSort((currentSort) => nextSort(currentSort, key)),
    openFolder: (item: DriveItem) => {
      const target = item.remoteItem ?? item;
      const driveId = target.parentReference?.driveId;
      if (!target.folder || !driveId) return;
      go([...trail, { name: { verbatim: item.name }, folder: { kind: 'item', driveId, itemId: target.id }, childCount: target.folder.childCount }]);
    },
    openLibrary: (library: Library) => {
      go([...trail, { name: { verbatim: library.name }, folder: { kind: 'drive-root', drive: library.drive } }]);
    },
    goTo: (index: number) => {
      go(trail.slice(0, Math.max(1, index + 1)));
    },
  };
}

export type DriveBrowserState = ReturnType<typeof useDriveBrowser>;
