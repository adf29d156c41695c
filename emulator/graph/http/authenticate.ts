import type { TokenVerifier } from '../auth/verify-token';
import type { GraphMiddleware } from './context';

/** Every /v1.0 request needs a valid bearer token; the caller is its oid. */
export function authenticate(verify: TokenVerifier): GraphMiddleware {
  return async (ctx, next) => {
    ctx.state.caller = await verify(ctx.get('Authorization') || undefined);
    await next();
  };
}
