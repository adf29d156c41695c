import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DriveItemRef } from '../../../lib/graph';
import { itemFactsHandlers } from '../../../testing/graph-handlers';
import { clickSend, renderWithProviders, TEST_GRAPH_BASE } from '../../../testing/render';
import { ShareDialog } from '../share-dialog';
import { directoryHandlers } from '../../../testing/directory-handlers';
import { expiryDateTime } from './item-capabilities';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const file: DriveItemRef = { driveId: 'drive-1', itemId: 'FILE', name: 'Notes.docx', isFolder: false };
const folder: DriveItemRef = { driveId: 'drive-1', itemId: 'FOLDER', name: 'Plans', isFolder: true };

function open(item: DriveItemRef, driveType: string, root = false) {
  // The directory too: the dialog asks /organization which recipients are outside it.
  server.use(...itemFactsHandlers(item, { driveType, root }), ...directoryHandlers());
  const bodies: unknown[] = [];
  server.use(
    http.post(`${TEST_GRAPH_BASE}/v1.0/drives/drive-1/items/${item.itemId}/invite`, async ({ request }) => {
      bodies.push(await request.json());
      return HttpResponse.json({ value: [{ id: 'p1', roles: ['read'], invitation: { email: 'alex@contoso.test' } }] });
    }),
  );
  renderWithProviders(<ShareDialog item={item} onClose={() => undefined} />);
  return { user: userEvent.setup(), bodies };
}

describe('share options that fit the item', () => {
  it('offers a password and an expiry date on a personal drive and sends them', async () => {
    const { user, bodies } = open(file, 'personal');
    const password = await screen.findByLabelText('Password');
    expect(password).toBeEnabled();
    const expires = await screen.findByRole('combobox', { name: 'Expires' });
    expect(expires).not.toHaveAttribute('aria-disabled', 'true');
    await user.type(password, 's3cret');
    await user.click(expires);
    // The calendar offers future days only: today is not selectable.
    const today = new Date();
    const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
    const dayLabel = (date: Date) => `${date.getDate()}, ${date.toLocaleString('en-US', { month: 'long' })}, ${date.getFullYear()}`;
    expect(await screen.findByRole('button', { name: dayLabel(today) })).toBeDisabled();
    const dayButton = screen.getByRole('button', { name: dayLabel(tomorrow) });
    await user.click(dayButton);
    await user.type(screen.getByRole('combobox', { name: 'Recipients' }), 'alex@contoso.test{Enter}');
    await clickSend(user);
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({ password: 's3cret', expirationDateTime: expiryDateTime(tomorrow) });
  });

  it('disables password and expiry on a business drive, says why, and sends neither', async () => {
    const { user, bodies } = open(file, 'business');
    const password = await screen.findByLabelText('Password');
    expect(password).toBeDisabled();
    expect(screen.getByText(/Passwords can be set only on personal OneDrive/)).toBeInTheDocument();
    expect(screen.getByText(/expiry dates apply only to sharing links/)).toBeInTheDocument();
    await user.type(screen.getByRole('combobox', { name: 'Recipients' }), 'alex@contoso.test{Enter}');
    await clickSend(user);
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).not.toHaveProperty('password');
    expect(bodies[0]).not.toHaveProperty('expirationDateTime');
  });

  it('keeps sign-in required for a folder, with the reason', async () => {
    const { user, bodies } = open(folder, 'documentLibrary');
    const toggle = await screen.findByRole('switch', { name: 'Require sign-in' });
    expect(toggle).toBeChecked();
    expect(toggle).toBeDisabled();
    expect(toggle).toHaveAccessibleDescription(/must always sign in/);
    await user.type(screen.getByRole('combobox', { name: 'Recipients' }), 'alex@contoso.test{Enter}');
    await clickSend(user);
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({ requireSignIn: true });
  });

  it('explains that a personal drive’s root cannot be shared, with no form to fill', async () => {
    open({ ...folder, itemId: 'ROOT', name: 'OneDrive' }, 'personal', true);
    expect(await screen.findByText(/top folder of a personal OneDrive/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Recipients' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });

  it('shows why the item could not be read, with a way to try again', async () => {
    server.use(
      http.get(`${TEST_GRAPH_BASE}/v1.0/drives/drive-1/items/FILE`, () =>
        HttpResponse.json({ error: { code: 'itemNotFound', message: 'Not found' } }, { status: 404, headers: { 'request-id': 'rid-7' } }),
      ),
      http.get(`${TEST_GRAPH_BASE}/v1.0/drives/drive-1`, () => HttpResponse.json({ id: 'drive-1', driveType: 'business' })),
      ...directoryHandlers(),
    );
    renderWithProviders(<ShareDialog item={file} onClose={() => undefined} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('itemNotFound');
    expect(alert).toHaveTextContent('rid-7');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
