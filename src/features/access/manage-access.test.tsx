import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LIST_PERMISSIONS_EXAMPLE } from '../../testing/graph-doc-examples';
import { renderWithProviders } from '../../testing/render';
import { alex, fakeGraph, item, itemUrl, megan, owner } from '../../testing/manage-access-graph';
import { ManageAccess } from './manage-access';

// The machine running the suite is shared and often busy; dialogs animate in. Wait longer than 1 s.
configure({ asyncUtilTimeout: 5000 });

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function renderPanel() {
  return renderWithProviders(<ManageAccess item={item} />);
}

function entryFor(name: string) {
  return screen.getByRole('listitem', { name });
}

describe('ManageAccess', { timeout: 30_000 }, () => {
  it('renders the list-permissions docs example: links with copy, the inherited person read-only', async () => {
    fakeGraph(server, LIST_PERMISSIONS_EXAMPLE.value);
    const user = userEvent.setup();
    renderPanel();
    const links = await screen.findByRole('list', { name: 'Links' });
    const linkItems = within(links).getAllByRole('listitem');
    expect(linkItems).toHaveLength(2);
    expect(linkItems[0]).toHaveTextContent('Sharing link · Can edit');
    expect(linkItems[1]).toHaveTextContent('Created by Contoso Time Manager');
    expect(screen.getByText('Nobody else has been given access directly.')).toBeInTheDocument();

    const john = within(screen.getByRole('list', { name: 'Inherited from folders above' })).getByRole('listitem', { name: 'John Doe' });
    expect(john).toHaveTextContent('Can edit');
    expect(john).toHaveTextContent('Inherited from Documents. Change it there.');
    expect(within(john).queryByRole('button', { name: 'Remove' })).not.toBeInTheDocument();
    expect(within(john).queryByRole('combobox')).not.toBeInTheDocument();

    await user.click(within(linkItems[0]!).getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(LIST_PERMISSIONS_EXAMPLE.value[0]!.link!.webUrl);
  });

  it('shows the owner locked, and changes a person’s role with PATCH roles and if-match', async () => {
    const { state, seen } = fakeGraph(server, [owner, alex, megan]);
    const user = userEvent.setup();
    renderPanel();
    const adele = await screen.findByRole('listitem', { name: 'Adele Vance' });
    expect(adele).toHaveTextContent('The owner always has full access.');
    expect(within(adele).queryByRole('button', { name: 'Remove' })).not.toBeInTheDocument();

    const role = within(entryFor('Megan Bowen')).getByRole('combobox', { name: 'Permission for Megan Bowen' });
    expect(role).toHaveTextContent('Can view');
    const listsBefore = state.lists;
    await user.click(role);
    await user.click(screen.getByRole('option', { name: 'Can edit' }));
    expect(await screen.findByText('Megan Bowen can now edit “Q3 Report.xlsx”.')).toBeInTheDocument();
    // Megan's permission carries its own tag, which is more precise than the item's eTag.
    expect(seen).toEqual([{ method: 'PATCH', url: `${itemUrl}/permissions/p-megan`, ifMatch: '"megan-v1"', body: { roles: ['write'] } }]);
    expect(state.lists).toBeGreaterThan(listsBefore);
    expect(within(entryFor('Megan Bowen')).getByRole('combobox')).toHaveTextContent('Can edit');
  });

  it('keeps the entry being saved focused on its shut dropdown, which opens again once saved', async () => {
    const { state } = fakeGraph(server, [owner, megan]);
    let answer: (() => void) | undefined;
    state.patch = () =>
      new Promise<Response>((resolve) => {
        answer = () => {
          state.patch = undefined;
          state.permissions = [owner, { ...megan, roles: ['write'] }];
          resolve(HttpResponse.json({ ...megan, roles: ['write'] }));
        };
      });
    const warnings = vi.spyOn(console, 'error');
    const user = userEvent.setup();
    renderPanel();
    const role = await screen.findByRole('combobox', { name: 'Permission for Megan Bowen' });
    await user.click(role);
    await user.click(screen.getByRole('option', { name: 'Can edit' }));
    await waitFor(() => expect(answer).toBeDefined());
    expect(role).toHaveFocus();
    expect(role).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    await user.click(role);
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();

    answer?.();
    expect(await screen.findByText('Megan Bowen can now edit “Q3 Report.xlsx”.')).toBeInTheDocument();
    const saved = within(entryFor('Megan Bowen')).getByRole('combobox', { name: 'Permission for Megan Bowen' });
    await waitFor(() => expect(saved).not.toHaveAttribute('aria-disabled'));
    // Nothing pressed while it was saving opens it now.
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await user.click(saved);
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    // Fluent warns when a dropdown starts being controlled mid-way.
    expect(warnings.mock.calls.flat().join('\n')).not.toMatch(/uncontrolled value to be controlled/);
    warnings.mockRestore();
  });

  it('removes a person only after a confirmation naming them, with DELETE', async () => {
    const { seen } = fakeGraph(server, [owner, alex, megan]);
    const user = userEvent.setup();
    renderPanel();
    await user.click(within(await screen.findByRole('listitem', { name: 'Alex Wilber' })).getByRole('button', { name: 'Remove' }));
    const confirm = within(entryFor('Alex Wilber')).getByRole('group', { name: /Remove Alex Wilber\?/ });
    expect(confirm).toHaveFocus();
    expect(seen).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /Remove Alex Wilber/ })).not.toBeInTheDocument();
    await waitFor(() => expect(within(entryFor('Alex Wilber')).getByRole('button', { name: 'Remove' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /Remove Alex Wilber/ })).not.toBeInTheDocument();
    expect(seen).toEqual([]);

    await user.click(within(entryFor('Alex Wilber')).getByRole('button', { name: 'Remove' }));
    // Only one button named Remove in the entry while asking: the one that confirms.
    await user.click(within(entryFor('Alex Wilber')).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText("Removed Alex Wilber's access.")).toBeInTheDocument();
    expect(seen).toEqual([{ method: 'DELETE', url: `${itemUrl}/permissions/p-alex`, ifMatch: '"{E1},1"', body: undefined }]);
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Alex Wilber' })).not.toBeInTheDocument());
    // Focus lands on the sentence that says what happened, not on the page body.
    await waitFor(() => expect(screen.getByRole('status')).toHaveFocus());
  });

  it('on 412 reloads the list and says someone else changed it', async () => {
    const { state } = fakeGraph(server, [owner, alex, megan]);
    const user = userEvent.setup();
    renderPanel();
    await screen.findByRole('listitem', { name: 'Megan Bowen' });
    // Meanwhile someone else removed Megan and gave Alex view access.
    state.patch = () => HttpResponse.json({ error: { code: 'resourceModified', message: 'ETag mismatch' } }, { status: 412 });
    state.permissions = [owner, { ...alex, roles: ['read'] }];
    state.eTag = '"{E1},2"';
    await user.click(within(entryFor('Megan Bowen')).getByRole('combobox'));
    await user.click(screen.getByRole('option', { name: 'Can edit' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed access meanwhile');
    expect(alert).toHaveTextContent('The list has been reloaded');
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Megan Bowen' })).not.toBeInTheDocument());
    expect(within(entryFor('Alex Wilber')).getByRole('combobox')).toHaveTextContent('Can view');
  });

  it('explains a failed list with code and request id, and tries again', async () => {
    let calls = 0;
    server.use(
      http.get(itemUrl, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json({ error: { code: 'accessDenied', message: 'no' } }, { status: 403, headers: { 'request-id': 'rid-403' } })
          : HttpResponse.json({ id: '01ITEM', name: item.name });
      }),
      http.get(`${itemUrl}/permissions`, () => HttpResponse.json({ value: [owner] })),
    );
    const user = userEvent.setup();
    renderPanel();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load who has access');
    expect(alert).toHaveTextContent('rid-403');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('listitem', { name: 'Adele Vance' })).toBeInTheDocument();
  });

  it('says so when Refresh fails, keeps the list as last read, and tries again', async () => {
    fakeGraph(server, [owner, megan]);
    const user = userEvent.setup();
    renderPanel();
    await screen.findByRole('listitem', { name: 'Megan Bowen' });
    server.use(
      http.get(`${itemUrl}/permissions`, () =>
        HttpResponse.json({ error: { code: 'generalException', message: 'boom' } }, { status: 500, headers: { 'request-id': 'rid-500' } }),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not refresh who has access; the list below is as it was last read');
    expect(alert).toHaveTextContent('Something went wrong at Microsoft 365.');
    expect(alert).toHaveTextContent('rid-500');
    expect(entryFor('Megan Bowen')).toBeInTheDocument();

    server.resetHandlers();
    fakeGraph(server, [owner, megan]);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(entryFor('Megan Bowen')).toBeInTheDocument();
  });
});
