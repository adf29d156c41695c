// CORS as Graph does it, for the configured origins only: preflights are answered before
// authentication and the headers a client needs to read are exposed. Graph itself answers any
// origin (the bearer token is the credential); the emulator does not, because its unauthenticated
// control API (demo passwords included) would then be readable by any page a developer opens.
// Real Graph does not expose Retry-After (docs-contrib #2011); whether the emulator does is a
// setting (EMULATOR_EXPOSE_RETRY_AFTER, or PUT /_emulator/settings), read on every request.
// WWW-Authenticate is exposed so a browser app can read claims challenges.
import { GraphError } from '../errors';
import type { GraphMiddleware } from './context';

export const DEFAULT_EXPOSED_HEADERS = ['request-id', 'client-request-id', 'ETag', 'Location', 'Retry-After', 'WWW-Authenticate'];
const RATE_LIMIT_HEADERS = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'];
const ALLOWED_METHODS = 'GET, POST, PATCH, PUT, DELETE, OPTIONS';
const PREFLIGHT_MAX_AGE_SECONDS = '3600';

export function cors(allowedOrigins: readonly string[], exposeRetryAfter: () => boolean = () => true): GraphMiddleware {
  const allowed = new Set(allowedOrigins);
  return async (ctx, next) => {
    const exposedHeaders = [...DEFAULT_EXPOSED_HEADERS.filter((h) => exposeRetryAfter() || h !== 'Retry-After'), ...RATE_LIMIT_HEADERS];
    const origin = ctx.get('Origin');
    ctx.vary('Origin');
    if (origin && !allowed.has(origin)) {
      // No CORS headers: the browser keeps the answer from the page. A preflight is refused outright.
      if (ctx.method === 'OPTIONS')
        throw new GraphError(403, 'accessDenied', `The origin ${origin} is not one of the emulator's configured app or portal origins.`);
      await next();
      return;
    }
    if (origin) {
      ctx.set('Access-Control-Allow-Origin', origin);
      ctx.set('Access-Control-Expose-Headers', exposedHeaders.join(', '));
    }
    if (ctx.method === 'OPTIONS') {
      ctx.set('Access-Control-Allow-Methods', ALLOWED_METHODS);
      const requestedHeaders = ctx.get('Access-Control-Request-Headers');
      if (requestedHeaders) ctx.set('Access-Control-Allow-Headers', requestedHeaders);
      ctx.vary('Access-Control-Request-Headers');
      ctx.set('Access-Control-Max-Age', PREFLIGHT_MAX_AGE_SECONDS);
      ctx.status = 204;
      return;
    }
    await next();
  };
}
