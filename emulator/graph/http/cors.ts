// CORS as Graph does it: any origin may call (the bearer token is the credential, no cookies),
// preflights are answered before authentication, and the headers a client needs to read are
// exposed. Real Graph does not expose Retry-After (docs-contrib #2011); the emulator does for now,
// and the list lives here so it can become a setting.
import type { GraphMiddleware } from './context';

export const DEFAULT_EXPOSED_HEADERS = ['request-id', 'client-request-id', 'ETag', 'Location', 'Retry-After'];
const ALLOWED_METHODS = 'GET, POST, PATCH, PUT, DELETE, OPTIONS';
const PREFLIGHT_MAX_AGE_SECONDS = '3600';

export function cors(exposedHeaders: readonly string[] = DEFAULT_EXPOSED_HEADERS): GraphMiddleware {
  return async (ctx, next) => {
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
