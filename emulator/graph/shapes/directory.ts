// Groups, people and the organization as the directory and People APIs return them.
import type * as MSGraph from '@microsoft/microsoft-graph-types';
import type { DirectoryGroup, DirectoryUser } from '../../tenant/model';
import type { Seed } from '../../tenant/seed';

export function toGraphGroup(group: DirectoryGroup): MSGraph.Group {
  return {
    id: group.id,
    createdDateTime: group.createdDateTime,
    description: group.description,
    displayName: group.displayName,
    groupTypes: [...group.groupTypes],
    mail: group.mail,
    mailEnabled: group.mailEnabled,
    mailNickname: group.mailNickname,
    securityEnabled: group.securityEnabled,
    visibility: group.visibility,
  };
}

/** A person entry of /me/people: users and Microsoft 365 groups. */
export function userAsPerson(user: DirectoryUser, relevanceScore: number): MSGraph.Person {
  return {
    id: user.id,
    displayName: user.displayName,
    givenName: user.givenName,
    surname: user.surname,
    birthday: '',
    personNotes: '',
    isFavorite: false,
    jobTitle: user.jobTitle,
    companyName: null,
    yomiCompany: '',
    department: user.department,
    officeLocation: user.officeLocation,
    profession: '',
    userPrincipalName: user.userPrincipalName,
    imAddress: `sip:${user.mail}`,
    scoredEmailAddresses: [{ address: user.mail, relevanceScore, selectionLikelihood: 'notSpecified' }],
    phones: user.businessPhones.map((number) => ({ type: 'business', number })),
    postalAddresses: [],
    websites: [],
    personType: { class: 'Person', subclass: 'OrganizationUser' },
  };
}

export function groupAsPerson(group: DirectoryGroup, relevanceScore: number): MSGraph.Person {
  return {
    id: group.id,
    displayName: group.displayName,
    givenName: null,
    surname: null,
    birthday: '',
    personNotes: '',
    isFavorite: false,
    jobTitle: null,
    companyName: null,
    yomiCompany: '',
    department: null,
    officeLocation: null,
    profession: '',
    userPrincipalName: '',
    imAddress: null,
    scoredEmailAddresses: group.mail ? [{ address: group.mail, relevanceScore, selectionLikelihood: 'notSpecified' }] : [],
    phones: [],
    postalAddresses: [],
    websites: [],
    personType: { class: 'Group', subclass: 'UnifiedGroup' },
  };
}

export function toGraphOrganization(tenant: Seed['tenant']): MSGraph.Organization {
  const domains = tenant.verifiedDomains ?? [{ name: tenant.domain, isDefault: true, isInitial: true }];
  return {
    id: tenant.id,
    displayName: tenant.displayName,
    tenantType: 'AAD',
    countryLetterCode: 'US',
    preferredLanguage: 'en',
    createdDateTime: '2025-01-01T00:00:00Z',
    verifiedDomains: domains.map((d) => ({
      capabilities: d.isInitial ? 'Email, OfficeCommunicationsOnline' : 'Email, OfficeCommunicationsOnline, MoeraEmail',
      isDefault: d.isDefault,
      isInitial: d.isInitial,
      name: d.name,
      type: 'Managed',
    })),
  };
}
