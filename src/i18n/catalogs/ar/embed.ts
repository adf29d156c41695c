import type { embed as english } from '../en/embed';
import type { Translation } from '../translation';

export const embed: Translation<typeof english> = {
};
