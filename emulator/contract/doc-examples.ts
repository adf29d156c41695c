// Example responses from Microsoft Graph's documentation (the pages are listed in
// docs/graph-behaviour.md#documentation-pages), kept as the docs print them apart from ids and
// names. The contract test asks the emulator the same questions and checks its answers have these
// shapes. Where the emulator deliberately follows the service rather than the page, the example
// says so and leaves that property out.

/** driveitem-invite.md, "Response" (expirationDateTime left out: ODB refuses it on invitations, see the README). */
export const inviteResponse = {
  value: [
    {
      '@deprecated.GrantedTo': 'GrantedTo has been deprecated. Refer to GrantedToV2',
      grantedTo: { user: { displayName: 'Robin Danielsen', id: '42F177F1-22C0-4BE3-900D-4507125C5C20' } },
      grantedToV2: {
        user: { id: '42F177F1-22C0-4BE3-900D-4507125C5C20', displayName: 'Robin Danielsen' },
        siteUser: { id: '1', displayName: 'Robin Danielsen', loginName: 'Robin Danielsen' },
      },
      id: 'CCFC7CA3-7A19-4D57-8CEF-149DB9DDFA62',
      invitation: { email: 'robin@contoso.com', signInRequired: true },
      roles: ['write'],
    },
  ],
};

/** driveitem-invite.md, "Partial success response" (207). */
export const invitePartialResponse = {
  value: [
    {
      grantedTo: { user: { displayName: 'Helga Hammeren', id: '5D8CA5D0-FFF8-4A97-B0A6-8F5AEA339681' } },
      id: '1EFG7CA3-7A19-4D57-8CEF-149DB9DDFA62',
      invitation: { email: 'helga@contoso.com', signInRequired: true },
      roles: ['write'],
      error: {
        code: 'notAllowed',
        message: 'Account verification needed to unblock sending emails.',
        localizedMessage: 'Kontobestätigung erforderlich, um das Senden von E-Mails zu entsperren.',
        fixItUrl: 'http://g.live.com/8SESkydrive/VerifyAccount',
        innererror: { code: 'accountVerificationRequired' },
      },
    },
  ],
};

/** driveitem-list-permissions.md: a user permission and sharing links. */
export const listPermissionsResponse = {
  value: [{ id: '1', roles: ['write'], grantedToV2: { user: { id: '5D33DD65C6932946', displayName: 'Robin Danielsen' } } }],
};
export const linkPermission = {
  id: '3',
  roles: ['write'],
  link: {
    webUrl: 'https://onedrive.live.com/redir?resid=5D33DD65C6932946!70859&authkey=!AL7N1QAfSWcjNU8&ithint=folder%2cgif',
    type: 'edit',
    scope: 'anonymous',
  },
  hasPassword: true,
  expirationDateTime: '2027-01-31T00:00:00Z',
  shareId: '!LKj1lkdlals90j1nlkascl',
};

/** driveitem-list-children.md. */
export const listChildrenResponse = {
  value: [
    {
      name: 'myfile.jpg',
      size: 2048,
      file: {},
      id: '0123456789abc',
      eTag: '"1"',
      lastModifiedDateTime: '2016-03-21T20:01:37Z',
      parentReference: { driveId: 'b!x', id: '01X', path: '/drive/root:' },
    },
  ],
  '@odata.nextLink': 'https://graph.microsoft.com/v1.0/me/drive/root/children?$skiptoken=ASDGASGSD',
};

/** user-list-people.md. */
export const peopleResponse = {
  value: [
    {
      id: '33b43a5b-87d6-41ec-91f8-a2b0d5bd2e8c',
      displayName: 'Lorrie Frye',
      givenName: 'Lorrie',
      surname: 'Frye',
      birthday: '',
      personNotes: '',
      isFavorite: false,
      jobTitle: 'Paralegal',
      companyName: null,
      yomiCompany: '',
      department: 'Legal',
      officeLocation: '20/1109',
      profession: '',
      userPrincipalName: 'LorrieF@contoso.onmicrosoft.com',
      imAddress: 'sip:lorrief@contoso.onmicrosoft.com',
      scoredEmailAddresses: [{ address: 'LorrieF@contoso.onmicrosoft.com', relevanceScore: 8, selectionLikelihood: 'notSpecified' }],
      phones: [{ type: 'business', number: '+1 262 555 0105' }],
      postalAddresses: [],
      websites: [],
      personType: { class: 'Person', subclass: 'OrganizationUser' },
    },
  ],
};

/** user-list.md, "Use $search to get users with display names that contain the letters 'wa'…". */
export const usersSearchResponse = {
  '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users(displayName,mail)',
  '@odata.count': 7,
  value: [{ displayName: 'Oscar Ward', mail: 'oscarward@contoso.com' }],
};

/** group-list.md with $search. */
export const groupsSearchResponse = {
  value: [
    {
      id: '02bd9fd6-8f93-4758-87c3-1fb73740a315',
      description: 'Video Production',
      displayName: 'Video Production',
      groupTypes: ['Unified'],
      mail: 'videoproduction@contoso.com',
      mailEnabled: true,
      mailNickname: 'VideoProduction',
      securityEnabled: false,
    },
  ],
};

/** organization-get.md. */
export const organizationResponse = {
  value: [
    {
      id: '84841066-274d-4ec0-a5c1-276be684bdd3',
      displayName: 'Contoso',
      verifiedDomains: [
        { capabilities: 'Email, OfficeCommunicationsOnline', isDefault: true, isInitial: true, name: 'contoso.onmicrosoft.com', type: 'Managed' },
      ],
    },
  ],
};

/** drive-sharedwithme.md. */
export const sharedWithMeResponse = {
  value: [
    {
      id: '1312abc',
      remoteItem: {
        id: '1991210caf!192',
        name: 'March Proposal.docx',
        file: {},
        size: 19121,
        parentReference: { driveId: '1991210caf', driveType: 'personal' },
      },
    },
  ],
};

/** driveitem-search.md. */
export const searchResponse = {
  value: [
    {
      id: '0123456789abc',
      name: 'Contoso Project',
      folder: {},
      searchResult: {},
      parentReference: { driveId: '0123456', id: '0123456789abc', path: '/drive/root:' },
    },
  ],
};

/** json-batching.md, the response example. */
export const batchResponse = {
  responses: [
    {
      id: '1',
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity' },
    },
  ],
};

/** errors.md. */
export const errorResponse = {
  error: {
    code: 'badRequest',
    message: 'Uploaded fragment overlaps with existing data.',
    innerError: { 'request-id': 'request-id', date: 'date-time', 'client-request-id': 'id' },
  },
};

/** shares-get.md, GET /shares/{shareIdOrEncodedSharingUrl}/driveItem. */
export const sharedDriveItemResponse = { id: '1234ABCD', name: 'March Proposal.docx', size: 19121, file: {}, webUrl: 'https://…' };
