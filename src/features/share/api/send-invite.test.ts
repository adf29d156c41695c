import { describe, expect, it } from 'vitest';
import { emailRecipient, recipientFromSuggestion } from '../recipients/recipient.types';
import { inviteBody, invitePath } from './send-invite';

const alex = emailRecipient('alex@contoso.test', 'Alex');
const board = recipientFromSuggestion({ id: 'g-1', source: 'groups', type: 'group', displayName: 'Board', email: 'board@contoso.test', jobTitle: undefined });
const base = { recipients: [alex, board], role: 'write', requireSignIn: true, sendInvitation: true, message: 'Hi' } as const;

describe('inviteBody', () => {
  it('sends each recipient by the one driveRecipient key it carries, and nothing Graph does not take', () => {
    expect(inviteBody(base)).toEqual({
      recipients: [{ email: 'alex@contoso.test' }, { objectId: 'g-1' }],
      roles: ['write'],
      requireSignIn: true,
      sendInvitation: true,
      message: 'Hi',
    });
  });

  it('leaves out a blank message, and any message when no email goes out', () => {
    expect(inviteBody({ ...base, message: '   ' })).not.toHaveProperty('message');
    expect(inviteBody({ ...base, sendInvitation: false })).not.toHaveProperty('message');
  });

  it('adds expiry and password only when set', () => {
    expect(inviteBody({ ...base, expirationDateTime: '2026-12-02T22:59:59.000Z', password: 's3cret' })).toMatchObject({
      expirationDateTime: '2026-12-02T22:59:59.000Z',
      password: 's3cret',
    });
    expect(inviteBody({ ...base, expirationDateTime: undefined, password: undefined })).not.toHaveProperty('password');
  });
});

describe('invitePath', () => {
  it('encodes ids so a crafted id cannot leave its segment', () => {
    expect(invitePath({ driveId: 'b!x/y', itemId: '01?A', name: 'n', isFolder: false })).toBe('/v1.0/drives/b!x%2Fy/items/01%3FA/invite');
  });
});
