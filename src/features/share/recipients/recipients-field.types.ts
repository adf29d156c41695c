import type { RecipientsState } from './use-recipients';

export interface RecipientsFieldProps {
  recipients: RecipientsState;
  /** The tenant's verified domains (ASCII, lower case); undefined while unknown. */
  verifiedDomains: ReadonlySet<string> | undefined;
  /** Why the verified domains could not be read, if they could not. */
  domainsError?: unknown;
  disabled: boolean;
  className?: string;
}
