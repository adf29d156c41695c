import { act, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DriveItemRef } from '../../lib/graph';
import { itemFactsHandlers } from '../../testing/graph-handlers';
import { renderHookWithProviders, TEST_GRAPH_BASE } from '../../testing/render';
import { emailRecipient } from './recipients/recipient.types';
import { directoryHandlers } from '../../testing/directory-handlers';
import { useShareDialog } from './use-share-dialog';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => server.use(...directoryHandlers()));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const file: DriveItemRef = { driveId: 'd1', itemId: 'f1', name: 'Q3.xlsx', isFolder: false };
const folder: DriveItemRef = { driveId: 'd1', itemId: 'f2', name: 'Plans', isFolder: true };

function captureInvites(item: DriveItemRef) {
  const bodies: Record<string, unknown>[] = [];
  server.use(
    http.post(`${TEST_GRAPH_BASE}/v1.0/drives/d1/items/${item.itemId}/invite`, async ({ request }) => {
      const body = (await request.json()) as { recipients: { email: string }[] };
      bodies.push(body);
      return HttpResponse.json({ value: body.recipients.map(({ email }) => ({ id: `p-${email}`, roles: ['read'], invitation: { email } })) });
    }),
  );
  return bodies;
}

async function openDialog(item: DriveItemRef, driveType = 'business', options: Partial<Parameters<typeof useShareDialog>[0]> = {}) {
  server.use(...itemFactsHandlers(item, { driveType }));
  const hook = renderHookWithProviders(() => useShareDialog({ item, ...options }));
  expect(hook.result.current.view).toEqual({ kind: 'gated', gate: { kind: 'loading' } });
  await waitFor(() => expect(hook.result.current.view.kind).toBe('editing'));
  return hook;
}

describe('useShareDialog', () => {
  it('starts from the portal’s defaults and derives Send from the draft', async () => {
    const { result } = await openDialog(file, 'business', { defaults: { role: 'write', sendInvitation: false, message: 'Hi' } });
    expect(result.current.draft).toMatchObject({ role: 'write', sendInvitation: false, message: 'Hi', requireSignIn: true });
    expect(result.current.canSend).toBe(false);
    act(() => result.current.changeRecipients({ type: 'type', text: 'alex@contoso.test' }));
    await waitFor(() => expect(result.current.canSend).toBe(true));
    act(() => result.current.changeRecipients({ type: 'type', text: 'alex@contoso' }));
    expect(result.current.canSend).toBe(false);
  });

  it('sends what is typed as if Enter had been pressed, and the field then shows exactly who was sent', async () => {
    const bodies = captureInvites(file);
    const { result } = await openDialog(file);
    act(() => {
      result.current.changeRecipients({ type: 'paste', text: 'alex@contoso.test' });
      result.current.changeRecipients({ type: 'type', text: 'megan@contoso.test' });
    });
    await waitFor(() => expect(result.current.canSend).toBe(true));
    act(() => result.current.send());
    expect(result.current.draft.recipients.chips.map((chip) => chip.key)).toEqual([
      emailRecipient('alex@contoso.test').key,
      emailRecipient('megan@contoso.test').key,
    ]);
    expect(result.current.draft.recipients.typed).toBe('');
    await waitFor(() => expect(result.current.view.kind).toBe('sent'));
    expect(bodies[0]?.recipients).toEqual([{ email: 'alex@contoso.test' }, { email: 'megan@contoso.test' }]);
  });

  it('sends sign-in required for a folder even when the switch was turned off, and says why it is locked', async () => {
    const bodies = captureInvites(folder);
    const { result } = await openDialog(folder);
    act(() => {
      result.current.choose({ requireSignIn: false });
      result.current.changeRecipients({ type: 'type', text: 'alex@contoso.test' });
    });
    expect(result.current.fitted?.requireSignIn).toBe(true);
    expect(result.current.fitted?.requireSignInLocked).toEqual({ available: false, reason: { id: 'share.options.signInAlwaysForFolders' } });
    await waitFor(() => expect(result.current.canSend).toBe(true));
    act(() => result.current.send());
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]?.requireSignIn).toBe(true);
  });

  it('after a send shows the outcome, tells the caller with the role sent, and “share again” keeps the options but not the people', async () => {
    captureInvites(file);
    const onSent = vi.fn();
    const { result } = await openDialog(file, 'business', { onSent });
    act(() => {
      result.current.choose({ role: 'write', message: 'Numbers' });
      result.current.changeRecipients({ type: 'type', text: 'alex@contoso.test' });
    });
    await waitFor(() => expect(result.current.canSend).toBe(true));
    act(() => result.current.send());
    expect(result.current.view.kind).toBe('sending');
    expect(result.current.canSend).toBe(false);
    await waitFor(() => expect(result.current.view).toMatchObject({ kind: 'sent', invitationsRequested: true, retryable: [] }));
    expect(onSent).toHaveBeenCalledWith({ item: file, role: 'write', outcomes: [expect.objectContaining({ kind: 'granted' })] });
    act(() => result.current.shareAgain());
    expect(result.current.view.kind).toBe('editing');
    expect(result.current.draft).toMatchObject({ role: 'write', message: '', recipients: { chips: [], typed: '' } });
  });

  it('keeps the share state while Manage access is open', async () => {
    const { result } = await openDialog(file);
    act(() => result.current.changeRecipients({ type: 'type', text: 'alex@contoso.test' }));
    act(() => result.current.openManageAccess());
    expect(result.current.view.kind).toBe('managing');
    act(() => result.current.closeManageAccess());
    expect(result.current.view.kind).toBe('editing');
    expect(result.current.draft.recipients.typed).toBe('alex@contoso.test');
  });

  it('is gated with the reason when the item cannot be shared, and with the error when it cannot be read', async () => {
    const root: DriveItemRef = { driveId: 'd1', itemId: 'root', name: 'OneDrive', isFolder: true };
    server.use(...itemFactsHandlers(root, { driveType: 'personal', root: true }));
    const refused = renderHookWithProviders(() => useShareDialog({ item: root }));
    await waitFor(() =>
      expect(refused.result.current.view).toEqual({ kind: 'gated', gate: { kind: 'refused', reason: { id: 'share.options.rootNotShareable' } } }),
    );

    const missing: DriveItemRef = { driveId: 'd1', itemId: 'gone', name: 'Gone', isFolder: false };
    server.use(
      http.get(`${TEST_GRAPH_BASE}/v1.0/drives/d1/items/gone`, () =>
        HttpResponse.json({ error: { code: 'itemNotFound', message: 'Not found' } }, { status: 404 }),
      ),
      http.get(`${TEST_GRAPH_BASE}/v1.0/drives/d1`, () => HttpResponse.json({ id: 'd1', driveType: 'business' })),
    );
    const failed = renderHookWithProviders(() => useShareDialog({ item: missing }));
    await waitFor(() => expect(failed.result.current.view).toMatchObject({ kind: 'gated', gate: { kind: 'failed' } }));
  });

  it('comes back with the draft after its view went away, forgets it once sent, and when closed', async () => {
    captureInvites(file);
    const first = await openDialog(file);
    act(() => {
      first.result.current.changeRecipients({ type: 'paste', text: 'alex@contoso.test' });
      first.result.current.changeRecipients({ type: 'type', text: 'meg' });
      first.result.current.choose({ role: 'write', message: 'Numbers' });
    });
    first.unmount();

    const second = await openDialog(file);
    expect(second.result.current.draft).toMatchObject({ role: 'write', message: 'Numbers', recipients: { typed: 'meg' } });
    expect(second.result.current.draft.recipients.chips).toHaveLength(1);
    act(() => second.result.current.changeRecipients({ type: 'type', text: '' }));
    await waitFor(() => expect(second.result.current.canSend).toBe(true));
    act(() => second.result.current.send());
    await waitFor(() => expect(second.result.current.view.kind).toBe('sent'));
    second.unmount();
    const third = await openDialog(file);
    expect(third.result.current.draft.recipients.chips).toEqual([]);

    act(() => third.result.current.changeRecipients({ type: 'type', text: 'lee@contoso.test' }));
    third.rerender();
    third.unmount();
    const closed = renderHookWithProviders((open: boolean) => useShareDialog({ item: file, open }), { initialProps: true });
    await waitFor(() => expect(closed.result.current.draft.recipients.typed).toBe('lee@contoso.test'));
    closed.rerender(false);
    closed.unmount();
    const fresh = await openDialog(file);
    expect(fresh.result.current.draft.recipients.typed).toBe('');
  });
  describe('closed while sending', () => {
    /** An invite that reaches the server and never answers (until aborted), then a permission list. */
    function hangingInvite(listed: object[]) {
      let reached: () => void = () => undefined;
      const arrived = new Promise<void>((resolve) => (reached = resolve));
      server.use(
        http.post(`${TEST_GRAPH_BASE}/v1.0/drives/d1/items/f1/invite`, async () => {
          reached();
          await new Promise(() => undefined);
          return HttpResponse.json({ value: [] });
        }),
        http.get(`${TEST_GRAPH_BASE}/v1.0/drives/d1/items/f1/permissions`, () => HttpResponse.json({ value: listed })),
      );
      return arrived;
    }

    it('stops the invite, reads back what landed, reports it, and only then closes', async () => {
      const arrived = hangingInvite([{ id: 'p-alex', roles: ['read'], invitation: { email: 'alex@contoso.test' } }]);
      const onSent = vi.fn();
      const onClose = vi.fn();
      const { result } = await openDialog(file, 'business', { onSent, onClose });
      act(() => result.current.changeRecipients({ type: 'type', text: 'alex@contoso.test' }));
      await waitFor(() => expect(result.current.canSend).toBe(true));
      act(() => result.current.send());
      await arrived;
      act(() => result.current.close());
      expect(onClose).not.toHaveBeenCalled();
      await waitFor(() => expect(onClose).toHaveBeenCalledWith());
      expect(onSent).toHaveBeenCalledWith({ item: file, role: 'read', outcomes: [expect.objectContaining({ kind: 'landed' })] });
    });

    it('closes without a report when nothing landed', async () => {
      const arrived = hangingInvite([]);
      const onSent = vi.fn();
      const onClose = vi.fn();
      const { result } = await openDialog(file, 'business', { onSent, onClose });
      act(() => result.current.changeRecipients({ type: 'type', text: 'alex@contoso.test' }));
      await waitFor(() => expect(result.current.canSend).toBe(true));
      act(() => result.current.send());
      await arrived;
      act(() => result.current.close());
      await waitFor(() => expect(onClose).toHaveBeenCalledWith());
      expect(onSent).not.toHaveBeenCalled();
    });
  });
});
