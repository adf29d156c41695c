import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { precompileMessagesPlugin } from './scripts/precompile-messages.ts';
import { securityHeadersPlugin } from './scripts/security-headers.ts';
import { staticSignedOutPlugin } from './scripts/static-signed-out.ts';
import { themePreloadPlugin } from './scripts/theme-preload.ts';

const vendor = (packages: string[]) => new RegExp(`[\\\\/]node_modules[\\\\/](?:${packages.join('|')})[\\\\/]`);

export default defineConfig({
  // Security headers (Content-Security-Policy from the mode's settings) on dev, build and preview;
  // message catalogs compiled to ICU ASTs at build time, so the parser is not shipped; the pages
  // start downloading the browser's theme before any script has run; index.html carries the
  // signed-out page itself, so it paints from the HTML; every page, script and style sheet is also
  // written compressed (`.gz`, `.br`) beside itself, for servers that send a file's compressed twin
  // (`npm run serve`, nginx's gzip_static) instead of compressing each response again.
  plugins: [
    react(),
    securityHeadersPlugin(),
    precompileMessagesPlugin(),
    themePreloadPlugin(),
    staticSignedOutPlugin(),
    compression({ algorithms: ['gzip', 'brotliCompress'], logLevel: 'silent' }),
  ],
  server: { port: 5173, strictPort: true, host: 'localhost' },
  // Found only behind lazily rendered views; listing them spares `npm start` a reload on first open.
  optimizeDeps: { include: ['@fluentui/react-datepicker-compat', '@tanstack/react-virtual'] },
  preview: { port: 4173, strictPort: true, host: 'localhost' },
  build: {
    sourcemap: true,
    // The size guard (scripts/size-guard.ts) reads which chunks each first view loads from here.
    manifest: true,
    rolldownOptions: {
      // MSAL v5 needs its redirect bridge as a page of its own, bundled and same-origin; /embed is
      // the dialog for portals' frames, and blank.html the passive page its sign-in popup ends on.
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        redirect: resolve(import.meta.dirname, 'redirect.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
        blank: resolve(import.meta.dirname, 'blank.html'),
      },
      output: {
        codeSplitting: {
          // Libraries that change seldom and are needed whole get chunks of their own, cached
          // across releases of the app. Fluent is left to the automatic split by view, so each
          // view downloads only the components it renders.
          groups: [
            { name: 'react', test: vendor(['react', 'react-dom', 'scheduler']), priority: 3 },
            { name: 'msal', test: vendor(['@azure']), priority: 3 },
            { name: 'zod', test: vendor(['zod']), priority: 2 },
          ],
        },
      },
    },
  },
});
