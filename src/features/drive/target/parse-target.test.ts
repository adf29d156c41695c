import fc from 'fast-check';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { englishText } from '../../../components/display-text';
import { messages as arabic } from '../../../i18n/catalogs/ar';
import { messages as german } from '../../../i18n/catalogs/de';
import { encodeShareId, parseTarget } from './parse-target';

/** The inverse of the u! encoding, written separately from the code under test. */
function decodeShareId(id: string): string {
  const base64 = id.slice(2).replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

const path = (value: string) => {
  const result = parseTarget(value);
  if (!result.ok) throw new Error(`expected ${value} to resolve, got: ${englishText(result.reason)}`);
  return result.path;
};
const refusal = (value: string) => {
  const result = parseTarget(value);
  if (result.ok) throw new Error(`expected ${value} to be refused, got ${result.path}`);
  return result.reason;
};
/** The reason in English, as the catalog words it. */
const reason = (value: string) => englishText(refusal(value));

describe('encodeShareId', () => {
  it('matches the docs example of the u! encoding', () => {
    // From the "Encoding sharing URLs" section of the shares-get page.
    expect(encodeShareId('https://onedrive.live.com/redir?resid=1231244193912!12&authKey=1201919!12921!1')).toBe(
      'u!aHR0cHM6Ly9vbmVkcml2ZS5saXZlLmNvbS9yZWRpcj9yZXNpZD0xMjMxMjQ0MTkzOTEyITEyJmF1dGhLZXk9MTIwMTkxOSExMjkyMSEx',
    );
  });

  it('encodes non-ASCII URLs as UTF-8 (where plain btoa would throw)', () => {
    const url = 'https://contoso.sharepoint.com/sites/Finanzen/Freigegebene Dokumente/Übersicht – Q3 数据.xlsx';
    const id = encodeShareId(url);
    // Computed independently (Python's base64.urlsafe_b64encode of the UTF-8 bytes, padding removed).
    expect(id).toBe('u!aHR0cHM6Ly9jb250b3NvLnNoYXJlcG9pbnQuY29tL3NpdGVzL0ZpbmFuemVuL0ZyZWlnZWdlYmVuZSBEb2t1bWVudGUvw5xiZXJzaWNodCDigJMgUTMg5pWw5o2uLnhsc3g');
    expect(decodeShareId(id)).toBe(url);
  });

  it('is unpadded base64url for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const id = encodeShareId(text);
        expect(id).toMatch(/^u![A-Za-z0-9_-]*$/);
        expect(decodeShareId(id)).toBe(text);
      }),
    );
  });
});

describe('parseTarget', () => {
  it('reads drive, group, site and user ids plus an item id', () => {
    expect(path('driveId=b!abc-DEF_1&itemId=01ITEM')).toBe('/drives/b!abc-DEF_1/items/01ITEM');
    expect(path('groupId=g-1&itemId=01ITEM')).toBe('/groups/g-1/drive/items/01ITEM');
    expect(path('siteId=contoso.sharepoint.com,1a,2b&itemId=01ITEM')).toBe('/sites/contoso.sharepoint.com%2C1a%2C2b/drive/items/01ITEM');
    expect(path('userId=adele@contoso.test&itemId=01ITEM')).toBe('/users/adele%40contoso.test/drive/items/01ITEM');
    expect(path('itemId=01ITEM')).toBe('/me/drive/items/01ITEM');
    expect(path('driveId=b!d&path=/Reports/Q3+Report.xlsx')).toBe('/drives/b!d/root:/Reports/Q3%2BReport.xlsx:');
  });

  it('refuses incomplete or contradictory id forms', () => {
    expect(reason('driveId=b!d')).toMatch(/no itemId or path/);
    expect(reason('driveId=b!d&groupId=g&itemId=1')).toMatch(/only one of driveId, groupId\./);
    expect(reason('driveId=b!d&itemId=1&path=/x')).toMatch(/either itemId or path/);
    expect(reason('driveId=&itemId=1')).toMatch(/driveId is empty/);
    expect(reason('driveId=b!d&itemId=')).toMatch(/itemId is empty/);
  });

  it('reads a path in the user’s drive, with or without a leading slash, encoding each segment once', () => {
    expect(path('/Reports/Q3 Report.xlsx')).toBe('/me/drive/root:/Reports/Q3%20Report.xlsx:');
    expect(path('Reports/Q3 Report.xlsx')).toBe('/me/drive/root:/Reports/Q3%20Report.xlsx:');
    expect(path('/Reports/Q3%20Report.xlsx')).toBe('/me/drive/root:/Reports/Q3%20Report.xlsx:');
    expect(path('path=/Projekte/Über #1?.docx')).toBe('/me/drive/root:/Projekte/%C3%9Cber%20%231%3F.docx:');
    expect(path('/')).toBe('/me/drive/root');
    expect(reason('/Reports/../Secrets')).toMatch(/"\.\."/);
  });

  it('reads special folders and the drive root', () => {
    expect(path('special=documents')).toBe('/drive/special/documents');
    expect(path('special=CameraRoll')).toBe('/drive/special/cameraroll');
    expect(path('root')).toBe('/drive/root');
    expect(reason('special=desktop')).toMatch(/not a special folder/);
  });

  it('turns sharing URLs and webUrls into /shares paths', () => {
    const link = 'https://contoso-my.sharepoint.com/:x:/g/personal/adele_contoso_test/EaBc123?e=xyz';
    expect(path(link)).toBe(`/shares/${encodeShareId(link)}/driveItem`);
    const webUrl = 'http://localhost:4001/personal/adele/Documents/Reports/Q3 Report.xlsx';
    expect(path(webUrl)).toBe('/shares/u!aHR0cDovL2xvY2FsaG9zdDo0MDAxL3BlcnNvbmFsL2FkZWxlL0RvY3VtZW50cy9SZXBvcnRzL1EzIFJlcG9ydC54bHN4/driveItem');
    expect(path('https://1drv.ms/x/s!AkqT2Ü')).toBe('/shares/u!aHR0cHM6Ly8xZHJ2Lm1zL3gvcyFBa3FUMsOc/driveItem');
    expect(path('u!aHR0cHM6Ly94')).toBe('/shares/u!aHR0cHM6Ly94/driveItem');
    expect(path('s!AkqT2')).toBe('/shares/s!AkqT2/driveItem');
    expect(reason('https://exa mple.com/[')).toMatch(/not a valid web address/);
  });

  it('accepts every Graph-style item path the docs list', () => {
    const same = [
      '/me/drive/items/01A',
      '/drive/items/01A',
      '/drives/b!d/items/01A',
      '/groups/g1/drive/items/01A',
      '/sites/s1/drive/items/01A',
      '/users/u1/drive/items/01A',
      '/me/drive/root',
      '/drive/root',
      '/drives/b!d/root',
      '/drive/special/documents',
      '/drive/bundles/01A',
      '/drive/following/01A',
      '/shares/u!abc/driveItem',
      '/shares/u!abc/root',
      '/shares/u!abc/items/01A',
    ];
    for (const value of same) expect(path(value)).toBe(value);
    expect(path('/me/drive/root:/Reports/Q3.xlsx:')).toBe('/me/drive/root:/Reports/Q3.xlsx:');
    expect(path('/me/drive/root:/Reports/Q3 Report.xlsx')).toBe('/me/drive/root:/Reports/Q3%20Report.xlsx:');
    expect(path('/drives/b!d/items/01F:/sub/folder:')).toBe('/drives/b!d/items/01F:/sub/folder:');
    expect(path('/v1.0/drives/b!d/items/01A')).toBe('/drives/b!d/items/01A');
    expect(path('/shares/u!abc')).toBe('/shares/u!abc/driveItem');
    expect(path('https://graph.microsoft.com/v1.0/drives/b!d/items/01A')).toBe('/drives/b!d/items/01A');
    expect(path('https://graph.microsoft.com/v1.0/me/drive/root:/Q3%20Report.xlsx:')).toBe('/me/drive/root:/Q3%20Report.xlsx:');
  });

  it('explains Graph paths that do not end at one item', () => {
    expect(reason('/drives/b!d')).toMatch(/does not end at an item/);
    expect(reason('/drives/b!d/items/01A/children')).toMatch(/does not end at an item/);
    expect(reason('/groups/g1/items/01A')).toMatch(/needs an id and \/drive/);
    expect(reason('/me/messages')).toMatch(/only \/me\/drive/);
    expect(reason('/drive/special/desktop')).toMatch(/not a special folder/);
    expect(reason('/shares/u!abc/permission')).toMatch(/ends in \/driveItem/);
    expect(reason('https://graph.microsoft.com/v1.0/users')).toMatch(/needs an id/);
  });

  it('refuses empty and non-web schemes', () => {
    expect(reason('   ')).toMatch(/names no item/);
    expect(reason('javascript:alert(1)')).toMatch(/not a web address/);
  });

  it('gives reasons as catalog ids with the offending keys and names as values, for any language', () => {
    expect(refusal('driveId=b!d')).toEqual({ id: 'drive.target.ownerWithoutItem', values: { key: 'driveId' } });
    expect(refusal('special=desktop')).toEqual({
      id: 'drive.target.notSpecialFolder',
      values: { name: 'desktop', folders: 'documents, photos, cameraroll, approot, music' },
    });
    expect(refusal('/groups/g1/items/01A')).toEqual({ id: 'drive.target.ownerPath', values: { resource: 'groups' } });
    expect(refusal('/drives/b!d')).toEqual({ id: 'drive.target.notAnItem' });
    expect(reason('/groups/g1/items/01A')).toBe('A /groups path needs an id and /drive: /groups/{id}/drive/items/{item-id}.');
    expect(reason('/drives/b!d')).toBe('The Graph path does not end at an item (…/root, …/items/{id} or …/special/{name}).');
    const de = createIntl({ locale: 'de', messages: german });
    const ar = createIntl({ locale: 'ar', messages: arabic });
    const inGerman = (value: string) => {
      const text = refusal(value);
      return de.formatMessage({ id: text.id }, text.values);
    };
    expect(inGerman('driveId=&itemId=1')).toBe('driveId ist leer.');
    expect(inGerman('special=desktop')).toBe(
      '„desktop“ ist kein spezieller Ordner. Verwenden Sie einen der folgenden: documents, photos, cameraroll, approot, music.',
    );
    expect(inGerman('/drives/b!d')).toBe('Der Graph-Pfad endet nicht bei einem Element (…/root, …/items/{id} oder …/special/{name}).');
    const empty = refusal('   ');
    expect(ar.formatMessage({ id: empty.id }, empty.values)).toBe('لا يحدد الرابط أي عنصر.');
  });

  it('refuses "." and ".." as ids and control characters anywhere, with a reason', () => {
    expect(refusal('driveId=x&itemId=..')).toEqual({ id: 'drive.target.dotId', values: { key: 'itemId' } });
    expect(refusal('driveId=.&itemId=01A')).toEqual({ id: 'drive.target.dotId', values: { key: 'driveId' } });
    expect(refusal('driveId=x&itemId=%2E%2E')).toEqual({ id: 'drive.target.dotId', values: { key: 'itemId' } });
    expect(refusal('/drives/x/items/..')).toEqual({ id: 'drive.target.dotSegments' });
    expect(refusal('/drives/%2e%2e/root')).toEqual({ id: 'drive.target.dotSegments' });
    expect(refusal('driveId=x&itemId=01%0AA')).toEqual({ id: 'drive.target.controlCharacters' });
    expect(refusal('Reports/Q3\u0000.xlsx')).toEqual({ id: 'drive.target.controlCharacters' });
    expect(reason('driveId=x&itemId=..')).toBe('itemId may not be "." or "..".');
    const de = createIntl({ locale: 'de', messages: german });
    const ar = createIntl({ locale: 'ar', messages: arabic });
    expect(de.formatMessage({ id: 'drive.target.dotId' }, { key: 'itemId' })).toBe('itemId darf nicht „.“ oder „..“ sein.');
    expect(ar.formatMessage({ id: 'drive.target.controlCharacters' })).toMatch(/أحرف تحكم/);
  });

  /** Values an attacker would try in an id or a path segment, plain and percent-encoded. */
  const hostile = fc.oneof(
    fc.constantFrom('.', '..', '%2e', '%2E%2e', '.%2e', '%2e.', '../..', '..%2F..', '%00', '%0A', '\u0085', '%7F', 'a\u0007b', 'a%0Db'),
    fc.string(),
    fc.stringMatching(/^[A-Za-z0-9!_-]{1,12}$/),
  );
  const owner = fc.constantFrom('driveId', 'groupId', 'siteId', 'userId');
  /** The keyed forms (`driveId=…&itemId=…`, `…&path=…`, `itemId=…`), which fc.string() alone never reaches. */
  const keyedTargets = fc.oneof(
    fc.tuple(owner, hostile, hostile).map(([key, id, item]) => `${key}=${id}&itemId=${item}`),
    fc.tuple(owner, hostile, fc.array(hostile, { minLength: 1, maxLength: 4 })).map(([key, id, segments]) => `${key}=${id}&path=/${segments.join('/')}`),
    hostile.map((item) => `itemId=${item}`),
  );
  /** Graph-style paths and paths in the user's drive built from the same hostile segments. */
  const pathTargets = fc.oneof(
    fc.tuple(hostile, hostile).map(([drive, item]) => `/drives/${drive}/items/${item}`),
    fc.tuple(hostile, fc.array(hostile, { maxLength: 3 })).map(([item, segments]) => `/me/drive/items/${item}:/${segments.join('/')}:`),
    fc.array(hostile, { minLength: 1, maxLength: 4 }).map((segments) => segments.join('/')),
  );

  /** What makes a Graph path safe to resolve against the base URL. */
  const assertSafe = (result: ReturnType<typeof parseTarget>) => {
    if (!result.ok) return;
    expect(result.path).toMatch(/^\/(me\/drive|drive|drives|groups|sites|users|shares)\//);
    expect(result.path).not.toMatch(/[\s?#]/);
    for (const segment of result.path.split(/[/:]/)) {
      const decoded = decodeURIComponent(segment);
      expect(decoded).not.toMatch(/^\.\.?$/);
      expect([...decoded].every((char) => char.charCodeAt(0) >= 0x20 && (char.charCodeAt(0) < 0x7f || char.charCodeAt(0) > 0x9f))).toBe(true);
    }
  };

  it('never produces a path outside Graph’s drive resources, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), keyedTargets, pathTargets), (text) => assertSafe(parseTarget(text))),
      { numRuns: 2_000 },
    );
  });

  it('refuses every keyed form whose id is "." or ".." (plainly or encoded)', () => {
    const dots = fc.constantFrom('.', '..', '%2e', '%2E%2E', '.%2e');
    fc.assert(
      fc.property(owner, dots, fc.stringMatching(/^[A-Za-z0-9]{1,8}$/), fc.boolean(), (key, dot, other, dotIsItem) => {
        const result = parseTarget(dotIsItem ? `${key}=${other}&itemId=${dot}` : `${key}=${dot}&itemId=${other}`);
        expect(result).toEqual({ ok: false, reason: { id: 'drive.target.dotId', values: { key: dotIsItem ? 'itemId' : key } } });
      }),
    );
  });

  it('resolves well-formed keyed forms to the item they name', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^b![A-Za-z0-9_-]{1,20}$/), fc.stringMatching(/^01[A-Z0-9]{1,30}$/), (drive, item) => {
        expect(parseTarget(`driveId=${drive}&itemId=${item}`)).toEqual({ ok: true, path: `/drives/${drive}/items/${item}` });
      }),
    );
  });
});
