// The application menu, in French or English. Items use Electron roles: the page receives each
// key first, so the renderer's own commands (its undo stack, its shortcuts) win whenever they
// handle a key, and the roles cover text fields and the window itself.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { createTranslator, LANGUAGES, type Language } from '../shared/i18n';

/** The first of the system's preferred languages that the app speaks; French otherwise. */
export function menuLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const match = LANGUAGES.find((language) => language === base);
    if (match) return match;
  }
  return 'fr';
}

export type MenuOptions = {
  language: Language;
  platform: NodeJS.Platform;
  /** Reload and DevTools are for development only. */
  devTools: boolean;
};

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const i18n = createTranslator(options.language);
  const label = (key: string): string => i18n.t(`menu.${key}`);
  const mac = options.platform === 'darwin';

  const appMenu: MenuItemConstructorOptions = {
    label: label('app'),
    submenu: [
      { role: 'about', label: label('about') },
      separator,
      { role: 'hide', label: label('hide') },
      { role: 'hideOthers', label: label('hideOthers') },
      { role: 'unhide', label: label('showAll') },
      separator,
      { role: 'quit', label: label('quit') },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: label('file'),
    submenu: [
      mac ? { role: 'close', label: label('close') } : { role: 'quit', label: label('quit') },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: label('edit'),
    submenu: [
      { role: 'undo', label: label('undo') },
      { role: 'redo', label: label('redo') },
      separator,
      { role: 'cut', label: label('cut') },
      { role: 'copy', label: label('copy') },
      { role: 'paste', label: label('paste') },
      { role: 'selectAll', label: label('selectAll') },
    ],
  };
  const development: MenuItemConstructorOptions[] = options.devTools
    ? [
        separator,
        { role: 'reload', label: label('reload') },
        { role: 'toggleDevTools', label: label('toggleDevTools') },
      ]
    : [];
  const view: MenuItemConstructorOptions = {
    label: label('view'),
    submenu: [
      { role: 'resetZoom', label: label('resetZoom') },
      { role: 'zoomIn', label: label('zoomIn') },
      { role: 'zoomOut', label: label('zoomOut') },
      separator,
      { role: 'togglefullscreen', label: label('toggleFullScreen') },
      ...development,
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: label('window'),
    submenu: [
      { role: 'minimize', label: label('minimize') },
      { role: 'close', label: label('close') },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: label('help'),
    submenu: [{ role: 'about', label: label('about') }],
  };
  return mac ? [appMenu, file, edit, view, window, help] : [file, edit, view, help];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
