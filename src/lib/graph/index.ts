export { createGraphClient, parseRetryAfter } from './graph-client';
export type { GraphClient, GraphClientOptions, GraphRequest, GraphResponse, HttpMethod } from './graph-client';
export { GraphClientProvider, useGraphClient } from './graph-client-context';
export { GraphError, isGraphError, parseGraphErrorBody } from './graph-error';
export type { GraphErrorKind } from './graph-error';
export * from './schemas';
export { permissionsQueryKey } from './query-keys';
export { readGrantee } from './permission-grantee';
export type { Grantee } from './permission-grantee';
