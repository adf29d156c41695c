import * as z from 'zod/mini';
import { THEME_NAMES, type ThemeName } from '../../components/theme-names';
import { GRANTABLE_ROLES, type GrantableRole } from '../../lib/graph';

/**
 * The messages between a portal (the host) and the dialog in its iframe, modelled on the OneDrive
 * File Picker v8 protocol: the frame posts one `initialize` to its parent (with the channel id the
 * host gave it in the URL) and transfers a MessagePort; every later message travels over that
 * port. Everything that arrives is untrusted and parsed here before anything acts on it.
 *
 * public/embed.js is the host side for portals; it checks the same shapes by hand (it must stay
 * small and dependency-free), and README "Embedding in a portal" documents them.
 */
export const PROTOCOL_VERSION = 1;

const version = z.literal(PROTOCOL_VERSION);
/** A fresh random id per opened dialog (the host makes it); only URL-safe characters. */
export const channelIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/));
const requestId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const shortText = (max: number) => z.string().check(z.maxLength(max));

// ---- frame → host (the first message goes to window.parent, the rest over the port) ----

export const initializeMessage = z.strictObject({ type: z.literal('initialize'), version, channelId: channelIdSchema });

export const resizeMessage = z.strictObject({ type: z.literal('resize'), version, height: z.int().check(z.gte(0), z.lte(100_000)) });

export const RECIPIENT_STATUSES = ['granted', 'not-notified', 'failed'] as const;

/** Most items one dialog shares together (the many-items dialog's own limit). */
export const MAX_TARGETS = 100;

const sharedItem = z.strictObject({ id: shortText(512), name: shortText(512), driveId: shortText(512) });
const sharedRecipient = <S extends readonly [string, ...string[]]>(statuses: S) =>
  z.strictObject({
    /** The address or name as typed or picked. */
    recipient: shortText(512),
    email: z.optional(shortText(512)),
    status: z.enum(statuses),
    role: z.enum(GRANTABLE_ROLES),
  });

/** What the portal learns after sharing one `target`: who got which role. Never tokens, ids of sessions or links. */
export const sharedMessage = z.strictObject({
  type: z.literal('shared'),
  version,
  item: sharedItem,
  recipients: z.array(sharedRecipient(RECIPIENT_STATUSES)).check(z.maxLength(500)),
});

/** Per recipient of one of several items: as for one item, or `not-sent` when Cancel stopped the invite before it went. */
export const ITEM_RECIPIENT_STATUSES = [...RECIPIENT_STATUSES, 'not-sent'] as const;

/**
 * How one of `targets` ended: `shared` (everyone has access and was notified as asked), `partial`
 * (some have not), `failed` (the invite failed as a whole; `code` says why), `not-sent` (Cancel
 * stopped it first), `unshareable` (named in the dialog before Send: a drive's root, no rights to
 * share), `unresolved` (the target names no item the user can open; `code` says why).
 */
export const ITEM_STATUSES = ['shared', 'partial', 'failed', 'not-sent', 'unshareable', 'unresolved'] as const;

/** What the portal learns after sharing `targets`: one entry per target, in the portal's order. */
export const sharedItemsMessage = z.strictObject({
  type: z.literal('shared'),
  version,
  items: z
    .array(
      z.strictObject({
        /** The portal's own value, as it sent it. */
        target: shortText(4096),
        /** Left out when the target could not be opened. */
        item: z.optional(sharedItem),
        status: z.enum(ITEM_STATUSES),
        code: z.optional(shortText(128)),
        recipients: z.array(sharedRecipient(ITEM_RECIPIENT_STATUSES)).check(z.maxLength(500)),
      }),
    )
    .check(z.minLength(1), z.maxLength(MAX_TARGETS)),
});

export const cancelledMessage = z.strictObject({ type: z.literal('cancelled'), version });

export const errorMessage = z.strictObject({ type: z.literal('error'), version, code: shortText(128), message: shortText(2000) });

/** The frame asks the host for a Graph token (only when the host said it supplies them). */
export const tokenRequestMessage = z.strictObject({
  type: z.literal('token-request'),
  version,
  id: requestId,
  scopes: z.array(shortText(256)).check(z.minLength(1), z.maxLength(50)),
  /**
   * True when Graph refused the last token the host supplied for these scopes (401): the host must
   * not hand back a cached token but get a new one. Left out otherwise.
   */
  forceRefresh: z.optional(z.boolean()),
});

export const frameToHostMessage = z.union([resizeMessage, sharedMessage, sharedItemsMessage, cancelledMessage, errorMessage, tokenRequestMessage]);

// ---- host → frame (over the port only) ----

/** Any value the `?target=` deep link takes: a path in the user's drive, a sharing URL, a Graph path. */
export const targetSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(4096));

const initFields = z.strictObject({
  type: z.literal('init'),
  version,
  /** One item: the outcome is `shared` with `item` and `recipients`. */
  target: z.optional(targetSchema),
  /** Several items (1 to 100) shared together: the outcome is `shared` with `items`. */
  targets: z.optional(z.array(targetSchema).check(z.minLength(1), z.maxLength(MAX_TARGETS))),
  theme: z.optional(z.enum(THEME_NAMES)),
  /** A BCP 47 tag; languages without a catalog fall back to the browser's, then English. */
  locale: z.optional(shortText(64)),
  defaults: z.optional(
    z.strictObject({
      role: z.optional(z.enum(GRANTABLE_ROLES)),
      sendInvitation: z.optional(z.boolean()),
      requireSignIn: z.optional(z.boolean()),
      message: z.optional(shortText(2000)),
    }),
  ),
  /** True when the host answers `token-request`s; the frame then never signs in by itself. */
  suppliesTokens: z.optional(z.boolean()),
});

/** Exactly one of `target` and `targets`. */
export const initMessage = initFields.check(
  z.refine((init) => (init.target === undefined) !== (init.targets === undefined), { message: 'init takes either target or targets' }),
);

export const tokenMessage = z.strictObject({
  type: z.literal('token'),
  version,
  id: requestId,
  /** A JWT-shaped access token; the frame uses it for Graph and nothing else. */
  accessToken: z.string().check(z.minLength(16), z.maxLength(16_384), z.regex(/^[\w-]+\.[\w-]+\.[\w-]*$/)),
  /** Seconds since the epoch; the frame asks again once it has passed. */
  expiresOn: z.optional(z.int().check(z.positive())),
});

export const tokenErrorMessage = z.strictObject({ type: z.literal('token-error'), version, id: requestId, code: shortText(128), message: shortText(2000) });

export const hostToFrameMessage = z.discriminatedUnion('type', [initMessage, tokenMessage, tokenErrorMessage]);

export type InitializeMessage = z.infer<typeof initializeMessage>;
export type InitMessage = z.infer<typeof initMessage>;
export type SharedMessage = z.infer<typeof sharedMessage>;
export type SharedItemsMessage = z.infer<typeof sharedItemsMessage>;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export type FrameToHostMessage = z.infer<typeof frameToHostMessage>;
export type HostToFrameMessage = z.infer<typeof hostToFrameMessage>;
export type EmbedTheme = ThemeName;
export type EmbedRole = GrantableRole;
/** Messages as the frame writes them: the version is added when posting. */
export type Outgoing<T extends { version: number }> = T extends unknown ? Omit<T, 'version'> : never;
