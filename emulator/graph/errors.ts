// Graph's error contract: a status, a code to branch on, a developer message, and innerError
// carrying the ids and date a support engineer asks for. Every failure the emulator returns
// goes through GraphError so the body always has this shape.

export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError: {
      date: string;
      'request-id': string;
      'client-request-id': string;
      code?: string;
    };
  };
}

export class GraphError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;
  readonly innerCode: string | undefined;

  constructor(status: number, code: string, message: string, options: { headers?: Record<string, string>; innerCode?: string } = {}) {
    super(message);
    this.name = 'GraphError';
    this.status = status;
    this.code = code;
    this.headers = options.headers ?? {};
    this.innerCode = options.innerCode;
  }
}

/** Graph's innerError date has no fraction and no zone designator: 2025-02-13T10:17:05. */
export function graphErrorDate(now = new Date()): string {
  return now.toISOString().slice(0, 19);
}

export function graphErrorBody(error: GraphError, ids: { requestId: string; clientRequestId: string }): GraphErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      innerError: {
        date: graphErrorDate(),
        'request-id': ids.requestId,
        'client-request-id': ids.clientRequestId,
        ...(error.innerCode ? { code: error.innerCode } : {}),
      },
    },
  };
}

// Messages reused by several routes, worded as Graph words them.
export const notFound = () => new GraphError(404, 'itemNotFound', 'The resource could not be found.');
export const accessDenied = (message = 'Access denied') => new GraphError(403, 'accessDenied', message);
export const invalidRequest = (message = 'Invalid request') => new GraphError(400, 'invalidRequest', message);
export const unknownSegment = (segment: string) => new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
