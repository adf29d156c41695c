import { describe, expect, it } from 'vitest';
import { GraphError, type DriveItemRef, type Permission } from '../../../lib/graph';
import { emailRecipient } from '../recipients/recipient.types';
import { applyReadBack, applyResult, isLost, itemStatus, retryRecipients, summarizeMany } from './many-outcome';
import { planMany, selectionKeyOf } from './many-plan';
import type { ItemFacts } from '../options/item-capabilities';
import { mayInviteFrom } from './api/read-many-facts';

const ref = (id: string, isFolder = false, driveId = 'b!work'): DriveItemRef => ({ driveId, itemId: id, name: `${id}.docx`, isFolder });
const facts = (entries: Record<string, ItemFacts | GraphError>) => (item: DriveItemRef) => {
  const value = entries[item.itemId];
  if (value === undefined) return undefined;
  return value instanceof GraphError ? { ok: false as const, error: value } : { ok: true as const, facts: value };
};
const file = (driveType: string): ItemFacts => ({ isRoot: false, isFolder: false, driveType });
const notFound = new GraphError({ kind: 'http', status: 404, code: 'itemNotFound', message: 'gone' });

describe('planMany', () => {
  it('locks sign-in on for all with the reason when any item is a folder', () => {
    const plan = planMany([ref('a'), ref('f', true)], facts({ a: file('business'), f: { isRoot: false, isFolder: true, driveType: 'business' } }));
    expect(plan.capabilities.requireSignInOff).toEqual({ available: false, reason: { id: 'share.many.signInForFolders' } });
    expect(planMany([ref('a')], facts({ a: file('business') })).capabilities.requireSignInOff).toEqual({ available: true });
  });

  it('offers a password and an expiry only when every item is on a personal drive', () => {
    const allPersonal = planMany([ref('a'), ref('b')], facts({ a: file('personal'), b: file('personal') })).capabilities;
    expect([allPersonal.password, allPersonal.expires]).toEqual([{ available: true }, { available: true }]);
    const mixed = planMany([ref('a'), ref('b')], facts({ a: file('personal'), b: file('business') })).capabilities;
    expect(mixed.password).toEqual({ available: false, reason: { id: 'share.many.passwordOnlyPersonal' } });
    expect(mixed.expires).toEqual({ available: false, reason: { id: 'share.many.expiresOnlyPersonal' } });
    // Unread facts never open the password.
    expect(planMany([ref('a')], facts({})).capabilities.password.available).toBe(false);
    // A personal root left out does not decide what the others accept.
    const withRoot = planMany([ref('a'), ref('root')], facts({ a: file('personal'), root: { isRoot: true, isFolder: true, driveType: 'personal' } }));
    expect(withRoot.capabilities.password.available).toBe(true);
    expect(withRoot.capabilities.requireSignInOff.available).toBe(true);
  });

  it('names an item the user can only view, and shares the rest', () => {
    const plan = planMany(
      [ref('mine'), ref('viewed', true, 'b!alex')],
      facts({ mine: file('business'), viewed: { isRoot: false, isFolder: true, driveType: 'business', mayInvite: false } }),
    );
    expect(plan.shareable.map((i) => i.itemId)).toEqual(['mine']);
    expect(plan.unshareable).toEqual([{ item: ref('viewed', true, 'b!alex'), reason: { id: 'share.options.readOnlyAccess' } }]);
    // The folder left out does not lock sign-in for the file that is sent.
    expect(plan.capabilities.requireSignInOff.available).toBe(true);
  });

  it('names the items that cannot be shared: a personal root, one that could not be read', () => {
    const plan = planMany(
      [ref('a'), ref('root'), ref('gone')],
      facts({ a: file('business'), root: { isRoot: true, isFolder: true, driveType: 'personal' }, gone: notFound }),
    );
    expect(plan.shareable.map((i) => i.itemId)).toEqual(['a']);
    expect(plan.unshareable.map(({ item, reason }) => [item.itemId, 'error' in reason ? reason.error.code : reason.id])).toEqual([
      ['root', 'share.options.rootNotShareable'],
      ['gone', 'itemNotFound'],
    ]);
  });
});

describe('mayInviteFrom', () => {
  const permission = (roles: string[], grantedToV2: Permission['grantedToV2'] = { user: { id: 'u' } }): Permission => ({
    id: roles.join(),
    roles,
    grantedToV2,
  });
  const owner = permission(['owner'], { user: { id: 'alex' } });
  it('reads whether the caller can invite from the permissions Graph shows them, past the owner’s entry', () => {
    expect(mayInviteFrom([owner, permission(['read'])])).toBe(false);
    expect(mayInviteFrom([owner, permission(['read']), permission(['write'])])).toBe(true);
    expect(mayInviteFrom([owner])).toBeUndefined();
    expect(mayInviteFrom([permission(['write'], { siteGroup: { id: '5', displayName: 'Members' } })])).toBeUndefined();
    expect(mayInviteFrom([])).toBeUndefined();
  });
});

describe('item outcomes', () => {
  const alex = emailRecipient('alex@contoso.test');
  const megan = emailRecipient('megan@contoso.test');
  const granted = (email: string): Permission => ({ id: `p-${email}`, roles: ['write'], invitation: { email } });
  const failed = new GraphError({ kind: 'http', status: 500, code: 'generalException', message: 'boom', requestId: 'r1' });

  it('reads each recipient of an answered invite, and retries only who was missed', () => {
    const outcome = applyResult(
      ref('a'),
      [alex, megan],
      { ok: true, status: 200, data: { value: [granted('alex@contoso.test')] }, requestId: 'r2' },
      undefined,
    );
    expect(itemStatus(outcome)).toBe('partial');
    expect(retryRecipients(outcome)).toEqual([megan]);
    const retried = applyResult(ref('a'), [megan], { ok: true, status: 200, data: { value: [granted('megan@contoso.test')] }, requestId: 'r3' }, outcome);
    expect(itemStatus(retried)).toBe('shared');
    expect(retried.kind === 'answered' && retried.requestIds).toEqual({ [alex.key]: 'r2', [megan.key]: 'r3' });
  });

  it('keeps a failed invite for every recipient, and a cancelled one as not sent', () => {
    const outcome = applyResult(ref('a'), [alex, megan], { ok: false, error: failed }, undefined);
    expect(itemStatus(outcome)).toBe('failed');
    expect(retryRecipients(outcome)).toEqual([alex, megan]);
    const cancelled = new GraphError({ kind: 'aborted', status: 0, code: 'aborted', message: 'x', ambiguous: false });
    const notSent = applyResult(ref('b'), [alex], { ok: false, error: cancelled }, undefined);
    expect(itemStatus(notSent)).toBe('not-sent');
    expect(summarizeMany([outcome, notSent])).toEqual({ shared: 0, partial: 0, failed: 1, notSent: 1 });
    expect(selectionKeyOf(ref('a'))).toBe('b!work/a');
  });

  it('reads a lost invite back: who holds the role landed, who does not is sent again; unreadable stays unknown and is never resent', () => {
    const lostError = new GraphError({ kind: 'timeout', status: 0, code: 'timeout', message: 'x', requestId: 'r9', ambiguous: true });
    const lost = applyResult(ref('a'), [alex, megan], { ok: false, error: lostError }, undefined);
    expect(isLost(lost)).toBe(true);
    expect(isLost(applyResult(ref('a'), [alex], { ok: false, error: failed }, undefined))).toBe(false);
    if (!isLost(lost)) throw new Error('not lost');

    const read = applyReadBack(lost, 'read', { status: 'fulfilled', value: [granted('alex@contoso.test')] });
    expect(read.kind === 'answered' && read.outcomes.map((o) => [o.recipient.key, o.kind])).toEqual([
      [alex.key, 'landed'],
      [megan.key, 'failed'],
    ]);
    expect(itemStatus(read)).toBe('partial');
    expect(retryRecipients(read)).toEqual([megan]);

    const unknown = applyReadBack(lost, 'read', { status: 'rejected', reason: failed });
    expect(unknown).toMatchObject({ kind: 'unknown', error: lostError });
    expect(itemStatus(unknown)).toBe('failed');
    expect(retryRecipients(unknown)).toEqual([]);
  });
});
