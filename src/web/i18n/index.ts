import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, LANGUAGE_COOKIE, LANGUAGES, type Language, toLanguage } from '../../domain/i18n.js';

export { LANGUAGES, type Language };

const STORAGE_KEY = 'psoas.language';

/**
 * Each area keeps its UI strings in its own namespace file, locales/<lang>/<namespace>.json,
 * so areas never edit one shared file. Each file is its own small chunk, loaded when a page first
 * asks for its namespace (useTranslation('care') suspends until then): a page loads only its
 * reader's language and only the namespaces it shows.
 */
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { import: 'default' });

const loaded = new Map<string, Promise<Record<string, unknown>>>();
/** One namespace of one language, loaded once; empty when there is no such file. */
export function loadNamespace(lang: Language, ns: string): Promise<Record<string, unknown>> {
  const key = `./locales/${lang}/${ns}.json`;
  let texts = loaded.get(key);
  if (!texts) {
    texts = files[key]?.() ?? Promise.resolve({});
    loaded.set(key, texts);
  }
  return texts;
}

/** i18next asks here for a language it does not have yet (a switch of language). */
const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    if (!isLanguage(language)) return callback(null, {});
    loadNamespace(language, namespace).then(
      (texts) => callback(null, texts),
      (error: Error) => callback(error, false),
    );
  },
};

/**
 * The reader's language: their own choice when they made one, else the language the server
 * pre-rendered the page in (it chose from the same browser's Accept-Language), else the browser's.
 */
export function initialLanguage(pageLanguage?: Language): Language {
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  if (isLanguage(stored)) {
    rememberCookie(stored); // a choice made before the cookie existed
    return stored;
  }
  return pageLanguage ?? toLanguage(typeof navigator !== 'undefined' ? navigator.language : undefined);
}

export function rememberLanguage(lang: Language): void {
  safeStorage()?.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  rememberCookie(lang);
}

/** A year; read only by the server, to choose which pre-rendered page to send. */
function rememberCookie(lang: Language): void {
  if (typeof document === 'undefined') return;
  // biome-ignore lint/suspicious/noDocumentCookie: one plain preference, no cookie API needed
  document.cookie = `${LANGUAGE_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : undefined;
  } catch {
    return undefined;
  }
}

/** The namespace of the app shell (header, menu, footer), on every page. */
export const SHELL_NAMESPACE = 'common';

/**
 * Starts i18next (or `instance`, for the pre-render step) in `lng` with the shell's texts and
 * `namespaces` already loaded, so the first render, and hydration of a pre-rendered page (which
 * names its namespaces), has every string it needs. No fallback language: the locale test keeps
 * both languages' keys equal, and a fallback would make Spanish readers load English too.
 */
export async function startI18n(
  lng: Language = initialLanguage(),
  namespaces: readonly string[] = [],
  instance: i18n = i18next,
): Promise<i18n> {
  const ns = [...new Set([SHELL_NAMESPACE, ...namespaces])];
  const texts = await Promise.all(ns.map((n) => loadNamespace(lng, n)));
  await instance
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      resources: { [lng]: Object.fromEntries(ns.map((n, i) => [n, texts[i]!])) },
      partialBundledLanguages: true,
      lng,
      supportedLngs: [...LANGUAGES],
      fallbackLng: false,
      defaultNS: SHELL_NAMESPACE,
      ns,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  return instance;
}

export default i18next;
