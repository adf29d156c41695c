/** English messages for the access area (ICU MessageFormat). Keys are prefixed with the area. */
export const access = {
} as const;
