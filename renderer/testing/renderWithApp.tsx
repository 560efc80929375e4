// Renders a piece of the UI as the app does: translations, the API client, the alert area.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { MaillageApi } from '../../shared/api/contract';
import { createTranslator, type Language } from '../../shared/i18n';
import { ApiProvider } from '../bridge/ApiContext';
import { CommandsProvider } from '../commands/CommandsContext';
import { NoticesProvider } from '../errors/Notices';

export function renderWithApp(ui: ReactElement, api: MaillageApi, language: Language = 'fr') {
  const translator = createTranslator(language);
  return {
    translator,
    ...render(
      <I18nextProvider i18n={translator}>
        <ApiProvider api={api}>
          <NoticesProvider>
            <CommandsProvider>{ui}</CommandsProvider>
          </NoticesProvider>
        </ApiProvider>
      </I18nextProvider>,
    ),
  };
}
