import type { LocalizedText } from '../../../i18n';
import { checkEmail } from './email-address';

/**
 * Reads whatever people paste into a recipient field: Outlook's To line
 * (`"Kelly, Bob" <bob@y.com>; Ann <ann@x.com>`), a spreadsheet column (one address per line),
 * tab-separated cells, or addresses typed with spaces between them. Every non-blank piece of
 * the text comes back as exactly one entry, readable or not, so nothing pasted is dropped.
 */
export type ParsedEntry = { ok: true; raw: string; email: string; name?: string } | { ok: false; raw: string; reason: LocalizedText };

export interface NamedAddress {
  email: string;
  name?: string | undefined;
}

const SEPARATORS = new Set([',', ';', '\n', '\r', '\t']);

/**
 * Splits on `, ; newline tab`, except inside "quoted names" and <angle brackets>. A quote or
 * bracket that is never closed is taken literally, so a stray `"` cannot swallow the rest.
 */
export function splitRecipientText(text: string): string[] {
  const literal = new Set<number>();
  for (;;) {
    const result = tokenize(text, literal);
    if (result.unclosedAt === undefined) return result.tokens.flatMap(splitBareAddresses);
    literal.add(result.unclosedAt);
  }
}

function tokenize(text: string, literal: ReadonlySet<number>): { tokens: string[]; unclosedAt: number | undefined } {
  const tokens: string[] = [];
  let start = 0;
  let open: { char: '"' | '<'; at: number } | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (open?.char === '"') {
      if (char === '\\') index += 1;
      else if (char === '"') open = undefined;
    } else if (open?.char === '<') {
      if (char === '>') open = undefined;
    } else if ((char === '"' || char === '<') && !literal.has(index)) {
      open = { char, at: index };
    } else if (SEPARATORS.has(char)) {
      tokens.push(text.slice(start, index));
      start = index + 1;
    }
  }
  if (open) return { tokens, unclosedAt: open.at };
  tokens.push(text.slice(start));
  return { tokens: tokens.map((token) => token.trim()).filter((token) => token !== ''), unclosedAt: undefined };
}

/** `a@x.com b@y.com` typed with spaces is two addresses; `Bob Kelly <b@y.com>` is one. */
function splitBareAddresses(token: string): string[] {
  if (/["<>]/u.test(token) || !/\s/u.test(token)) return [token];
  const words = token.split(/\s+/u);
  return words.every((word) => word.includes('@')) ? words : [token];
}

/** Reads one entry: a bare address, `Name <address>` or `"Quoted, Name" <address>`. */
export function parseEntry(raw: string): ParsedEntry {
  const token = raw.trim();
  const fail = (id: LocalizedText['id'], values: LocalizedText['values'] = { entry: token }): ParsedEntry => ({
    ok: false,
    raw: token,
    reason: { id, values },
  });
  let name: string | undefined;
  let rest = token;
  if (token.startsWith('"')) {
    const quoted = readQuoted(token);
    if (!quoted) return fail('share.parse.unclosedQuote');
    name = quoted.value.trim();
    rest = token.slice(quoted.end).trim();
    if (rest === '') return fail('share.parse.nameOnly');
  }
  const angle = /^(.*?)<([^<>]*)>$/su.exec(rest);
  let address: string;
  if (angle) {
    const before = (angle[1] ?? '').trim();
    if (name !== undefined && before !== '') return fail('share.parse.textBetween');
    name ??= stripQuotes(before);
    address = (angle[2] ?? '').trim();
  } else if (name !== undefined) {
    // The example is syntax to copy, so it is the same in every language.
    return fail('share.parse.needsBrackets', { entry: token, example: '"Name" <name@contoso.com>' });
  } else if (/[<>]/u.test(rest)) {
    return fail('share.parse.strayBrackets');
  } else {
    address = rest;
  }
  address = address.replace(/^mailto:/iu, '');
  const check = checkEmail(address);
  if (!check.ok) return { ok: false, raw: token, reason: check.reason };
  return name ? { ok: true, raw: token, email: check.address, name } : { ok: true, raw: token, email: check.address };
}

function readQuoted(text: string): { value: string; end: number } | undefined {
  let value = '';
  for (let index = 1; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (char === '\\' && index + 1 < text.length) {
      index += 1;
      value += text[index] ?? '';
    } else if (char === '"') {
      return { value, end: index + 1 };
    } else {
      value += char;
    }
  }
  return undefined;
}

function stripQuotes(name: string): string | undefined {
  const unquoted = /^'(.*)'$/su.exec(name)?.[1] ?? name;
  const trimmed = unquoted.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function parseRecipientText(text: string): ParsedEntry[] {
  return splitRecipientText(text).map(parseEntry);
}

/** The inverse of parsing: names that could be misread are quoted, as Outlook does. */
export function formatAddress({ email, name }: NamedAddress): string {
  if (!name) return email;
  const plain = /^[\p{L}\p{N} .'-]+$/u.test(name) && !name.startsWith("'") && name.trim() === name;
  return `${plain ? name : `"${name.replace(/[\\"]/gu, (char) => `\\${char}`)}"`} <${email}>`;
}

export function formatAddressList(addresses: readonly NamedAddress[]): string {
  return addresses.map(formatAddress).join('; ');
}
