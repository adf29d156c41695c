// The entry of index.html. The HTML paints the signed-out page or the skeleton (public/boot.js
// chose which). On the signed-out page the app's code is fetched only once that first frame is on
// screen, so on a slow connection its downloads do not hold up the page's first paint.
// The boot page's styles stay here, in the entry, so that they come with the HTML (the build writes
// them into index.html).
import './global.css';
import { showBootFailure } from './boot-failure';

function startApp() {
  import('./start').then(
    ({ run }) => run(),
    (error: unknown) => {
      // React and the catalogs are not loaded (that is what failed): say so in place of the page.
      console.error(error);
      showBootFailure('load-failed');
    },
  );
}

let started = false;
function startOnce() {
  if (started) return;
  started = true;
  startApp();
}

// A tab that may be signed in shows the skeleton and waits for MSAL: its code is wanted at once.
// So is a hidden tab's, which paints no frames.
if (document.documentElement.dataset.boot === 'signed-in' || document.visibilityState === 'hidden') {
  startOnce();
} else {
  // A task queued from the frame's animation callback runs once that frame has been presented.
  requestAnimationFrame(() => setTimeout(startOnce, 0));
  // Should no frame come (a throttled or backgrounded tab), start anyway.
  setTimeout(startOnce, 200);
}
