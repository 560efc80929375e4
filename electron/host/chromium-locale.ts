// The locale Chromium's own widgets use (date pickers, number fields), in Electron and in the
// browser-mode window alike: French first, so a date reads DD/MM/YYYY whatever the system says.
export const CHROMIUM_LOCALE = 'fr-FR';
