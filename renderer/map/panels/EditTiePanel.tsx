// The selected tie, after Tracy and Whittaker: closeness, frequency of contact, known since,
// support given and received by type, how critical, quality, notes. Every field saves as it
// changes, as one undo step; deleting needs no confirmation because Ctrl+Z brings it back.
import { useTranslation } from 'react-i18next';
import type { Tie, TieFields } from '../../../shared/model';
import { CheckboxGroup } from '../../forms/choices';
import { parseYear } from '../../forms/validation';
import type { MapStore } from '../model/mapStore';
import { AutoSelect, AutoText } from './AutoFields';
import type { ClosenessText } from './closeness';
import { fieldRefusal } from './commitField';
import { useMapOptions } from './options';

interface EditTiePanelProps {
  store: MapStore;
  tie: Tie;
  nameA: string;
  nameB: string;
  onRemoved: () => void;
}

export function EditTiePanel({ store, tie, nameA, nameB, onRemoved }: EditTiePanelProps) {
  const { t } = useTranslation();
  const options = useMapOptions();
  const set = (patch: Partial<TieFields>, mergeKey?: string) =>
    fieldRefusal(() => store.updateTie(tie.id, patch, mergeKey ? { mergeKey } : {}));
  const seal = () => store.sealStep();
  const notKnown = { value: '' as const, label: t('ui.panel.notKnown') };

  return (
    <section className="selection" aria-labelledby={`sel-${tie.id}`}>
      <h2 id={`sel-${tie.id}`}>
        {t('ui.selection.tieTitle')}
        <span className="selection-name">{t('ui.selection.between', { a: nameA, b: nameB })}</span>
      </h2>
      <p className="muted small">{t('ui.panel.autosaveNote')}</p>
      <div className="stack">
        <AutoSelect<ClosenessText>
          label={t('ui.tieForm.closeness')}
          value={String(tie.closeness) as ClosenessText}
          options={options.closeness}
          onChange={(value) => set({ closeness: Number(value) })}
        />
        <AutoSelect
          label={t('ui.panel.frequency')}
          value={tie.frequency ?? ''}
          options={[notKnown, ...options.frequencies]}
          onChange={(value) => set({ frequency: value === '' ? null : value })}
        />
        <AutoText
          label={t('ui.panel.knownSince')}
          hint={t('ui.panel.knownSinceHint')}
          inputMode="numeric"
          value={tie.knownSinceYear === null ? '' : String(tie.knownSinceYear)}
          draftKey={`tie:${tie.id}:knownSince`}
          commit={(text, mergeKey) => {
            const year = parseYear(text);
            if (year !== null && !Number.isInteger(year)) return 'fieldIssues.invalid';
            return set({ knownSinceYear: year }, mergeKey);
          }}
          seal={seal}
        />
        <CheckboxGroup
          legend={t('ui.panel.supportGiven', { from: nameA, to: nameB })}
          values={tie.supportForward}
          options={options.supports}
          onChange={(supportForward) => set({ supportForward })}
        />
        <CheckboxGroup
          legend={t('ui.panel.supportReceived', { from: nameA, to: nameB })}
          values={tie.supportBackward}
          options={options.supports}
          onChange={(supportBackward) => set({ supportBackward })}
        />
        <AutoSelect
          label={t('ui.panel.critical')}
          value={tie.critical ?? ''}
          options={[notKnown, ...options.criticalities]}
          onChange={(value) => set({ critical: value === '' ? null : value })}
        />
        <AutoSelect
          label={t('ui.tieForm.valence')}
          value={tie.valence}
          options={options.valences}
          onChange={(valence) => set({ valence })}
        />
        <AutoText
          label={t('ui.panel.notes')}
          multiline
          value={tie.notes}
          draftKey={`tie:${tie.id}:notes`}
          commit={(notes, mergeKey) => set({ notes }, mergeKey)}
          seal={seal}
        />
      </div>
      <button
        type="button"
        className="button danger-text"
        aria-keyshortcuts="Delete"
        onClick={() => {
          store.removeTie(tie.id);
          onRemoved();
        }}
      >
        {t('ui.panel.removeTie')}
      </button>
    </section>
  );
}
