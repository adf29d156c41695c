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
