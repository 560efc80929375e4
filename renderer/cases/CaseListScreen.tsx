// The first screen: the cases (personnes accompagnées), a form to create one, and per case
// open / edit / delete (after a confirmation that names the case).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../shared/model';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { ExportDialog } from '../exchange/ExportDialog';
import { ImportDialog } from '../exchange/ImportDialog';
import { usePseudonymised } from '../reviews/privacy';
import { CaseCard } from './CaseCard';
import { CaseForm } from './CaseForm';
import type { CaseFieldValues } from './caseForm';

const sorted = (cases: readonly CaseSummary[]) =>
  [...cases].sort((a, b) =>
    a.pseudonym.localeCompare(b.pseudonym, undefined, { sensitivity: 'base' }),
  );

export function CaseListScreen({ onOpen }: { onOpen: (summary: CaseSummary) => void }) {
  const api = useApi();
  const { report } = useNotices();
  const { t } = useTranslation();
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<CaseSummary | null>(null);
  const [exporting, setExporting] = useState<CaseSummary | null>(null);
  const [importing, setImporting] = useState(false);
  // An imported file holds real names: no import while the header's switch hides them.
  const namesHidden = usePseudonymised();
  const listHeadingRef = useRef<HTMLHeadingElement>(null);

  const reload = useCallback(async () => {
    try {
      setCases(sorted(await api['cases.list']({})));
    } catch (error) {
      report(error);
      setCases((shown) => shown ?? []);
    }
  }, [api, report]);

  useEffect(() => {
    let current = true;
    api['cases.list']({}).then(
      (list) => current && setCases(sorted(list)),
      (error: unknown) => {
        if (!current) return;
        report(error);
        setCases([]);
      },
    );
    return () => {
      current = false;
    };
  }, [api, report]);

  const create = async (fields: CaseFieldValues) => {
    const created = await api['cases.create'](fields);
    setCreatedId(created.id);
    await reload();
  };

  const save = async (id: string, fields: CaseFieldValues) => {
    await api['cases.update']({ id, patch: fields });
    setEditingId(null);
    await reload();
  };

  const confirmDelete = async (summary: CaseSummary) => {
    setDeleting(null);
    try {
      await api['cases.delete']({ id: summary.id });
    } catch (error) {
      report(error);
    }
    await reload();
    // The card and its button are gone: keep the keyboard in the list.
    listHeadingRef.current?.focus();
  };

  return (
    <main className="cases-screen">
      <section className="panel new-case" aria-labelledby="new-case-title">
        <h2 id="new-case-title">{t('ui.cases.newTitle')}</h2>
        <p className="muted">{t('ui.cases.newIntro')}</p>
        <CaseForm submitLabel={t('ui.cases.create')} onSubmit={create} resetOnSuccess />
      </section>
      <section className="case-list" aria-labelledby="case-list-title" aria-busy={cases === null}>
        <h2 id="case-list-title" ref={listHeadingRef} tabIndex={-1}>
          {t('ui.cases.listTitle')}
          {cases && cases.length > 0 && <span className="count-badge">{cases.length}</span>}
        </h2>
        <button
          type="button"
          className="button"
          disabled={namesHidden}
          aria-describedby={namesHidden ? 'import-unavailable' : undefined}
          onClick={() => setImporting(true)}
        >
          {t('exchange.open.import')}
        </button>
        {namesHidden && (
          <p id="import-unavailable" className="field-hint">
            {t('exchange.open.importUnavailable')}
          </p>
        )}
        {cases === null && <p className="muted">{t('ui.loading')}</p>}
        {cases?.length === 0 && <p className="empty-state">{t('ui.cases.empty')}</p>}
        {cases && cases.length > 0 && (
          <ul className="case-grid">
            {cases.map((summary) => (
              <CaseCard
                key={summary.id}
                summary={summary}
                editing={editingId === summary.id}
                focusOpen={createdId === summary.id}
                onOpen={() => onOpen(summary)}
                onEdit={() => setEditingId(summary.id)}
                onCancelEdit={() => setEditingId(null)}
                onSave={(fields) => save(summary.id, fields)}
                onDelete={() => setDeleting(summary)}
                onExport={() => setExporting(summary)}
              />
            ))}
          </ul>
        )}
      </section>
      {exporting && (
        <ExportDialog
          caseId={exporting.id}
          caseName={exporting.pseudonym}
          onClose={() => setExporting(null)}
        />
      )}
      {importing && (
        <ImportDialog
          onClose={() => setImporting(false)}
          onImported={() => void reload()}
          onOpenCase={(caseId) => {
            const opened = cases?.find((c) => c.id === caseId);
            setImporting(false);
            if (opened) onOpen(opened);
            else
              void api['cases.list']({}).then((list) => {
                const found = list.find((c) => c.id === caseId);
                if (found) onOpen(found);
              }, report);
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('ui.cases.deleteTitle', { name: deleting.pseudonym })}
          message={t('ui.cases.deleteMessage', { name: deleting.pseudonym })}
          confirmLabel={t('ui.actions.deleteForever')}
          cancelLabel={t('ui.actions.cancel')}
          onConfirm={() => void confirmDelete(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </main>
  );
}
