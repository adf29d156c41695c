// POST /v1.0/$batch (docs/graph-behaviour.md#batch): up to 20 requests, each sent back through this
// same app over HTTP with the caller's token, so faults, throttling, scopes and routing apply to
// every inner request exactly as to a direct one (an inner 429 carries its own Retry-After).
// Requests without a pending dependsOn run side by side (Graph runs them in any order); the others
// wait for the requests they name, and one whose prerequisite failed answers 424 without running.
// Inner requests carry a marker (request-counter.ts) so they are counted apart from the client's
// own HTTP requests and fault rules can aim at them (`scope: "inner"`). The batch itself answers 200, or 400 for a
// malformed batch (bad JSON, more than 20 requests, duplicate ids, a body without Content-Type).
import { GraphError } from '../errors';
import { sendJson, type GraphMiddleware } from '../http/context';
import { readJsonBody } from '../http/read-json';
import { INNER_REQUEST_HEADER } from '../http/request-counter';

const MAX_REQUESTS = 20;
const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];
const PASSED_HEADERS = ['content-type', 'retry-after', 'etag', 'location', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'];

interface BatchRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

interface BatchResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

const bad = (message: string) => new GraphError(400, 'BadRequest', message);

function parseBatch(body: unknown): BatchRequest[] {
  const requests = (body as { requests?: unknown } | null)?.requests;
  if (typeof body !== 'object' || body === null || !Array.isArray(requests)) throw bad('Invalid batch payload format.');
  if (requests.length === 0) throw bad('The batch must contain at least one request.');
  if (requests.length > MAX_REQUESTS) throw bad(`Number of batch requests exceeds the maximum of ${MAX_REQUESTS}.`);
  const seen = new Set<string>();
  const parsed = requests.map((raw: unknown, index): BatchRequest => {
    if (typeof raw !== 'object' || raw === null) throw bad(`Request ${index} must be an object.`);
    const r = raw as Record<string, unknown>;
    if (typeof r.id !== 'string' || r.id === '') throw bad(`Request ${index} needs an "id" string.`);
    // Ids are compared without case.
    if (seen.has(r.id.toLowerCase())) throw bad(`Batch request contains duplicate request id '${r.id}'.`);
    seen.add(r.id.toLowerCase());
    const method = typeof r.method === 'string' ? r.method.toUpperCase() : '';
    if (!METHODS.includes(method)) throw bad(`Request '${r.id}' has an invalid or missing "method".`);
    if (typeof r.url !== 'string' || r.url === '' || /^[a-z]+:/i.test(r.url)) throw bad(`Request '${r.id}' needs a relative "url", such as "/me/drive/root".`);
    const headers = r.headers === undefined ? {} : r.headers;
    if (typeof headers !== 'object' || headers === null || !Object.values(headers).every((v) => typeof v === 'string')) {
      throw bad(`Request '${r.id}' has invalid "headers".`);
    }
    const hasContentType = Object.keys(headers).some((k) => k.toLowerCase() === 'content-type');
    if (r.body !== undefined && !hasContentType) throw bad(`Request '${r.id}' has a body, so its headers must include Content-Type.`);
    const dependsOn = r.dependsOn === undefined ? [] : r.dependsOn;
    if (!Array.isArray(dependsOn) || !dependsOn.every((d) => typeof d === 'string')) throw bad(`Request '${r.id}' has an invalid "dependsOn".`);
    return { id: r.id, method, url: `/${r.url.replace(/^\//, '')}`, headers: headers as Record<string, string>, body: r.body, dependsOn: dependsOn };
  });
  const ids = new Set(parsed.map((r) => r.id.toLowerCase()));
  for (const r of parsed) {
    const missing = r.dependsOn.find((d) => !ids.has(d.toLowerCase()) || d.toLowerCase() === r.id.toLowerCase());
    if (missing !== undefined) throw bad(`Request '${r.id}' depends on '${missing}', which is not another request of this batch.`);
  }
  return parsed;
}

async function execute(graphUrl: string, request: BatchRequest, authorization: string, innerMarker: string): Promise<BatchResponse> {
  const headers = new Headers(request.headers);
  if (authorization) headers.set('Authorization', authorization);
  headers.set(INNER_REQUEST_HEADER, innerMarker);
  let response: Response;
  try {
    response = await fetch(`${graphUrl}/v1.0${request.url}`, {
      method: request.method,
      headers,
      ...(request.body !== undefined ? { body: typeof request.body === 'string' ? request.body : JSON.stringify(request.body) } : {}),
    });
  } catch {
    // Only a scripted fault (drop, dropAfter) loses an inner answer; the batch still answers for it.
    return {
      id: request.id,
      status: 504,
      headers: { 'Content-Type': 'application/json' },
      body: { error: { code: 'gatewayTimeout', message: 'The request got no answer.' } },
    };
  }
  const out: BatchResponse = { id: request.id, status: response.status, headers: {} };
  for (const name of PASSED_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) out.headers[name === 'content-type' ? 'Content-Type' : name === 'retry-after' ? 'Retry-After' : name] = value;
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > 0) {
    // JSON bodies are inlined; binary ones (photos) are base64, as Graph does.
    out.body = (response.headers.get('content-type') ?? '').includes('json') ? (JSON.parse(bytes.toString('utf8')) as unknown) : bytes.toString('base64');
  }
  return out;
}

export function batchEndpoint(graphUrl: string, innerMarker: string): GraphMiddleware {
  return async (ctx, next) => {
    if (ctx.path !== '/v1.0/$batch') {
      await next();
      return;
    }
    if (ctx.method !== 'POST') {
      throw new GraphError(405, 'invalidRequest', `The HTTP method '${ctx.method}' is not allowed for the requested resource.`, { headers: { Allow: 'POST' } });
    }
    const requests = parseBatch(await readJsonBody(ctx));
    const done = new Map<string, BatchResponse>();
    const pending = [...requests];
    while (pending.length > 0) {
      const ready = pending.filter((r) => r.dependsOn.every((d) => done.has(d.toLowerCase())));
      if (ready.length === 0) throw bad('The dependsOn references of this batch form a cycle.');
      for (const request of ready) pending.splice(pending.indexOf(request), 1);
      const answers = await Promise.all(
        ready.map((request) => {
          const failed = request.dependsOn.find((d) => (done.get(d.toLowerCase())?.status ?? 500) >= 400);
          return failed !== undefined
            ? Promise.resolve<BatchResponse>({
                id: request.id,
                status: 424,
                headers: { 'Content-Type': 'application/json' },
                body: { error: { code: 'failedDependency', message: `The request depends on '${failed}', which failed.` } },
              })
            : execute(graphUrl, request, ctx.get('Authorization'), innerMarker);
        }),
      );
      for (const answer of answers) done.set(answer.id.toLowerCase(), answer);
    }
    sendJson(ctx, 200, { responses: requests.map((r) => done.get(r.id.toLowerCase())!) });
  };
}
