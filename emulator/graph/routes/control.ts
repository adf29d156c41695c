// The control API under /_emulator: lets tests reset state, look behind Graph (what was granted,
// what invitations were sent) and script failures. Unauthenticated by design, which is one
// reason the emulator must never run anywhere but a developer machine or CI.
import { Router } from '@koa/router';
import type { FaultRegistry } from '../../faults/fault-registry';
import type { ResourceUnitMeter } from '../../faults/throttle';
import type { RuntimeSettings } from '../../runtime';
import { FaultRuleError, parseFaultRule } from '../../faults/parse-fault';
import type { DriveRecord } from '../../tenant/model';
import type { TenantStore } from '../../tenant/store';
import { GraphError, invalidRequest, notFound } from '../errors';
import { sendJson, type GraphContext, type GraphMiddleware, type GraphState } from '../http/context';
import { readJsonBody } from '../http/read-json';
import type { RequestCounter } from '../http/request-counter';
import { toGraphDriveItem } from '../shapes/drive-item';
import { toGraphPermission } from '../shapes/permission';
import { applyRuntimeSettings } from './runtime-settings';

export const CONTROL_PREFIX = '/_emulator';

export interface ControlOptions {
  enabled: boolean;
  store: TenantStore;
  faults: FaultRegistry;
  runtime: RuntimeSettings;
  meter: ResourceUnitMeter;
  counter: RequestCounter;
  /** Origins whose pages may use the control API (the app's and the portal's). */
  allowedOrigins: readonly string[];
}

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;
const isLoopbackAddress = (address: string | undefined) => address !== undefined && (address === '::1' || /^(::ffff:)?127\./.test(address));

/**
 * The control API answers only the loopback interface, under a loopback Host name (a rebound DNS
 * name pointing at 127.0.0.1 is refused), and from no web page but the app's and the portal's.
 * Browsers send simple cross-site POSTs without asking first, so CORS alone would not stop a page
 * from resetting the tenant or adding faults.
 */
function refuseOutsiders(ctx: GraphContext, allowedOrigins: readonly string[]): void {
  if (!isLoopbackAddress(ctx.req.socket.remoteAddress)) throw new GraphError(403, 'accessDenied', 'The control API answers the loopback interface only.');
  if (!LOOPBACK_HOST.test(ctx.get('Host'))) throw new GraphError(403, 'accessDenied', 'The control API answers only requests addressed to localhost.');
  const origin = ctx.get('Origin');
  if (origin && !allowedOrigins.includes(origin)) throw new GraphError(403, 'accessDenied', `The origin ${origin} may not use the control API.`);
}

export function controlApi({ enabled, store, faults, runtime, meter, counter, allowedOrigins }: ControlOptions): GraphMiddleware {
  const router = new Router<GraphState>({ prefix: CONTROL_PREFIX });

  router.post('/reset', (ctx) => {
    store.reset();
    faults.clear();
    runtime.reset();
    meter.reset();
    counter.reset();
    ctx.status = 204;
  });

  router.get('/settings', (ctx) => {
    sendJson(ctx, 200, runtime.snapshot());
  });

  router.put('/settings', async (ctx) => {
    applyRuntimeSettings(runtime, await readJsonBody(ctx));
    meter.reset();
    sendJson(ctx, 200, runtime.snapshot());
  });

  router.get('/accounts', (ctx) => {
    sendJson(
      ctx,
      200,
      store.listUsers().map((u) => ({ id: u.id, displayName: u.displayName, mail: u.mail, password: store.password })),
    );
  });

  // The state of one item by path, for assertions that must not depend on the Graph surface.
  const itemState = (ctx: GraphContext, drive: DriveRecord | undefined, what: string) => {
    if (!drive) throw new GraphError(404, 'itemNotFound', `No drive for '${what}'.`);
    const path = typeof ctx.query.path === 'string' ? ctx.query.path : undefined;
    if (!path?.startsWith('/')) throw invalidRequest('The path query parameter is required and must start with "/" (use "/" for the root).');
    const item = store.itemByPath(store.root(drive), path);
    if (!item) throw notFound();
    sendJson(ctx, 200, {
      driveId: drive.id,
      item: toGraphDriveItem(store, drive, item),
      permissions: store.permissionsOn(item).map((p) => toGraphPermission(store, p)),
    });
  };
  router.get('/users/:upn/drive/item', (ctx) => {
    const user = store.userByEmail(ctx.params.upn ?? '') ?? store.userById(ctx.params.upn ?? '');
    itemState(ctx, user ? store.driveOfUser(user.id) : undefined, ctx.params.upn ?? '');
  });
  router.get('/drives/:driveId/item', (ctx) => {
    itemState(ctx, store.drive(ctx.params.driveId ?? ''), ctx.params.driveId ?? '');
  });

  // Every drive with what owns it, so tests can find group, site and personal drives by name.
  router.get('/drives', (ctx) => {
    sendJson(
      ctx,
      200,
      store.listDrives().map((d) => {
        const site = d.siteId ? store.siteById(d.siteId) : undefined;
        const owner =
          d.owner.kind === 'user'
            ? store.userById(d.owner.userId)?.mail
            : d.owner.kind === 'group'
              ? store.groupById(d.owner.groupId)?.displayName
              : site?.displayName;
        return { id: d.id, driveType: d.driveType, ownerKind: d.owner.kind, owner, siteId: site?.graphId ?? null, webUrl: d.webUrl };
      }),
    );
  });

  router.get('/invitations', (ctx) => {
    sendJson(ctx, 200, store.invitations());
  });

  // How many HTTP requests reached Graph since the last reset, per "METHOD path", and apart from
  // them the inner requests of $batch; ?method= and ?path= (a regular expression) narrow it.
  router.get('/requests', (ctx) => {
    const method = typeof ctx.query.method === 'string' ? ctx.query.method : undefined;
    let path: RegExp | undefined;
    try {
      path = typeof ctx.query.path === 'string' ? new RegExp(ctx.query.path) : undefined;
    } catch {
      throw invalidRequest(`path "${String(ctx.query.path)}" is not a valid regular expression.`);
    }
    sendJson(ctx, 200, counter.snapshot({ method, path }));
  });

  router.delete('/requests', (ctx) => {
    counter.reset();
    ctx.status = 204;
  });

  router.get('/faults', (ctx) => {
    sendJson(ctx, 200, faults.list());
  });

  router.post('/faults', async (ctx) => {
    try {
      sendJson(ctx, 201, faults.add(parseFaultRule(await readJsonBody(ctx))));
    } catch (err) {
      if (err instanceof FaultRuleError) throw invalidRequest(err.message);
      throw err;
    }
  });

  router.delete('/faults', (ctx) => {
    faults.clear();
    ctx.status = 204;
  });

  const routes = router.routes();
  return async (ctx, next) => {
    if (ctx.path !== CONTROL_PREFIX && !ctx.path.startsWith(`${CONTROL_PREFIX}/`)) {
      await next();
      return;
    }
    if (!enabled) throw new GraphError(404, 'itemNotFound', 'The control API is disabled (EMULATOR_CONTROL=0).');
    refuseOutsiders(ctx, allowedOrigins);
    // The router adds its own fields (params, router) to the context when it matches.
    await routes(ctx as Parameters<typeof routes>[0], () =>
      Promise.reject(new GraphError(404, 'itemNotFound', `No control endpoint ${ctx.method} ${ctx.path}.`)),
    );
  };
}
