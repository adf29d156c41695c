import { useState } from 'react';
import type { DriveItem } from '../../lib/graph';
import { useListChildren, type FolderRef } from './api/list-children';

export interface Crumb {
  name: string;
  folder: FolderRef;
}

const ROOT: Crumb = { name: 'My files', folder: { kind: 'my-root' } };

/** Folders before files, each by name as people read it (numbers in order, case ignored). */
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
export function sortForDisplay(items: readonly DriveItem[]): DriveItem[] {
  return [...items].sort((a, b) => {
    const folderOrder = Number(b.folder !== undefined) - Number(a.folder !== undefined);
    return folderOrder !== 0 ? folderOrder : collator.compare(a.name, b.name);
  });
}

export function useDriveBrowser() {
  const [trail, setTrail] = useState<Crumb[]>([ROOT]);
  const current = trail[trail.length - 1] ?? ROOT;
  const children = useListChildren(current.folder);
  const items = sortForDisplay(children.data?.pages.flatMap((page) => page.items) ?? []);

  return {
    trail,
    current,
    items,
    status: children.status,
    error: children.error,
    hasMore: children.hasNextPage,
    loadingMore: children.isFetchingNextPage,
    loadMore: () => void children.fetchNextPage(),
    retry: () => void children.refetch(),
    openFolder(item: DriveItem) {
      const driveId = item.parentReference?.driveId;
      if (!item.folder || !driveId) return;
      setTrail((current) => [...current, { name: item.name, folder: { kind: 'item', driveId, itemId: item.id } }]);
    },
    goTo(index: number) {
      setTrail((current) => current.slice(0, Math.max(1, index + 1)));
    },
  };
}
