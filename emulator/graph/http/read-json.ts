// Reads a JSON request body. Done by hand rather than with a body parser so that malformed JSON,
// an empty body and an oversized body each get Graph's own answer.
import { GraphError, invalidRequest } from '../errors';
import type { GraphContext } from './context';

const LIMIT_BYTES = 1024 * 1024;

/**
 * Reads the whole body from the connection (once; later calls get the same bytes). The fault
 * layer calls it before a delay, as a server holds the whole request before it works on it: a
 * client that gives up during the delay does not undo a request that had fully arrived.
 */
export async function receiveBody(ctx: GraphContext): Promise<Buffer> {
  if (ctx.state.rawBody) return ctx.state.rawBody;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > LIMIT_BYTES) throw new GraphError(413, 'invalidRequest', 'The request body is too large.');
    chunks.push(buffer);
  }
  ctx.state.rawBody = Buffer.concat(chunks);
  return ctx.state.rawBody;
}

export async function readJsonBody(ctx: GraphContext): Promise<unknown> {
  const text = (await receiveBody(ctx)).toString('utf8');
  if (text.trim() === '') throw invalidRequest('The request body is empty.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Graph's wording for a body it cannot parse.
    throw invalidRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
}
