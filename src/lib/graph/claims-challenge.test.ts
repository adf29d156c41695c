import { describe, expect, it } from 'vitest';
import { decodeBase64Text, parseBearerChallenge, readClaimsChallenge } from './claims-challenge';

const claims = '{"access_token":{"nbf":{"essential":true,"value":"1604106651"}}}';
const base64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('readClaimsChallenge', () => {
  it('decodes the claims of an insufficient_claims challenge as Graph sends it', () => {
    const header = `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000", error="insufficient_claims", claims="${btoa(claims)}"`;
    expect(readClaimsChallenge(header)).toBe(claims);
  });

  it('takes base64url without padding and unquoted parameters, in any order', () => {
    expect(readClaimsChallenge(`Bearer claims=${base64url(claims)}, error=insufficient_claims`)).toBe(claims);
  });

  it('keeps non-ASCII claims intact', () => {
    const text = '{"access_token":{"acrs":{"essential":true,"value":"c1"}},"note":"Zürich"}';
    const encoded = btoa(String.fromCharCode(...new TextEncoder().encode(text)));
    expect(readClaimsChallenge(`Bearer error="insufficient_claims", claims="${encoded}"`)).toBe(text);
  });

  it('ignores every other 401 challenge and anything it cannot decode', () => {
    expect(readClaimsChallenge('Bearer realm="", authorization_uri="https://x", client_id="y"')).toBeUndefined();
    expect(readClaimsChallenge(`Bearer error="invalid_token", claims="${btoa(claims)}"`)).toBeUndefined();
    expect(readClaimsChallenge('Bearer error="insufficient_claims", claims="%%%"')).toBeUndefined();
    expect(readClaimsChallenge(`Bearer error="insufficient_claims", claims="${btoa('not json')}"`)).toBeUndefined();
    expect(readClaimsChallenge(`Bearer error="insufficient_claims", claims="${btoa('[1]')}"`)).toBeUndefined();
    expect(readClaimsChallenge(`Basic error="insufficient_claims", claims="${btoa(claims)}"`)).toBeUndefined();
    expect(readClaimsChallenge(null)).toBeUndefined();
  });
});

describe('parseBearerChallenge', () => {
  it('reads quoted strings with escapes', () => {
    expect(parseBearerChallenge('Bearer realm="a \\"b\\"", Error="x"')).toEqual({ realm: 'a "b"', error: 'x' });
  });

  it('rejects invalid UTF-8', () => {
    expect(decodeBase64Text(btoa('\xff\xfe'))).toBeUndefined();
  });
});
