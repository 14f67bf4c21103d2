// Build step after `vite build` and `vite build --ssr`: draws the public pages (home, learn pages,
// every exercise) to HTML in each language with the server-side build in dist/prerender, writes
// them to dist/web/prerendered/<lang>/<page>.html with brotli and gzip copies, and compresses what
// the Vite plugins wrote after the compression plugin ran (the service worker). The server sends
// these pages (src/server/http/prerendered-pages.ts); main.tsx hydrates them.
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const webDir = path.join(root, 'dist', 'web');
const ssrEntry = path.join(root, 'dist', 'prerender', 'prerender-entry.js');

const { render, PRERENDERED_PAGES, LANGUAGES } = await import(pathToFileURL(ssrEntry).href);
const template = await fs.readFile(path.join(webDir, 'index.html'), 'utf8');
if (!template.includes('<div id="root"></div>')) throw new Error('index.html has no empty #root');
const manifestFile = path.join(webDir, '.vite', 'manifest.json');
const manifest = JSON.parse(await fs.readFile(manifestFile, 'utf8'));

/** The JS chunks and CSS files a module needs, itself included, but none the shell already loads. */
function assetsOf(key, seen = new Set()) {
  const out = { js: [], css: [] };
  if (seen.has(key) || !manifest[key]) return out;
  seen.add(key);
  const chunk = manifest[key];
  out.js.push(chunk.file);
  out.css.push(...(chunk.css ?? []));
  for (const imported of chunk.imports ?? []) {
    const more = assetsOf(imported, seen);
    out.js.push(...more.js);
    out.css.push(...more.css);
  }
  return out;
}
const shell = assetsOf('index.html');
/**
 * Links for the head: the page's own CSS, so it paints styled without JavaScript, and preloads of
 * its chunks and its language's texts, so hydration does not wait for one request after another.
 */
function headLinks(module, lang, namespaces) {
  const page = module ? assetsOf(module) : { js: [], css: [] };
  const texts = { js: namespaces.flatMap((ns) => assetsOf(`i18n/locales/${lang}/${ns}.json`).js) };
  const css = [...new Set(page.css)].filter((f) => !shell.css.includes(f));
  const js = [...new Set([...page.js, ...texts.js])].filter((f) => !shell.js.includes(f));
  return [
    ...css.map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`),
    ...js.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
  ].join('\n    ');
}

/** '/' → index.html, '/exercises/bridge' → exercises/bridge.html (the server maps it back). */
const fileFor = (pagePath) => (pagePath === '/' ? 'index.html' : `${pagePath.slice(1)}.html`);

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

async function writeCompressed(file, text) {
  const data = Buffer.from(text);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, data);
  await fs.writeFile(
    `${file}.br`,
    brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
  await fs.writeFile(`${file}.gz`, gzipSync(data, { level: 9 }));
}

let pages = 0;
for (const lang of LANGUAGES) {
  for (const { path: pagePath, module } of PRERENDERED_PAGES) {
    if (module && !manifest[module]) throw new Error(`${module} is not in the build (routes.tsx moved?)`);
    const { html, namespaces } = await render(pagePath, lang);
    const page = template
      .replace('<html lang="en">', `<html lang="${lang}">`)
      // This page reads without JavaScript: the shell's "needs JavaScript" note would be wrong.
      .replace(/\s*<noscript>.*?<\/noscript>/s, '')
      .replace('</head>', `  ${headLinks(module, lang, namespaces)}\n  </head>`)
      .replace(
        '<div id="root"></div>',
        `<div id="root" data-path="${escapeAttr(pagePath)}" data-lang="${lang}" data-ns="${escapeAttr(namespaces.join(' '))}">${html}</div>`,
      );
    await writeCompressed(path.join(webDir, 'prerendered', lang, fileFor(pagePath)), page);
    pages++;
  }
}

// Written by vite-plugin-pwa after the compression plugin had run.
for (const name of await fs.readdir(webDir)) {
  if (!/^(sw|workbox-[\w-]+)\.js$/.test(name)) continue;
  await writeCompressed(path.join(webDir, name), await fs.readFile(path.join(webDir, name), 'utf8'));
}
await fs.rm(path.join(root, 'dist', 'prerender'), { recursive: true, force: true });
await fs.rm(path.dirname(manifestFile), { recursive: true, force: true });
console.log(`pre-rendered ${pages} pages`);
