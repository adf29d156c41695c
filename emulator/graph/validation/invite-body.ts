// Validates the body of POST …/invite as Graph applies it (docs/graph-behaviour.md#invite-request):
// the eight documented parameters and nothing else, exactly one identifier per recipient,
// roles limited to read and write, and a message of at most 2,000 characters.
import type { GrantableRole } from '../../tenant/model';
import { invalidRequest } from '../errors';

export type InviteRecipient = { email: string } | { alias: string } | { objectId: string };

export interface InviteRequest {
  recipients: InviteRecipient[];
  roles: GrantableRole[];
  message: string | null;
  requireSignIn: boolean | undefined;
  sendInvitation: boolean | undefined;
  expirationDateTime: string | undefined;
  password: string | undefined;
  retainInheritedPermissions: boolean | undefined;
}

const PARAMETERS = new Set([
  'recipients',
  'message',
  'requireSignIn',
  'sendInvitation',
  'roles',
  'expirationDateTime',
  'password',
  'retainInheritedPermissions',
]);
const RECIPIENT_KEYS = ['email', 'alias', 'objectId'] as const;
export const MAX_MESSAGE_LENGTH = 2000;
const GRANTABLE_ROLES: readonly string[] = ['read', 'write'] satisfies GrantableRole[];
// Deliberately loose (one @, a dot in the domain, no spaces), like the service's own check.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// OData lets clients annotate payloads (e.g. "@odata.type"); annotations are not parameters.
const isAnnotation = (key: string) => key.startsWith('@') || key.includes('@odata.');

export function parseInviteBody(body: unknown): InviteRequest {
  if (!isObject(body)) throw invalidRequest('The request body must be a JSON object.');

  for (const key of Object.keys(body)) {
    if (!PARAMETERS.has(key) && !isAnnotation(key)) {
      throw invalidRequest(`The parameter '${key}' in the request payload is not a valid parameter for the operation 'invite'.`);
    }
  }

  return {
    recipients: parseRecipients(body.recipients),
    roles: parseRoles(body.roles),
    message: parseMessage(body.message),
    requireSignIn: optionalBoolean(body, 'requireSignIn'),
    sendInvitation: optionalBoolean(body, 'sendInvitation'),
    expirationDateTime: optionalDate(body, 'expirationDateTime'),
    password: optionalString(body, 'password'),
    retainInheritedPermissions: optionalBoolean(body, 'retainInheritedPermissions'),
  };
}

function parseRecipients(value: unknown): InviteRecipient[] {
  if (value === undefined || value === null) throw invalidRequest('The recipients parameter is required.');
  if (!Array.isArray(value) || value.length === 0) throw invalidRequest('The recipients parameter must be a non-empty array.');
  return value.map((recipient: unknown, index) => {
    if (!isObject(recipient)) throw invalidRequest(`Recipient ${index} must be an object.`);
    const unknown = Object.keys(recipient).filter((key) => !isAnnotation(key) && !(RECIPIENT_KEYS as readonly string[]).includes(key));
    if (unknown.length > 0) throw invalidRequest(`Recipient ${index} has an unknown property '${unknown[0]}'.`);
    const given = RECIPIENT_KEYS.filter((key) => recipient[key] !== undefined && recipient[key] !== null);
    const key = given[0];
    if (given.length !== 1 || !key) {
      throw invalidRequest(`Recipient ${index} must have exactly one of email, alias or objectId.`);
    }
    const id = recipient[key];
    if (typeof id !== 'string' || id.trim() === '') throw invalidRequest(`Recipient ${index} ${key} must be a non-empty string.`);
    if (key === 'email' && !EMAIL.test(id.trim())) throw invalidRequest(`The email address '${id}' is not valid.`);
    return { [key]: id.trim() } as InviteRecipient;
  });
}

/** Also used by PATCH …/permissions/{id}, which accepts the same two roles. */
export function parseRoles(value: unknown): GrantableRole[] {
  // owner (and SharePoint's sp.owner) are documented roles but invite refuses them
  // (docs/graph-behaviour.md#owner-role-refused).
  if (!Array.isArray(value) || value.length === 0 || !value.every((r) => typeof r === 'string' && GRANTABLE_ROLES.includes(r))) {
    throw invalidRequest('Invalid value for role');
  }
  // write includes read; ODB reports the single strongest role.
  return value.includes('write') ? ['write'] : ['read'];
}

function parseMessage(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw invalidRequest('The message parameter must be a string.');
  if (value.length > MAX_MESSAGE_LENGTH) {
    throw invalidRequest(`The message is too long. It can have at most ${MAX_MESSAGE_LENGTH} characters.`);
  }
  return value;
}

function optionalBoolean(body: Record<string, unknown>, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalidRequest(`The ${key} parameter must be true or false.`);
  return value;
}

function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidRequest(`The ${key} parameter must be a string.`);
  return value;
}

function optionalDate(body: Record<string, unknown>, key: string): string | undefined {
  const value = optionalString(body, key);
  if (value !== undefined && Number.isNaN(Date.parse(value))) throw invalidRequest(`The ${key} parameter must be an ISO 8601 date and time.`);
  return value;
}
