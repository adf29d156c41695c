import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { messages as ar } from './catalogs/ar';
import { messages as de } from './catalogs/de';
import { messages as en } from './catalogs/en';

/** The names of the arguments a message uses, including those inside plural and select branches. */
function argumentsOf(elements: MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      argumentsOf(element.children, names.add(element.value));
      continue;
    }
    names.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, names);
    }
  }
  return names;
}

const translations = { de, ar } as const;

describe('message catalogs', () => {
  it.each(Object.entries({ en, ...translations }))('every %s message is valid ICU MessageFormat', (_locale, catalog) => {
    for (const [id, message] of Object.entries(catalog)) {
      expect(() => parse(message), id).not.toThrow();
    }
  });

  it.each(Object.entries(translations))('%s uses exactly the arguments of each English message', (_locale, catalog) => {
    for (const [id, english] of Object.entries(en)) {
      const translated = (catalog as Record<string, string>)[id];
      expect(translated, id).toBeDefined();
      expect([...argumentsOf(parse(translated ?? ''))].sort(), id).toEqual([...argumentsOf(parse(english))].sort());
    }
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.entries(translations))('%s is really translated, not copied from English', (_locale, catalog) => {
    const copied = Object.entries(en).filter(([id, english]) => /\p{L}{4,}/u.test(english) && (catalog as Record<string, string>)[id] === english);
    // Product and brand names may stay as they are; anything longer is a forgotten translation.
    expect(copied.filter(([, english]) => !/^(OneDrive|SharePoint|Microsoft 365)$/.test(english))).toEqual([]);
  });
});
