// CORS as Graph does it: any origin may call (the bearer token is the credential, no cookies),
// preflights are answered before authentication, and the headers a client needs to read are
// exposed. Real Graph does not expose Retry-After (docs-contrib #2011); whether the emulator does
// is a setting (EMULATOR_EXPOSE_RETRY_AFTER, or PUT /_emulator/settings), read on every request.
import type { GraphMiddleware } from './context';

export const DEFAULT_EXPOSED_HEADERS = ['request-id', 'client-request-id', 'ETag', 'Location', 'Retry-After'];
const RATE_LIMIT_HEADERS = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'];
const ALLOWED_METHODS = 'GET, POST, PATCH, PUT, DELETE, OPTIONS';
const PREFLIGHT_MAX_AGE_SECONDS = '3600';

export function cors(exposeRetryAfter: () => boolean = () => true): GraphMiddleware {
  return async (ctx, next) => {
    const exposedHeaders = [...DEFAULT_EXPOSED_HEADERS.filter((h) => exposeRetryAfter() || h !== 'Retry-After'), ...RATE_LIMIT_HEADERS];
    const origin = ctx.get('Origin');
    ctx.vary('Origin');
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
