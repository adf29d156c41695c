/** English messages for the embed area (ICU MessageFormat). Keys are prefixed with the area. */
export const embed = {
} as const;
