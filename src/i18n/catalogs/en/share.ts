/** English messages for the share area (ICU MessageFormat). Keys are prefixed with the area. */
export const share = {
} as const;
