export { watchContentHeight } from './content-height';
export { connectToHost, HostTokenError, readHostRequest, type HostChannel, type HostRequest, type HostToken } from './host-channel';
export { PROTOCOL_VERSION, type EmbedRole, type EmbedTheme, type InitMessage, type Outgoing, type SharedMessage } from './protocol';
export { mergeShared, sessionFromInit, sessionFromQuery, sharedMessageOf, type EmbedSession, type ShareReport } from './session';
