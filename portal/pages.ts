// The demo portal's pages: an intranet page that embeds the share dialog with embed.js, and a page
// that frames it directly (plain iframe). Values are escaped: the app URL comes from the environment.
const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
  body { margin: 0; font-family: system-ui, sans-serif; background: #f3f2f1; color: #201f1e; }
  header { background: #004578; color: #fff; padding: 12px 24px; display: flex; gap: 24px; align-items: center; }
  header strong { font-size: 1.25rem; }
  header nav a { color: #fff; margin-inline-end: 16px; }
  main { max-width: 960px; margin: 24px auto; padding: 0 24px; display: grid; gap: 16px; }
  section { background: #fff; border-radius: 8px; padding: 16px 24px; box-shadow: 0 1px 3px rgba(0,0,0,.15); }
  label { margin-inline-end: 16px; }
  ul { padding: 0; list-style: none; } li { display: flex; justify-content: space-between; padding: 8px 0; border-bottom: 1px solid #edebe9; }
  button { font: inherit; padding: 4px 12px; }
  pre { white-space: pre-wrap; background: #faf9f8; padding: 8px; }
  iframe.plain { width: 100%; height: 640px; border: 1px solid #c8c6c4; }
`;

function layout(title: string, body: string, scripts: string[]): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escape(title)} · Contoso Intranet</title><link rel="icon" href="data:,"><style>${STYLE}</style></head>
<body>
<header><strong>Contoso Intranet</strong><nav aria-label="Intranet"><a href="/">Team documents</a><a href="/plain">Plain iframe example</a></nav></header>
<main>${body}</main>
${scripts.map((src) => `<script src="${escape(src)}"></script>`).join('\n')}
</body>
</html>`;
}

const DOCUMENTS: { name: string; where: string; target: string }[] = [
  { name: 'Q3 Report.xlsx', where: 'Adele Vance · OneDrive · Reports', target: '/Reports/Q3 Report.xlsx' },
  { name: 'Budget 2026.xlsx', where: 'Adele Vance · OneDrive', target: '/Budget 2026.xlsx' },
  { name: 'Old plan.docx', where: 'a link that no longer works', target: '/Reports/Old plan.docx' },
];

/** The "Share 3 items" button's targets: two files and a folder. */
const MANY = ['/Reports/Q3 Report.xlsx', '/Budget 2026.xlsx', '/Reports/Archive'];

export function homePage(appUrl: string): string {
  const rows = DOCUMENTS.map(
    (doc) => `<li><span><strong>${escape(doc.name)}</strong><br><small>${escape(doc.where)}</small></span>
      <button type="button" data-target="${escape(doc.target)}">Share ${escape(doc.name)}</button></li>`,
  ).join('');
  return layout(
    'Team documents',
    `<h1>Team documents</h1>
<section aria-labelledby="look">
  <h2 id="look">How the share dialog looks</h2>
  <label>Theme <select id="theme"><option value="">Browser default</option><option value="light">Light</option><option value="dark">Dark</option><option value="high-contrast">High contrast</option></select></label>
  <label>Language <select id="locale"><option value="">Browser default</option><option value="en">English</option><option value="de">Deutsch</option><option value="ar">العربية</option></select></label>
  <label>Default permission <select id="role"><option value="read">Can view</option><option value="write">Can edit</option></select></label>
</section>
<section aria-labelledby="docs"><h2 id="docs">Documents</h2><ul>${rows}</ul>
  <p><button type="button" id="share-many" data-targets="${escape(JSON.stringify(MANY))}">Share 3 items</button>
  <small>Q3 Report.xlsx, Budget 2026.xlsx and the Reports/Archive folder, in one dialog</small></p></section>
<section aria-labelledby="outcome-heading">
  <h2 id="outcome-heading">Last outcome</h2>
  <p id="outcome-summary" role="status">Nothing shared yet.</p>
  <pre id="outcome"></pre>
</section>`,
    [`${appUrl}/embed.js`, '/portal.js'],
  );
}

export function plainPage(appUrl: string): string {
  const src = `${appUrl}/embed?target=${encodeURIComponent('/Reports/Q3 Report.xlsx')}&theme=light&locale=en&role=read`;
  const many = `${appUrl}/embed?${MANY.slice(0, 2)
    .map((target) => `target=${encodeURIComponent(target)}`)
    .join('&')}&theme=light&locale=en`;
  return layout(
    'Plain iframe example',
    `<h1>Plain iframe example</h1>
<section><p>This page frames <code>${escape(src)}</code> itself, without embed.js: the query string sets the item, theme, language and default permission.</p>
<iframe class="plain" title="Share Q3 Report.xlsx" src="${escape(src)}"></iframe></section>
<section><p>With <code>target</code> repeated, one frame shares several items: <code>${escape(many)}</code></p>
<iframe class="plain" title="Share 2 items" src="${escape(many)}"></iframe></section>`,
    [],
  );
}
