import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, TEST_GRAPH_BASE } from '../../../testing/render';
import { DriveBrowser } from '../drive-browser';

const G = `${TEST_GRAPH_BASE}/v1.0`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const mine = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  size: 10,
  lastModifiedDateTime: '2026-03-04T10:20:00Z',
  parentReference: { driveId: 'b!me', path: '/drive/root:' },
  ...extra,
});
const files = ['A.txt', 'B.txt', 'C.txt', 'D.txt', 'E.txt'].map((name, i) => mine(`f${i}`, name));

function renderBrowser() {
  server.use(
    http.get(`${G}/me/drive/root/children`, () => HttpResponse.json({ value: [mine('F', 'Folder', { folder: { childCount: 1 } }), ...files] })),
    http.get(`${G}/drives/b!me/items/F/children`, () => HttpResponse.json({ value: [mine('inner', 'Inside.txt')] })),
  );
  const onShareMany = vi.fn();
  renderWithProviders(<DriveBrowser onShare={vi.fn()} onShareMany={onShareMany} />);
  return { onShareMany, user: userEvent.setup() };
}
const box = (name: string) => screen.getByRole('checkbox', { name: `Select ${name}` });

describe('selecting several items', () => {
  it('checks rows by their named checkboxes, selects a range with Shift+click, and shares them', async () => {
    const { user, onShareMany } = renderBrowser();
    await user.click(await screen.findByRole('checkbox', { name: 'Select A.txt' }));
    expect(box('A.txt')).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('1 selected');
    await user.keyboard('{Shift>}');
    await user.click(box('D.txt'));
    await user.keyboard('{/Shift}');
    expect(['A.txt', 'B.txt', 'C.txt', 'D.txt'].map((n) => (box(n) as HTMLInputElement).checked)).toEqual([true, true, true, true]);
    expect(box('E.txt')).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Share 4 items' }));
    expect(onShareMany).toHaveBeenCalledWith([
      { driveId: 'b!me', itemId: 'f0', name: 'A.txt', isFolder: false },
      { driveId: 'b!me', itemId: 'f1', name: 'B.txt', isFolder: false },
      { driveId: 'b!me', itemId: 'f2', name: 'C.txt', isFolder: false },
      { driveId: 'b!me', itemId: 'f3', name: 'D.txt', isFolder: false },
    ]);
  });

  it('selects with Space and Shift+Space on a focused row, keyboard only', async () => {
    const { user } = renderBrowser();
    await screen.findByRole('checkbox', { name: 'Select A.txt' });
    const row = screen.getByRole('row', { name: /B\.txt/ });
    row.focus();
    await user.keyboard(' ');
    expect(box('B.txt')).toBeChecked();
    await user.keyboard('{ArrowDown}{ArrowDown}{Shift>} {/Shift}');
    expect(['B.txt', 'C.txt', 'D.txt'].every((n) => (box(n) as HTMLInputElement).checked)).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent('3 selected');
  });

  it('keeps the selection across folders, selects all loaded rows, and clears', async () => {
    const { user } = renderBrowser();
    await user.click(await screen.findByRole('checkbox', { name: 'Select A.txt' }));
    await user.click(screen.getByRole('button', { name: 'Folder' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Select Inside.txt' }));
    expect(screen.getByRole('status')).toHaveTextContent('2 selected');
    await user.click(within(screen.getByRole('navigation', { name: 'Folder path' })).getByRole('button', { name: 'My files' }));
    expect(await screen.findByRole('checkbox', { name: 'Select A.txt' })).toBeChecked();
    const all = screen.getByRole('checkbox', { name: 'Select all' });
    expect(all).toBePartiallyChecked();
    await user.click(all);
    expect(screen.getByRole('status')).toHaveTextContent('7 selected');
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(box('A.txt')).not.toBeChecked();
    expect(screen.queryByRole('button', { name: /^Share \d+ items?$/ })).not.toBeInTheDocument();
  });
});
