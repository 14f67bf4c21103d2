import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, LANGUAGE_COOKIE, LANGUAGES, type Language, toLanguage } from '../../domain/i18n.js';

export { LANGUAGES, type Language };

const STORAGE_KEY = 'psoas.language';

/** The namespace of the app shell (header, menu, footer), on every page. */
export const SHELL_NAMESPACE = 'common';

/**
 * Each area keeps its UI strings in its own namespace file, locales/<lang>/<namespace>.json,
 * so areas never edit one shared file. The shell's texts (common, about 1 KB gzip a language) are
 * in the main chunk, so the app starts, and takes over a pre-rendered page, without waiting for a
 * request. Every other file is its own small chunk, loaded when a page first asks for its
 * namespace (useTranslation('care') suspends until then): a page loads only its reader's language
 * and only the namespaces it shows.
 */
const shellTexts = import.meta.glob<Record<string, unknown>>('./locales/*/common.json', {
  eager: true,
  import: 'default',
});
const files = import.meta.glob<Record<string, unknown>>(['./locales/*/*.json', '!./locales/*/common.json'], {
  import: 'default',
});

const fileOf = (lang: string, ns: string) => `./locales/${lang}/${ns}.json`;
const loading = new Map<string, Promise<Record<string, unknown>>>();
/** Loaded texts by file, so a namespace already here is handed over at once (no await). */
const ready = new Map<string, Record<string, unknown>>(Object.entries(shellTexts));

/** One namespace of one language, loaded once; empty when there is no such file. */
export function loadNamespace(lang: Language, ns: string): Promise<Record<string, unknown>> {
  const key = fileOf(lang, ns);
  const done = ready.get(key);
  if (done) return Promise.resolve(done);
  let texts = loading.get(key);
  if (!texts) {
    texts = (files[key]?.() ?? Promise.resolve({})).then((t) => {
      ready.set(key, t);
      return t;
    });
    loading.set(key, texts);
  }
  return texts;
}

/**
 * After a page's namespace arrives in the reader's language, the same namespace in the other
 * languages follows when the browser is idle, so the language switch changes the page at once.
 */
function prefetchOtherLanguages(lang: Language, ns: string): void {
  if (typeof window === 'undefined') return;
  const later = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1000));
  later(() => {
    for (const other of LANGUAGES) if (other !== lang) void loadNamespace(other, ns).catch(() => undefined);
  });
}

/** i18next asks here for a namespace or a language it does not have yet. */
const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    if (!isLanguage(language)) return callback(null, {});
    const done = ready.get(fileOf(language, namespace));
    // Synchronous when already here: a language switch inside a click then renders in that click.
    if (done) return callback(null, done);
    loadNamespace(language, namespace).then(
      (texts) => {
        callback(null, texts);
        prefetchOtherLanguages(language, namespace);
      },
      (error: Error) => callback(error, false),
    );
  },
};

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

/**
 * Starts i18next (or `instance`, for the pre-render step) in `lng`, synchronously: the shell's
 * texts are already here, so the first render, or the take-over of a pre-rendered page, starts at
 * once; a page's own namespaces load as it asks for them. No fallback language: the locale test
 * keeps both languages' keys equal, and a fallback would make Spanish readers load English too.
 */
export function startI18n(lng: Language = initialLanguage(), instance: i18n = i18next): i18n {
  void instance
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      resources: { [lng]: { [SHELL_NAMESPACE]: ready.get(fileOf(lng, SHELL_NAMESPACE)) ?? {} } },
      partialBundledLanguages: true,
      initAsync: false,
      lng,
      supportedLngs: [...LANGUAGES],
      fallbackLng: false,
      defaultNS: SHELL_NAMESPACE,
      ns: [SHELL_NAMESPACE],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  prefetchOtherLanguages(lng, SHELL_NAMESPACE);
  return instance;
}

export default i18next;
