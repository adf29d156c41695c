import { describe, expect, it } from 'vitest';
import { checkEmail } from './email-address';

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
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('trims surrounding white space', () => {
    expect(checkEmail('  lee@contoso.test ')).toEqual({ ok: true, address: 'lee@contoso.test' });
  });
});
