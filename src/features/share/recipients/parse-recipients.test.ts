import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../../testing/english-text';
import { formatAddress, formatAddressList, parseEntry, parseRecipientText, splitRecipientText, type NamedAddress } from './parse-recipients';

describe('parseRecipientText', () => {
  it('reads an Outlook To line with quoted names, angle brackets, newlines and tabs', () => {
    const pasted = 'a@x.com; Bob Kelly <b@y.com>, "Kelly, Bob" <c@z.com>\n\td@w.com\r\n\'Ann Lee\' <ann@x.com>;;';
    expect(parseRecipientText(pasted)).toEqual([
      { ok: true, raw: 'a@x.com', email: 'a@x.com' },
      { ok: true, raw: 'Bob Kelly <b@y.com>', email: 'b@y.com', name: 'Bob Kelly' },
      { ok: true, raw: '"Kelly, Bob" <c@z.com>', email: 'c@z.com', name: 'Kelly, Bob' },
      { ok: true, raw: 'd@w.com', email: 'd@w.com' },
      { ok: true, raw: "'Ann Lee' <ann@x.com>", email: 'ann@x.com', name: 'Ann Lee' },
    ]);
  });

  it('reads a spreadsheet column and addresses typed with spaces between them', () => {
    expect(parseRecipientText('lee@contoso.test\nmegan@contoso.test\n').map((entry) => entry.ok && entry.email)).toEqual([
      'lee@contoso.test',
      'megan@contoso.test',
    ]);
    expect(splitRecipientText('a@x.com  b@y.com')).toEqual(['a@x.com', 'b@y.com']);
    expect(splitRecipientText('Bob Kelly b@y.com')).toEqual(['Bob Kelly b@y.com']);
  });

  it('says why an entry cannot be read, and keeps it as typed', () => {
    const entries = parseRecipientText('adele@contoso; "Bob" ; Ann <ann@>; x <a@b.com> y; "open <o@x.com>, z@x.com');
    expect(entries.map((entry) => (entry.ok ? entry.email : entry.raw))).toEqual([
      'adele@contoso',
      '"Bob"',
      'Ann <ann@>',
      'x <a@b.com> y',
      '"open <o@x.com>',
      'z@x.com',
    ]);
    expect(entries.map((entry) => (entry.ok ? '' : inEnglish(entry.reason)))).toEqual([
      expect.stringMatching(/needs a dot/),
      expect.stringMatching(/name without an email address/),
      expect.stringMatching(/missing the domain/),
      expect.stringMatching(/angle brackets/),
      expect.stringMatching(/quotation marks .* not closed/),
      '',
    ]);
  });

  it('gives reasons as message ids naming the entry, so they can be shown in any language', () => {
    expect(parseEntry('"Bob" bob@x.com')).toEqual({
      ok: false,
      raw: '"Bob" bob@x.com',
      reason: { id: 'share.parse.needsBrackets', values: { entry: '"Bob" bob@x.com', example: '"Name" <name@contoso.com>' } },
    });
    const entry = parseEntry('"Bob" bob@x.com');
    expect(entry.ok ? undefined : inEnglish(entry.reason)).toBe(
      '“"Bob" bob@x.com” needs the address in angle brackets after the name, like "Name" <name@contoso.com>.',
    );
    expect(parseEntry('Ann <ann@>')).toMatchObject({ ok: false, reason: { id: 'share.email.noDomain', values: { address: 'ann@' } } });
  });

  it('accepts mailto: links and internationalised domains', () => {
    expect(parseEntry('mailto:Lee@Contoso.test')).toMatchObject({ ok: true, email: 'Lee@Contoso.test' });
    expect(parseEntry('Jürgen <j@bücher.de>')).toMatchObject({ ok: true, email: 'j@bücher.de', name: 'Jürgen' });
  });
});

// Generators: any text at all, and addresses Exchange would accept with any display name.
const atom = fc.stringMatching(/^[a-z0-9!#$%&'*+/=?^_`{|}~-]{1,8}$/);
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,6}[a-z0-9])?$/);
const email = fc
  .tuple(fc.array(atom, { minLength: 1, maxLength: 3 }), fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,6}$/))
  .map(([local, domain, tld]) => `${local.join('.')}@${[...domain, tld].join('.')}`);
const name = fc
  .string({ unit: 'grapheme', maxLength: 20 })
  .map((value) => value.trim())
  .filter((value) => value !== '');
const address: fc.Arbitrary<NamedAddress> = fc.record({ email, name: fc.option(name, { nil: undefined }) });
const listText = fc
  .array(fc.oneof(fc.string(), fc.constantFrom(',', ';', '\n', '\t', '"', '<', '>', ' ', '@', '\\')), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('parser properties', () => {
  it('never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), listText), (text) => {
        parseRecipientText(text);
      }),
    );
  });

  it('never loses a token: every non-blank character of the input is in some entry', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), listText), (text) => {
        const entries = parseRecipientText(text);
        const kept = entries.map((entry) => entry.raw).join('');
        const significant = (value: string) => value.replace(/[\s,;]/gu, '');
        // Separators and white space between entries are the only characters that may go.
        expect(significant(kept)).toBe(significant(text));
        expect(entries.every((entry) => entry.raw.trim() !== '')).toBe(true);
      }),
    );
  });

  it('round-trips what it formats', () => {
    fc.assert(
      fc.property(fc.array(address, { maxLength: 10 }), (list) => {
        const parsed = parseRecipientText(formatAddressList(list));
        expect(parsed.map((entry) => (entry.ok ? { email: entry.email, name: entry.name } : entry))).toEqual(
          list.map((item) => ({ email: item.email, name: item.name })),
        );
      }),
    );
  });

  it('formats a single address back to itself', () => {
    fc.assert(
      fc.property(address, (item) => {
        const [entry] = parseRecipientText(formatAddress(item));
        expect(entry).toMatchObject({ ok: true, email: item.email });
      }),
    );
  });
});
