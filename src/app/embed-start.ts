import type { Settings } from '../config/settings';
import { connectToHost, readHostRequest, type HostChannel, type HostRequest } from '../features/embed';

export interface EmbedStart {
  request: HostRequest;
  /** The port to the host, when an allowed host asked for the protocol. */
  channel: HostChannel | null;
}

/**
 * Runs once per page load, before React renders (a React effect may run twice and would announce
 * the frame twice with two ports): checks the host the URL names and announces the frame to it.
 */
export function startEmbed(settings: Settings, win: Window): EmbedStart {
  const framed = win.parent !== win;
  const request = readHostRequest(win.location.search, settings.embed.allowedOrigins, framed);
  if (request.kind === 'refused') console.warn(`Share dialog: not talking to the host. ${request.reason}`);
  const channel = request.kind === 'host' ? connectToHost({ parent: win.parent, origin: request.origin, channelId: request.channelId }) : null;
  return { request, channel };
}
