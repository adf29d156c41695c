import { ArrowRight20Regular } from '@fluentui/react-icons';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { INVITE_207_EXAMPLE } from '../../testing/graph-doc-examples';
import { itemFactsHandlers } from '../../testing/graph-handlers';
import { renderWithProviders, TEST_GRAPH_BASE } from '../../testing/render';
import { directoryHandlers } from '../../testing/directory-handlers';
import { ShareDialog } from './share-dialog';

const item = { driveId: 'b!drive', itemId: '01ITEM', name: 'Q3 Report.xlsx', isFolder: false };
const invitePath = `${TEST_GRAPH_BASE}/v1.0/drives/b!drive/items/01ITEM/invite`;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Numbers as the locale writes them, so the expectations do not assume a digit set. */
const number = (locale: string, value: number) => new Intl.NumberFormat(locale).format(value);

async function open(locale: 'de' | 'ar', { driveType = 'business', label, panel = false }: { driveType?: string; label: string; panel?: boolean }) {
  server.use(...itemFactsHandlers(item, { driveType }), ...directoryHandlers({ domains: ['contoso.com', 'contoso.test'] }));
  const user = userEvent.setup();
  const { announced } = renderWithProviders(
    <ShareDialog item={item} onClose={() => undefined} recipientCap={3} renderManageAccess={panel ? () => <p>panel</p> : undefined} />,
    { locale },
  );
  const recipients = await screen.findByRole('combobox', { name: label });
  const status = () => announced.at(-1);
  return { user, recipients, status };
}

async function sendWhenEnabled(user: ReturnType<typeof userEvent.setup>, name: string) {
  const send = screen.getByRole('button', { name });
  await waitFor(() => expect(send).not.toHaveAttribute('aria-disabled', 'true'));
  await user.click(send);
}

describe('the share dialog in German', { timeout: 60_000 }, () => {
  it('names every control in German and explains problems in German', async () => {
    const { user, recipients } = await open('de', { label: 'Empfänger' });
    const dialog = screen.getByRole('dialog', { name: '„Q3 Report.xlsx“ freigeben' });
    expect(screen.getByRole('combobox', { name: 'Berechtigung' })).toHaveTextContent('Kann anzeigen');
    expect(screen.getByRole('switch', { name: 'Anmeldung erforderlich' })).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Einladung per E-Mail senden' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Abbrechen' })).toBeInTheDocument();
    expect(within(dialog).getByText(/Kennwörter können nur für persönliches OneDrive/)).toBeInTheDocument();

    await user.type(recipients, 'megan@contoso{Enter}');
    expect(screen.getByText('Die Domäne „contoso“ braucht einen Punkt, etwa contoso.com.')).toBeInTheDocument();

    const message = screen.getByRole('textbox', { name: /Nachricht/ });
    await user.click(message);
    await user.paste('x'.repeat(2005));
    expect(screen.getByText('2.005 von 2.000')).toBeInTheDocument();
    expect(screen.getByText(/Die Nachricht ist 5 Zeichen länger als die erlaubten 2\.000\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Senden' })).toHaveAttribute('aria-disabled', 'true');
    // Nothing English is left on the form.
    expect(dialog.textContent).not.toMatch(/\b(Recipients|Permission|Message|Send|Cancel|Expires|Password|characters|allowed)\b/);
  });

  it('offers the expiry calendar in German, starting on Monday, and shows the picked date the German way', async () => {
    const { user } = await open('de', { driveType: 'personal', label: 'Empfänger' });
    const expires = await screen.findByRole('combobox', { name: 'Läuft ab' });
    expect(expires).toHaveAttribute('placeholder', 'Nie');
    await user.click(expires);
    const today = new Date();
    const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
    const month = new Intl.DateTimeFormat('de', { month: 'long' }).format(tomorrow);
    const day = await screen.findByRole('button', { name: `${tomorrow.getDate()}, ${month}, ${tomorrow.getFullYear()}` });
    const headers = within(day.closest('table')!).getAllByRole('columnheader');
    expect(headers[0]).toHaveAttribute('title', 'Montag');
    expect(headers[6]).toHaveAttribute('title', 'Sonntag');
    await user.click(day);
    expect(expires).toHaveValue(new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(tomorrow));
  });
});

describe('the share dialog in Arabic', { timeout: 60_000 }, () => {
  it('uses the Arabic plural forms for recipients, entries and characters', async () => {
    const { user, recipients, status } = await open('ar', { label: 'المستلمون' });
    expect(screen.getByRole('dialog', { name: 'مشاركة «Q3 Report.xlsx»' })).toBeInTheDocument();

    await user.click(recipients);
    await user.paste('a@contoso.test; b@contoso.test');
    // Two is a form of its own in Arabic (the dual), without a number.
    expect(status()).toBe('تمت إضافة مستلمَين');
    await user.paste('c@contoso.test, d@contoso.test');
    expect(status()).toBe('تمت إضافة مستلمَين');
    // Four recipients, three allowed: "remove one recipient" (the singular form).
    expect(screen.getByText(/أزِل مستلمًا واحدًا لتتمكن من الإرسال/)).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`يمكنك المشاركة مع ${number('ar', 3)} مستلمين كحد أقصى`))).toBeInTheDocument();

    await user.paste('x1; x2; x3');
    // Three to ten take the "few" form.
    expect(status()).toBe(`تعذّرت قراءة ${number('ar', 3)} إدخالات`);

    const message = screen.getByRole('textbox', { name: /الرسالة/ });
    await user.click(message);
    await user.paste('x'.repeat(2002));
    expect(screen.getByText(/بمقدار حرفين\./)).toBeInTheDocument();
    expect(screen.getByText(`${number('ar', 2002)} من ${number('ar', 2000)}`)).toBeInTheDocument();
    await user.paste('x'.repeat(9));
    // Eleven to ninety-nine take the "many" form.
    expect(screen.getByText(new RegExp(`بمقدار ${number('ar', 11)} حرفًا\\.`))).toBeInTheDocument();
  });

  it('reports the docs 207 outcome in Arabic, with the dual for two people', async () => {
    server.use(http.post(invitePath, () => HttpResponse.json(INVITE_207_EXAMPLE, { status: 207 })));
    const { user, recipients } = await open('ar', { label: 'المستلمون' });
    await user.click(recipients);
    await user.paste('robin@contoso.com; helga@contoso.com');
    await sendWhenEnabled(user, 'إرسال');
    expect(await screen.findByText('تمت مشاركة «Q3 Report.xlsx» مع شخصين؛ ولم يُبلَّغ شخص واحد.')).toBeInTheDocument();
    const people = screen.getByRole('list', { name: 'الأشخاص الذين دعوتهم' });
    const helga = within(people).getByRole('listitem', { name: 'Helga Hammeren' });
    expect(helga).toHaveTextContent('لم يتم إبلاغه');
    expect(helga).toHaveTextContent('helga@contoso.com');
    expect(within(people).getByRole('listitem', { name: 'Robin Danielsen' })).toHaveTextContent('تم إرسال البريد الإلكتروني');
    expect(screen.getByRole('button', { name: 'إعادة المحاولة' })).toHaveAccessibleDescription(/الشخص المذكور أعلاه/);
    expect(screen.getByRole('button', { name: 'تم' })).toBeInTheDocument();
  });

  it('opens Manage access in Arabic, with the back arrow pointing right', async () => {
    const { user } = await open('ar', { label: 'المستلمون', panel: true });
    await user.click(screen.getByRole('button', { name: 'إدارة الوصول' }));
    expect(screen.getByRole('heading', { name: 'إدارة الوصول إلى «Q3 Report.xlsx»' })).toBeInTheDocument();
    const back = screen.getByRole('button', { name: 'العودة إلى المشاركة' });
    const { container } = render(<ArrowRight20Regular />);
    const rightArrow = container.querySelector('path')?.getAttribute('d');
    expect(rightArrow).toBeTruthy();
    expect(back.querySelector('path')).toHaveAttribute('d', rightArrow);
  });

  it('shows the picked expiry date the Arabic way', async () => {
    const { user } = await open('ar', { driveType: 'personal', label: 'المستلمون' });
    const expires = await screen.findByRole('combobox', { name: 'تاريخ الانتهاء' });
    await user.click(expires);
    const today = new Date();
    const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
    const month = new Intl.DateTimeFormat('ar', { month: 'long' }).format(tomorrow);
    await user.click(await screen.findByRole('button', { name: `${tomorrow.getDate()}, ${month}, ${tomorrow.getFullYear()}` }));
    expect(expires).toHaveValue(new Intl.DateTimeFormat('ar', { dateStyle: 'medium' }).format(tomorrow));
    expect(expires).not.toHaveValue(new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(tomorrow));
  });
});
