import type { LocalizedText } from '../../../i18n';
import type { RecipientList, RecipientListAction } from './recipient-list';

export interface RecipientsFieldProps {
  recipients: RecipientList;
  /** Every change to the list goes through here, to the dialog's one owner of state. */
  onChange: (action: RecipientListAction) => void;
  /** Set when there are more recipients than one send allows. */
  capError: LocalizedText | undefined;
  /** The tenant's verified domains (ASCII, lower case); undefined while unknown. */
  verifiedDomains: ReadonlySet<string> | undefined;
  /** Why the verified domains could not be read, if they could not. */
  domainsError?: unknown;
  disabled: boolean;
  className?: string;
}
