import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INVITE_200_EXAMPLE, INVITE_207_EXAMPLE } from '../../testing/graph-doc-examples';
import { itemFactsHandlers } from '../../testing/graph-handlers';
import { clickSend, renderWithProviders, TEST_GRAPH_BASE } from '../../testing/render';
import { directoryHandlers } from '../../testing/directory-handlers';
import { ShareDialog } from './share-dialog';

const item = { driveId: 'b!drive', itemId: '01ITEM', name: 'Q3 Report.xlsx', isFolder: false };
const invitePath = `${TEST_GRAPH_BASE}/v1.0/drives/b!drive/items/01ITEM/invite`;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// The dialog reads the item, its drive and the tenant's domains before it shows the form.
// The docs' examples name contoso.com people, so that is the tenant's domain here (no external prompt).
beforeEach(() => server.use(...itemFactsHandlers(item, { driveType: 'business' }), ...directoryHandlers({ domains: ['contoso.com'] })));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Answers each invite with the next response in line, and keeps the bodies it was sent. */
function inviteAnswers(...responses: (() => Response)[]) {
  const bodies: { recipients: unknown[] }[] = [];
  server.use(
    http.post(invitePath, async ({ request }) => {
      bodies.push((await request.json()) as { recipients: unknown[] });
      const next = responses[bodies.length - 1];
      if (!next) throw new Error('unexpected extra invite');
      return next();
    }),
  );
  return bodies;
}

async function shareWith(...emails: string[]) {
  const user = userEvent.setup();
  renderWithProviders(<ShareDialog item={item} onClose={() => undefined} renderManageAccess={(target) => <p>Access panel for {target.name}</p>} />);
  const recipients = await screen.findByRole('combobox', { name: 'Recipients' });
  await user.click(recipients);
  await user.paste(emails.join(';'));
  await user.keyboard('{Enter}');
  await clickSend(user);
  return user;
}

describe('the outcome of a share', { timeout: 30_000 }, () => {
  it('shows the docs 200 example as one person granted and notified', async () => {
    inviteAnswers(() => HttpResponse.json(INVITE_200_EXAMPLE, { headers: { 'request-id': 'rid-robin' } }));
    await shareWith('robin@contoso.com');
    expect(await screen.findByText('Shared “Q3 Report.xlsx” with 1 person.')).toBeInTheDocument();
    const robin = within(screen.getByRole('list', { name: 'People you invited' })).getByRole('listitem', { name: 'Robin Danielsen' });
    expect(robin).toHaveTextContent('robin@contoso.com');
    expect(robin).toHaveTextContent('Can edit, Sign-in required');
    expect(robin).toHaveTextContent('Email sent');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();

    // The permission id is behind a disclosure named after the person.
    const details = within(robin).getByRole('button', { name: 'Details Robin Danielsen' });
    expect(details).toHaveAttribute('aria-expanded', 'false');
    expect(within(robin).getByText('CCFC7CA3-7A19-4D57-8CEF-149DB9DDFA62')).not.toBeVisible();
    await userEvent.setup().click(details);
    expect(details).toHaveAttribute('aria-expanded', 'true');
    expect(within(robin).getByText('CCFC7CA3-7A19-4D57-8CEF-149DB9DDFA62')).toBeVisible();
    expect(robin).toHaveTextContent('Request ID: rid-robin');
  });

  it('shows the docs 207 example per recipient, then Retry re-sends only the one not notified', async () => {
    const bodies = inviteAnswers(
      () => HttpResponse.json(INVITE_207_EXAMPLE, { status: 207 }),
      () =>
        HttpResponse.json({
          value: [
            {
              id: '1EFG7CA3-7A19-4D57-8CEF-149DB9DDFA62',
              roles: ['write'],
              grantedTo: { user: { displayName: 'Helga Hammeren' } },
              invitation: { email: 'helga@contoso.com' },
            },
          ],
        }),
    );
    const user = await shareWith('robin@contoso.com', 'helga@contoso.com');
    expect(await screen.findByText('Shared “Q3 Report.xlsx” with 2 people; 1 was not notified.')).toBeInTheDocument();
    const people = screen.getByRole('list', { name: 'People you invited' });
    // In the order they were named (robin, helga), not in Graph's (Helga first).
    const [first, second] = within(people).getAllByRole('listitem');
    expect(first).toHaveAccessibleName('Robin Danielsen');
    expect(second).toHaveAccessibleName('Helga Hammeren');
    const helga = within(people).getByRole('listitem', { name: 'Helga Hammeren' });
    expect(helga).toHaveTextContent('Not notified');
    expect(helga).toHaveTextContent('Kontobestätigung erforderlich, um das Senden von E-Mails zu entsperren.');
    expect(helga).toHaveTextContent('Error code: accountVerificationRequired');
    expect(within(helga).getByRole('link', { name: /Fix this problem/ })).toHaveAttribute('href', 'http://g.live.com/8SESkydrive/VerifyAccount');
    expect(within(people).getByRole('listitem', { name: 'Robin Danielsen' })).toHaveTextContent('Email sent');

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Shared “Q3 Report.xlsx” with 2 people.')).toBeInTheDocument();
    expect(bodies).toHaveLength(2);
    expect(bodies[0]?.recipients).toEqual([{ email: 'robin@contoso.com' }, { email: 'helga@contoso.com' }]);
    expect(bodies[1]).toEqual({ recipients: [{ email: 'helga@contoso.com' }], roles: ['read'], requireSignIn: true, sendInvitation: true });
    // Still one entry each: the retried permission replaced Helga's, it did not add a second one.
    expect(within(people).getAllByRole('listitem')).toHaveLength(2);
    expect(within(people).getByRole('listitem', { name: 'Helga Hammeren' })).toHaveTextContent('Email sent');
    expect(within(people).getByRole('listitem', { name: 'Helga Hammeren' })).not.toHaveTextContent('Not notified');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('lists who got no access at all, and keeps the outcome when the retry itself fails', async () => {
    inviteAnswers(
      () => HttpResponse.json(INVITE_200_EXAMPLE),
      () => HttpResponse.json({ error: { code: 'generalException', message: 'x', innerError: { 'request-id': 'rid-7' } } }, { status: 500 }),
    );
    // Both domains count as the tenant's here: the external prompt has its own tests.
    server.use(...directoryHandlers({ domains: ['contoso.com', 'fabrikam.test'] }));
    const user = await shareWith('robin@contoso.com', 'nobody@fabrikam.test');
    expect(await screen.findByText('Shared “Q3 Report.xlsx” with 1 person; 1 could not be added.')).toBeInTheDocument();
    const people = screen.getByRole('list', { name: 'People you invited' });
    expect(within(people).getAllByRole('listitem')).toHaveLength(2);
    expect(within(people).getByRole('listitem', { name: 'Robin Danielsen' })).toHaveTextContent('Email sent');
    const nobody = within(people).getByRole('listitem', { name: 'nobody@fabrikam.test' });
    expect(nobody).toHaveTextContent('Not shared');
    expect(nobody).toHaveTextContent('did not give this person access');
    expect(nobody).not.toHaveTextContent('Email sent');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Retry did not go through');
    expect(alert).toHaveTextContent('rid-7');
    expect(screen.getByText('Shared “Q3 Report.xlsx” with 1 person; 1 could not be added.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
  });
});

describe('Manage access', { timeout: 30_000 }, () => {
  it('opens the app-supplied panel before sharing and comes back with everything typed kept', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ShareDialog item={item} onClose={() => undefined} renderManageAccess={(target) => <p>Access panel for {target.name}</p>} />);
    await user.type(await screen.findByRole('combobox', { name: 'Recipients' }), 'alex@contoso.test{Enter}');
    await user.click(screen.getByRole('button', { name: 'Manage access' }));
    expect(screen.getByText('Access panel for Q3 Report.xlsx')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to sharing' }));
    expect(screen.getByRole('option', { name: /alex@contoso.test/ })).toBeInTheDocument();
  });

  it('has no Manage access button when the app supplies no panel', async () => {
    renderWithProviders(<ShareDialog item={item} onClose={() => undefined} />);
    await screen.findByRole('combobox', { name: 'Recipients' });
    expect(screen.queryByRole('button', { name: 'Manage access' })).not.toBeInTheDocument();
  });
});
