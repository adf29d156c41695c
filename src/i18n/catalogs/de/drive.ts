import type { drive as english } from '../en/drive';
import type { Translation } from '../translation';

export const drive: Translation<typeof english> = {
};
