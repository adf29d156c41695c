export { DriveBrowser } from './drive-browser';
export type { DriveBrowserProps } from './drive-browser';
export { isTargetError, prefetchResolvedTarget, resolveTarget, TargetError, useResolvedTarget, useResolvedTargets } from './api/resolve-target';
export { encodeShareId, parseTarget } from './target/parse-target';
