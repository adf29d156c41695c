import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './security-headers';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes each inline script exactly as written, once, and no script loaded from a file', () => {
    const boot = '\n(function () {\n  document.documentElement.dataset.boot = "x";\n})();\n';
    const pages = [
      `<head><script>${boot}</script><script type="module" crossorigin src="/assets/main.js"></script></head>`,
      `<head><script>${boot}</script><script type="module">import "/x.js";</script></head>`,
      '<head><script src="/embed.js"></script></head>',
    ];
    expect(inlineScriptHashes(pages)).toEqual([sha256(boot), sha256('import "/x.js";')].sort());
  });

  it('finds none in pages without inline scripts', () => {
    expect(inlineScriptHashes(['<script type="module" src="/assets/embed.js"></script>'])).toEqual([]);
  });
});
