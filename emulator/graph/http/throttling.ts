// The resource-unit throttling mode (PUT /_emulator/settings {"throttle": {...}}): runs after
// authentication, since budgets are per user, and before routing, so a throttled request changes
// nothing.
import { resourceUnits, type ResourceUnitMeter } from '../../faults/throttle';
import type { RuntimeSettings } from '../../runtime';
import { GraphError } from '../errors';
import type { GraphMiddleware } from './context';

export function throttling(runtime: RuntimeSettings, meter: ResourceUnitMeter): GraphMiddleware {
  return async (ctx, next) => {
    const settings = runtime.throttle;
    if (!settings || !ctx.state.caller) {
      await next();
      return;
    }
    const decision = meter.charge(settings, ctx.state.caller.userId, resourceUnits(ctx.method, ctx.path));
    for (const [name, value] of Object.entries(decision.headers)) ctx.set(name, value);
    if (decision.throttled) {
      throw new GraphError(429, 'activityLimitReached', 'The request has been throttled.', { headers: decision.headers, innerCode: 'throttledRequest' });
    }
    await next();
  };
}
