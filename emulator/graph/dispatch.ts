// Routes an authenticated /v1.0 request: parse the path, pick the operation for its method,
// check scopes, run it, and write the reply.
import type { TenantStore } from '../tenant/store';
import { requireAnyScope } from './auth/scopes';
import { GraphError } from './errors';
import { sendJson, type GraphMiddleware } from './http/context';
import { parseTarget, type Target } from './resolve/parse-path';
import type { AnyRoute, Operation, Reply } from './routes/route';

export const VERSION_PREFIX = '/v1.0';

export function dispatch(routes: AnyRoute[], deps: { store: TenantStore; graphUrl: string }): GraphMiddleware {
  return async (ctx) => {
    const caller = ctx.state.caller;
    if (!caller) throw new Error('dispatch needs authenticate() to run first');
    const target = parseTarget(ctx.path.slice(VERSION_PREFIX.length));
    const candidates = routes.filter((r) => r.kind === target.kind);
    const selected = candidates.find((r) => r.method === ctx.method);
    if (!selected) {
      throw new GraphError(405, 'invalidRequest', `The HTTP method '${ctx.method}' is not allowed for the requested resource.`, {
        headers: { Allow: candidates.map((r) => r.method).join(', ') },
      });
    }
    requireAnyScope(caller, selected.scopes);

    const op: Operation = {
      ctx,
      caller,
      store: deps.store,
      url: new URL(ctx.originalUrl, deps.graphUrl),
      graphBase: `${deps.graphUrl}${VERSION_PREFIX}`,
    };
    // AnyRoute is a union over kinds; the filter above guarantees the target has this route's kind.
    const handle = selected.handle as (op: Operation, target: Target) => Reply | Promise<Reply>;
    const reply = await handle(op, target);
    for (const [name, value] of Object.entries(reply.headers ?? {})) ctx.set(name, value);
    if (reply.raw) {
      ctx.status = reply.status;
      ctx.set('Content-Type', reply.raw.contentType);
      ctx.body = reply.raw.data;
    } else if (reply.body === undefined) {
      ctx.status = reply.status;
      ctx.body = null;
    } else {
      sendJson(ctx, reply.status, reply.body);
    }
  };
}
