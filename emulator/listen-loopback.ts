// Listens on the loopback interface only, on both 127.0.0.1 and ::1 with the same port, so that
// `localhost` works whichever address the browser or Node resolves it to. Machines without IPv6
// simply get the IPv4 listener.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackListener {
  port: number;
  /** The handler can be set after listening, because the issuer URL needs the actual port. */
  setHandler(handler: RequestListener): void;
  close(): Promise<void>;
}

const IPV6_UNAVAILABLE = new Set(['EADDRNOTAVAIL', 'EAFNOSUPPORT']);

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // fetch keeps connections alive; without this, close() would wait for them to time out.
    server.closeAllConnections();
  });
}

export async function listenLoopback(port: number): Promise<LoopbackListener> {
  let handler: RequestListener = (_req, res) => {
    res.statusCode = 503;
    res.end('Starting');
  };
  const delegate: RequestListener = (req, res) => handler(req, res);

  // With port 0 the IPv4 listener picks a port that may be taken on ::1; then try another.
  const attempts = port === 0 ? 5 : 1;
  for (let attempt = 1; ; attempt += 1) {
    const v4 = createServer(delegate);
    await listen(v4, port, '127.0.0.1');
    const actualPort = (v4.address() as AddressInfo).port;
    const v6 = createServer(delegate);
    let servers = [v4, v6];
    try {
      await listen(v6, actualPort, '::1');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (IPV6_UNAVAILABLE.has(code)) {
        servers = [v4];
      } else {
        await closeServer(v4);
        if (code === 'EADDRINUSE' && attempt < attempts) continue;
        throw err;
      }
    }
    return {
      port: actualPort,
      setHandler: (next) => {
        handler = next;
      },
      close: async () => {
        await Promise.all(servers.map(closeServer));
      },
    };
  }
}
