export { ManageAccess } from './manage-access';
export type { ManageAccessProps } from './manage-access.types';
