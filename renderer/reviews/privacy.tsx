// One-click pseudonymisation for the whole window. While it is on, everything below
// <PrivateScope> talks to the store through pseudonymisingApi: the data never reach a view with
// their real names. Switching remounts that subtree, so nothing loaded before stays on screen.
// The choice lasts for the browser session (a reload during a meeting keeps the names hidden).
import {
  createContext,
  Fragment,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { DOMAINS } from '../../shared/model';
import type { PseudonymWords } from '../../shared/snapshots/pseudonymise';
import { HideNamesIcon } from '../app/HeaderIcons';
import { ApiProvider, useApi } from '../bridge/ApiContext';
import { pseudonymisingApi } from './pseudonymisingApi';

const STORAGE_KEY = 'maillage.pseudonymised';

interface Privacy {
  pseudonymised: boolean;
  setPseudonymised(on: boolean): void;
}

const PrivacyContext = createContext<Privacy>({
  pseudonymised: false,
  setPseudonymised: () => {},
});

function storedChoice(): boolean {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

export function PrivacyProvider({ children }: { children: ReactNode }) {
  const [pseudonymised, setState] = useState(storedChoice);
  const setPseudonymised = useCallback((on: boolean) => {
    setState(on);
    try {
      if (on) window.sessionStorage.setItem(STORAGE_KEY, 'on');
      else window.sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // No storage (a locked-down browser): the choice lasts until the page is reloaded.
    }
  }, []);
  const value = useMemo(
    () => ({ pseudonymised, setPseudonymised }),
    [pseudonymised, setPseudonymised],
  );
  return <PrivacyContext.Provider value={value}>{children}</PrivacyContext.Provider>;
}

/** Whether names are hidden: views use it to say so (hidden notes), never to hide names. */
export function usePseudonymised(): boolean {
  return useContext(PrivacyContext).pseudonymised;
}

export function usePrivacy(): Privacy {
  return useContext(PrivacyContext);
}

/** The words of the labels, in the language of the interface. */
export function usePseudonymWords(): PseudonymWords {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      organisation: Object.fromEntries(
        DOMAINS.map((domain) => [domain, t(`reviews.pseudonyms.organisation.${domain}`)]),
      ) as PseudonymWords['organisation'],
    }),
    [t],
  );
}

/** Everything below sees the pseudonymised API while names are hidden. */
export function PrivateScope({ children }: { children: ReactNode }) {
  const api = useApi();
  const { pseudonymised } = usePrivacy();
  const words = usePseudonymWords();
  const shown = useMemo(
    () => (pseudonymised ? pseudonymisingApi(api, words) : api),
    [api, pseudonymised, words],
  );
  return (
    <Fragment key={pseudonymised ? 'hidden' : 'named'}>
      <ApiProvider api={shown}>{children}</ApiProvider>
    </Fragment>
  );
}

/** The switch, in the header and in the meeting mode. */
export function PseudonymToggle({ className = 'chip' }: { className?: string }) {
  const { t } = useTranslation();
  const { pseudonymised, setPseudonymised } = usePrivacy();
  const label = t(pseudonymised ? 'reviews.privacy.on' : 'reviews.privacy.off');
  return (
    <button
      type="button"
      className={`${className} header-button`}
      aria-pressed={pseudonymised}
      // The tooltip names the button too: in a narrow header only its icon shows.
      title={`${label}. ${t('reviews.privacy.hint')}`}
      onClick={() => setPseudonymised(!pseudonymised)}
    >
      <HideNamesIcon />
      <span className="header-label">{label}</span>
    </button>
  );
}
