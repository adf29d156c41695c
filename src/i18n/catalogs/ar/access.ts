import type { access as english } from '../en/access';
import type { Translation } from '../translation';

export const access: Translation<typeof english> = {
};
