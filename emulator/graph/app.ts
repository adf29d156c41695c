// The Graph stand-in as one Koa app. Middleware order is the contract described in the README:
// log > ids > error body > CORS (preflight answered here) > control API > request counter > faults and latency >
// version > $batch (which calls back into this app per request) > authentication > throttling >
// dispatch.
import Koa from 'koa';
import type { FaultRegistry } from '../faults/fault-registry';
import type { ResourceUnitMeter } from '../faults/throttle';
import type { RuntimeSettings } from '../runtime';
import { requestLog } from '../request-log';
import type { TenantStore } from '../tenant/store';
import type { TokenVerifier } from './auth/verify-token';
import { VERSION_PREFIX, dispatch } from './dispatch';
import { GraphError } from './errors';
import { authenticate } from './http/authenticate';
import { errorResponder, requestIds, type GraphMiddleware, type GraphState } from './http/context';
import { cors } from './http/cors';
import { faultInjection } from './http/fault-injection';
import { countRequests, RequestCounter } from './http/request-counter';
import { throttling } from './http/throttling';
import { batchEndpoint } from './routes/batch';
import { controlApi } from './routes/control';
import { graphRoutes } from './routes/index';

export interface GraphAppOptions {
  store: TenantStore;
  faults: FaultRegistry;
  verifyToken: TokenVerifier;
  /** Public base URL, e.g. http://localhost:4001 (used in nextLinks and @odata.context). */
  graphUrl: string;
  control: boolean;
  quiet: boolean;
  /** The app and portal origins: the only ones CORS answers. */
  allowedOrigins: readonly string[];
  /** The identity side's sign-in endpoint, named in 401 challenges. */
  authorizationUri: string;
  runtime: RuntimeSettings;
  meter: ResourceUnitMeter;
}

/** Only v1.0 is emulated; Graph answers other first segments as an unknown version. */
const requireVersion: GraphMiddleware = async (ctx, next) => {
  if (ctx.path !== VERSION_PREFIX && !ctx.path.startsWith(`${VERSION_PREFIX}/`)) {
    throw new GraphError(400, 'BadRequest', `Invalid version: ${ctx.path.split('/')[1] ?? ''}`);
  }
  await next();
};

export function createGraphApp(options: GraphAppOptions): Koa<GraphState> {
  const app = new Koa<GraphState>();
  const counter = new RequestCounter();
  app.use(requestLog('graph', options.quiet));
  app.use(requestIds);
  app.use(errorResponder((err) => console.error('[graph] unexpected error', err)));
  app.use(cors(options.allowedOrigins, () => options.runtime.exposeRetryAfter));
  app.use(
    controlApi({
      enabled: options.control,
      store: options.store,
      faults: options.faults,
      runtime: options.runtime,
      meter: options.meter,
      counter,
      allowedOrigins: options.allowedOrigins,
    }),
  );
  app.use(countRequests(counter));
  app.use(faultInjection(options.faults, options.runtime, options.authorizationUri));
  app.use(requireVersion);
  app.use(batchEndpoint(options.graphUrl, counter.innerMarker));
  app.use(authenticate(options.verifyToken));
  app.use(throttling(options.runtime, options.meter));
  app.use(dispatch(graphRoutes, { store: options.store, graphUrl: options.graphUrl }));
  return app;
}
