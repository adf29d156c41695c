export { ShareDialog } from './share-dialog';
export type { ShareDialogProps } from './share-dialog.types';
