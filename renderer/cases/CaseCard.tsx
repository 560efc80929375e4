// One case in the list: who, born when, followed by whom, how big the map is; open, edit, delete.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../shared/model';
import { CaseForm } from './CaseForm';
import { caseFormValues, type CaseFieldValues } from './caseForm';

interface CaseCardProps {
  summary: CaseSummary;
  editing: boolean;
  /** Moves the focus to "Open" (after the case was just created). */
  focusOpen: boolean;
  onOpen: () => void;
  onEdit: () => void;
  onDelete: () => void;
  /** Opens the export dialog (issue 8). */
  onExport?: () => void;
  onSave: (fields: CaseFieldValues) => Promise<unknown>;
  onCancelEdit: () => void;
}

export function CaseCard(props: CaseCardProps) {
  const { summary, editing, focusOpen } = props;
  const { t, i18n } = useTranslation();
  const openRef = useRef<HTMLButtonElement>(null);
  const headingId = `case-${summary.id}`;

  useEffect(() => {
    if (focusOpen) openRef.current?.focus();
  }, [focusOpen]);

  if (editing) {
    return (
      <li className="case-card editing" aria-labelledby={headingId}>
        <h3 id={headingId}>{t('ui.cases.editTitle', { name: summary.pseudonym })}</h3>
        <CaseForm
          initial={caseFormValues(summary)}
          submitLabel={t('ui.actions.save')}
          onSubmit={props.onSave}
          onCancel={props.onCancelEdit}
          autoFocus
        />
      </li>
    );
  }

  const updated = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
    new Date(summary.updatedAt),
  );
  return (
    <li className="case-card" aria-labelledby={headingId}>
      <div className="case-card-head">
        <span className="avatar" aria-hidden="true">
          {summary.pseudonym.slice(0, 1).toUpperCase()}
        </span>
        <h3 id={headingId}>{summary.pseudonym}</h3>
      </div>
      <dl className="case-facts">
        <dt>{t('ui.cases.born')}</dt>
        <dd>{summary.birthYear ?? t('ui.cases.unknown')}</dd>
        <dt>{t('ui.cases.referent')}</dt>
        <dd>{summary.referent || t('ui.cases.unknown')}</dd>
        <dt>{t('ui.cases.mapSize')}</dt>
        <dd>
          {t('ui.cases.actorCount', { count: summary.actorCount })} ·{' '}
          {t('ui.cases.tieCount', { count: summary.tieCount })}
        </dd>
      </dl>
      <p className="case-updated">{t('ui.cases.updatedOn', { date: updated })}</p>
      <button
        ref={openRef}
        type="button"
        className="button primary"
        aria-label={t('ui.cases.openNamed', { name: summary.pseudonym })}
        onClick={props.onOpen}
      >
        {t('ui.cases.open')}
      </button>
      <div className="case-actions">
        <button
          type="button"
          className="button"
          aria-label={t('ui.cases.editNamed', { name: summary.pseudonym })}
          onClick={props.onEdit}
        >
          {t('ui.actions.edit')}
        </button>
        {props.onExport && (
          <button
            type="button"
            className="button"
            aria-label={t('exchange.open.exportNamed', { name: summary.pseudonym })}
            onClick={props.onExport}
          >
            {t('exchange.open.export')}
          </button>
        )}
        <button
          type="button"
          className="button subtle danger-text"
          aria-label={t('ui.cases.deleteNamed', { name: summary.pseudonym })}
          onClick={props.onDelete}
        >
          {t('ui.actions.delete')}
        </button>
      </div>
    </li>
  );
}
