import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { itemFactsHandlers } from '../../testing/graph-handlers';
import { clickSend, expectSendEnabled, renderWithProviders, TEST_GRAPH_BASE } from '../../testing/render';
import { directoryHandlers } from '../../testing/directory-handlers';
import { ShareDialog } from './share-dialog';

const item = { driveId: 'b!drive', itemId: '01ITEM', name: 'Q3 Report.xlsx', isFolder: false };
const invitePath = `${TEST_GRAPH_BASE}/v1.0/drives/b!drive/items/01ITEM/invite`;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => server.use(...directoryHandlers()));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function renderDialog() {
  const onClose = vi.fn();
  const user = userEvent.setup();
  server.use(...itemFactsHandlers(item, { driveType: 'business' }));
  renderWithProviders(<ShareDialog item={item} onClose={onClose} />);
  // The form appears once the item and its drive have been read.
  return { user, onClose, recipients: await screen.findByRole('combobox', { name: 'Recipients' }) };
}

describe('ShareDialog for an item whose drive is already known', () => {
  it('shows the form without reading the item or its drive first, with the options that drive allows', async () => {
    // No handler for the item or its drive: a request for either fails the test (onUnhandledRequest).
    renderWithProviders(<ShareDialog item={{ ...item, known: { driveType: 'personal', isRoot: false } }} onClose={() => undefined} />);
    expect(await screen.findByRole('combobox', { name: 'Recipients' })).toBeEnabled();
    // A personal drive takes a password, which work and school drives refuse.
    expect(screen.getByLabelText(/Password/)).toBeEnabled();
  });
});

function captureInvite(respond: () => Response) {
  const bodies: unknown[] = [];
  server.use(
    http.post(invitePath, async ({ request }) => {
      bodies.push(await request.json());
      return respond();
    }),
  );
  return bodies;
}

// Typing through Fluent's picker in jsdom is slow on a loaded machine; these are not timing tests.
describe('ShareDialog', { timeout: 30_000 }, () => {
  it('is a modal dialog named after the item', async () => {
    await renderDialog();
    expect(screen.getByRole('dialog', { name: 'Share "Q3 Report.xlsx"' })).toBeInTheDocument();
  });

  it('turns typed addresses into chips on Enter, comma and semicolon, and removes them', async () => {
    const { user, recipients } = await renderDialog();
    await user.type(recipients, 'alex@contoso.test{Enter}megan@contoso.test,lee@contoso.test;');
    const chips = within(screen.getByRole('listbox', { name: 'Selected recipients' })).getAllByRole('option');
    expect(chips).toHaveLength(3);
    ['alex@contoso.test', 'megan@contoso.test', 'lee@contoso.test'].forEach((email, index) => expect(chips[index]).toHaveAccessibleName(email));
    expect(recipients).toHaveValue('');

    await user.click(chips[1]!);
    expect(within(screen.getByRole('listbox', { name: 'Selected recipients' })).getAllByRole('option')).toHaveLength(2);
  });

  it('refuses an invalid address, says why, and keeps the text', async () => {
    const { user, recipients } = await renderDialog();
    await user.type(recipients, 'megan@contoso{Enter}');
    expect(screen.getByText(/The domain “contoso” needs a dot/)).toBeInTheDocument();
    expect(recipients).toHaveValue('megan@contoso');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('keeps Send disabled until there is a valid recipient', async () => {
    const { user, recipients } = await renderDialog();
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send).toHaveAttribute('aria-disabled', 'true');
    await user.type(recipients, 'alex@');
    expect(send).toHaveAttribute('aria-disabled', 'true');
    await user.type(recipients, 'contoso.test');
    expect(send).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('sends exactly Graph’s parameters and shows the permissions that came back', async () => {
    const bodies = captureInvite(() =>
      HttpResponse.json({
        value: [
          {
            id: 'perm-1',
            roles: ['write'],
            grantedToV2: { user: { id: 'u1', displayName: 'Alex Wilber', email: 'alex@contoso.test' } },
            invitation: { email: 'alex@contoso.test', signInRequired: true },
          },
          { id: 'perm-2', roles: ['write'], invitation: { email: 'megan@contoso.test', signInRequired: true } },
        ],
      }),
    );
    const { user, recipients } = await renderDialog();
    // Both inside contoso.test: no confirmation. Confirming externals is tested in recipients-field.test.tsx,
    // apart from the Dropdown, because a Dropdown pick followed at once by a dialog races in jsdom.
    await user.type(recipients, 'alex@contoso.test{Enter}megan@contoso.test{Enter}');
    await user.click(screen.getByRole('combobox', { name: 'Permission' }));
    await user.click(screen.getByRole('option', { name: 'Can edit' }));
    await user.type(screen.getByRole('textbox', { name: /Message/ }), 'Numbers for Friday');
    await clickSend(user);

    expect(await screen.findByText(/Shared “Q3 Report.xlsx” with 2 people/)).toBeInTheDocument();
    expect(bodies).toEqual([
      {
        recipients: [{ email: 'alex@contoso.test' }, { email: 'megan@contoso.test' }],
        roles: ['write'],
        requireSignIn: true,
        sendInvitation: true,
        message: 'Numbers for Friday',
      },
    ]);
    const people = within(screen.getByRole('list', { name: 'People you invited' })).getAllByRole('listitem');
    expect(people).toHaveLength(2);
    expect(people[0]).toHaveAccessibleName('Alex Wilber');
    expect(people[0]).toHaveTextContent('alex@contoso.test');
    expect(people[0]).toHaveTextContent('Can edit, Sign-in required');
    // Graph named nobody for Megan: her address is her name, and it is not shown twice.
    expect(people[1]).toHaveAccessibleName('megan@contoso.test');
    expect(within(people[1]!).getAllByText('megan@contoso.test')).toHaveLength(1);
  });

  it('leaves the message out when no email is sent', async () => {
    const bodies = captureInvite(() => HttpResponse.json({ value: [] }));
    const { user, recipients } = await renderDialog();
    await user.type(screen.getByRole('textbox', { name: /Message/ }), 'Hello');
    await user.click(screen.getByRole('switch', { name: 'Send invitation email' }));
    expect(screen.getByRole('textbox', { name: /Message/ })).toBeDisabled();
    await user.click(screen.getByRole('switch', { name: 'Require sign-in' }));
    await user.type(recipients, 'alex@contoso.test');
    await clickSend(user);
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({ recipients: [{ email: 'alex@contoso.test' }], roles: ['read'], requireSignIn: false, sendInvitation: false });
  });

  it('counts message characters and refuses to send past 2,000 without cutting the text', async () => {
    const { user, recipients } = await renderDialog();
    await user.type(recipients, 'alex@contoso.test{Enter}');
    const message = screen.getByRole('textbox', { name: /Message/ });
    await user.click(message);
    await user.paste('x'.repeat(2005));
    expect(message).toHaveValue('x'.repeat(2005));
    expect(screen.getByText('2,005 / 2,000')).toBeInTheDocument();
    expect(screen.getByText(/5 characters over the 2,000 allowed/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('shows an actionable error with code and request id, and keeps everything typed', async () => {
    captureInvite(() =>
      HttpResponse.json(
        { error: { code: 'accessDenied', message: 'Access denied', innerError: { 'request-id': 'r-123', date: '2026-11-22T00:00:00' } } },
        { status: 403, headers: { 'request-id': 'r-123' } },
      ),
    );
    const { user, recipients } = await renderDialog();
    await user.type(recipients, 'alex@contoso.test{Enter}');
    await user.type(screen.getByRole('textbox', { name: /Message/ }), 'Please review');
    await clickSend(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/don't have permission/);
    expect(alert).toHaveTextContent('accessDenied');
    expect(alert).toHaveTextContent('r-123');
    expect(screen.getByRole('option', { name: /alex@contoso.test/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Message/ })).toHaveValue('Please review');
    await expectSendEnabled();
  });

  it('shows progress while sending and cannot be pressed twice', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let calls = 0;
    server.use(
      http.post(invitePath, async () => {
        calls += 1;
        await gate;
        return HttpResponse.json({ value: [{ id: 'p', roles: ['read'], invitation: { email: 'alex@contoso.test' } }] });
      }),
    );
    const { user, recipients } = await renderDialog();
    await user.type(recipients, 'alex@contoso.test{Enter}');
    await clickSend(user);
    const sending = await screen.findByRole('button', { name: 'Sending…' });
    expect(sending).toHaveAttribute('aria-disabled', 'true');
    await user.click(sending);
    await user.keyboard('{Enter}');
    release();
    expect(await screen.findByText(/with 1 person/)).toBeInTheDocument();
    expect(calls).toBe(1);
  });

  it('sends once when Enter and a click on Send land in the same tick', async () => {
    let calls = 0;
    server.use(
      http.post(invitePath, () => {
        calls += 1;
        return HttpResponse.json({ value: [{ id: 'p', roles: ['read'], invitation: { email: 'alex@contoso.test' } }] });
      }),
    );
    const { user, recipients } = await renderDialog();
    await user.type(recipients, 'alex@contoso.test{Enter}');
    const send = await expectSendEnabled();
    const form = send.closest('dialog, [role=dialog]')!.querySelector('form')!;
    act(() => {
      fireEvent.submit(form);
      fireEvent.click(send);
    });
    expect(await screen.findByText(/with 1 person/)).toBeInTheDocument();
    expect(calls).toBe(1);
  });
});
