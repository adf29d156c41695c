export { ShareDialog } from './share-dialog';
export type { SentShare, ShareDefaults, ShareDialogProps, ShareEnding } from './share-dialog.types';
