import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInLanguage } from '../testing/render';
import { describe, expect, it, vi } from 'vitest';
import { TargetError, parseTarget } from '../features/drive';
import { GraphError } from '../lib/graph';
import { DeepLinkNotice } from './deep-link-notice';
import type { useDeepLink } from './use-deep-link';

type Link = ReturnType<typeof useDeepLink>;
const failedLink = (error: unknown): Link => ({ target: 'x', status: 'error', item: null, error: error as Link['error'], retry: vi.fn(), dismiss: vi.fn() });

function refusal(target: string): TargetError {
  const parsed = parseTarget(target);
  if (parsed.ok) throw new Error(`${target} was accepted`);
  return new TargetError(parsed.reason);
}

describe('DeepLinkNotice', () => {
  it('explains a refused target in German, with the offending key as typed', async () => {
    const link = failedLink(refusal('driveId=b!d&itemId=1&path=/x'));
    renderInLanguage(<DeepLinkNotice link={link} onSignIn={vi.fn()} />, 'de');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Der Link verweist auf keine Datei und keinen Ordner');
    expect(alert).toHaveTextContent('Geben Sie entweder itemId oder path an, nicht beides. Sie können das Element stattdessen unten in Ihren Dateien suchen.');
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Stattdessen Ihre Dateien durchsuchen' }));
    expect(link.dismiss).toHaveBeenCalled();
  });

  it('keeps the English reason in the error message for logs', () => {
    expect(refusal('driveId=b!d&itemId=1&path=/x').message).toBe('Give either itemId or path, not both.');
  });

  it('shows Graph’s failure in Arabic with a way to browse instead', () => {
    const error = new GraphError({ kind: 'http', status: 404, code: 'itemNotFound', message: 'x', requestId: 'rid-9' });
    renderInLanguage(<DeepLinkNotice link={failedLink(error)} onSignIn={vi.fn()} />, 'ar');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('تعذّر فتح العنصر من الرابط');
    expect(alert).toHaveTextContent('رمز الخطأ: itemNotFound');
    expect(within(alert).getByRole('button', { name: 'أعد المحاولة' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'استعرض ملفاتك بدلًا من ذلك' })).toBeInTheDocument();
  });

  it('says in German that the item is being opened', () => {
    renderInLanguage(<DeepLinkNotice link={{ ...failedLink(null), status: 'pending' }} onSignIn={vi.fn()} />, 'de');
    expect(screen.getByText('Das Element aus Ihrem Link wird geöffnet…')).toBeInTheDocument();
  });
});
