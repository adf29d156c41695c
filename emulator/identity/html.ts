// Minimal HTML helpers for the sign-in pages. Every value placed in markup goes through
// escapeHtml; the only raw HTML inserted is markup this module or oidc-provider produced.

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** Marks a string as already-safe markup so `page()` can tell it from text. */
export interface Markup {
  readonly html: string;
}

export function markup(html: string): Markup {
  return { html };
}

export const BRAND = 'Contoso (local emulator)';

// Self-contained styles (no fonts or assets to fetch), system colours that meet WCAG AA contrast,
// and a visible focus ring.
const STYLES = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#f3f2f1;color:#242424;
font:16px/1.5 "Segoe UI",system-ui,-apple-system,Roboto,"Helvetica Neue",Arial,sans-serif}
main{width:min(100% - 32px,420px);background:#fff;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.14);padding:32px 36px}
.brand{margin:0 0 16px;font-weight:600;color:#0f6cbd}
.brand span{font-weight:400;color:#616161}
h1{margin:0 0 4px;font-size:1.5rem;font-weight:600}
.lead{margin:0 0 24px;color:#424242}
label{display:block;font-weight:600;margin:16px 0 4px}
input{width:100%;font:inherit;padding:8px 10px;border:1px solid #8a8886;border-radius:4px;background:#fff;color:inherit}
input[aria-invalid=true]{border-color:#b10e1c}
button{margin-top:24px;width:100%;font:inherit;font-weight:600;padding:10px 16px;border:0;border-radius:4px;background:#0f6cbd;color:#fff;cursor:pointer}
button:hover{background:#115ea3}
:focus-visible{outline:3px solid #242424;outline-offset:2px}
.error{margin:0 0 8px;padding:8px 12px;border-left:4px solid #b10e1c;background:#fdf3f4;color:#8e0a17}
.hint{margin:24px 0 0;font-size:.875rem;color:#616161}
`;

export function page(title: string, body: Markup): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(BRAND)}</title>
<style>${STYLES}</style>
</head>
<body>
<main>
<p class="brand">Contoso <span>(local emulator)</span></p>
${body.html}
</main>
</body>
</html>`;
}
