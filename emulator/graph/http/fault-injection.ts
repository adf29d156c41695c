// Answers a request with a scripted failure when a fault rule matches (see emulator/faults).
// It runs after CORS, so the browser can read the failure, and before authentication and
// routing, so nothing is changed by a faulted request.
import type { FaultRegistry } from '../../faults/fault-registry';
import { GraphError } from '../errors';
import type { GraphMiddleware } from './context';

export function faultInjection(faults: FaultRegistry): GraphMiddleware {
  return async (ctx, next) => {
    const fault = faults.take(ctx.method, ctx.path);
    if (!fault) {
      await next();
      return;
    }
    throw new GraphError(fault.status, fault.code, fault.message, { headers: fault.headers });
  };
}
