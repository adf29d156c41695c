import { describe, expect, it } from 'vitest';
import { SettingsError, defaultSettings, parseSettings } from './settings';

describe('parseSettings', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(parseSettings({})).toEqual({
      identityPort: 4000,
      graphPort: 4001,
      appOrigins: ['http://localhost:5173'],
      portalOrigins: ['http://127.0.0.1:5180'],
      accessTokenTtl: 3600,
      control: true,
      quiet: false,
      latencyMs: 0,
      exposeRetryAfter: true,
    });
    expect(parseSettings({})).toEqual(defaultSettings);
  });

  it('reads every variable', () => {
    expect(
      parseSettings({
        EMULATOR_IDENTITY_PORT: '5000',
        EMULATOR_GRAPH_PORT: '0',
        EMULATOR_APP_ORIGINS: 'http://localhost:4173, http://127.0.0.1:5173',
        EMULATOR_PORTAL_ORIGINS: 'http://127.0.0.1:4180',
        EMULATOR_ACCESS_TOKEN_TTL: '120',
        EMULATOR_CONTROL: '0',
        EMULATOR_QUIET: '1',
        EMULATOR_LATENCY_MS: '250',
        EMULATOR_EXPOSE_RETRY_AFTER: '0',
      }),
    ).toEqual({
      identityPort: 5000,
      graphPort: 0,
      appOrigins: ['http://localhost:4173', 'http://127.0.0.1:5173'],
      portalOrigins: ['http://127.0.0.1:4180'],
      accessTokenTtl: 120,
      control: false,
      quiet: true,
      latencyMs: 250,
      exposeRetryAfter: false,
    });
  });

  it('reports every invalid value at once', () => {
    let error: unknown;
    try {
      parseSettings({
        EMULATOR_IDENTITY_PORT: '70000',
        EMULATOR_GRAPH_PORT: 'abc',
        EMULATOR_APP_ORIGINS: 'http://localhost:5173/app',
        EMULATOR_ACCESS_TOKEN_TTL: '4',
        EMULATOR_CONTROL: 'yes',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SettingsError);
    const problems = (error as SettingsError).problems;
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/EMULATOR_IDENTITY_PORT.*"70000"/);
    expect(problems.join('\n')).toMatch(/EMULATOR_APP_ORIGINS.*"http:\/\/localhost:5173\/app"/);
    expect((error as SettingsError).message).toContain('EMULATOR_CONTROL must be 1 or 0');
  });

  it('refuses the same fixed port for both servers', () => {
    expect(() => parseSettings({ EMULATOR_IDENTITY_PORT: '4100', EMULATOR_GRAPH_PORT: '4100' })).toThrow(/must differ/);
  });

  it('refuses an origin list with no origins', () => {
    expect(() => parseSettings({ EMULATOR_APP_ORIGINS: ' , ' })).toThrow(/at least one origin/);
  });
});
