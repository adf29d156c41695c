export { ShareDialog } from './share-dialog';
export type { SentShare, ShareDefaults, ShareDialogProps, ShareEnding } from './share-dialog.types';
// The dialog for a selection (many/share-many-dialog.tsx) is loaded on its own by src/app/share-many-view.tsx,
// so a single item's dialog does not carry it.
