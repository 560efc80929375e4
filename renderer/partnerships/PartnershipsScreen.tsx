// The partnerships of the service: each bound to a project, with its dates, partners and next
// evaluation; beside them, the form that creates a new one. After a deletion, the list says
// which partnership went, and the keyboard starts at its heading.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnershipSummary } from '../../shared/partnerships/model';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';
import { PartnershipForm } from './PartnershipForm';
import './network.css';
import { useDateFormat } from './useDateFormat';

interface PartnershipsScreenProps {
  onOpen: (id: string) => void;
  /** The title of the partnership just deleted, if the page came back here after a deletion. */
  deleted?: string;
}

export function PartnershipsScreen({ onOpen, deleted }: PartnershipsScreenProps) {
  const { t } = useTranslation();
  const day = useDateFormat();
  const api = useApi();
  const { report } = useNotices();
  const [list, setList] = useState<PartnershipSummary[] | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The deleted page's button is gone: keep the keyboard on this screen.
  useEffect(() => {
    if (deleted !== undefined) headingRef.current?.focus();
  }, [deleted]);

  useEffect(() => {
    let current = true;
    api['partnerships.list']({}).then(
      (found) => current && setList(found),
      (error: unknown) => {
        if (!current) return;
        report(error);
        setList([]);
      },
    );
    return () => {
      current = false;
    };
  }, [api, report]);

  return (
    <main className="network-screen wide-form">
      <section className="panel" aria-labelledby="partnerships-title">
        <div className="screen-head">
          <h1 id="partnerships-title" ref={headingRef} tabIndex={-1}>
            {t('partnerships.title')}
          </h1>
          <span className="count-badge">{list?.length ?? 0}</span>
        </div>
        <p className="muted">{t('partnerships.intro')}</p>
        <p className="form-status" role="status">
          {deleted !== undefined && t('partnerships.delete.deleted', { title: deleted })}
        </p>
        {list && list.length === 0 && <p className="empty-state">{t('partnerships.empty')}</p>}
        <ul className="partnership-list">
          {(list ?? []).map((p) => (
            <li key={p.id} className="partnership-card">
              <button
                type="button"
                className="entry-item"
                aria-label={t('partnerships.open', { title: p.title })}
                onClick={() => onOpen(p.id)}
              >
                <span className="entry-name">{p.title}</span>
                <span className={`status-badge ${p.status}`}>
                  {t(`partnerships.status.${p.status}`)}
                </span>
                <span className="muted">
                  {p.plannedEndOn
                    ? t('partnerships.list.dates', {
                        start: day(p.startOn),
                        end: day(p.plannedEndOn),
                      })
                    : t('partnerships.list.from', { start: day(p.startOn) })}{' '}
                  · {t('partnerships.list.partners', { count: p.partnerCount })}
                </span>
                <span className="muted">
                  {p.endedOn
                    ? t('partnerships.list.ended', { date: day(p.endedOn) })
                    : p.nextEvaluationOn
                      ? t('partnerships.list.next', { date: day(p.nextEvaluationOn) })
                      : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="new-partnership-title">
        <h2 id="new-partnership-title">{t('partnerships.newTitle')}</h2>
        <PartnershipForm partnership={null} onSaved={(saved) => onOpen(saved.id)} />
      </section>
    </main>
  );
}
