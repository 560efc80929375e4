// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppTranslator, LANGUAGE_KEY, storedLanguage } from './setup';

beforeEach(() => localStorage.clear());

describe('the language choice', () => {
  it('is French until the user picks English, and then English at the next start', async () => {
    const first = createAppTranslator(localStorage, document.documentElement);
    expect(first.language).toBe('fr');
    expect(first.t('ui.map.zoomIn')).toBe('Agrandir');
    await first.changeLanguage('en');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    const next = createAppTranslator(localStorage, document.documentElement);
    expect(next.language).toBe('en');
    expect(next.t('ui.map.zoomIn')).toBe('Zoom in');
  });

  it('ignores a stored value that is not a language, and storage that refuses access', () => {
    localStorage.setItem(LANGUAGE_KEY, 'klingon');
    expect(storedLanguage(localStorage)).toBe('fr');
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(storedLanguage(broken)).toBe('fr');
  });
});
