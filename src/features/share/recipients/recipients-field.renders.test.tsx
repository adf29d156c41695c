import { screen, within } from '@testing-library/react';
import type * as Fluent from '@fluentui/react-components';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { createElement, forwardRef, type ComponentProps } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { directoryHandlers } from '../../../testing/directory-handlers';
import { itemFactsHandlers } from '../../../testing/graph-handlers';
import { renderWithProviders } from '../../../testing/render';
import { ShareDialog } from '../share-dialog';

// Every render of a chip renders its Tag (directly, or through the Tooltip that clones it): the
// Tag, wrapped here and nowhere in production, counts the chips' renders.
const renders = vi.hoisted(() => ({ tags: 0 }));
vi.mock('@fluentui/react-components', async (importOriginal) => {
  const actual = await importOriginal<typeof Fluent>();
  const CountedTag = forwardRef<HTMLButtonElement, ComponentProps<typeof actual.Tag>>(function CountedTag(props, ref) {
    renders.tags += 1;
    return createElement(actual.Tag, { ...props, ref });
  });
  return { ...actual, Tag: CountedTag };
});

const item = { driveId: 'b!drive', itemId: '01ITEM', name: 'Plan.docx', isFolder: false };
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('RecipientsField with 200 recipients', { timeout: 60_000 }, () => {
  it('re-renders no chip on a keystroke', async () => {
    server.use(...directoryHandlers(), ...itemFactsHandlers(item, { driveType: 'business' }));
    const user = userEvent.setup();
    renderWithProviders(<ShareDialog item={item} onClose={() => undefined} recipientCap={500} />);
    const input = await screen.findByRole('combobox', { name: 'Recipients' });
    await user.click(input);
    await user.paste(Array.from({ length: 200 }, (_, index) => `person${index}@contoso.test`).join('\n'));
    const chips = within(screen.getByRole('listbox', { name: 'Selected recipients' })).getAllByRole('option');
    expect(chips).toHaveLength(50);
    expect(screen.getByRole('button', { name: 'Show 150 more recipients' })).toBeInTheDocument();
    expect(renders.tags).toBeGreaterThanOrEqual(50);

    const before = renders.tags;
    // Letters that match nobody (no suggestions open), and a Backspace that only edits the text.
    await user.type(input, 'qqq{Backspace}q');
    expect(input).toHaveValue('qqq');
    expect(renders.tags - before).toBe(0);
  });
});
