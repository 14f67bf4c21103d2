import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { Router } from 'wouter';
import { EXERCISE_IDS } from '../domain/content/exercise-ids.js';
import { LANGUAGES, type Language } from '../domain/i18n.js';
import { App } from './App.js';
import i18next, { startI18n } from './i18n/index.js';

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

/** The page at `path` in `lang`, as the app renders it, after every lazy page has loaded. */
export async function render(path: string, lang: Language): Promise<string> {
  if (!i18next.isInitialized) await startI18n(lang);
  else await i18next.changeLanguage(lang);
  const { prelude } = await prerender(
    <StrictMode>
      <Router ssrPath={path}>
        <App />
      </Router>
    </StrictMode>,
    // Every boundary inline, however large: the page must show without running a script.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}
