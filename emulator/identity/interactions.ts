// The sign-in page. oidc-provider sends the browser to /interaction/:uid whenever a person has
// to act; we show a real email + password form checked against the demo accounts (its built-in
// "dev interactions" accept any login, which would hide sign-in bugs).
import { bodyParser } from '@koa/bodyparser';
import { Router } from '@koa/router';
import type { Middleware } from 'koa';
import type Provider from 'oidc-provider';
import { errors } from 'oidc-provider';
import type { TenantStore } from '../tenant/store';
import { checkCredentials } from './accounts';
import { CLIENT_NAME } from './constants';
import { ensureGrant } from './grants';
import { LOGIN_ERROR_EMPTY, LOGIN_ERROR_WRONG, errorPage, loginPage } from './pages';

export function interactionRoutes(provider: Provider, store: TenantStore): Middleware {
  const router = new Router();

  // An expired or foreign interaction (e.g. a stale tab, or cookies blocked) gets a readable page.
  router.use(async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      if (!(err instanceof errors.SessionNotFound)) throw err;
      ctx.status = err.statusCode;
      ctx.type = 'html';
      ctx.body = errorPage(err.error, 'This sign-in attempt expired or its cookie is missing. Start again from the app.');
    }
  });

  router.get('/interaction/:uid', async (ctx) => {
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    if (details.prompt.name === 'consent') {
      // The grant normally exists before consent is checked; if a prompt still arises, the tenant
      // has consented on the user's behalf, so finish it without showing anything.
      const accountId = details.session?.accountId;
      if (!accountId) throw new errors.SessionNotFound('interaction has no signed-in account');
      const grant = await ensureGrant(provider, {
        accountId,
        clientId: String(details.params.client_id),
        grantId: details.grantId,
        scope: details.params.scope,
      });
      const returnTo = await provider.interactionResult(ctx.req, ctx.res, { consent: { grantId: grant.jti } }, { mergeWithLastSubmission: true });
      ctx.status = 303;
      ctx.redirect(returnTo);
      return;
    }
    const loginHint = details.params.login_hint;
    ctx.type = 'html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = loginPage({
      action: `/interaction/${details.uid}/login`,
      clientName: CLIENT_NAME,
      email: typeof loginHint === 'string' ? loginHint : '',
    });
  });

  router.post('/interaction/:uid/login', bodyParser({ enableTypes: ['form'] }), async (ctx) => {
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    const form = (ctx.request.body ?? {}) as Record<string, unknown>;
    const email = typeof form.email === 'string' ? form.email.trim() : '';
    const password = typeof form.password === 'string' ? form.password : '';
    const user = checkCredentials(store, email, password);
    if (!user) {
      ctx.type = 'html';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = loginPage({
        action: `/interaction/${details.uid}/login`,
        clientName: CLIENT_NAME,
        email,
        error: email === '' || password === '' ? LOGIN_ERROR_EMPTY : LOGIN_ERROR_WRONG,
      });
      return;
    }
    // select_account is answered too: signing in on this page is how an account is chosen.
    const returnTo = await provider.interactionResult(
      ctx.req,
      ctx.res,
      { login: { accountId: user.id }, select_account: {} },
      { mergeWithLastSubmission: false },
    );
    ctx.status = 303;
    ctx.redirect(returnTo);
  });

  return router.routes() as unknown as Middleware;
}
