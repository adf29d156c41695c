import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { GraphError } from '../lib/graph';
import { renderWithProviders } from '../testing/render';
import { ErrorMessage } from './error-message';

describe('ErrorMessage', () => {
  it('signs in again with the claims a claims challenge asks for, and with nothing more for an expired sign-in', async () => {
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1"}}}';
    const onSignIn = vi.fn();
    const challenge = new GraphError({ kind: 'claims-challenge', status: 401, code: 'InvalidAuthenticationToken', message: 'challenge', claims });
    const { unmount } = renderWithProviders(<ErrorMessage error={challenge} title="Could not share" onSignIn={onSignIn} />);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(onSignIn).toHaveBeenCalledWith({ claims });
    unmount();

    const expired = new GraphError({ kind: 'http', status: 401, code: 'InvalidAuthenticationToken', message: 'expired' });
    renderWithProviders(<ErrorMessage error={expired} title="Could not share" onSignIn={onSignIn} />);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(onSignIn).toHaveBeenLastCalledWith({});
  });
});
