import { parse } from '@formatjs/icu-messageformat-parser';
import { transformWithOxc, type Plugin } from 'vite';

/**
 * Compiles the message catalogs (src/i18n/catalogs/<language>/<area>.ts) to ICU ASTs at build
 * time, which react-intl accepts in place of message strings, and swaps the ICU parser for its
 * parse-less build, so browsers neither download the parser nor parse a message at run time.
 *
 * Only for `vite build`: the dev server and Vitest keep the source strings (and the parser), so
 * a malformed message still fails there with react-intl's own error. Here it fails the build.
 */
const CATALOG_AREA = /[\\/]src[\\/]i18n[\\/]catalogs[\\/][a-z]{2}[\\/](?!index\.)[\w-]+\.ts$/;

/** The exported `{ id: message }` objects of one catalog module, as ASTs, as module source. */
export function compileCatalog(exports: Record<string, unknown>, file: string): string {
  return Object.entries(exports)
    .map(([name, value]) => {
      if (typeof value !== 'object' || value === null) throw new Error(`${file}: export ${name} is not a catalog object`);
      const compiled = Object.fromEntries(
        Object.entries(value).map(([id, message]) => {
          if (typeof message !== 'string') throw new Error(`${file}: ${id} is not a string`);
          try {
            return [id, parse(message)];
          } catch (error) {
            throw new Error(`${file}: message ${id} is not valid ICU MessageFormat: ${String(error)}`, { cause: error });
          }
        }),
      );
      return `export const ${name} = /*#__PURE__*/ JSON.parse(${JSON.stringify(JSON.stringify(compiled))});\n`;
    })
    .join('');
}

export function precompileMessagesPlugin(): Plugin {
  return {
    name: 'precompile-messages',
    apply: 'build',
    enforce: 'pre',
    config: () => ({
      resolve: { alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }] },
    }),
    async transform(code, id) {
      if (!CATALOG_AREA.test(id)) return null;
      // Catalog modules import only types, so once stripped they run on their own.
      const { code: js } = await transformWithOxc(code, id, { lang: 'ts' });
      const module = (await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`)) as Record<string, unknown>;
      return { code: compileCatalog(module, id), map: null };
    },
  };
}
