// A production static server for the built app: `npm run serve [-- --dir dist --port 8080 --host localhost]`.
// sirv serves the files; this adds the build's security headers (scripts/security-headers.ts) to
// every response, 404s included, and the caching a hashed Vite build wants. A browser that accepts
// Brotli or gzip gets the compressed twin the build wrote beside each page, script and style sheet.
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { IMMUTABLE_CACHE, isHashedAsset, readSecurityHeaders, REVALIDATE } from './security-headers';

export function createDistServer(dir: string): Server {
  const root = resolve(dir);
  const headers = readSecurityHeaders(root);
  const serve = sirv(root, {
    etag: true,
    // `/` → index.html, `/embed` → embed.html, `/redirect` → redirect.html (sirv tries .html), and
    // any other route without a file extension → index.html, the single-page app. A missing file
    // with an extension (an old hashed asset) is a real 404, not the app's HTML.
    extensions: ['html'],
    single: true,
    brotli: true,
    gzip: true,
    setHeaders: (res, pathname) => res.setHeader('Cache-Control', isHashedAsset(pathname) ? IMMUTABLE_CACHE : REVALIDATE),
  });
  return createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    serve(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found\n');
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '8080' }, host: { type: 'string', default: 'localhost' } },
  });
  const server = createDistServer(values.dir);
  server.listen(Number(values.port), values.host, () => {
    console.info(`Serving ${resolve(values.dir)} on http://${values.host}:${values.port}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
