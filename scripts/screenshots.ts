// `npm run screenshots`: builds the app for the e2e ports, lets Playwright start the stack
// (e2e/layout.screenshots.config.ts) and photograph every screen of e2e/layout-screens.ts, then
// writes screenshots/index.html, a contact sheet of them all.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve(process.env.SCREENSHOTS_DIR ?? 'screenshots');
const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, SCREENSHOTS_DIR: dir } });

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
run('npm', ['run', 'build:e2e']);
let failed: unknown;
try {
  run('npx', ['playwright', 'test', '-c', 'e2e/layout.screenshots.config.ts']);
} catch (error) {
  // Still write the sheet of what was taken, then fail.
  failed = error;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
const shots = readdirSync(dir)
  .filter((file) => file.endsWith('.png'))
  .sort();
const screens = new Map<string, string[]>();
for (const file of shots) {
  const screen = file.slice(0, file.indexOf('.'));
  screens.set(screen, [...(screens.get(screen) ?? []), file]);
}
const sections = [...screens].map(
  ([screen, files]) => `<section>
  <h2>${escape(screen)}</h2>
  <div class="row">${files
    .map(
      (file) => `
    <figure><a href="${encodeURI(file)}"><img src="${encodeURI(file)}" alt="${escape(file)}" loading="lazy"></a><figcaption>${escape(file.split('.')[1] ?? '')}</figcaption></figure>`,
    )
    .join('')}
  </div>
</section>`,
);
writeFileSync(
  join(dir, 'index.html'),
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Screenshots</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; background: #f5f5f5; color: #242424; }
  .row { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
  figure { margin: 0; background: #fff; padding: 8px; border: 1px solid #ddd; }
  img { display: block; max-height: 480px; max-width: 640px; height: auto; }
  figcaption { margin-top: 4px; color: #616161; }
</style>
</head>
<body>
<h1>Screenshots (${shots.length})</h1>
${sections.join('\n')}
</body>
</html>
`,
);
console.info(`${shots.length} screenshots and ${join(dir, 'index.html')}`);
if (failed) process.exit(1);
