import i18next from 'i18next';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { EXERCISE_IDS } from '../domain/content/exercise-ids.js';
import { LANGUAGES, type Language } from '../domain/i18n.js';
import { App } from './App.js';
import { SHELL_NAMESPACE, startI18n } from './i18n/index.js';

/**
 * The build's server-side entry (vite build --ssr, run by scripts/prerender.mjs): the public
 * pages, which show the same thing to everyone and fetch nothing, drawn to HTML so a phone paints
 * them before any JavaScript has run. The browser then hydrates exactly this markup (main.tsx).
 * `module` is the page's file under src/web (the lazy import in routes.tsx): its CSS is linked
 * and its chunks preloaded in the page's head.
 */
export const PRERENDERED_PAGES: readonly { path: string; module?: string }[] = [
  { path: '/' }, // in the main chunk
  { path: '/psoas', module: 'pages/learn/PsoasPage.tsx' },
  { path: '/exercises', module: 'pages/learn/ExerciseLibraryPage.tsx' },
  ...EXERCISE_IDS.map((id) => ({ path: `/exercises/${id}`, module: 'pages/learn/ExercisePage.tsx' })),
  { path: '/conditions', module: 'pages/learn/ConditionsPage.tsx' },
  { path: '/treatments', module: 'pages/learn/TreatmentsPage.tsx' },
  { path: '/sources', module: 'pages/learn/SourcesPage.tsx' },
];

export { LANGUAGES };

/**
 * The page at `path` in `lang`, as the app renders it after every lazy page and text namespace
 * has loaded, with the namespaces it used (each render starts from the shell's alone).
 */
export async function render(path: string, lang: Language): Promise<{ html: string; namespaces: string[] }> {
  const instance = startI18n(lang, i18next.createInstance());
  const namespaces = new Set([SHELL_NAMESPACE]);
  // `loaded` is { [language]: { [namespace]: true } }.
  instance.on('loaded', (done: Record<string, Record<string, unknown>>) => {
    for (const byNamespace of Object.values(done))
      for (const ns of Object.keys(byNamespace)) namespaces.add(ns);
  });
  const { prelude } = await prerender(
    <StrictMode>
      <I18nextProvider i18n={instance}>
        <Router ssrPath={path}>
          <App />
        </Router>
      </I18nextProvider>
    </StrictMode>,
    // Every boundary inline, however large: the page must show without running a script.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return { html: await new Response(prelude).text(), namespaces: [...namespaces] };
}
