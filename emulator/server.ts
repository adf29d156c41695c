// Starts the whole emulator in one process: the OpenID Provider (Entra ID stand-in) and the
// Graph stand-in, sharing one tenant store and one signing key. Used by main.ts and by tests.
import { createGraphApp } from './graph/app';
import { createTokenVerifier } from './graph/auth/verify-token';
import { FaultRegistry } from './faults/fault-registry';
import { ResourceUnitMeter } from './faults/throttle';
import { GRAPH_RESOURCE } from './identity/constants';
import { createIdentityProvider } from './identity/provider';
import { createSigningKey, type SigningKey } from './identity/signing-key';
import { listenLoopback } from './listen-loopback';
import { RuntimeSettings } from './runtime';
import type { EmulatorSettings } from './settings';
import { loadSeed } from './tenant/seed';
import { TenantStore } from './tenant/store';

export interface RunningEmulator {
  /** Issuer and base URL of the OpenID Provider, e.g. http://localhost:4000. */
  identityUrl: string;
  /** Base URL of the Graph stand-in without the version, e.g. http://localhost:4001. */
  graphUrl: string;
  close(): Promise<void>;
  /** In-process handles for tests (tokens are signed with signingKey; see testing/tokens.ts). */
  store: TenantStore;
  signingKey: SigningKey;
  faults: FaultRegistry;
  runtime: RuntimeSettings;
}

export async function startEmulator(settings: EmulatorSettings): Promise<RunningEmulator> {
  const store = new TenantStore(loadSeed());
  const signingKey = await createSigningKey();
  const faults = new FaultRegistry();
  const runtime = new RuntimeSettings(settings);
  const meter = new ResourceUnitMeter();

  const identity = await listenLoopback(settings.identityPort);
  let graph;
  try {
    graph = await listenLoopback(settings.graphPort);
  } catch (err) {
    await identity.close();
    throw err;
  }
  // Public URLs use localhost: the app and the OP must be same-site for cookies and silent SSO.
  const identityUrl = `http://localhost:${identity.port}`;
  const graphUrl = `http://localhost:${graph.port}`;

  const provider = createIdentityProvider({ issuer: identityUrl, settings, runtime, store, signingKey });
  const identityHandler = provider.callback();
  identity.setHandler((req, res) => void identityHandler(req, res));

  const verifyToken = createTokenVerifier({
    publicJwk: signingKey.publicJwk,
    issuer: identityUrl,
    audience: GRAPH_RESOURCE,
    tenantId: store.tenant.id,
    authorizationUri: `${identityUrl}/auth`,
  });
  const graphApp = createGraphApp({
    store,
    faults,
    verifyToken,
    graphUrl,
    control: settings.control,
    quiet: settings.quiet,
    runtime,
    meter,
    allowedOrigins: [...settings.appOrigins, ...settings.portalOrigins],
    authorizationUri: `${identityUrl}/auth`,
  });
  const graphHandler = graphApp.callback();
  graph.setHandler((req, res) => void graphHandler(req, res));

  return {
    identityUrl,
    graphUrl,
    store,
    signingKey,
    faults,
    runtime,
    close: async () => {
      await Promise.all([identity.close(), graph.close()]);
    },
  };
}
