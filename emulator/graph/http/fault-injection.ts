// Answers a request with a scripted failure when a fault rule matches (see emulator/faults), and
// applies the global latency setting. It runs after CORS, so the browser can read the failure,
// and before authentication and routing, so a request that fails here changes nothing. Latency
// and malformed-body rules let the request through and change only the timing or the answer;
// drop-after rules let it through and then lose the answer.
import type { FaultRegistry } from '../../faults/fault-registry';
import type { RuntimeSettings } from '../../runtime';
import { GraphError } from '../errors';
import type { GraphMiddleware } from './context';
import { receiveBody } from './read-json';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Microsoft Graph's well-known application id, which real challenges name as client_id.
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

export function faultInjection(faults: FaultRegistry, runtime: RuntimeSettings, authorizationUri: string): GraphMiddleware {
  return async (ctx, next) => {
    // The whole request arrives first, then the time Graph takes: a client that gives up
    // meanwhile does not undo what it had sent.
    const work = async (ms: number) => {
      if (ctx.request.length) await receiveBody(ctx);
      await sleep(ms);
    };
    if (runtime.latencyMs > 0) await work(runtime.latencyMs);
    const fault = faults.take(ctx.method, ctx.path, ctx.state.batchInner === true);
    if (!fault) {
      await next();
      return;
    }
    if (fault.delayMs > 0) await work(fault.delayMs);
    const effect = fault.effect;
    if (effect.kind === 'drop') {
      // No answer at all: the browser sees a network error (TypeError: Failed to fetch).
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    if (effect.kind === 'drop-after') {
      // Carried out (the permission exists, the invitation is logged), but the answer never arrives
      // whole: its head and half its body, then the connection is destroyed. Closing before the first
      // byte of the answer would not do: browsers resend a request by themselves, POST included, when
      // a reused keep-alive connection closes before the answer starts (Chromium does), so the client
      // would see a second, successful invite instead of a lost answer.
      await next();
      ctx.respond = false;
      const body = Buffer.from(typeof ctx.body === 'string' ? ctx.body : JSON.stringify(ctx.body ?? null), 'utf8');
      const head: Record<string, string | number | string[]> = {};
      for (const [name, value] of Object.entries(ctx.response.headers)) if (value !== undefined) head[name] = value;
      head['content-length'] = body.length;
      ctx.res.writeHead(ctx.status, head);
      ctx.res.write(body.subarray(0, Math.floor(body.length / 2)), () => ctx.req.socket.destroy());
      return;
    }
    if (effect.kind === 'hang') {
      // Held until the client gives up (its time-out) or the emulator shuts down.
      await new Promise<void>((resolve) => {
        if (ctx.req.socket.destroyed) resolve();
        else ctx.req.socket.once('close', () => resolve());
      });
      ctx.respond = false;
      return;
    }
    if (effect.kind === 'claims') {
      // As continuous access evaluation answers: the token is refused until one satisfying the claims is sent.
      const challenge = `Bearer realm="", authorization_uri="${authorizationUri}", client_id="${GRAPH_APP_ID}", error="insufficient_claims", claims="${Buffer.from(effect.claims, 'utf8').toString('base64')}"`;
      throw new GraphError(
        401,
        'InvalidAuthenticationToken',
        'Continuous access evaluation resulted in challenge with result: InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp',
        {
          headers: { ...fault.headers, 'WWW-Authenticate': challenge },
        },
      );
    }
    if (effect.kind === 'malformed') {
      await next();
      for (const [name, value] of Object.entries(fault.headers)) ctx.set(name, value);
      const text = typeof ctx.body === 'string' ? ctx.body : '{"value":[';
      ctx.status = effect.status;
      ctx.set('Content-Type', 'application/json; charset=utf-8');
      // Cut mid-way: the status says success but the JSON cannot be parsed.
      ctx.body = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
      return;
    }
    if (effect.status === 0) {
      // Latency-only rule.
      await next();
      for (const [name, value] of Object.entries(fault.headers)) ctx.set(name, value);
      return;
    }
    throw new GraphError(effect.status, effect.code, effect.message, { headers: fault.headers });
  };
}
