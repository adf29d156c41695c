// The entry of index.html. The HTML paints the signed-out page or the skeleton (public/boot.js
// chose which). On the signed-out page the app's code is fetched only once that first frame is on
// screen, so on a slow connection its downloads do not hold up the page's first paint.
// The boot page's styles stay here, in the entry, so that they come with the HTML (the build writes
// them into index.html).
import './global.css';

function startApp() {
  import('./start').then(
    ({ run }) => run(),
    (error: unknown) => {
      // React and the catalogs are not loaded (that is what failed): say so in plain DOM, in place
      // of the page, in the page's language (index.html carries the texts of each catalog).
      console.error(error);
      const container = document.getElementById('root');
      if (!container) return;
      const root = document.documentElement;
      const texts =
        container.querySelector<HTMLTemplateElement>(`template.boot-load-failed[data-catalog="${root.dataset.catalog ?? 'en'}"]`) ??
        container.querySelector<HTMLTemplateElement>('template.boot-load-failed[data-catalog="en"]');
      const main = document.createElement('main');
      main.setAttribute('role', 'alert');
      main.style.cssText = 'font-family: system-ui, sans-serif; padding: 2rem; max-width: 40rem';
      if (texts) main.append(texts.content.cloneNode(true));
      else main.textContent = 'The app could not load. Reload the page.';
      container.replaceChildren(main);
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
