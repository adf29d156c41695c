// Demo portal: `npm run portal` (tsx portal/main.ts). An intranet page on another site than the
// app (http://127.0.0.1:5180 vs http://localhost:5173) that embeds the share dialog the way a real
// portal would. Development only; it shares no code with the app or the emulator.
import { Router } from '@koa/router';
import Koa from 'koa';
import { readFile } from 'node:fs/promises';
import { homePage, plainPage } from './pages';
import { parsePortalSettings } from './settings';

let settings;
try {
  settings = parsePortalSettings(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const { port, appUrl } = settings;
const portalScript = await readFile(new URL('./public/portal.js', import.meta.url), 'utf8');

const router = new Router();
router.get('/', (ctx) => {
  ctx.type = 'html';
  ctx.body = homePage(appUrl);
});
router.get('/plain', (ctx) => {
  ctx.type = 'html';
  ctx.body = plainPage(appUrl);
});
router.get('/portal.js', (ctx) => {
  ctx.type = 'application/javascript';
  ctx.body = portalScript;
});

const app = new Koa();
app.use(router.routes()).use(router.allowedMethods());
const server = app.listen(port, '127.0.0.1', () => {
  console.info(`\nDemo portal (embeds the share dialog from ${appUrl}): http://127.0.0.1:${port}\n`);
});
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use; set PORTAL_PORT.` : error.message);
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
