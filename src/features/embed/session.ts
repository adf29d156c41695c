import {
  initMessage,
  MAX_TARGETS,
  targetSchema,
  type EmbedRole,
  type EmbedTheme,
  type InitMessage,
  type ItemStatus,
  type Outgoing,
  type SharedItemsMessage,
  type SharedMessage,
} from './protocol';

/** What one embedded dialog is asked to do, from a host's `init` or from the page's query string. */
export interface EmbedSession {
  /** One item (the single dialog), or null. */
  target: string | null;
  /** Several items shared together (the many-items dialog), or null; never both. */
  targets: readonly string[] | null;
  theme?: EmbedTheme | undefined;
  locale?: string | undefined;
  defaults: { role?: EmbedRole | undefined; sendInvitation?: boolean | undefined; requireSignIn?: boolean | undefined; message?: string | undefined };
  /** The host answers token requests; the frame does not sign in by itself. */
  suppliesTokens: boolean;
}

export function sessionFromInit(init: InitMessage): EmbedSession {
  return {
    target: init.target ?? null,
    targets: init.targets ?? null,
    theme: init.theme,
    locale: init.locale,
    defaults: { ...init.defaults },
    suppliesTokens: init.suppliesTokens ?? false,
  };
}

const flag = (value: string | null) => (value === 'true' ? true : value === 'false' ? false : undefined);

/**
 * Plain-iframe use: `/embed?target=…&theme=dark&locale=de&role=write`. Each value is checked with
 * the same schema as `init`; a bad one is dropped (with a warning) rather than failing the page.
 * `target` repeated (`?target=a&target=b`) asks for several items; more than 100 are refused.
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
  const given = params.getAll('target');
  const targets = given.map((raw) => pick('target', targetSchema, raw)).filter((target) => target !== undefined);
  if (given.length > MAX_TARGETS) console.warn(`Share dialog: ignored the target parameters (${given.length}; at most ${MAX_TARGETS}).`);
  const many = given.length > 1 && given.length <= MAX_TARGETS && targets.length > 0;
  return {
    target: given.length === 1 ? (targets[0] ?? null) : null,
    targets: many ? targets : null,
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

/** How one of the portal's `targets` ended, structurally (the app joins the drive's and the dialog's answers). */
export type TargetReport =
  | { target: string; kind: 'unresolved'; code: string }
  | {
      target: string;
      kind: 'resolved';
      item: ShareReport['item'];
      status: Exclude<ItemStatus, 'unresolved'>;
      code?: string | undefined;
      outcomes: readonly { recipient: { label: string; email?: string | undefined }; kind: 'granted' | 'not-notified' | 'failed' | 'not-sent' }[];
    };

/** What the portal is told after sharing `targets`: one entry per target, in its order; again no permissions. */
export function sharedItemsMessageOf(role: EmbedRole, reports: readonly TargetReport[]): Outgoing<SharedItemsMessage> {
  return {
    type: 'shared',
    items: reports.map((report) =>
      report.kind === 'unresolved'
        ? { target: report.target, status: 'unresolved', code: report.code, recipients: [] }
        : {
            target: report.target,
            item: { id: report.item.itemId, driveId: report.item.driveId, name: report.item.name },
            status: report.status,
            ...(report.code ? { code: report.code } : {}),
            recipients: report.outcomes.map((outcome) => ({
              recipient: outcome.recipient.label,
              ...(outcome.recipient.email ? { email: outcome.recipient.email } : {}),
              status: outcome.kind,
              role,
            })),
          },
    ),
  };
}
