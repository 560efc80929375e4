// The locale asked of Chromium for its own widgets (date pickers, number fields), in Electron
// (`app.commandLine` switch `lang`) and in the browser-mode window (`--lang`): French first, so a
// date should read DD/MM/YYYY whatever the system says. Headless Chromium on the build machine
// keeps MM/DD/YYYY with or without it (it takes its widgets' format elsewhere), so this is
// checked on a desktop, not by the tests, which only check that the switch is passed.
export const CHROMIUM_LOCALE = 'fr-FR';
