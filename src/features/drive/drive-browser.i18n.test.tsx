import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, TEST_GRAPH_BASE } from '../../testing/render';
import { DriveBrowser } from './drive-browser';

const G = `${TEST_GRAPH_BASE}/v1.0`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Midday UTC, so the date is the same in any time zone the suite runs in.
const item = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  size: 1.5 * 1024 * 1024,
  lastModifiedDateTime: '2026-11-22T12:00:00Z',
  parentReference: { driveId: 'b!me', path: '/drive/root:' },
  ...extra,
});
const folder = (id: string, name: string, childCount: number) => item(id, name, { folder: { childCount } });

function serveMyFiles(children: unknown[]) {
  server.use(
    http.get(`${G}/me/drive/root/children`, () => HttpResponse.json({ value: children })),
    http.get(`${G}/drives/b!me/items/:id/children`, () => HttpResponse.json({ value: [] })),
  );
}

describe('DriveBrowser in other languages', () => {
  it('speaks German: labels, sizes as “1,5 MB”, dates as “22.11.2026”, plural item counts', async () => {
    serveMyFiles([item('1', 'Budget.xlsx'), folder('2', 'Berichte', 1), folder('3', 'Projekte', 3)]);
    const onShare = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<DriveBrowser onShare={onShare} />, { locale: 'de' });
    const table = await screen.findByRole('table', { name: 'Dateien in Meine Dateien' });
    expect(screen.getByRole('tablist', { name: 'Wo suchen' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Für mich freigegeben' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Dieses Laufwerk durchsuchen' })).toHaveAttribute('placeholder', 'Datei- oder Ordnername');
    expect(within(table).getByRole('columnheader', { name: 'Größe' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Geändert' })).toBeInTheDocument();

    const budget = within(table).getByRole('row', { name: /Budget\.xlsx/ });
    expect(budget).toHaveTextContent('Tabelle');
    expect(budget).toHaveTextContent('1,5 MB');
    expect(budget).toHaveTextContent(/22\.11\.2026/);
    expect(within(table).getByRole('row', { name: /Berichte/ })).toHaveTextContent('1 Element');
    expect(within(table).getByRole('row', { name: /Projekte/ })).toHaveTextContent('3 Elemente');

    await user.click(within(budget).getByRole('button', { name: 'Budget.xlsx freigeben' }));
    expect(onShare).toHaveBeenCalledWith(expect.objectContaining({ itemId: '1' }));
    await user.click(within(table).getByRole('button', { name: 'Berichte' }));
    expect(await screen.findByText('Dieser Ordner ist leer.')).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Ordnerpfad' })).getByRole('button', { name: 'Meine Dateien' })).toBeInTheDocument();
  });

  it('speaks Arabic with its plural forms and turns the breadcrumb chevrons right to left', async () => {
    serveMyFiles([folder('0', 'فارغ', 0), folder('2', 'اثنان', 2), folder('11', 'أحد عشر', 11), folder('4', 'Reports', 4)]);
    const user = userEvent.setup();
    const dividerIn = async (locale: 'en' | 'ar', folderName: string) => {
      const view = renderWithProviders(<DriveBrowser onShare={vi.fn()} />, { locale });
      await user.click(await screen.findByRole('button', { name: folderName }));
      const divider = await vi.waitFor(() => {
        const found = view.container.querySelector('.fui-BreadcrumbDivider svg');
        if (!found) throw new Error('no breadcrumb divider yet');
        return found.innerHTML;
      });
      view.unmount();
      return divider;
    };

    const ltrChevron = await dividerIn('en', 'Reports');
    const arabic = renderWithProviders(<DriveBrowser onShare={vi.fn()} />, { locale: 'ar' });
    const table = await screen.findByRole('table', { name: 'الملفات في ملفاتي' });
    expect(screen.getByRole('tab', { name: 'تمت مشاركته معي' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /فارغ/ })).toHaveTextContent('لا عناصر');
    expect(within(table).getByRole('row', { name: /اثنان/ })).toHaveTextContent('عنصران');
    expect(within(table).getByRole('row', { name: /أحد عشر/ })).toHaveTextContent(/عنصرًا/);
    expect(within(table).getByRole('row', { name: /Reports/ })).toHaveTextContent(/عناصر/);
    expect(within(table).getByRole('button', { name: 'مشاركة Reports' })).toBeInTheDocument();
    arabic.unmount();

    const rtlChevron = await dividerIn('ar', 'Reports');
    // Fluent draws the divider as a left-pointing chevron under dir="rtl": a different picture.
    expect(rtlChevron).not.toBe(ltrChevron);
  });

  it('sorts names client-side in the order of the user’s language', async () => {
    server.use(
      http.get(`${G}/me/drive/root/children`, () => HttpResponse.json({ value: [] })),
      http.get(`${G}/me/drive/sharedWithMe`, () =>
        HttpResponse.json({
          value: ['Zeta.docx', 'ملف.docx', 'Alpha.docx'].map((name, index) => ({
            id: `L${index}`,
            name,
            remoteItem: { id: `R${index}`, file: {}, size: 10, parentReference: { driveId: 'b!x' } },
          })),
        }),
      ),
    );
    const names = async (locale: 'en' | 'ar', tab: string) => {
      const user = userEvent.setup();
      const view = renderWithProviders(<DriveBrowser onShare={vi.fn()} />, { locale });
      await user.click(screen.getByRole('tab', { name: tab }));
      const rows = within(await screen.findByRole('table'))
        .getAllByRole('row')
        .slice(1);
      const order = rows.map((row) => ['Alpha', 'Zeta', 'ملف'].find((name) => row.textContent?.includes(name)));
      view.unmount();
      return order;
    };
    expect(await names('en', 'Shared with me')).toEqual(['Alpha', 'Zeta', 'ملف']);
    // Arabic collation puts Arabic script before Latin.
    expect(await names('ar', 'تمت مشاركته معي')).toEqual(['ملف', 'Alpha', 'Zeta']);
  });
});
