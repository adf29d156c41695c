import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DriveItemRef } from '../../../lib/graph';
import { directoryHandlers } from '../../../testing/directory-handlers';
import { renderWithProviders, TEST_GRAPH_BASE } from '../../../testing/render';
import { ShareManyDialog } from './share-many-dialog';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const MINE = 'b!adele';
const ALEX = 'b!alex';
const HOME = '0123456789abcdef';

interface FakeItem {
  ref: DriveItemRef;
  root?: boolean;
  /** The permissions the caller sees on it (only read on someone else's drive). */
  permissions?: { id: string; roles: string[] }[];
  /** The invite's answer, by call: the last one repeats. */
  invite?: ((recipients: { email: string }[]) => { status: number; body: unknown })[];
}

const drives: Record<string, string> = { [MINE]: 'business', [ALEX]: 'business', [HOME]: 'personal' };
const ref = (driveId: string, itemId: string, name: string, isFolder = false): DriveItemRef => ({ driveId, itemId, name, isFolder });
const granted = (recipients: { email: string }[]) => ({
  status: 200,
  body: { value: recipients.map(({ email }) => ({ id: `p-${email}`, roles: ['write'], grantedToV2: { user: { email } }, invitation: { email } })) },
});

interface InnerRequest {
  id: string;
  method: string;
  url: string;
  body?: { recipients: { email: string }[] } & Record<string, unknown>;
}

/** A small fake Graph behind $batch: the items, their drives, their permissions and invites. */
function fakeGraph(items: FakeItem[]) {
  const invites: { itemId: string; body: NonNullable<InnerRequest['body']> }[] = [];
  const calls = new Map<string, number>();
  /** "METHOD path" of every inner request, in order. */
  const asked: string[] = [];
  const answer = (request: InnerRequest): { status: number; body?: unknown } => {
    const url = new URL(request.url, 'https://x');
    if (url.pathname === '/me/drive') return { status: 200, body: { id: MINE } };
    const drive = /^\/drives\/([^/]+)$/.exec(url.pathname);
    if (drive) return { status: 200, body: { id: drive[1], driveType: drives[decodeURIComponent(drive[1]!)] } };
    const match = /^\/drives\/([^/]+)\/items\/([^/]+)(\/permissions|\/invite)?$/.exec(url.pathname);
    const item = match && items.find((i) => i.ref.itemId === decodeURIComponent(match[2]!));
    if (!match || !item) return { status: 404, body: { error: { code: 'itemNotFound', message: 'not found' } } };
    if (match[3] === '/permissions') return { status: 200, body: { value: item.permissions ?? [] } };
    if (match[3] === '/invite') {
      const body = request.body!;
      invites.push({ itemId: item.ref.itemId, body });
      const call = calls.get(item.ref.itemId) ?? 0;
      calls.set(item.ref.itemId, call + 1);
      const answers = item.invite ?? [granted];
      return answers[Math.min(call, answers.length - 1)]!(body.recipients);
    }
    return {
      status: 200,
      body: {
        id: item.ref.itemId,
        name: item.ref.name,
        ...(item.ref.isFolder ? { folder: { childCount: 1 } } : { file: {} }),
        ...(item.root ? { root: {} } : {}),
      },
    };
  };
  server.use(
    ...directoryHandlers(),
    http.post(`${TEST_GRAPH_BASE}/v1.0/$batch`, async ({ request }) => {
      const { requests } = (await request.json()) as { requests: InnerRequest[] };
      return HttpResponse.json({
        responses: requests.map((inner) => {
          asked.push(`${inner.method} ${new URL(inner.url, 'https://x').pathname}`);
          const { status, body } = answer(inner);
          return { id: inner.id, status, headers: { 'Content-Type': 'application/json', 'request-id': `r-${inner.id}` }, body };
        }),
      });
    }),
  );
  return { invites, asked };
}

function open(items: FakeItem[], options: { manageAccess?: boolean } = {}) {
  const graph = fakeGraph(items);
  renderWithProviders(
    <ShareManyDialog
      items={items.map((i) => i.ref)}
      onClose={() => undefined}
      renderManageAccess={options.manageAccess ? (item) => <p>Access list of {item.name}</p> : undefined}
    />,
  );
  return { ...graph, user: userEvent.setup() };
}

async function addRecipient(user: ReturnType<typeof userEvent.setup>, email: string) {
  await user.type(screen.getByRole('combobox', { name: 'Recipients' }), `${email}{Enter}`);
}

async function send(user: ReturnType<typeof userEvent.setup>) {
  const button = screen.getByRole('button', { name: 'Send' });
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
}

/**
 * Found by its title's text: in jsdom the nested alertdialog's accessible name can stay uncomputable
 * while tabster settles (real Chromium never shows it; e2e covers it there).
 */
async function findConfirmation(): Promise<HTMLElement> {
  const title = await screen.findByText('Share outside your organization?');
  const confirm = title.closest<HTMLElement>('[role="alertdialog"]');
  if (!confirm) throw new Error('The confirmation title is not inside an alertdialog');
  return confirm;
}

describe('the dialog for a selection', { timeout: 60_000 }, () => {
  it('reads neither the items nor their drives when the listing already said what they are', async () => {
    const known = (item: DriveItemRef, driveType: string, isRoot = false): DriveItemRef => ({ ...item, known: { driveType, isRoot } });
    const { asked } = open([
      { ref: known(ref(MINE, 'budget', 'Budget.xlsx'), 'business') },
      { ref: known(ref(HOME, 'root', 'Casey’s files', true), 'personal', true), root: true },
      { ref: known(ref(ALEX, 'campaigns', 'Campaigns', true), 'business'), permissions: [{ id: 'v', roles: ['read'] }] },
    ]);
    const notice = await screen.findByText('2 items will not be shared');
    const named = within(notice.closest('[role="group"], .fui-MessageBar') as HTMLElement);
    expect(named.getByText('Casey’s files').closest('li')).toHaveTextContent('top folder of a personal OneDrive');
    expect(named.getByText('Campaigns').closest('li')).toHaveTextContent('You can only view this item');
    // Only which OneDrive is one's own, and the permissions of the items on someone else's.
    expect(asked.sort()).toEqual(['GET /drives/0123456789abcdef/items/root/permissions', 'GET /drives/b!alex/items/campaigns/permissions', 'GET /me/drive']);
  });

  it('names before Send what cannot be shared, locks sign-in for a folder, and sends only the rest', async () => {
    const { user, invites } = open([
      { ref: ref(MINE, 'budget', 'Budget.xlsx') },
      { ref: ref(MINE, 'plans', 'Plans', true) },
      { ref: ref(HOME, 'root', 'Casey’s files', true), root: true },
      { ref: ref(ALEX, 'campaigns', 'Campaigns', true), permissions: [{ id: 'v', roles: ['read'] }] },
      { ref: ref(ALEX, 'brief', 'Brief.docx'), permissions: [{ id: 'e', roles: ['write'] }] },
    ]);
    const notice = await screen.findByText('2 items will not be shared');
    const named = within(notice.closest('[role="group"], .fui-MessageBar') as HTMLElement);
    expect(named.getByText('Casey’s files').closest('li')).toHaveTextContent('top folder of a personal OneDrive');
    expect(named.getByText('Campaigns').closest('li')).toHaveTextContent('You can only view this item');

    const signIn = screen.getByRole('switch', { name: 'Require sign-in' });
    expect(signIn).toBeChecked();
    expect(signIn).toBeDisabled();
    expect(signIn).toHaveAccessibleDescription('Folders can be shared only with people who sign in, so sign-in is required for every item.');
    expect(screen.getByLabelText('Password')).toBeDisabled();
    expect(screen.getByText('A password can be set only when every item is on a personal OneDrive.')).toBeInTheDocument();
    expect(screen.getByText('An expiry date can be set only when every item is on a personal OneDrive.')).toBeInTheDocument();

    await addRecipient(user, 'megan@contoso.test');
    await send(user);
    expect(await screen.findByText('Shared 3 of 3 items.')).toBeInTheDocument();
    // The outcome still names them, in the past.
    expect(screen.getByText('2 items were not shared')).toBeInTheDocument();
    expect(screen.queryByText('2 items will not be shared')).not.toBeInTheDocument();
    expect(invites.map((i) => i.itemId).sort()).toEqual(['brief', 'budget', 'plans']);
    expect(invites.every((i) => i.body.requireSignIn === true && !('password' in i.body))).toBe(true);
  });

  it('offers a password when every item is on a personal drive and sends it to each', async () => {
    const { user, invites } = open([{ ref: ref(HOME, 'a', 'A.txt') }, { ref: ref(HOME, 'b', 'B.txt') }]);
    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password).toBeEnabled());
    await user.type(password, 'Secret-1');
    await addRecipient(user, 'megan@contoso.test');
    await send(user);
    await screen.findByText('Shared 2 of 2 items.');
    expect(invites.map((i) => i.body.password)).toEqual(['Secret-1', 'Secret-1']);
  });

  it('asks about people outside the organization as the single dialog does, and sends only once confirmed', async () => {
    const { user, invites } = open([{ ref: ref(MINE, 'a', 'A.txt') }, { ref: ref(MINE, 'b', 'B.txt') }]);
    await addRecipient(user, 'kim@fabrikam.test');
    await send(user);
    const confirm = await findConfirmation();
    expect(confirm).toHaveTextContent('kim@fabrikam.test');
    await user.click(within(confirm).getByRole('button', { name: 'Go back', hidden: true }));
    await waitFor(() => expect(screen.queryByText('Share outside your organization?')).not.toBeInTheDocument());
    expect(invites).toEqual([]);
    expect(screen.getByRole('listbox', { name: 'Selected recipients' })).toHaveTextContent('kim@fabrikam.test');

    await send(user);
    await user.click(within(await findConfirmation()).getByRole('button', { name: 'Share with them', hidden: true }));
    await screen.findByText('Shared 2 of 2 items.');
    expect(invites).toHaveLength(2);
  });

  it('shows each item and, in a 207, each recipient; Retry failed resends only what failed', async () => {
    const notNotified = (recipients: { email: string }[]) => ({
      status: 207,
      body: {
        value: recipients.map(({ email }) =>
          email === 'lee@contoso.test'
            ? { id: `p-${email}`, roles: ['write'], grantedToV2: { user: { email } }, error: { code: 'notAllowed', message: 'mailbox' } }
            : { id: `p-${email}`, roles: ['write'], grantedToV2: { user: { email } } },
        ),
      },
    });
    const boom = () => ({ status: 500, body: { error: { code: 'generalException', message: 'boom' } } });
    const { user, invites } = open([
      { ref: ref(MINE, 'ok', 'Fine.docx') },
      { ref: ref(MINE, 'partial', 'Partial.docx'), invite: [notNotified, granted] },
      { ref: ref(MINE, 'down', 'Down.docx'), invite: [boom, granted] },
    ]);
    await addRecipient(user, 'megan@contoso.test');
    await addRecipient(user, 'lee@contoso.test');
    await send(user);
    await screen.findByText(/^Shared 1 of 3 items\./);
    const outcome = screen.getByRole('list', { name: 'Outcome by item' });
    const entry = (name: string) => within(outcome).getByText(name).closest('li')!;
    expect(entry('Partial.docx')).toHaveTextContent('Partly shared');
    expect(within(entry('Partial.docx')).getByRole('list', { name: 'People you invited' })).toHaveTextContent('Not notified');
    expect(entry('Down.docx')).toHaveTextContent('generalException');

    invites.length = 0;
    await user.click(screen.getByRole('button', { name: 'Retry failed' }));
    await screen.findByText('Shared 3 of 3 items.');
    expect(invites.map((i) => [i.itemId, i.body.recipients.map((r) => r.email).join()]).sort()).toEqual([
      ['down', 'megan@contoso.test,lee@contoso.test'],
      ['partial', 'lee@contoso.test'],
    ]);
  });

  it('opens Manage access for one item of the outcome and comes back to it', async () => {
    const { user } = open([{ ref: ref(MINE, 'a', 'A.txt') }, { ref: ref(MINE, 'b', 'B.txt') }], { manageAccess: true });
    await addRecipient(user, 'megan@contoso.test');
    await send(user);
    await screen.findByText('Shared 2 of 2 items.');
    await user.click(screen.getByRole('button', { name: 'Manage access to “B.txt”' }));
    expect(await screen.findByText('Access list of B.txt')).toBeInTheDocument();
    const back = screen.getByRole('button', { name: 'Back to the outcome' });
    await waitFor(() => expect(back).toHaveFocus());
    // Escape leads back too, not out of the dialog.
    await user.keyboard('{Escape}');
    await screen.findByText('Shared 2 of 2 items.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Manage access to “B.txt”' })).toHaveFocus());
  });
});
