// Entry point: pick the bridge (IPC or HTTP), set up translations, render the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createClient } from '../shared/api/client';
import { App } from './app/App';
import { ApiProvider } from './bridge/ApiContext';
import { selectTransport } from './bridge/transport';
import { createAppTranslator } from './i18n/setup';
import { SecurityGate } from './security/SecurityGate';
import './styles/app.css';

function localStorageOrNothing(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const api = createClient(selectTransport(window));
const translator = createAppTranslator(localStorageOrNothing(), document.documentElement);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={translator}>
      <ApiProvider api={api}>
        <SecurityGate>
          <App />
        </SecurityGate>
      </ApiProvider>
    </I18nextProvider>
  </StrictMode>,
);
