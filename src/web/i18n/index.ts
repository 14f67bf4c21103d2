import i18next, { type BackendModule, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, LANGUAGE_COOKIE, LANGUAGES, type Language, toLanguage } from '../../domain/i18n.js';

export { LANGUAGES, type Language };

const STORAGE_KEY = 'psoas.language';

/**
 * Each area keeps its UI strings in its own namespace file, locales/<lang>/<namespace>.json,
 * so areas never edit one shared file. bundles/<lang>.ts gathers one language's files into one
 * chunk, loaded lazily: a page loads its reader's language in one request and never the other
 * one. A new language is its locales/ folder plus a copy of bundles/en.ts.
 */
const bundleFiles = import.meta.glob<Record<string, Record<string, unknown>>>('./bundles/*.ts', {
  import: 'default',
});
const bundles = new Map<string, Promise<ResourceLanguage>>();
/** All namespaces of one language, loaded once. */
export function loadLanguage(lang: Language): Promise<ResourceLanguage> {
  let bundle = bundles.get(lang);
  if (!bundle) {
    const load = bundleFiles[`./bundles/${lang}.ts`];
    bundle = load
      ? load().then((files) =>
          Object.fromEntries(
            Object.entries(files).map(([file, texts]) => [/([\w-]+)\.json$/.exec(file)?.[1] ?? file, texts]),
          ),
        )
      : Promise.resolve({});
    bundles.set(lang, bundle);
  }
  return bundle;
}

/** i18next asks here for a language it does not have yet (a switch of language). */
const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    if (!isLanguage(language)) return callback(null, {});
    loadLanguage(language).then(
      (bundle) => callback(null, bundle[namespace] ?? {}),
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

/**
 * Starts i18next in `lng` with that language's texts already loaded, so the first render (and
 * hydration of a pre-rendered page) has every string. No fallback language: the locale test
 * keeps both languages' keys equal, and a fallback would make Spanish readers load English too.
 */
export async function startI18n(lng: Language = initialLanguage()): Promise<typeof i18next> {
  const bundle = await loadLanguage(lng);
  await i18next
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      resources: { [lng]: bundle },
      partialBundledLanguages: true,
      lng,
      supportedLngs: [...LANGUAGES],
      fallbackLng: false,
      defaultNS: 'common',
      ns: Object.keys(bundle),
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  return i18next;
}

export default i18next;
