// The security screen reached from the header: backups, the journal, closing and retention,
// and the settings, as tabs.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditView } from './AuditView';
import { BackupsView } from './BackupsView';
import { RetentionView } from './RetentionView';
import { SettingsView } from './SettingsView';
import './security.css';

const TABS = ['backups', 'audit', 'retention', 'settings'] as const;
type Tab = (typeof TABS)[number];

const VIEWS: Record<Tab, () => React.JSX.Element> = {
  backups: BackupsView,
  audit: AuditView,
  retention: RetentionView,
  settings: SettingsView,
};

export function SecurityScreen({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('backups');
  const View = VIEWS[tab];
  return (
    <main className="security-screen">
      <div className="security-screen-head">
        <button type="button" className="button subtle" onClick={onBack}>
          ← {t('security.screen.back')}
        </button>
        <h1>{t('security.screen.title')}</h1>
      </div>
      <div className="security-tabs" role="tablist" aria-label={t('security.screen.title')}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`security-tab-${name}`}
            aria-selected={tab === name}
            aria-controls="security-tabpanel"
            className="chip"
            onClick={() => setTab(name)}
          >
            {t(`security.screen.tabs.${name}`)}
          </button>
        ))}
      </div>
      <section
        className="panel"
        role="tabpanel"
        id="security-tabpanel"
        aria-labelledby={`security-tab-${tab}`}
      >
        <View />
      </section>
    </main>
  );
}
