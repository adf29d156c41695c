import { useMemo, useReducer } from 'react';
import type { DriveItemRef } from '../../../lib/graph';
import { emptySelection, selectionKey, selectionReducer } from './selection';

/** The one owner of the selection; the drive browser keeps it while folders, places and searches change. */
export function useSelection() {
  const [selection, dispatch] = useReducer(selectionReducer, emptySelection);
  const keys = useMemo(() => new Set(selection.items.map(selectionKey)), [selection.items]);
  return {
    items: selection.items,
    count: selection.items.length,
    overLimit: selection.overLimit,
    isSelected: (item: DriveItemRef) => keys.has(selectionKey(item)),
    /** How much of `visible` is selected: the header checkbox's state. */
    stateOf: (visible: readonly DriveItemRef[]): boolean | 'mixed' => {
      const selected = visible.filter((item) => keys.has(selectionKey(item))).length;
      return selected === 0 ? false : selected === visible.length ? true : 'mixed';
    },
    toggle: (item: DriveItemRef, visible: readonly DriveItemRef[], range: boolean) => dispatch({ type: 'toggle', item, visible, range }),
    toggleAll: (visible: readonly DriveItemRef[]) => dispatch({ type: 'toggle-all', visible }),
    clear: () => dispatch({ type: 'clear' }),
  };
}

export type SelectionState = ReturnType<typeof useSelection>;
