import { describe, expect, it } from 'vitest';
import { common as ar } from '../src/i18n/catalogs/ar/common';
import { common as de } from '../src/i18n/catalogs/de/common';
import { common as en } from '../src/i18n/catalogs/en/common';
import { bootFailureTemplates, staticSignedOutPage } from './static-signed-out';

describe('the static signed-out page', () => {
  const html = staticSignedOutPage();

  it.each([
    ['en', en, 'ltr'],
    ['de', de, 'ltr'],
    ['ar', ar, 'rtl'],
  ] as const)('carries the %s catalog’s texts in its own language and direction', (catalog, messages, dir) => {
    const copy = new RegExp(`<div class="boot-signed-out" data-catalog="${catalog}" lang="${catalog}" dir="${dir}">(.*?)</main></div>`).exec(html)?.[1];
    expect(copy).toBeDefined();
    for (const id of ['common.appTitle', 'common.welcomeTitle', 'common.welcomeBody', 'common.signIn'] as const) expect(copy).toContain(messages[id]);
    // Disabled until React has rendered the page with the working button in its place.
    expect(copy).toMatch(/<button class="boot-sign-in" type="button" disabled>/);
  });
});

describe('the texts for a page that cannot go on', () => {
  const html = bootFailureTemplates();

  it.each([
    ['en', en],
    ['de', de],
    ['ar', ar],
  ] as const)('are kept inert for each kind of failure in %s', (catalog, messages) => {
    const texts = (kind: string) => new RegExp(`<template class="boot-failure" data-kind="${kind}" data-catalog="${catalog}">(.*?)</template>`).exec(html)?.[1];
    expect(texts('load-failed')).toBe(`<h1>${messages['common.loadFailedTitle']}</h1><p>${messages['common.loadFailedBody']}</p>`);
    expect(texts('start-failed')).toBe(`<h1>${messages['common.startFailedTitle']}</h1><p>${messages['common.startFailedBody']}</p>`);
  });
});
