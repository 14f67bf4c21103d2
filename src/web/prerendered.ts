/**
 * The contract between the pre-render step (scripts/prerender.mjs), the server and the browser: a
 * pre-rendered page's root element says which address and language it was drawn for
 * (data-path, data-lang), and which text namespaces it shows (data-ns, space-separated).
 */
export interface PrerenderedRoot {
  dataset: { path?: string; lang?: string; ns?: string };
}

/** True when the HTML in `root` is what the app would render for this address and language. */
export function prerenderedMatch(
  root: PrerenderedRoot,
  lang: string,
  location: { pathname: string; search: string },
): boolean {
  return root.dataset.path === location.pathname && root.dataset.lang === lang && location.search === '';
}
