// Settings of the demo portal, from the environment. It is a development aid, like the emulator.
export interface PortalSettings {
  port: number;
  /** Where the share dialog app runs; the portal loads `${appUrl}/embed.js`. */
  appUrl: string;
}

export function parsePortalSettings(env: Record<string, string | undefined>): PortalSettings {
  const rawPort = env.PORTAL_PORT?.trim() || '5180';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port < 1 || port > 65_535) throw new Error(`PORTAL_PORT must be a port number, got "${rawPort}".`);
  const appUrl = (env.PORTAL_APP_URL?.trim() || 'http://localhost:5173').replace(/\/+$/, '');
  if (!URL.canParse(appUrl) || !/^https?:$/.test(new URL(appUrl).protocol)) throw new Error(`PORTAL_APP_URL must be an http(s) URL, got "${appUrl}".`);
  return { port, appUrl };
}
