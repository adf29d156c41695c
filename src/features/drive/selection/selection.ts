import type { DriveItemRef } from '../../../lib/graph';

/** Most items one selection may hold (and one Share of many may send). */
export const SELECTION_LIMIT = 100;

/** Items picked for sharing together, in the order they were picked; kept across folders and searches. */
export interface Selection {
  items: readonly DriveItemRef[];
  /** The item a Shift range starts from: the last one toggled on its own. */
  anchor: string | undefined;
  /** Set when the last action wanted more than SELECTION_LIMIT items: some were left out. */
  overLimit: boolean;
}

export type SelectionAction =
  /** `visible` is the list the item was picked in, in its order (a Shift range runs through it). */
  | { type: 'toggle'; item: DriveItemRef; visible: readonly DriveItemRef[]; range: boolean }
  /** Selects every loaded row of the list, or clears them when all are selected already. */
  | { type: 'toggle-all'; visible: readonly DriveItemRef[] }
  | { type: 'clear' };

export const emptySelection: Selection = { items: [], anchor: undefined, overLimit: false };

export function selectionKey(item: Pick<DriveItemRef, 'driveId' | 'itemId'>): string {
  return `${item.driveId}/${item.itemId}`;
}

/** An entry of another person's drive that Graph gave no drive id for cannot be addressed, so not picked. */
export function isSelectable(item: DriveItemRef): boolean {
  return item.driveId !== '' && item.itemId !== '';
}

function addAll(state: Selection, add: readonly DriveItemRef[]): Pick<Selection, 'items' | 'overLimit'> {
  const keys = new Set(state.items.map(selectionKey));
  const fresh = add.filter((item) => isSelectable(item) && !keys.has(selectionKey(item)) && keys.add(selectionKey(item)));
  const room = Math.max(0, SELECTION_LIMIT - state.items.length);
  return { items: [...state.items, ...fresh.slice(0, room)], overLimit: fresh.length > room };
}

export function selectionReducer(state: Selection, action: SelectionAction): Selection {
  switch (action.type) {
    case 'clear':
      return emptySelection;
    case 'toggle-all': {
      const selectable = action.visible.filter(isSelectable);
      const keys = new Set(state.items.map(selectionKey));
      if (selectable.length > 0 && selectable.every((item) => keys.has(selectionKey(item)))) {
        const visible = new Set(selectable.map(selectionKey));
        return { ...state, items: state.items.filter((item) => !visible.has(selectionKey(item))), overLimit: false };
      }
      return { ...state, ...addAll(state, selectable) };
    }
    case 'toggle': {
      const key = selectionKey(action.item);
      if (!isSelectable(action.item)) return state;
      const anchorIndex = state.anchor === undefined ? -1 : action.visible.findIndex((item) => selectionKey(item) === state.anchor);
      const index = action.visible.findIndex((item) => selectionKey(item) === key);
      if (action.range && anchorIndex !== -1 && index !== -1) {
        // A range selects everything from the anchor to here; the anchor stays for the next range.
        const range = action.visible.slice(Math.min(anchorIndex, index), Math.max(anchorIndex, index) + 1);
        return { ...state, ...addAll(state, range) };
      }
      if (state.items.some((item) => selectionKey(item) === key)) {
        return { items: state.items.filter((item) => selectionKey(item) !== key), anchor: key, overLimit: false };
      }
      return { ...addAll(state, [action.item]), anchor: key };
    }
  }
}
