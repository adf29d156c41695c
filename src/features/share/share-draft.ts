import type { GrantableRole } from '../../lib/graph';
import { emptyRecipientList, recipientListReducer, type RecipientList, type RecipientListAction } from './recipients/recipient-list';
import type { ShareDefaults } from './share-dialog.types';

/** Everything the user typed and chose in the form: what a send is built from. */
export interface ShareDraft {
  recipients: RecipientList;
  role: GrantableRole;
  requireSignIn: boolean;
  sendInvitation: boolean;
  message: string;
  expires: Date | null;
  password: string;
}

export type DraftChoices = Omit<ShareDraft, 'recipients'>;

export type ShareDraftAction =
  | { type: 'recipients'; action: RecipientListAction }
  | { type: 'choose'; choices: Partial<DraftChoices> }
  /** "Share with others" after a send: new people and a new message, the same options. */
  | { type: 'share-again' };

export function initialDraft(defaults: ShareDefaults = {}): ShareDraft {
  return {
    recipients: emptyRecipientList,
    role: defaults.role ?? 'read',
    requireSignIn: defaults.requireSignIn ?? true,
    sendInvitation: defaults.sendInvitation ?? true,
    message: defaults.message ?? '',
    expires: null,
    password: '',
  };
}

export function shareDraftReducer(draft: ShareDraft, action: ShareDraftAction): ShareDraft {
  switch (action.type) {
    case 'recipients':
      return { ...draft, recipients: recipientListReducer(draft.recipients, action.action) };
    case 'choose':
      return { ...draft, ...action.choices };
    case 'share-again':
      return { ...draft, recipients: recipientListReducer(draft.recipients, { type: 'clear' }), message: '' };
  }
}
