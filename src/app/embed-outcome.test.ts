import { describe, expect, it } from 'vitest';
import { TargetError } from '../features/drive';
import type { ShareManyEnding } from '../features/share/many/share-many-dialog';
import { GraphError, type DriveItemRef } from '../lib/graph';
import { isUnresolvable, targetReports, type Resolution } from './embed-outcome';

const item = (itemId: string, name: string, isFolder = false): DriveItemRef => ({ driveId: 'd', itemId, name, isFolder });
const person = (email: string) => ({ key: `email:${email}`, label: email, kind: 'email' as const, email, driveRecipient: { email } });
const alex = person('alex@contoso.test');
const lee = person('lee@contoso.test');
const permission = { id: 'p', roles: ['write'], link: { webUrl: 'https://secret' } };
const notFound = new GraphError({ kind: 'http', status: 404, code: 'itemNotFound', message: 'gone' });

const report = item('r', 'Q3 Report.xlsx');
const archive = item('a', 'Archive', true);
const budget = item('b', 'Budget 2026.xlsx');
const root = item('root', 'root', true);

describe('targetReports', () => {
  it('is null when nothing was sent (the portal hears cancelled)', () => {
    expect(targetReports(['/a'], [{ item: report }], { role: 'read', items: [] })).toBeNull();
  });

  it('gives one report per target in the portal’s order: shared, partly, failed, not sent, unshareable, unresolved', () => {
    const targets = ['/Reports/Q3 Report.xlsx', '/gone.docx', '/Reports/Archive', '/Budget 2026.xlsx', '/', '/Reports/../Reports/Q3 Report.xlsx', '/x'];
    const resolutions: Resolution[] = [
      { item: report },
      { error: notFound },
      { item: archive },
      { item: budget },
      { item: root },
      // A second target naming the same item hears the same outcome.
      { item: report },
      { error: new TargetError({ id: 'drive.target.noDrive' }) },
    ];
    const ending: ShareManyEnding = {
      role: 'write',
      items: [
        {
          status: 'partial',
          outcome: {
            item: report,
            kind: 'answered',
            outcomes: [
              { recipient: alex, kind: 'granted', permission },
              { recipient: lee, kind: 'failed', from: 'answer' },
            ],
            requestIds: {},
          },
        },
        {
          status: 'failed',
          outcome: {
            item: archive,
            kind: 'failed',
            error: new GraphError({ kind: 'http', status: 403, code: 'accessDenied', message: 'no' }),
            recipients: [alex],
            previous: undefined,
          },
        },
        { status: 'not-sent', outcome: { item: budget, kind: 'not-sent', recipients: [alex, lee], previous: undefined } },
      ],
    };
    const reports = targetReports(targets, resolutions, ending);
    expect(reports).toEqual([
      {
        target: targets[0],
        kind: 'resolved',
        item: report,
        status: 'partial',
        outcomes: [
          { recipient: alex, kind: 'granted' },
          { recipient: lee, kind: 'failed' },
        ],
      },
      { target: '/gone.docx', kind: 'unresolved', code: 'itemNotFound' },
      { target: '/Reports/Archive', kind: 'resolved', item: archive, status: 'failed', code: 'accessDenied', outcomes: [{ recipient: alex, kind: 'failed' }] },
      {
        target: '/Budget 2026.xlsx',
        kind: 'resolved',
        item: budget,
        status: 'not-sent',
        code: undefined,
        outcomes: [
          { recipient: alex, kind: 'not-sent' },
          { recipient: lee, kind: 'not-sent' },
        ],
      },
      { target: '/', kind: 'resolved', item: root, status: 'unshareable', outcomes: [] },
      expect.objectContaining({ target: targets[5], item: report, status: 'partial' }),
      { target: '/x', kind: 'unresolved', code: 'invalidTarget' },
    ]);
    expect(JSON.stringify(reports)).not.toContain('secret');
  });

  it('keeps the earlier answer per person when a retry failed as a whole', () => {
    const ending: ShareManyEnding = {
      role: 'read',
      items: [
        {
          status: 'failed',
          outcome: {
            item: report,
            kind: 'failed',
            error: new GraphError({ kind: 'http', status: 500, code: 'generalException', message: 'x' }),
            recipients: [lee],
            previous: [
              { recipient: alex, kind: 'granted', permission },
              { recipient: lee, kind: 'failed', from: 'answer' },
            ],
          },
        },
      ],
    };
    expect(targetReports(['/r'], [{ item: report }], ending)?.[0]).toMatchObject({
      status: 'failed',
      code: 'generalException',
      outcomes: [
        { recipient: alex, kind: 'granted' },
        { recipient: lee, kind: 'failed' },
      ],
    });
  });
});

describe('isUnresolvable', () => {
  it('names what cannot be opened for certain, and offers again what may pass', () => {
    expect(isUnresolvable(notFound)).toBe(true);
    expect(isUnresolvable(new TargetError({ id: 'drive.target.noDrive' }))).toBe(true);
    expect(isUnresolvable(new GraphError({ kind: 'http', status: 403, code: 'accessDenied', message: 'no' }))).toBe(true);
    expect(isUnresolvable(new GraphError({ kind: 'http', status: 503, code: 'serviceNotAvailable', message: 'busy' }))).toBe(false);
    expect(isUnresolvable(new GraphError({ kind: 'http', status: 401, code: 'InvalidAuthenticationToken', message: 'expired' }))).toBe(false);
    expect(isUnresolvable(new GraphError({ kind: 'network', status: 0, code: 'networkError', message: 'offline' }))).toBe(false);
  });
});
