/**
 * Example answers copied from Microsoft Graph's documentation (microsoft-graph-docs-contrib),
 * so component tests show the app reads exactly what the docs say Graph sends.
 */

/** driveitem-invite.md (v1.0), "Response": 200 OK. */
export const INVITE_200_EXAMPLE = {
  value: [
    {
      '@deprecated.GrantedTo': 'GrantedTo has been deprecated. Refer to GrantedToV2',
      grantedTo: { user: { displayName: 'Robin Danielsen', id: '42F177F1-22C0-4BE3-900D-4507125C5C20' } },
      grantedToV2: {
        user: { id: '42F177F1-22C0-4BE3-900D-4507125C5C20', displayName: 'Robin Danielsen' },
        siteUser: { id: '1', displayName: 'Robin Danielsen', loginName: 'Robin Danielsen' },
      },
      hasPassword: true,
      id: 'CCFC7CA3-7A19-4D57-8CEF-149DB9DDFA62',
      invitation: { email: 'robin@contoso.com', signInRequired: true },
      roles: ['write'],
      expirationDateTime: '2018-07-15T14:00:00.000Z',
    },
  ],
};

/** driveitem-invite.md (beta; v1.0 since 2025), "Partial success response": 207 Multi-Status. */
export const INVITE_207_EXAMPLE = {
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
    {
      grantedTo: { user: { displayName: 'Robin Danielsen', id: '42F177F1-22C0-4BE3-900D-4507125C5C20' } },
      id: 'CCFC7CA3-7A19-4D57-8CEF-149DB9DDFA62',
      invitation: { email: 'robin@contoso.com', signInRequired: true },
      roles: ['write'],
      expirationDateTime: '2018-07-15T14:00:00.000Z',
    },
  ],
};

/**
 * driveitem-list-permissions.md, "Response": an edit link, John Doe's permission inherited from
 * a parent folder, and an edit link created by an application.
 */
export const LIST_PERMISSIONS_EXAMPLE = {
  value: [
    {
      id: '1',
      roles: ['write'],
      link: {
        webUrl: 'https://onedrive.live.com/redir?resid=5D33DD65C6932946!70859&authkey=!AL7N1QAfSWcjNU8&ithint=folder%2cgif',
        type: 'edit',
      },
    },
    {
      id: '2',
      roles: ['write'],
      grantedTo: { user: { id: '5D33DD65C6932946', displayName: 'John Doe' } },
      inheritedFrom: { driveId: '1234567890ABD', id: '1234567890ABC!123', path: '/drive/root:/Documents' },
    },
    {
      id: '3',
      roles: ['write'],
      link: {
        webUrl: 'https://onedrive.live.com/redir?resid=5D33DD65C6932946!70859&authkey=!AL7N1QAfSWcjNU8&ithint=folder%2cgif',
        type: 'edit',
        application: { id: '12345', displayName: 'Contoso Time Manager' },
      },
    },
  ],
};

/** permission.md (v1.0) examples: a view link with no expiry, a specific-people link, an existing-access link, a pending invitation. */
export const PERMISSION_RESOURCE_EXAMPLES = {
  viewLink: {
    id: '1',
    roles: ['read'],
    link: {
      type: 'view',
      webUrl: 'https://onedrive.live.com/redir?resid=5D33DD65C6932946!70859&authkey=!AL7N1QAfSWcjNU8&ithint=folder%2cgif',
      application: { id: '1234', displayName: 'Sample Application' },
    },
    shareId: '!LKj1lkdlals90j1nlkascl',
    expirationDateTime: '0001-01-01T00:00:00Z',
  },
  peopleLink: {
    id: '3',
    '@deprecated.GrantedToIdentities': 'GrantedToIdentities has been deprecated. Refer to GrantedToIdentitiesV2',
    grantedToIdentities: [{ user: { id: '35fij1974gb8832', displayName: 'Misty Suarez' } }, { user: { id: '9397721fh4hgh73', displayName: 'Judith Clemons' } }],
    grantedToIdentitiesV2: [
      { user: { id: '35fij1974gb8832', displayName: 'Misty Suarez' }, siteUser: { id: '1', displayName: 'Misty Suarez', loginName: 'Misty Suarez' } },
      { user: { id: '9397721fh4hgh73', displayName: 'Judith Clemons' }, siteUser: { id: '2', displayName: 'Judith Clemons', loginName: 'Judith Clemons' } },
    ],
    roles: ['write'],
    link: {
      webUrl: 'https://contoso.sharepoint.com/:w:/t/design/a577ghg9hgh737613bmbjf839026561fmzhsr85ng9f3hjck2t5s',
      application: { id: '1234', displayName: 'Sample Application' },
    },
    shareId: '!LKj1lkdlals90j1nlkascl',
    expirationDateTime: '0001-01-01T00:00:00Z',
  },
  existingAccessLink: {
    id: '00000000-0000-0000-0000-000000000000',
    roles: ['read'],
    link: { scope: 'existingAccess', type: 'view', webUrl: 'https://contoso.sharepoint.com/:w:/t/design/Shared%20Documents/SampleDoc.docx?d=w12345' },
    expirationDateTime: '0001-01-01T00:00:00Z',
  },
  pendingInvitation: {
    id: '1',
    roles: ['write'],
    invitation: { email: 'jd@gmail.com', signInRequired: true },
    shareId: 'FWxc1lasfdbEAGM5fI7B67aB5ZMPDMmQ11U',
    expirationDateTime: '0001-01-01T00:00:00Z',
  },
};
