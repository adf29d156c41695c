import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export const ROW_HEIGHT = 44;
/** Rows kept rendered beyond the visible ones, so fast scrolling shows no blank gaps. */
const OVERSCAN = 8;
/** Start fetching the next page this many rows before the end of what is loaded. */
const PREFETCH_ROWS = 40;

export interface ItemListOptions {
  count: number;
  hasMore: boolean;
  loadMore: () => void;
  onOpen: (index: number) => void;
}

/**
 * A virtual list over loaded items with one roving tab stop: arrows, Page Up/Down, Home and End move
 * between rows (End also pulls in further pages), Enter opens. Only the rows in view are rendered.
 */
export function useItemList({ count, hasMore, loadMore, onOpen }: ItemListOptions) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    // jsdom and the first paint have no layout yet: assume a viewport so the first rows render at once.
    initialRect: { width: 800, height: ROW_HEIGHT * 12 },
  });
  const rows = virtualizer.getVirtualItems();
  const lastRendered = rows[rows.length - 1]?.index ?? -1;
  const activeIndex = Math.min(active, Math.max(0, count - 1));

  // Paging follows scrolling: when the rendered window nears the end of what is loaded, load more.
  useEffect(() => {
    if (hasMore && count > 0 && lastRendered >= count - PREFETCH_ROWS) loadMore();
  }, [hasMore, count, lastRendered, loadMore]);

  // Keyboard moves focus to rows that may not exist yet: focus them once they render.
  useEffect(() => {
    if (!focusPending.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (row) {
      focusPending.current = false;
      row.focus();
    }
  });

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(count - 1, index));
    setActive(next);
    focusPending.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    // Keys typed into a button or field inside a row belong to that control.
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row || event.target !== row) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(activeIndex + 1),
      ArrowUp: () => moveTo(activeIndex - 1),
      PageDown: () => moveTo(activeIndex + pageRows),
      PageUp: () => moveTo(activeIndex - pageRows),
      Home: () => moveTo(0),
      End: () => {
        if (hasMore) loadMore();
        moveTo(count - 1);
      },
      Enter: () => onOpen(activeIndex),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  return {
    scrollRef,
    rows,
    totalSize: virtualizer.getTotalSize(),
    activeIndex,
    setActive,
    onKeyDown,
    measureElement: virtualizer.measureElement,
  };
}
