// The contract between the dispatcher and the route modules: a route names the kind of resource
// it serves (from parse-path), the method, and the scopes that satisfy it; the dispatcher does
// authentication and the scope check, so handlers only deal with the resource itself.
import type { TenantStore } from '../../tenant/store';
import type { Caller } from '../auth/verify-token';
import type { GraphContext } from '../http/context';
import type { Target, TargetKind } from '../resolve/parse-path';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface Operation {
  ctx: GraphContext;
  caller: Caller;
  store: TenantStore;
  /** The request URL as the client sees it (public origin), for nextLinks. */
  url: URL;
  /** e.g. http://localhost:4001/v1.0, for @odata.context values. */
  graphBase: string;
}

export interface Reply {
  status: number;
  /** JSON body; written with Graph's JSON content type. */
  body?: unknown;
  /** A binary body (photos), written as is with its own content type. */
  raw?: { contentType: string; data: Buffer };
  headers?: Record<string, string>;
}

export interface Route<K extends TargetKind> {
  kind: K;
  method: HttpMethod;
  /** Any one of these delegated scopes lets the request through. */
  scopes: readonly string[];
  handle: (op: Operation, target: Extract<Target, { kind: K }>) => Reply | Promise<Reply>;
}

export type AnyRoute = { [K in TargetKind]: Route<K> }[TargetKind];

export function route<K extends TargetKind>(definition: Route<K>): AnyRoute {
  return definition as unknown as AnyRoute;
}
