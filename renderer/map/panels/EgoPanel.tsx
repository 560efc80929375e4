// The person at the centre: their record (pseudonym, year of birth, referent) is the case's,
// so editing it here edits the case (one undo step, saved like any edit: the header says when);
// the person always stays on their map.
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../shared/model';
import { CaseForm } from '../../cases/CaseForm';
import { caseFormValues } from '../../cases/caseForm';
import type { MapStore } from '../model/mapStore';

interface EgoPanelProps {
  store: MapStore;
  record: CaseRecord;
  onClose: () => void;
}

export function EgoPanel({ store, record, onClose }: EgoPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="selection" aria-labelledby="sel-ego">
      <h2 id="sel-ego">
        {t('ui.selection.egoTitle')}
        <span className="selection-name">{record.pseudonym}</span>
      </h2>
      <CaseForm
        initial={caseFormValues(record)}
        submitLabel={t('ui.actions.save')}
        onSubmit={async (fields) => store.updateCase(fields)}
        onCancel={onClose}
        cancelLabel={t('ui.actions.close')}
      />
      <p className="muted small">{t('ui.panel.autosaveNote')}</p>
      <p className="muted">{t('ui.selection.egoStays')}</p>
    </section>
  );
}
