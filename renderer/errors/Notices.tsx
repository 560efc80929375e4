// The error area: one live region (role="alert") at the top of every screen, fed by report().
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, type ErrorKey } from './describe';

interface Notice {
  id: number;
  key: ErrorKey;
}

interface NoticesApi {
  /** Shows the translated message for an error thrown by a call. */
  report(error: unknown): void;
  clear(): void;
}

const NoticesContext = createContext<NoticesApi | null>(null);
const MAX_SHOWN = 3;

export function NoticesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);
  const lastId = useRef(0);

  const report = useCallback((error: unknown) => {
    const { key } = describeError(error);
    const id = ++lastId.current;
    // A message already on screen is not repeated: a double failure is not news.
    setNotices((shown) =>
      shown.some((n) => n.key === key) ? shown : [...shown, { id, key }].slice(-MAX_SHOWN),
    );
  }, []);
  const clear = useCallback(() => setNotices([]), []);
  const api = useMemo(() => ({ report, clear }), [report, clear]);

  return (
    <NoticesContext.Provider value={api}>
      <div className="notices" role="alert">
        {notices.map((notice) => (
          <div key={notice.id} className="notice">
            <span className="notice-icon" aria-hidden="true">
              !
            </span>
            <p>{t(notice.key)}</p>
            <button
              type="button"
              className="button subtle"
              onClick={() => setNotices((shown) => shown.filter((n) => n.id !== notice.id))}
            >
              {t('ui.actions.dismiss')}
            </button>
          </div>
        ))}
      </div>
      {children}
    </NoticesContext.Provider>
  );
}

export function useNotices(): NoticesApi {
  const notices = useContext(NoticesContext);
  if (!notices) throw new Error('useNotices needs a <NoticesProvider>');
  return notices;
}
