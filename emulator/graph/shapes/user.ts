import type * as MSGraph from '@microsoft/microsoft-graph-types';
import type { DirectoryUser } from '../../tenant/model';

/** The default property set Graph returns for a user (GET /me without $select). */
export function toGraphUser(user: DirectoryUser): MSGraph.User {
  return {
    businessPhones: [...user.businessPhones],
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: user.mail,
    mobilePhone: null,
    officeLocation: user.officeLocation,
    preferredLanguage: user.preferredLanguage,
    surname: user.surname,
    userPrincipalName: user.userPrincipalName,
    id: user.id,
  };
}

/** Every property the emulator knows, for $select and $search (Graph returns only what is selected). */
export function toGraphUserFull(user: DirectoryUser): MSGraph.User {
  return {
    ...toGraphUser(user),
    department: user.department,
    mailNickname: user.mailNickname,
    userType: user.userType,
    accountEnabled: true,
    // B2B guests have the inviting tenant's #EXT# UPN and their own address as the external identity.
    ...(user.userType === 'Guest' ? { externalUserState: 'Accepted', otherMails: [user.mail] } : { otherMails: [] }),
  };
}
