export { ShareDialog } from './share-dialog';
export type { SentShare, ShareDefaults, ShareDialogProps, ShareEnding } from './share-dialog.types';
export { ShareManyDialog } from './many/share-many-dialog';
export type { ShareManyDialogProps } from './many/share-many-dialog';
