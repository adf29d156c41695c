import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { englishMessages, type LocalizedText } from '../i18n';
import { messages as arabic } from '../i18n/catalogs/ar';
import { messages as german } from '../i18n/catalogs/de';
import { AuthConsentRequiredError, AuthInteractionRequiredError, AuthPopupBlockedError, AuthScopeRefusedError, AuthUnavailableError } from '../lib/auth';
import { GraphError } from '../lib/graph';
import { describeError, signInRequestFor } from './describe-error';

const graph = (status: number, code: string, extra: Partial<ConstructorParameters<typeof GraphError>[0]> = {}) =>
  new GraphError({ kind: 'http', status, code, message: 'developer text', requestId: 'rid-1', ...extra });

const intls = {
  en: createIntl({ locale: 'en', messages: englishMessages }),
  de: createIntl({ locale: 'de', messages: german }),
  ar: createIntl({ locale: 'ar', messages: arabic }),
};
const say = (text: LocalizedText, locale: keyof typeof intls = 'en') => intls[locale].formatMessage({ id: text.id }, text.values);
const sentence = (error: unknown, locale: keyof typeof intls = 'en') => say(describeError(error).sentence, locale);

describe('describeError', () => {
  it('says a request timed out, and that a claims challenge needs signing in again', () => {
    const timeout = new GraphError({ kind: 'timeout', status: 0, code: 'timeout', message: 'no answer in 30 s', clientRequestId: 'c-1' });
    expect(describeError(timeout)).toMatchObject({ sentence: { id: 'common.error.timeout' }, requestId: 'c-1', needsSignIn: false });
    const claims = graph(401, 'InvalidAuthenticationToken', { kind: 'claims-challenge', claims: '{"access_token":{}}' });
    expect(describeError(claims)).toMatchObject({ sentence: { id: 'common.error.claimsChallenge' }, needsSignIn: true });
    expect(sentence(claims, 'de')).toMatch(/erneut anmelden/);
  });

  it('turns accessDenied into advice and keeps code and request id', () => {
    const description = describeError(graph(403, 'accessDenied'));
    expect(description).toMatchObject({ sentence: { id: 'common.error.accessDenied' }, code: 'accessDenied', requestId: 'rid-1', needsSignIn: false });
    expect(say(description.sentence)).toMatch(/don't have permission/);
    expect(say(description.sentence, 'de')).toMatch(/keine Berechtigung/);
  });

  it('tells how long to wait when Graph throttles, in each language’s plural', () => {
    const throttled = (seconds: number) => graph(429, 'activityLimitReached', { retryAfterSeconds: seconds });
    expect(describeError(throttled(7.2)).sentence).toEqual({ id: 'common.error.busyWait', values: { seconds: 8 } });
    expect(sentence(throttled(7.2))).toMatch(/about 8 seconds/);
    expect(sentence(throttled(0.4))).toMatch(/about 1 second,/);
    expect(sentence(throttled(7.2), 'de')).toMatch(/etwa 8 Sekunden/);
    expect(sentence(throttled(1), 'de')).toMatch(/etwa 1 Sekunde /);
    expect(sentence(throttled(2), 'ar')).toMatch(/ثانيتين/);
    expect(sentence(throttled(5), 'ar')).toMatch(/5 ثوانٍ/);
    expect(sentence(graph(503, 'serviceNotAvailable'))).toMatch(/Wait a moment/);
  });

  it('says a conflict (409) and a change made meanwhile (412) in their own words, not the generic failure', () => {
    expect(describeError(graph(409, 'nameAlreadyExists')).sentence).toEqual({ id: 'common.error.conflict' });
    expect(describeError(graph(412, 'resourceModified')).sentence).toEqual({ id: 'common.error.changedMeanwhile' });
    expect(describeError(graph(412, 'invalidRequest')).sentence).toEqual({ id: 'common.error.changedMeanwhile' });
    expect(sentence(graph(409, 'conflict'))).toMatch(/conflicting change/);
    expect(sentence(graph(412, 'resourceModified'), 'de')).toMatch(/anderswo geändert/);
    expect(sentence(graph(409, 'conflict'), 'ar')).toMatch(/متعارض/);
  });

  it('never shows Graph developer text', () => {
    expect(describeError(graph(500, 'generalException')).sentence).toEqual({ id: 'common.error.graphFailed' });
    expect(sentence(graph(500, 'generalException'))).not.toMatch(/developer text/);
  });

  it('asks for sign-in on 401 and on interaction-required', () => {
    expect(describeError(graph(401, 'InvalidAuthenticationToken'))).toMatchObject({ needsSignIn: true, sentence: { id: 'common.error.signInExpired' } });
    expect(describeError(new AuthInteractionRequiredError())).toMatchObject({ needsSignIn: true, sentence: { id: 'common.error.authExpired' } });
  });

  it('chooses the sign-in sentence from the error class and code, never from its English message', () => {
    const unavailable = (code: string) => new AuthUnavailableError('English for the log', code);
    expect(describeError(unavailable('no_network_connectivity'))).toMatchObject({
      sentence: { id: 'common.error.authUnreachable' },
      code: 'no_network_connectivity',
      needsSignIn: false,
    });
    expect(describeError(unavailable('endpoints_resolution_error')).sentence.id).toBe('common.error.authUnreachable');
    expect(describeError(unavailable('user_cancelled')).sentence.id).toBe('common.error.authCancelled');
    expect(describeError(unavailable('something_else')).sentence.id).toBe('common.error.authFailed');
    expect(describeError(new AuthInteractionRequiredError('You are not signed in.', 'no_account')).sentence.id).toBe('common.error.notSignedIn');
    expect(sentence(unavailable('user_cancelled'), 'de')).toBe('Die Anmeldung wurde abgebrochen.');
    expect(sentence(unavailable('user_cancelled'), 'ar')).not.toMatch(/[A-Za-z]/);
  });

  it('describes a network failure without a Graph request id', () => {
    const error = new GraphError({ kind: 'network', status: 0, code: 'networkError', message: 'x', clientRequestId: 'c-1' });
    const description = describeError(error);
    expect(description).toMatchObject({ code: 'networkError', requestId: 'c-1', sentence: { id: 'common.error.network' } });
    expect(say(description.sentence)).toMatch(/could not be reached/);
  });

  it('describes an unreadable answer and anything unknown', () => {
    const unreadable = new GraphError({ kind: 'invalid-response', status: 200, code: 'invalidResponse', message: 'x', requestId: 'r' });
    expect(describeError(unreadable).sentence.id).toBe('common.error.invalidResponse');
    expect(describeError(new TypeError('boom'))).toEqual({
      sentence: { id: 'common.error.unexpected' },
      code: undefined,
      requestId: undefined,
      needsSignIn: false,
      popupBlocked: false,
    });
  });

  it('says plainly that the browser blocked the sign-in window, in every language', () => {
    const blocked = new AuthPopupBlockedError('empty_window_error');
    expect(describeError(blocked)).toMatchObject({
      sentence: { id: 'common.error.popupBlocked' },
      popupBlocked: true,
      needsSignIn: false,
      code: 'empty_window_error',
    });
    expect(sentence(blocked)).toMatch(/^Your browser blocked the sign-in window\./);
    expect(sentence(blocked, 'de')).toMatch(/Anmeldefenster blockiert/);
    expect(sentence(blocked, 'ar')).not.toBe(sentence(blocked));
    expect(describeError(new AuthUnavailableError('x', 'user_cancelled')).popupBlocked).toBe(false);
  });

  it('names the scopes a feature could not get, asked for or refused', () => {
    expect(sentence(new AuthScopeRefusedError(['People.Read']))).toMatch(/has not allowed People\.Read/);
    const consent = new AuthConsentRequiredError(['Sites.Read.All']);
    expect(sentence(consent)).toMatch(/permission for Sites\.Read\.All/);
    expect(describeError(consent).needsSignIn).toBe(true);
  });
});

describe('signInRequestFor', () => {
  it('asks for the claims of a claims challenge, the scopes still to consent to, or just a sign-in', () => {
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1"}}}';
    expect(signInRequestFor(graph(401, 'InvalidAuthenticationToken', { kind: 'claims-challenge', claims }))).toEqual({ claims });
    expect(signInRequestFor(new AuthConsentRequiredError(['People.Read']))).toEqual({ scopes: ['People.Read'] });
    expect(signInRequestFor(graph(401, 'InvalidAuthenticationToken'))).toEqual({});
    expect(signInRequestFor(new AuthInteractionRequiredError())).toEqual({});
  });
});
