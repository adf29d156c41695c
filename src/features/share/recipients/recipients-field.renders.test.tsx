import { screen, within } from '@testing-library/react';
import type * as Fluent from '@fluentui/react-components';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { forwardRef } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { directoryHandlers } from '../../../testing/directory-handlers';
import { itemFactsHandlers } from '../../../testing/graph-handlers';
import { renderWithProviders } from '../../../testing/render';
import { ShareDialog } from '../share-dialog';

// Every render of a chip renders its Tag: from its parent, from the Tooltip that clones it, or
// from a context the Tag reads. The Tag is rebuilt here, for this test only, from the same hooks
// Fluent's own Tag runs (so it reads the same contexts and renders the same markup), with a count
// added; a wrapper around Fluent's Tag would miss a render caused by a context change alone.
// The role, the switches and the message are counted by a wrapper: what matters there is that the
// dialog's re-render on each keystroke does not reach them.
const renders = vi.hoisted(() => ({ tags: 0, choices: 0 }));
vi.mock('@fluentui/react-components', async (importOriginal) => {
  const actual = await importOriginal<typeof Fluent>();
  const CountedTag = forwardRef<HTMLSpanElement | HTMLButtonElement, Fluent.TagProps>(function CountedTag(props, ref) {
    renders.tags += 1;
    const state = actual.useTag_unstable(props, ref);
    actual.useTagStyles_unstable(state);
    return actual.renderTag_unstable(state, actual.useTagAvatarContextValues_unstable(state));
  });
  const counted = <C,>(Component: C) => {
    const Inner = Component as React.ElementType;
    return forwardRef<unknown, Record<string, unknown>>(function Counted(props, ref) {
      renders.choices += 1;
      return <Inner {...props} ref={ref} />;
    }) as unknown as C;
  };
  return {
    ...actual,
    Tag: CountedTag,
    Dropdown: counted(actual.Dropdown),
    Switch: counted(actual.Switch),
    Textarea: counted(actual.Textarea),
  };
});

const item = { driveId: 'b!drive', itemId: '01ITEM', name: 'Plan.docx', isFolder: false };
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('RecipientsField with 200 recipients', { timeout: 60_000 }, () => {
  it('re-renders no chip and none of the choices below on a keystroke', async () => {
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
    expect(renders.choices).toBeGreaterThanOrEqual(4);

    const before = renders.tags;
    const choicesBefore = renders.choices;
    // Letters that match nobody (no suggestions open), and a Backspace that only edits the text.
    await user.type(input, 'qqq{Backspace}q');
    expect(input).toHaveValue('qqq');
    expect(renders.tags - before).toBe(0);
    expect(renders.choices - choicesBefore).toBe(0);
  });
});
