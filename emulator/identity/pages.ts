// The pages a person sees on the identity side: sign-in, sign-out and errors.
import { escapeHtml, markup, page } from './html';

export interface LoginPageOptions {
  /** Where the form posts to. */
  action: string;
  clientName: string;
  email?: string;
  error?: string;
}

export const LOGIN_ERROR_WRONG = 'That email or password is incorrect.';
export const LOGIN_ERROR_EMPTY = 'Enter your email and password.';

export function loginPage({ action, clientName, email = '', error }: LoginPageOptions): string {
  // On an error the alert is announced, both fields point at it, and focus goes to the password
  // (the email is kept, so the likely fix is retyping the password).
  const invalid = error ? ' aria-invalid="true" aria-describedby="login-error"' : '';
  return page(
    'Sign in',
    markup(`
<h1>Sign in</h1>
<p class="lead">to continue to <strong>${escapeHtml(clientName)}</strong></p>
${error ? `<p id="login-error" class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}" novalidate>
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="username" spellcheck="false" value="${escapeHtml(email)}"${invalid}${error ? '' : ' autofocus'}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password"${invalid}${error ? ' autofocus' : ''}>
<button type="submit">Sign in</button>
</form>
<p class="hint">Local emulator: every demo account (for example adele@contoso.test) uses the password printed in the emulator's console.</p>
`),
  );
}

/**
 * oidc-provider asks for confirmation before ending a session. The app has already decided to
 * sign out, so the page confirms by itself; the button is the fallback when scripts are off.
 */
export function logoutPage(form: string): string {
  return page(
    'Sign out',
    markup(`
<h1>Signing you out</h1>
<p class="lead">One moment while you are signed out of Contoso.</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>
<script>
(function () {
  var form = document.getElementById('op.logoutForm');
  if (!form) return;
  var confirm = document.createElement('input');
  confirm.type = 'hidden';
  confirm.name = 'logout';
  confirm.value = 'yes';
  form.appendChild(confirm);
  form.submit();
})();
</script>
`),
  );
}

export function signedOutPage(): string {
  return page(
    'Signed out',
    markup(`
<h1>You are signed out.</h1>
<p class="lead">You can close this window.</p>
`),
  );
}

export function errorPage(error: string, description: string | undefined): string {
  return page(
    'Sign-in problem',
    markup(`
<h1>Something went wrong</h1>
<p class="lead">The sign-in request could not be completed.</p>
<p class="error" role="alert"><strong>${escapeHtml(error)}</strong>${description ? `: ${escapeHtml(description)}` : ''}</p>
`),
  );
}
