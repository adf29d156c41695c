import { describe, expect, it } from 'vitest';
import type { DriveItemRef } from '../../../lib/graph';
import { emptySelection, SELECTION_LIMIT, selectionReducer, type Selection, type SelectionAction } from './selection';

const item = (n: number, driveId = 'd1'): DriveItemRef => ({ driveId, itemId: `i${n}`, name: `File ${n}.txt`, isFolder: false });
const list = (from: number, to: number, driveId = 'd1') => Array.from({ length: to - from + 1 }, (_, i) => item(from + i, driveId));
const run = (actions: SelectionAction[], start: Selection = emptySelection) => actions.reduce(selectionReducer, start);
const names = (s: Selection) => s.items.map((i) => i.itemId);

describe('selectionReducer', () => {
  const visible = list(1, 10);

  it('toggles one item on and off, and remembers it as the anchor', () => {
    const on = run([{ type: 'toggle', item: item(3), visible, range: false }]);
    expect(names(on)).toEqual(['i3']);
    expect(on.anchor).toBe('d1/i3');
    expect(names(run([{ type: 'toggle', item: item(3), visible, range: false }], on))).toEqual([]);
  });

  it('selects the range from the anchor with Shift, in either direction, keeping what was selected', () => {
    const s = run([
      { type: 'toggle', item: item(1), visible, range: false },
      { type: 'toggle', item: item(6), visible, range: false },
      { type: 'toggle', item: item(4), visible, range: true },
    ]);
    expect(names(s)).toEqual(['i1', 'i6', 'i4', 'i5']);
    expect(s.anchor).toBe('d1/i6');
  });

  it('toggles alone with Shift when the anchor is not in this list (another folder)', () => {
    const s = run([
      { type: 'toggle', item: item(1, 'd2'), visible: list(1, 3, 'd2'), range: false },
      { type: 'toggle', item: item(5), visible, range: true },
    ]);
    expect(names(s)).toEqual(['i1', 'i5']);
  });

  it('keeps items from other folders when all rows of a list are selected and cleared again', () => {
    const other = run([{ type: 'toggle', item: item(1, 'd2'), visible: list(1, 3, 'd2'), range: false }]);
    const all = run([{ type: 'toggle-all', visible }], other);
    expect(all.items).toHaveLength(11);
    expect(run([{ type: 'toggle-all', visible }], all).items.map((i) => i.driveId)).toEqual(['d2']);
  });

  it(`stops at ${SELECTION_LIMIT} items and says so, until something is removed`, () => {
    const full = run([{ type: 'toggle-all', visible: list(1, 150) }]);
    expect(full.items).toHaveLength(SELECTION_LIMIT);
    expect(full.overLimit).toBe(true);
    const more = run([{ type: 'toggle', item: item(500), visible: [item(500)], range: false }], { ...full, overLimit: false });
    expect(more.items).toHaveLength(SELECTION_LIMIT);
    expect(more.overLimit).toBe(true);
    const fewer = run([{ type: 'toggle', item: item(1), visible: list(1, 150), range: false }], more);
    expect(fewer.items).toHaveLength(SELECTION_LIMIT - 1);
    expect(fewer.overLimit).toBe(false);
  });

  it('never selects an entry without a drive id, and clears everything', () => {
    const unaddressable = { ...item(1), driveId: '' };
    expect(run([{ type: 'toggle', item: unaddressable, visible: [unaddressable], range: false }]).items).toEqual([]);
    expect(run([{ type: 'toggle-all', visible }, { type: 'clear' }])).toEqual(emptySelection);
  });
});
