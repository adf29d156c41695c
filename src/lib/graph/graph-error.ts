/**
 * Everything that can go wrong talking to Graph, as one typed value. `code` is Graph's error
 * code (or one of ours for failures that never reached Graph), `innerCode` the most specific
 * nested code Graph gave, and `requestId` what Microsoft support asks for.
 *
 * - `http`: Graph answered with an error status (code, innerCode, retryAfterSeconds from it).
 * - `network`: the connection failed or dropped before a whole answer arrived.
 * - `timeout`: no whole answer within the request's time-out; the attempt was abandoned.
 * - `invalid-response`: an answer came but is not JSON or not the expected shape (the "malformed"
 *   case), or a nextLink pointed elsewhere (`code: 'untrustedUrl'`, never sent).
 * - `aborted`: the caller's signal ended the request or the wait before a retry.
 * - `claims-challenge`: a 401 asking for more claims; `claims` holds the decoded JSON to pass to an
 *   interactive sign-in (which must start from the user's click).
 *
 * `ambiguous` is true when a write may or may not have been carried out (a time-out, a dropped
 * connection, an unreadable answer, a 504): read the state back before sending it again.
 */
export type GraphErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response' | 'aborted' | 'claims-challenge';

export interface GraphErrorDetails {
  kind: GraphErrorKind;
  status: number;
  code: string;
  innerCode?: string | undefined;
  message: string;
  requestId?: string | undefined;
  clientRequestId?: string | undefined;
  date?: string | undefined;
  retryAfterSeconds?: number | undefined;
  /** The decoded claims JSON of a claims challenge. */
  claims?: string | undefined;
  /** Whether the request may have been carried out although it failed (see above). */
  ambiguous?: boolean | undefined;
  cause?: unknown;
}

export class GraphError extends Error {
  override readonly name = 'GraphError';
  readonly kind: GraphErrorKind;
  readonly status: number;
  readonly code: string;
  readonly innerCode: string | undefined;
  readonly requestId: string | undefined;
  readonly clientRequestId: string | undefined;
  readonly date: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly claims: string | undefined;
  readonly ambiguous: boolean;

  constructor(details: GraphErrorDetails) {
    super(details.message, { cause: details.cause });
    this.kind = details.kind;
    this.status = details.status;
    this.code = details.code;
    this.innerCode = details.innerCode;
    this.requestId = details.requestId;
    this.clientRequestId = details.clientRequestId;
    this.date = details.date;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.claims = details.claims;
    this.ambiguous = details.ambiguous ?? false;
  }
}

export function isGraphError(error: unknown): error is GraphError {
  return error instanceof GraphError;
}

function readString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Graph spells the nested object `innerError` at the top level and `innererror` elsewhere. */
function innerOf(record: Record<string, unknown>): Record<string, unknown> | undefined {
  return asRecord(record.innerError) ?? asRecord(record.innererror);
}

/**
 * Reads Graph's error body `{ error: { code, message, innerError: { code?, request-id, date } } }`
 * defensively: any part may be missing or of the wrong type. The innermost code wins as `innerCode`.
 */
export function parseGraphErrorBody(body: unknown): {
  code?: string | undefined;
  innerCode?: string | undefined;
  message?: string | undefined;
  requestId?: string | undefined;
  clientRequestId?: string | undefined;
  date?: string | undefined;
} {
  const error = asRecord(asRecord(body)?.error);
  if (!error) return {};
  let innerCode: string | undefined;
  let requestId: string | undefined;
  let clientRequestId: string | undefined;
  let date: string | undefined;
  let inner = innerOf(error);
  // Walk the chain: the most specific code Graph gave is the deepest one.
  for (let depth = 0; inner && depth < 10; depth += 1) {
    innerCode = readString(inner.code) ?? innerCode;
    requestId ??= readString(inner['request-id']);
    clientRequestId ??= readString(inner['client-request-id']);
    date ??= readString(inner.date);
    inner = innerOf(inner);
  }
  return { code: readString(error.code), innerCode, message: readString(error.message), requestId, clientRequestId, date };
}
