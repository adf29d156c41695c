import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../../testing/english-text';
import { checkEmail, checkEmailInDetail, isPlainAddress } from './email-address';

describe('checkEmail', () => {
  it.each(['adele@contoso.test', 'first.last+tag@sub.example.co.uk', "o'brien@example.com", 'user@bücher.de', 'x@xn--bcher-kva.example'])(
    'accepts %s',
    (address) => {
      expect(checkEmail(address)).toEqual({ ok: true, address });
    },
  );

  it.each([
    ['', /Type an email address/],
    ['adele', /missing an @/],
    ['adele@', /missing the domain/],
    ['@contoso.test', /missing the name before/],
    ['a@b@contoso.test', /more than one @/],
    ['adele vance@contoso.test', /space/],
    ['adele@contoso', /needs a dot/],
    ['adele@contoso..test', /empty part/],
    ['adele@-contoso.test', /characters a domain can't contain/],
    ['adele.@contoso.test', /dot/],
    ['ad(le@contoso.test', /characters an email address can't contain/],
    ['adele@10.0.0.1', /must end in a name/],
  ])('refuses %j and says why', (input, reason) => {
    const result = checkEmail(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(inEnglish(result.reason)).toMatch(reason);
  });

  it('trims surrounding white space', () => {
    expect(checkEmail('  lee@contoso.test ')).toEqual({ ok: true, address: 'lee@contoso.test' });
  });

  it("gives its reasons as message ids with the values they name, for the user's language", () => {
    expect(checkEmail('adele@contoso')).toEqual({ ok: false, reason: { id: 'share.email.domainNoDot', values: { domain: 'contoso' } } });
    expect(checkEmail(`${'a'.repeat(65)}@contoso.test`)).toEqual({
      ok: false,
      reason: { id: 'share.email.localTooLong', values: { address: `${'a'.repeat(65)}@contoso.test`, max: 64 } },
    });
    const long = checkEmail(`abcdef@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.test`);
    expect(long.ok ? undefined : inEnglish(long.reason)).toMatch(/longer than the 254 characters an address may have/);
    expect(checkEmail('')).toEqual({ ok: false, reason: { id: 'share.email.empty' } });
  });

  it('takes the one-pass path only for addresses every rule accepts', () => {
    // Addresses near the rules' edges: dots, hyphens, digits, @, non-ASCII letters, long parts.
    const piece = fc.constantFrom('a', 'Z', '0', '9', '.', '-', '_', '+', "'", '@', 'ü', ' ', '(', 'x'.repeat(62), 'y'.repeat(70));
    const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, text, (local, domain) => {
        const address = `${local}@${domain}`;
        if (isPlainAddress(address)) expect(checkEmailInDetail(address)).toEqual({ ok: true, address });
        expect(checkEmail(address).ok).toBe(checkEmailInDetail(address).ok);
      }),
      { numRuns: 2000 },
    );
  });
});
