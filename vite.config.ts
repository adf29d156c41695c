import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { securityHeadersPlugin } from './scripts/security-headers.ts';

export default defineConfig({
  // Security headers (Content-Security-Policy from the mode's settings) on dev, build and preview.
  plugins: [react(), securityHeadersPlugin()],
  server: { port: 5173, strictPort: true, host: 'localhost' },
  // Found only behind lazily rendered views; listing them spares `npm start` a reload on first open.
  optimizeDeps: { include: ['@fluentui/react-datepicker-compat', '@tanstack/react-virtual'] },
  preview: { port: 4173, strictPort: true, host: 'localhost' },
  build: {
    sourcemap: true,
    rolldownOptions: {
      // MSAL v5 needs its redirect bridge as a page of its own, bundled and same-origin; /embed is
      // the dialog for portals' frames, and blank.html the passive page its sign-in popup ends on.
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        redirect: resolve(import.meta.dirname, 'redirect.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
        blank: resolve(import.meta.dirname, 'blank.html'),
      },
    },
  },
});
