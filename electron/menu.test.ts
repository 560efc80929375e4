import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

import { buildMenuTemplate, installMenu, menuLanguage } from './menu';

type Item = MenuItemConstructorOptions;
const submenu = (item: Item | undefined): Item[] => (item?.submenu ?? []) as Item[];
const labels = (items: Item[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label);
const everyItem = (items: Item[]): Item[] => items.flatMap((i) => [i, ...everyItem(submenu(i))]);
const linux = { platform: 'linux' as const, devTools: false };

describe('menuLanguage', () => {
  it('follows the first language the app speaks among the system preferences, else French', () => {
    expect(menuLanguage(['fr-FR', 'en-US'])).toBe('fr');
    expect(menuLanguage(['en-GB', 'fr-FR'])).toBe('en');
    expect(menuLanguage(['de-DE', 'en_US'])).toBe('en');
    expect(menuLanguage(['de-DE', 'es-ES'])).toBe('fr');
    expect(menuLanguage([])).toBe('fr');
  });
});

describe('the application menu', () => {
  it('reads Fichier, Édition, Affichage, Aide in French', () => {
    const menu = buildMenuTemplate({ language: 'fr', ...linux });
    expect(labels(menu)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(labels(submenu(menu[0]))).toEqual(['Quitter']);
    expect(labels(submenu(menu[1]))).toEqual([
      'Annuler',
      'Rétablir',
      'Couper',
      'Copier',
      'Coller',
      'Tout sélectionner',
    ]);
    expect(labels(submenu(menu[2]))).toEqual([
      'Taille réelle',
      'Zoom avant',
      'Zoom arrière',
      'Plein écran',
    ]);
    expect(labels(submenu(menu[3]))).toEqual(['À propos de Maillage']);
  });

  it('reads File, Edit, View, Help in English, with the same roles', () => {
    const fr = buildMenuTemplate({ language: 'fr', ...linux });
    const en = buildMenuTemplate({ language: 'en', ...linux });
    expect(labels(en)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(everyItem(en).map((i) => i.role)).toEqual(everyItem(fr).map((i) => i.role));
    expect(submenu(en[0])[0]).toMatchObject({ role: 'quit', label: 'Quit' });
  });

  it('shows no untranslated key and wires no click handler (nothing opens a URL)', () => {
    for (const language of ['fr', 'en'] as const) {
      for (const platform of ['linux', 'win32', 'darwin'] as const) {
        const items = everyItem(buildMenuTemplate({ language, platform, devTools: true }));
        for (const item of items.filter((i) => i.type !== 'separator')) {
          expect(item.label, JSON.stringify(item.role)).toMatch(/^[^.]+$/);
          expect(item.click).toBeUndefined();
        }
      }
    }
  });

  it('offers reload and DevTools only when running unpackaged', () => {
    const roles = (devTools: boolean) =>
      everyItem(buildMenuTemplate({ language: 'fr', platform: 'linux', devTools })).map(
        (i) => i.role,
      );
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('puts the app menu first on macOS, where File closes the window instead of quitting', () => {
    const menu = buildMenuTemplate({ language: 'fr', platform: 'darwin', devTools: false });
    expect(labels(menu)).toEqual([
      'Maillage',
      'Fichier',
      'Édition',
      'Affichage',
      'Fenêtre',
      'Aide',
    ]);
    expect(submenu(menu[0]).map((i) => i.role)).toContain('quit');
    expect(submenu(menu[1])).toEqual([{ role: 'close', label: 'Fermer la fenêtre' }]);
  });

  it('installs the built menu as the application menu', () => {
    installMenu({ language: 'en', ...linux });
    const built = electron.Menu.buildFromTemplate.mock.results[0]?.value as { template: Item[] };
    expect(labels(built.template)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(built);
  });
});
