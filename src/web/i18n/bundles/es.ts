// Every namespace of one language, so a reader loads their language in one request (i18n/index.ts).
export default import.meta.glob<Record<string, unknown>>('../locales/es/*.json', {
  eager: true,
  import: 'default',
});
