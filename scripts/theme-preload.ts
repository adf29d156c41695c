import type { Plugin } from 'vite';

/**
 * The theme's tokens are a lazy chunk per theme (src/app/themes/*), chosen by script from the
 * browser's colour scheme, which would cost a round trip after the entry has run. This lets the
 * HTML start the right one at once: a modulepreload per theme, with the media query that selects
 * it, so the browser fetches only the theme it will show.
 */
const THEMES: { module: string; media: string }[] = [
  { module: 'src/app/themes/light.ts', media: '(prefers-color-scheme: light) and (not (forced-colors: active))' },
  { module: 'src/app/themes/dark.ts', media: '(prefers-color-scheme: dark) and (not (forced-colors: active))' },
  { module: 'src/app/themes/high-contrast.ts', media: '(forced-colors: active)' },
];

const PAGES = ['/index.html', '/embed.html'];

export function themePreloadPlugin(): Plugin {
  return {
    name: 'theme-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        // Only the pages that render the app (not the redirect bridge or the popup's blank page).
        if (!bundle || !PAGES.some((page) => context.path.endsWith(page))) return [];
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        return THEMES.flatMap(({ module, media }) => {
          const chunk = chunks.find((output) => output.facadeModuleId?.replace(/\\/g, '/').endsWith(`/${module}`));
          if (!chunk) throw new Error(`theme-preload: no chunk for ${module}`);
          return [chunk.fileName, ...chunk.imports].map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}`, media },
            injectTo: 'head' as const,
          }));
        });
      },
    },
  };
}
