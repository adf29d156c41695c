import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { common as ar } from '../src/i18n/catalogs/ar/common.ts';
import { common as de } from '../src/i18n/catalogs/de/common.ts';
import { common as en } from '../src/i18n/catalogs/en/common.ts';

/**
 * The signed-out page as static HTML, so it paints from the HTML alone, before any script has
 * downloaded (its largest text is then painted at the first paint). One copy per catalog, with
 * the texts taken from the catalogs at build time; public/boot.js, a tiny classic script that runs
 * before the body is parsed, marks <html> with the language and whether the tab may be signed in,
 * and global.css shows that language's copy, or the skeleton for a tab that waits for MSAL.
 * React then renders the same page (src/app/signed-out-page.tsx) in its place; until it has, the
 * static Sign in button is disabled.
 *
 * After #root, inert <template>s hold each catalog's texts for a page that cannot go on: its code
 * did not load, or it could not start (src/boot-failure.ts shows them; React and the catalogs may
 * be what failed). Outside #root, so they are still there once React has rendered into it.
 *
 * In the build, boot.js and the page's stylesheet are written into index.html itself, so the first
 * paint waits for no other request; the policy allows that one inline script by its hash
 * (scripts/security-headers.ts). The dev server links boot.js, as Vite serves it from public/.
 */
const CATALOGS = { en, de, ar } as const;
const RTL = new Set(['ar']);
const MARKER = '<!-- static signed-out page -->';
const FAILURE_MARKER = '<!-- boot failure texts -->';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function staticSignedOutPage(): string {
  return Object.entries(CATALOGS)
    .map(
      ([catalog, messages]) =>
        `<div class="boot-signed-out" data-catalog="${catalog}" lang="${catalog}" dir="${RTL.has(catalog) ? 'rtl' : 'ltr'}">` +
        `<header class="boot-header"><h1 class="boot-brand">${escape(messages['common.appTitle'])}</h1></header>` +
        `<main class="boot-main"><div class="boot-card boot-welcome">` +
        `<h2 class="boot-welcome-title">${escape(messages['common.welcomeTitle'])}</h2>` +
        `<p class="boot-welcome-body">${escape(messages['common.welcomeBody'])}</p>` +
        `<button class="boot-sign-in" type="button" disabled>${escape(messages['common.signIn'])}</button>` +
        `</div></main></div>`,
    )
    .join('');
}

/** What src/boot-failure.ts shows, per kind of failure and catalog. */
export function bootFailureTemplates(): string {
  const kinds = [
    ['load-failed', 'common.loadFailedTitle', 'common.loadFailedBody'],
    ['start-failed', 'common.startFailedTitle', 'common.startFailedBody'],
  ] as const;
  return Object.entries(CATALOGS)
    .flatMap(([catalog, messages]) =>
      kinds.map(
        ([kind, title, body]) =>
          `<template class="boot-failure" data-kind="${kind}" data-catalog="${catalog}"><h1>${escape(messages[title])}</h1><p>${escape(messages[body])}</p></template>`,
      ),
    )
    .join('');
}

const BOOT_SCRIPT = new URL('../public/boot.js', import.meta.url);

export function staticSignedOutPlugin(): Plugin[] {
  let building = false;
  return [
    {
      name: 'static-signed-out',
      configResolved(config) {
        building = config.command === 'build';
      },
      transformIndexHtml: {
        order: 'pre',
        handler(html, context) {
          if (!context.path.endsWith('/index.html')) return html;
          for (const marker of [MARKER, FAILURE_MARKER]) if (!html.includes(marker)) throw new Error(`static-signed-out: index.html has no "${marker}"`);
          return {
            html: html.replace(MARKER, staticSignedOutPage()).replace(FAILURE_MARKER, bootFailureTemplates()),
            // Added by the plugin rather than written in index.html: a classic script there
            // would make Vite warn that it cannot bundle it (it is served as is from public/).
            tags: [
              building
                ? { tag: 'script', children: readFileSync(BOOT_SCRIPT, 'utf8'), injectTo: 'head' }
                : { tag: 'script', attrs: { src: '/boot.js' }, injectTo: 'head' },
            ],
          };
        },
      },
    },
    {
      name: 'static-signed-out:inline-styles',
      transformIndexHtml: {
        order: 'post',
        handler(html, context) {
          const { bundle } = context;
          if (!bundle || !context.path.endsWith('/index.html')) return html;
          // The one stylesheet of the entry (global.css: the boot page's styles), a few kB.
          return html.replace(/<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g, (link, file: string) => {
            const asset = bundle[file];
            if (asset?.type !== 'asset') return link;
            return `<style>${String(asset.source)}</style>`;
          });
        },
      },
    },
  ];
}
