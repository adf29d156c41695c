import type { share as english } from '../en/share';
import type { Translation } from '../translation';

export const share: Translation<typeof english> = {
};
