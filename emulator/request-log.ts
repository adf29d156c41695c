// One line per request (method, path, status, duration) so a developer can follow what the app
// asks for. EMULATOR_QUIET=1 turns it off; tests always run quiet.
import type { Middleware } from 'koa';

export function requestLog(name: string, quiet: boolean): Middleware {
  return async (ctx, next) => {
    if (quiet) {
      await next();
      return;
    }
    const started = performance.now();
    try {
      await next();
    } finally {
      const ms = Math.round(performance.now() - started);
      console.info(`[${name}] ${ctx.method} ${ctx.path} ${ctx.status} ${ms}ms`);
    }
  };
}
