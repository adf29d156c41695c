// What shows in place of the page when it cannot go on: its code did not load, or it could not
// start. Plain DOM, neither React nor Fluent (either may be what failed), in the page's language:
// index.html carries each catalog's texts in inert <template>s after #root
// (scripts/static-signed-out.ts), so they are there whatever React has rendered into #root.

export type BootFailure = 'load-failed' | 'start-failed';

function showInRoot(main: HTMLElement) {
  const container = document.getElementById('root');
  if (!container) return;
  main.className = 'boot-failure-page';
  container.replaceChildren(main);
}

/** Replaces the page with the text for `kind` in the catalog public/boot.js chose (English if none). */
export function showBootFailure(kind: BootFailure): void {
  const find = (catalog: string) => document.querySelector<HTMLTemplateElement>(`template.boot-failure[data-kind="${kind}"][data-catalog="${catalog}"]`);
  const texts = find(document.documentElement.dataset.catalog ?? 'en') ?? find('en');
  const main = document.createElement('main');
  main.setAttribute('role', 'alert');
  // Only if index.html lost its templates: the alert is never empty.
  if (texts) main.append(texts.content.cloneNode(true));
  else main.textContent = 'The app could not start. Reload the page.';
  showInRoot(main);
}

/** Replaces the page with a list of problems for whoever deploys the app (its settings), in English. */
export function showSetupProblems(title: string, problems: readonly string[]): void {
  const main = document.createElement('main');
  const heading = document.createElement('h1');
  heading.textContent = title;
  const list = document.createElement('ul');
  list.append(
    ...problems.map((problem) => {
      const item = document.createElement('li');
      item.textContent = problem;
      return item;
    }),
  );
  main.append(heading, list);
  showInRoot(main);
}
