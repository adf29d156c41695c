import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { ManageAccess } from './manage-access';
import { alex, fakeGraph, item, itemUrl, megan, owner } from '../../testing/manage-access-graph';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Midday UTC, so the date is the same in any time zone the suite runs in.
const anyoneLink = {
  id: 'l-anyone',
  roles: ['read'],
  link: { scope: 'anonymous', type: 'view', webUrl: 'https://contoso.test/l/1' },
  expirationDateTime: '2026-11-22T12:00:00Z',
  hasPassword: true,
};
const peopleLink = {
  id: 'l-people',
  roles: ['write'],
  link: { scope: 'users', type: 'edit', webUrl: 'https://contoso.test/l/2' },
  expirationDateTime: '0001-01-01T00:00:00Z',
  grantedToIdentitiesV2: [{ user: { displayName: 'Misty Suarez' } }, { user: { displayName: 'Judith Clemons' } }],
};

describe('ManageAccess in other languages', () => {
  it('speaks German: roles, reasons, link facts with German dates and lists, and what happened', async () => {
    fakeGraph(server, [owner, megan, anyoneLink, peopleLink]);
    const user = userEvent.setup();
    renderWithProviders(<ManageAccess item={item} />, { locale: 'de' });
    const adele = await screen.findByRole('listitem', { name: 'Adele Vance' });
    expect(screen.getByRole('region', { name: 'Wer Zugriff auf „Q3 Report.xlsx“ hat' })).toBeInTheDocument();
    expect(screen.getByText('4 Einträge')).toBeInTheDocument();
    expect(adele).toHaveTextContent('Besitzer');
    expect(adele).toHaveTextContent('Der Besitzer hat immer Vollzugriff.');

    const links = within(screen.getByRole('list', { name: 'Freigabelinks' })).getAllByRole('listitem');
    expect(links[0]).toHaveTextContent('Jeder mit dem Link · Kann anzeigen');
    expect(links[0]).toHaveTextContent(/Läuft am 22\.11\.2026 ab/);
    expect(links[0]).toHaveTextContent('Kennwortgeschützt');
    expect(links[1]).toHaveTextContent('Bestimmte Personen · Kann bearbeiten');
    expect(links[1]).toHaveTextContent('Kein Ablaufdatum');
    expect(links[1]).toHaveTextContent('Gilt für Misty Suarez und Judith Clemons');
    expect(within(links[0]!).getByRole('button', { name: 'Link kopieren' })).toBeInTheDocument();

    const role = within(screen.getByRole('listitem', { name: 'Megan Bowen' })).getByRole('combobox', { name: 'Berechtigung für Megan Bowen' });
    expect(role).toHaveTextContent('Kann anzeigen');
    await user.click(role);
    await user.click(screen.getByRole('option', { name: 'Kann bearbeiten' }));
    expect(await screen.findByText('Megan Bowen kann „Q3 Report.xlsx“ jetzt bearbeiten.')).toBeInTheDocument();

    await user.click(within(screen.getByRole('listitem', { name: 'Megan Bowen' })).getByRole('button', { name: 'Entfernen' }));
    const confirm = screen.getByRole('group', { name: /Megan Bowen entfernen\?/ });
    expect(confirm).toHaveTextContent('Die Person verliert den Zugriff auf „Q3 Report.xlsx“');
    await user.click(within(confirm).getByRole('button', { name: 'Abbrechen' }));
  });

  it('explains a failure in German, with Graph’s code and request id as they are', async () => {
    server.use(
      http.get(itemUrl, () => HttpResponse.json({ error: { code: 'accessDenied', message: 'no' } }, { status: 403, headers: { 'request-id': 'rid-403' } })),
      http.get(`${itemUrl}/permissions`, () => HttpResponse.json({ value: [owner] })),
    );
    renderWithProviders(<ManageAccess item={item} />, { locale: 'de' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die Zugriffsberechtigten konnten nicht geladen werden');
    expect(alert).toHaveTextContent('Sie haben keine Berechtigung');
    expect(alert).toHaveTextContent('Fehlercode: accessDenied');
    expect(alert).toHaveTextContent('Anforderungs-ID: rid-403');
    expect(within(alert).getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });

  it('speaks Arabic with its dual and plural forms', async () => {
    const { state } = fakeGraph(server, [owner, alex]);
    const user = userEvent.setup();
    const view = renderWithProviders(<ManageAccess item={item} />, { locale: 'ar' });
    await screen.findByRole('listitem', { name: 'Alex Wilber' });
    expect(screen.getByText('إدخالان')).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: 'Adele Vance' })).toHaveTextContent('يتمتع المالك دائمًا بحق الوصول الكامل.');
    expect(within(screen.getByRole('listitem', { name: 'Alex Wilber' })).getByRole('combobox', { name: 'إذن Alex Wilber' })).toHaveTextContent('يمكن التحرير');

    view.unmount();
    state.permissions = [owner, alex, megan, peopleLink];
    renderWithProviders(<ManageAccess item={item} />, { locale: 'ar' });
    await screen.findByRole('listitem', { name: 'Megan Bowen' });
    const few = new Intl.NumberFormat('ar').format(4);
    expect(screen.getByText(`${few} إدخالات`)).toBeInTheDocument();
    expect(screen.getByText('بلا تاريخ انتهاء')).toBeInTheDocument();
    await user.click(within(screen.getByRole('listitem', { name: 'Megan Bowen' })).getByRole('button', { name: 'إزالة' }));
    expect(screen.getByRole('group', { name: /هل تريد إزالة Megan Bowen؟/ })).toBeInTheDocument();
  });
});
