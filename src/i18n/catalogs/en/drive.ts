/** English messages for the drive area (ICU MessageFormat). Keys are prefixed with the area. */
export const drive = {
} as const;
