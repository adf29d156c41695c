import { describe, expect, it } from 'vitest';
import { AuthInteractionRequiredError } from '../lib/auth';
import { GraphError } from '../lib/graph';
import { describeError } from './describe-error';

const graph = (status: number, code: string, extra: Partial<ConstructorParameters<typeof GraphError>[0]> = {}) =>
  new GraphError({ kind: 'http', status, code, message: 'developer text', requestId: 'rid-1', ...extra });

describe('describeError', () => {
  it('turns accessDenied into advice and keeps code and request id', () => {
    const description = describeError(graph(403, 'accessDenied'));
    expect(description.sentence).toMatch(/don't have permission/);
    expect(description).toMatchObject({ code: 'accessDenied', requestId: 'rid-1', needsSignIn: false });
  });

  it('tells how long to wait when Graph throttles', () => {
    expect(describeError(graph(429, 'activityLimitReached', { retryAfterSeconds: 7.2 })).sentence).toMatch(/about 8 seconds/);
  });

  it('never shows Graph developer text', () => {
    expect(describeError(graph(500, 'generalException')).sentence).not.toMatch(/developer text/);
  });

  it('asks for sign-in on 401 and on interaction-required', () => {
    expect(describeError(graph(401, 'InvalidAuthenticationToken')).needsSignIn).toBe(true);
    expect(describeError(new AuthInteractionRequiredError()).needsSignIn).toBe(true);
  });

  it('describes a network failure without a Graph request id', () => {
    const error = new GraphError({ kind: 'network', status: 0, code: 'networkError', message: 'x', clientRequestId: 'c-1' });
    const description = describeError(error);
    expect(description).toMatchObject({ code: 'networkError', requestId: 'c-1' });
    expect(description.sentence).toMatch(/could not be reached/);
  });
});
