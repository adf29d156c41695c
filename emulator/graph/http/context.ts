// Per-request plumbing shared by every Graph response: correlation ids, the JSON content type
// Graph uses, and turning any thrown error into Graph's error body.
import { randomUUID } from 'node:crypto';
import type { Middleware, ParameterizedContext } from 'koa';
import type { Caller } from '../auth/verify-token';
import { GraphError, graphErrorBody } from '../errors';

export interface GraphState {
  requestId: string;
  clientRequestId: string;
  caller?: Caller;
  /** Set when the request is an inner request of a $batch (see request-counter.ts). */
  batchInner?: boolean;
  /** The request body once read (read-json.ts), so it is read from the connection only once. */
  rawBody?: Buffer;
}

export type GraphContext = ParameterizedContext<GraphState>;
export type GraphMiddleware = Middleware<GraphState>;

/** What Graph sends for JSON, OData metadata level included. */
export const GRAPH_JSON = 'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8';

export function sendJson(ctx: GraphContext, status: number, body: unknown): void {
  ctx.status = status;
  ctx.set('Content-Type', GRAPH_JSON);
  ctx.body = JSON.stringify(body);
}

/** Every response carries a fresh request-id and echoes the caller's client-request-id. */
export const requestIds: GraphMiddleware = async (ctx, next) => {
  ctx.state.requestId = randomUUID();
  ctx.state.clientRequestId = ctx.get('client-request-id') || ctx.state.requestId;
  ctx.set('request-id', ctx.state.requestId);
  ctx.set('client-request-id', ctx.state.clientRequestId);
  await next();
};

export function errorResponder(onUnexpected: (err: unknown) => void): GraphMiddleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      const error = err instanceof GraphError ? err : new GraphError(500, 'generalException', 'An unspecified error has occurred.');
      if (!(err instanceof GraphError)) onUnexpected(err);
      for (const [name, value] of Object.entries(error.headers)) ctx.set(name, value);
      sendJson(ctx, error.status, graphErrorBody(error, ctx.state));
    }
  };
}
