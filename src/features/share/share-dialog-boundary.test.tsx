import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { directoryHandlers } from '../../testing/directory-handlers';
import { itemFactsHandlers } from '../../testing/graph-handlers';
import { renderWithProviders } from '../../testing/render';
import type * as ShareOptionsModule from './options/share-options';
import { ShareDialog } from './share-dialog';

// A bug in one part of the view, switched on by the test: the message field's options render throws.
const crash = vi.hoisted(() => ({ next: false }));
vi.mock('./options/share-options', async (importOriginal) => {
  const actual = await importOriginal<typeof ShareOptionsModule>();
  return {
    ...actual,
    // Not memoised as the real one is, so the dialog's re-render reaches it.
    ShareOptions: (props: React.ComponentProps<typeof actual.ShareOptions>) => {
      if (crash.next) throw new Error('a bug in the options');
      return <actual.ShareOptions {...props} />;
    },
  };
});

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const item = { driveId: 'b!drive', itemId: '01ITEM', name: 'Q3 Report.xlsx', isFolder: false };

describe('ShareDialog when its view crashes', { timeout: 30_000 }, () => {
  it('says so inside the dialog, and Try again brings back everything typed', async () => {
    server.use(...directoryHandlers(), ...itemFactsHandlers(item, { driveType: 'business' }));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const { rerender } = renderWithProviders(<ShareDialog item={item} onClose={() => undefined} />);
    const recipients = await screen.findByRole('combobox', { name: 'Recipients' });
    await user.click(recipients);
    await user.paste('alex@contoso.test; megan@contoso.test');
    await user.type(screen.getByRole('textbox', { name: /Message/ }), 'Numbers');

    crash.next = true;
    // Any re-render now throws inside the form.
    rerender(<ShareDialog item={{ ...item }} onClose={() => undefined} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('Everything you typed is kept');
    expect(screen.getByRole('dialog', { name: 'Share "Q3 Report.xlsx"' })).toBeInTheDocument();

    crash.next = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const chips = within(await screen.findByRole('listbox', { name: 'Selected recipients' })).getAllByRole('option');
    expect(chips.map((chip) => chip.textContent)).toEqual([expect.stringContaining('alex@contoso.test'), expect.stringContaining('megan@contoso.test')]);
    expect(screen.getByRole('textbox', { name: /Message/ })).toHaveValue('Numbers');
  });
});
