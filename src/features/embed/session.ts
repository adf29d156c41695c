import { initMessage, type EmbedRole, type EmbedTheme, type InitMessage, type Outgoing, type SharedMessage } from './protocol';

/** What one embedded dialog is asked to do, from a host's `init` or from the page's query string. */
export interface EmbedSession {
  target: string | null;
  theme?: EmbedTheme | undefined;
  locale?: string | undefined;
  defaults: { role?: EmbedRole | undefined; sendInvitation?: boolean | undefined; requireSignIn?: boolean | undefined; message?: string | undefined };
  /** The host answers token requests; the frame does not sign in by itself. */
  suppliesTokens: boolean;
}

export function sessionFromInit(init: InitMessage): EmbedSession {
  return { target: init.target, theme: init.theme, locale: init.locale, defaults: { ...init.defaults }, suppliesTokens: init.suppliesTokens ?? false };
}

const flag = (value: string | null) => (value === 'true' ? true : value === 'false' ? false : undefined);

/**
 * Plain-iframe use: `/embed?target=…&theme=dark&locale=de&role=write`. Each value is checked with
 * the same schema as `init`; a bad one is dropped (with a warning) rather than failing the page.
 */
export function sessionFromQuery(search: string): EmbedSession {
  const params = new URLSearchParams(search);
  const fields = initMessage.shape;
  const pick = <T>(name: string, schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false } }, raw: unknown): T | undefined => {
    if (raw === null || raw === undefined) return undefined;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    console.warn(`Share dialog: ignored the ${name} parameter.`, raw);
    return undefined;
  };
  const defaults = fields.defaults.def.innerType.shape;
  return {
    target: pick('target', fields.target, params.get('target')) ?? null,
    theme: pick('theme', fields.theme, params.get('theme')),
    locale: pick('locale', fields.locale, params.get('locale')),
    defaults: {
      role: pick('role', defaults.role, params.get('role')),
      sendInvitation: pick('sendInvitation', defaults.sendInvitation, flag(params.get('sendInvitation'))),
      requireSignIn: pick('requireSignIn', defaults.requireSignIn, flag(params.get('requireSignIn'))),
      message: pick('message', defaults.message, params.get('message')),
    },
    suppliesTokens: false,
  };
}

/** The share feature's outcome, structurally: who was asked, and what Graph answered for them. */
export interface ShareReport {
  item: { itemId: string; driveId: string; name: string };
  role: EmbedRole;
  outcomes: readonly { recipient: { label: string; email?: string | undefined }; kind: 'granted' | 'not-notified' | 'failed' }[];
}

/**
 * What the portal is told: names, addresses, status and role. Deliberately not the permissions
 * Graph returned (they can hold sharing links and invitation URLs).
 */
export function sharedMessageOf(report: ShareReport): Outgoing<SharedMessage> {
  return {
    type: 'shared',
    item: { id: report.item.itemId, driveId: report.item.driveId, name: report.item.name },
    recipients: report.outcomes.map((outcome) => ({
      recipient: outcome.recipient.label,
      ...(outcome.recipient.email ? { email: outcome.recipient.email } : {}),
      status: outcome.kind,
      role: report.role,
    })),
  };
}

const recipientKey = (entry: SharedMessage['recipients'][number]) => (entry.email ?? entry.recipient).toLowerCase();

/** Several sends in one dialog (Share with others, Retry): the latest answer per person wins. */
export function mergeShared(previous: Outgoing<SharedMessage> | null, next: Outgoing<SharedMessage>): Outgoing<SharedMessage> {
  if (!previous) return next;
  const fresh = new Map(next.recipients.map((entry) => [recipientKey(entry), entry]));
  const kept = previous.recipients.filter((entry) => !fresh.has(recipientKey(entry)));
  return { ...next, recipients: [...kept, ...next.recipients] };
}
