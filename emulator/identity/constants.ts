// Identifiers the app and the emulator agree on. The app hard-codes the same values in its own
// config (the two programs share no code by design), so change them in both places.

export const CLIENT_ID = 'share-dialog-spa';
export const CLIENT_NAME = 'Contoso share dialog';

/** Resource indicator and access-token audience for Microsoft Graph. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

/** Delegated Graph scopes this tenant has admin-consented for the app; anything else is ignored. */
export const GRAPH_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'People.Read',
  'Files.Read',
  'Files.ReadWrite',
  'Files.Read.All',
  'Files.ReadWrite.All',
  'Sites.Read.All',
  'Sites.ReadWrite.All',
  'GroupMember.Read.All',
  'Group.Read.All',
] as const;

export const OIDC_SCOPES = 'openid profile email offline_access';

export const ID_TOKEN_CLAIMS = ['sub', 'oid', 'tid', 'name', 'preferred_username', 'email'] as const;
