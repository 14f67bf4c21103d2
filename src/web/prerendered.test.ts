import { describe, expect, it } from 'vitest';
import { prerenderedMatch } from './prerendered.js';

const root = (path?: string, lang?: string) => ({ dataset: { path, lang } });
const at = (pathname: string, search = '') => ({ pathname, search });

describe('prerenderedMatch', () => {
  it('hydrates only a page drawn for this very address and language', () => {
    expect(prerenderedMatch(root('/psoas', 'es'), 'es', at('/psoas'))).toBe(true);
    expect(prerenderedMatch(root('/psoas', 'es'), 'en', at('/psoas'))).toBe(false);
    expect(prerenderedMatch(root('/', 'en'), 'en', at('/assessment'))).toBe(false);
    expect(prerenderedMatch(root('/exercises', 'en'), 'en', at('/exercises', '?purpose=stretch'))).toBe(
      false,
    );
  });

  it('draws from scratch in the app shell (offline, or a page not pre-rendered)', () => {
    expect(prerenderedMatch(root(), 'en', at('/'))).toBe(false);
  });
});
