import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, TEST_GRAPH_BASE } from '../../testing/render';
import { DriveBrowser } from './drive-browser';

const G = `${TEST_GRAPH_BASE}/v1.0`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const mine = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  size: 1024,
  lastModifiedDateTime: '2026-03-04T10:20:00Z',
  parentReference: { driveId: 'b!me', path: '/drive/root:' },
  ...extra,
});

function renderBrowser() {
  const onShare = vi.fn();
  renderWithProviders(<DriveBrowser onShare={onShare} />);
  return { onShare, user: userEvent.setup() };
}

describe('DriveBrowser', () => {
  it('lists My files in the order Graph was asked for, and re-asks when a column is sorted', async () => {
    const orders: (string | null)[] = [];
    server.use(
      http.get(`${G}/me/drive/root/children`, ({ request }) => {
        orders.push(new URL(request.url).searchParams.get('$orderby'));
        return HttpResponse.json({ value: [mine('1', 'Budget.xlsx'), mine('2', 'Reports', { folder: { childCount: 3 } })] });
      }),
    );
    const { user } = renderBrowser();
    const table = await screen.findByRole('table', { name: 'Files in My files' });
    expect(within(table).getByRole('row', { name: /Budget\.xlsx/ })).toHaveTextContent('Spreadsheet');
    expect(within(table).getByRole('row', { name: /Reports/ })).toHaveTextContent('3 items');
    await user.click(within(table).getByRole('button', { name: 'Size' }));
    await waitFor(() => expect(orders).toEqual(['name asc', 'size desc']));
    expect(within(await screen.findByRole('table')).getByRole('columnheader', { name: 'Size' })).toHaveAttribute('aria-sort', 'descending');
  });

  it('opens a folder by drive id and item id and comes back through the breadcrumb', async () => {
    server.use(
      http.get(`${G}/me/drive/root/children`, () => HttpResponse.json({ value: [mine('F1', 'Reports', { folder: { childCount: 1 } })] })),
      http.get(`${G}/drives/b!me/items/F1/children`, () => HttpResponse.json({ value: [mine('X', 'Q3.xlsx')] })),
    );
    const { user, onShare } = renderBrowser();
    await user.click(await screen.findByRole('button', { name: 'Reports' }));
    const reports = await screen.findByRole('table', { name: 'Files in Reports' });
    await user.click(within(reports).getByRole('button', { name: 'Share Q3.xlsx' }));
    expect(onShare).toHaveBeenCalledWith({ driveId: 'b!me', itemId: 'X', name: 'Q3.xlsx', isFolder: false });
    await user.click(within(screen.getByRole('navigation', { name: 'Folder path' })).getByRole('button', { name: 'My files' }));
    expect(await screen.findByRole('table', { name: 'Files in My files' })).toBeInTheDocument();
  });

  it('shares and opens Shared-with-me items through remoteItem, never the local id', async () => {
    server.use(
      http.get(`${G}/me/drive/root/children`, () => HttpResponse.json({ value: [] })),
      http.get(`${G}/me/drive/sharedWithMe`, () =>
        HttpResponse.json({
          value: [
            { id: 'LOCAL1', name: 'Plan.docx', remoteItem: { id: 'R1', file: {}, size: 10, parentReference: { driveId: 'b!megan' } } },
            { id: 'LOCAL2', name: 'Team', remoteItem: { id: 'R2', folder: { childCount: 0 }, parentReference: { driveId: 'b!megan' } } },
          ],
        }),
      ),
      http.get(`${G}/drives/b!megan/items/R2/children`, () => HttpResponse.json({ value: [] })),
    );
    const { user, onShare } = renderBrowser();
    await user.click(screen.getByRole('tab', { name: 'Shared with me' }));
    const table = await screen.findByRole('table', { name: 'Files in Shared with me' });
    await user.click(within(table).getByRole('button', { name: 'Share Plan.docx' }));
    expect(onShare).toHaveBeenCalledWith({ driveId: 'b!megan', itemId: 'R1', name: 'Plan.docx', isFolder: false });
    await user.click(within(table).getByRole('button', { name: 'Team' }));
    expect(await screen.findByText('This folder is empty.')).toBeInTheDocument();
  });

  it('searches the current drive once typing pauses, shows each result’s folder, and shares a result', async () => {
    const queries: string[] = [];
    server.use(
      http.get(`${G}/me/drive/root/children`, () => HttpResponse.json({ value: [mine('1', 'Budget.xlsx')] })),
      http.get(new RegExp(`^${G.replace(/\./g, '\\.')}/me/drive/root/search\\(q=.*`), ({ request }) => {
        queries.push(decodeURIComponent(new URL(request.url).pathname));
        return HttpResponse.json({ value: [mine('Q', 'Q3 Report.xlsx', { parentReference: { driveId: 'b!me', path: '/drive/root:/Reports' } })] });
      }),
    );
    const { user, onShare } = renderBrowser();
    await screen.findByRole('table', { name: 'Files in My files' });
    await user.type(screen.getByRole('searchbox', { name: 'Search this drive' }), "Q3 'x");
    const results = await screen.findByRole('table', { name: "Search results for “Q3 'x”" });
    expect(queries).toEqual(["/v1.0/me/drive/root/search(q='Q3 ''x')"]);
    const row = within(results).getByRole('row', { name: /Q3 Report\.xlsx/ });
    expect(row).toHaveTextContent('in Reports');
    await user.click(within(row).getByRole('button', { name: 'Share Q3 Report.xlsx' }));
    expect(onShare).toHaveBeenCalledWith({ driveId: 'b!me', itemId: 'Q', name: 'Q3 Report.xlsx', isFolder: false });
  });

  it('lists group and followed-site libraries and browses one', async () => {
    server.use(
      http.get(`${G}/me/drive/root/children`, () => HttpResponse.json({ value: [] })),
      http.get(`${G}/me/memberOf`, () =>
        HttpResponse.json({
          value: [
            { '@odata.type': '#microsoft.graph.group', id: 'g1', displayName: 'Marketing', groupTypes: ['Unified'] },
            { '@odata.type': '#microsoft.graph.group', id: 'g2', displayName: 'Security only', groupTypes: [] },
            { '@odata.type': '#microsoft.graph.directoryRole', id: 'r1', displayName: 'Role' },
          ],
        }),
      ),
      http.get(`${G}/me/followedSites`, () => HttpResponse.json({ value: [{ id: 'contoso.test,1,2', displayName: 'Finance' }] })),
      http.get(`${G}/sites/contoso.test%2C1%2C2/drive/root/children`, () =>
        HttpResponse.json({ value: [mine('S1', 'Ledger.xlsx', { parentReference: { driveId: 'b!fin' } })] }),
      ),
    );
    const { user } = renderBrowser();
    await user.click(screen.getByRole('tab', { name: 'Libraries' }));
    const list = await screen.findByRole('list', { name: 'Libraries' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Finance (SharePoint site)', 'Marketing (group files)']);
    await user.click(within(list).getByRole('button', { name: /Finance/ }));
    expect(within(await screen.findByRole('table', { name: 'Files in Finance' })).getByRole('row', { name: /Ledger\.xlsx/ })).toBeInTheDocument();
  });

  it('renders a bounded number of rows, pages on through nextLink and moves by keyboard', async () => {
    const page = (start: number, count: number) =>
      Array.from({ length: count }, (_, i) => mine(`i${start + i}`, `File ${String(start + i).padStart(5, '0')}.txt`));
    server.use(
      http.get(`${G}/me/drive/root/children`, ({ request }) => {
        const skip = Number(new URL(request.url).searchParams.get('$skiptoken') ?? 0);
        const next = skip + 200 < 600 ? `${G}/me/drive/root/children?$top=200&$skiptoken=${skip + 200}` : undefined;
        return HttpResponse.json({ value: page(skip, 200), ...(next ? { '@odata.nextLink': next } : {}) });
      }),
    );
    const { user } = renderBrowser();
    const table = await screen.findByRole('table', { name: 'Files in My files' });
    const bodyRows = () => within(table).getAllByRole('row').slice(1);
    expect(bodyRows().length).toBeLessThan(40);
    bodyRows()[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(/File 00001\.txt/);
    await user.keyboard('{End}');
    // End loads on until Graph has no nextLink, and focus lands on the very last item.
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(/File 00599\.txt/), { timeout: 10_000 });
    expect(bodyRows().length).toBeLessThan(40);
    expect(table).toHaveAttribute('aria-rowcount', '601');
  });

  it('stops fetching the pages End asked for once another place is shown', async () => {
    const skips: number[] = [];
    server.use(
      http.get(`${G}/me/drive/root/children`, async ({ request }) => {
        const skip = Number(new URL(request.url).searchParams.get('$skiptoken') ?? 0);
        skips.push(skip);
        await delay(skip === 0 ? 0 : 100);
        const value = Array.from({ length: 200 }, (_, i) => mine(`i${skip + i}`, `File ${String(skip + i).padStart(5, '0')}.txt`));
        return HttpResponse.json({ value, '@odata.nextLink': `${G}/me/drive/root/children?$top=200&$skiptoken=${skip + 200}` });
      }),
      http.get(`${G}/me/drive/sharedWithMe`, () => HttpResponse.json({ value: [] })),
    );
    const { user } = renderBrowser();
    const table = await screen.findByRole('table', { name: 'Files in My files' });
    within(table).getAllByRole('row')[1]!.focus();
    await user.keyboard('{End}');
    await waitFor(() => expect(skips).toContain(200));
    await user.click(screen.getByRole('tab', { name: 'Shared with me' }));
    await screen.findByText('Nothing has been shared with you yet.');
    const asked = skips.length;
    // The page in flight may still land; none after it is asked for.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(skips.length).toBeLessThanOrEqual(asked + 1);
    expect(Math.max(...skips)).toBeLessThan(1000);
  });

  it('says so when a folder is empty or a search finds nothing', async () => {
    server.use(http.get(`${G}/me/drive/root/children`, () => HttpResponse.json({ value: [] })));
    renderBrowser();
    expect(await screen.findByText('This folder is empty.')).toBeInTheDocument();
  });
});
