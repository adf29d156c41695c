export { DriveBrowser } from './drive-browser';
export type { DriveBrowserProps } from './drive-browser';
