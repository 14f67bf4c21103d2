import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { isLanguage } from '../domain/i18n.js';
import { initialLanguage, startI18n } from './i18n/index.js';
import './styles/base.css';
import { App } from './App.js';
import { prerenderedMatch } from './prerendered.js';

const root = document.getElementById('root')!;
const pageLanguage = root.dataset.lang;
const lang = initialLanguage(isLanguage(pageLanguage) ? pageLanguage : undefined);
const hydrate = prerenderedMatch(root, lang, window.location);
const i18n = startI18n(lang);
// A pre-rendered page names the text namespaces it shows (their chunks are preloaded in its head):
// asked for now, they arrive while the shell is taken over.
if (hydrate) void i18n.loadNamespaces((root.dataset.ns ?? '').split(' ').filter(Boolean));

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// A page the build pre-rendered (public pages; see scripts/prerender.mjs) is already on screen:
// React takes it over as it is. Any other page, or one pre-rendered in another language or for
// another address (the offline shell), is drawn from scratch.
if (hydrate) hydrateRoot(root, app);
else {
  root.replaceChildren();
  createRoot(root).render(app);
}
