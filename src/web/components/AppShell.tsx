import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { LANGUAGE_NAMES } from '../../domain/i18n.js';
import { isStaff, useAccount } from '../account-state.js';
import { LANGUAGES, type Language, rememberLanguage } from '../i18n/index.js';
import { pageRoutes } from '../routes.js';

export function AppShell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [location] = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const previousLocation = useRef(location);

  // Move focus to the new page's content after client-side navigation, as a full load would.
  useEffect(() => {
    if (previousLocation.current === location) return;
    previousLocation.current = location;
    setMenuOpen(false);
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location]);

  const switchLanguage = (lang: Language) => {
    void i18n.changeLanguage(lang);
    rememberLanguage(lang);
  };

  // Patients and guests see their own pages; staff also see the clinic's. The staff sign-in stays
  // reachable from the footer, out of a patient's way.
  const staff = isStaff(useAccount());
  const navItems = pageRoutes.filter((r) => r.nav && (r.nav !== 'clinic' || staff));
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link href="/" className="brand">
            <img src="/icon.svg" alt="" width="32" height="32" />
            <span>{t('appName')}</span>
          </Link>
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            {menuOpen ? t('closeMenu') : t('menu')}
          </button>
          <nav id="main-nav" aria-label={t('menu')} className={menuOpen ? 'open' : ''}>
            <ul>
              {navItems.map((r) => (
                <li key={r.path}>
                  <Link href={r.path} aria-current={location === r.path ? 'page' : undefined}>
                    {t(`nav.${r.nav}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <fieldset className="language-switch">
            <legend className="visually-hidden">{t('language')}</legend>
            {LANGUAGES.map((lang) => (
              <button
                key={lang}
                type="button"
                lang={lang}
                aria-pressed={i18n.language === lang}
                onClick={() => switchLanguage(lang)}
              >
                {LANGUAGE_NAMES[lang]}
              </button>
            ))}
          </fieldset>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('disclaimer')}</p>
        <p className="footer-links">
          <Link href="/privacy">{t('footerPrivacy')}</Link>
          <Link href="/terms">{t('footerTerms')}</Link>
          {!staff && <Link href="/clinic">{t('staffSignIn')}</Link>}
        </p>
      </footer>
    </>
  );
}
