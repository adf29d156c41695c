export { watchContentHeight } from './content-height';
export { connectToHost, HostTokenError, readHostRequest, type HostChannel, type HostRequest, type HostToken } from './host-channel';
export {
  MAX_TARGETS,
  PROTOCOL_VERSION,
  type EmbedRole,
  type EmbedTheme,
  type InitMessage,
  type Outgoing,
  type SharedItemsMessage,
  type SharedMessage,
} from './protocol';
export {
  mergeShared,
  sessionFromInit,
  sessionFromQuery,
  sharedItemsMessageOf,
  sharedMessageOf,
  type EmbedSession,
  type ShareReport,
  type TargetReport,
} from './session';
