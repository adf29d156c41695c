export { ShareDialog } from './share-dialog';
export type { SentShare, ShareDefaults, ShareDialogProps } from './share-dialog.types';
