import { defaultRangeExtractor, observeElementRect, useVirtualizer, type Rect } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/** A row's height in the table layout; narrow windows give each row two lines (see item-list.tsx). */
export const ROW_HEIGHT = 44;
/** Rows kept rendered beyond the visible ones, so fast scrolling shows no blank gaps. */
const OVERSCAN = 8;
/** What to assume while the list has no layout (first paint, jsdom, a hidden tab): about 12 rows. */
const NO_LAYOUT: Rect = { width: 800, height: ROW_HEIGHT * 12 };
/** Start fetching the next page this many rows before the end of what is loaded. */
const PREFETCH_ROWS = 40;

export interface ItemListOptions {
  count: number;
  /** Every row is this tall (px); the list re-measures when it changes. */
  rowHeight?: number;
  hasMore: boolean;
  loadMore: () => void;
  /** Fetches every remaining page, one right after the other (End). */
  loadAll: () => void;
  onOpen: (index: number) => void;
  /** Space on a row picks it (Shift+Space: the range up to it); absent when the list has no selection. */
  onToggle?: ((index: number, range: boolean) => void) | undefined;
}

/**
 * A virtual list over loaded items with one roving tab stop: arrows, Page Up/Down, Home and End move
 * between rows (End also pulls in further pages), Enter opens, Space selects (Shift+Space a range). Only the rows in view are rendered.
 */
export function useItemList({ count, rowHeight = ROW_HEIGHT, hasMore, loadMore, loadAll, onOpen, onToggle }: ItemListOptions) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  /** The row keyboard navigation moved to, focused as soon as it is rendered. */
  const focusTarget = useRef<number | undefined>(undefined);
  // End means the last item of the folder, not of what happens to be loaded: the pages still missing
  // are fetched back to back, and the list goes to the last item once the last page is in. Moving to
  // each page's end on the way would render and lay out rows nobody reads, and hold up the fetches.
  const chasingEnd = useRef(false);
  const activeIndex = Math.min(active, Math.max(0, count - 1));
  // Not compiled by React Compiler (the app does not use it); the virtualizer re-renders us itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Keyboard moves stop a little short of the edges, so the focused row's outline is not cut off.
    scrollPaddingStart: 4,
    scrollPaddingEnd: 4,
    overscan: OVERSCAN,
    // The row with the tab stop stays mounted when scrolled away, so focus is never dropped to the page.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      if (count > 0 && !indexes.includes(activeIndex)) indexes.push(activeIndex);
      return indexes.sort((a, b) => a - b);
    },
    initialRect: NO_LAYOUT,
    observeElementRect: (instance, onRect) => observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : NO_LAYOUT)),
  });
  // The estimate is every row's size (rows are not measured), so a new height means re-measuring all.
  useEffect(() => {
    virtualizer.measure();
  }, [virtualizer, rowHeight]);
  const rows = virtualizer.getVirtualItems();
  const lastRendered = rows.reduce((last, row) => (row.index === activeIndex ? last : Math.max(last, row.index)), -1);

  // Paging follows scrolling: when the rendered window nears the end of what is loaded, load more.
  useEffect(() => {
    if (hasMore && count > 0 && lastRendered >= count - PREFETCH_ROWS) loadMore();
  }, [hasMore, count, lastRendered, loadMore]);

  useEffect(() => {
    if (!chasingEnd.current || count === 0 || hasMore) return;
    chasingEnd.current = false;
    moveTo(count - 1);
    // moveTo changes identity every render; count and hasMore are what matter here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [count, hasMore]);

  // Keyboard moves focus to rows that may not exist yet: focus them once they render.
  useEffect(() => {
    if (focusTarget.current === undefined) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${focusTarget.current}"]`);
    if (row) {
      focusTarget.current = undefined;
      row.focus();
    }
  });

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(count - 1, index));
    setActive(next);
    focusTarget.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    // Keys typed into a button or field inside a row belong to that control.
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row || event.target !== row) return;
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(activeIndex + 1),
      ArrowUp: () => moveTo(activeIndex - 1),
      PageDown: () => moveTo(activeIndex + pageRows),
      PageUp: () => moveTo(activeIndex - pageRows),
      Home: () => moveTo(0),
      End: () => {
        chasingEnd.current = hasMore;
        if (hasMore) loadAll();
        moveTo(count - 1);
      },
      Enter: () => onOpen(activeIndex),
      ...(onToggle ? { ' ': () => onToggle(activeIndex, event.shiftKey) } : {}),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    chasingEnd.current = false;
    action();
  }

  return {
    scrollRef,
    rowHeight,
    rows,
    totalSize: virtualizer.getTotalSize(),
    activeIndex,
    setActive,
    onKeyDown,
  };
}
