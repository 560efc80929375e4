// Entering people fast: type a name (optionally ", role") and press Enter; the actor appears
// in the current sector and ring, tied to the person, and the field stays focused for the next
// name. Alt+1..5 choose the ring, Alt+↑/↓ the sector (the prompt follows), Alt+P who placed it
// (useQuickAddChoice). The choices and the hint fold away behind a toggle, leaving the prompt,
// the field and a one-line summary of the choices (useQuickAddExpanded). Address-book entries
// matching the name are offered under the field (QuickAddSuggestions): picking one adds it at
// once with the entry's name, kind and sector, linked to the entry.
import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData } from '../../../shared/model';
import { MaillageError } from '../../../shared/errors';
import type { DirectoryEntrySummary } from '../../../shared/partnerships/model';
import { useDirectoryChoice } from '../../directory';
import { useNotices } from '../../errors/Notices';
import type { Selection } from '../canvas/MapCanvas';
import { egoOf } from '../model/mapModel';
import type { MapStore } from '../model/mapStore';
import { parseEntry, sameName, SECTORS } from './quickAdd';
import { QuickAddChoices } from './QuickAddChoices';
import { optionId, QuickAddSuggestions, useQuickAddSuggestions } from './QuickAddSuggestions';
import { useQuickAddChoice } from './useQuickAddChoice';
import { useQuickAddExpanded } from './useQuickAddExpanded';

interface QuickAddProps {
  store: MapStore;
  data: MapData;
  onAdded: (selection: Selection) => void;
  ref?: Ref<HTMLInputElement>;
}

export function QuickAdd({ store, data, onAdded, ref }: QuickAddProps) {
  const { t } = useTranslation();
  const { report } = useNotices();
  const choice = useQuickAddChoice();
  const { sectorIndex, sector, closeness, kind, placedBy, goToSector } = choice;
  const [expanded, setExpanded] = useQuickAddExpanded();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [added, setAdded] = useState('');
  const fieldId = useId();
  const egoName = egoOf(data)?.name ?? '';
  const entry = parseEntry(text);
  const twin = sameName(data, entry.name);

  const directory = useDirectoryChoice(store);
  const listId = `${fieldId}-suggestions`;

  /** Adds the typed name in the current sector, or the picked address-book entry. */
  const add = (picked?: DirectoryEntrySummary) => {
    const fields = picked
      ? { ...entry, name: picked.name, kind: picked.kind, sphere: picked.sphere }
      : { ...entry, kind, sphere: sector.sphere };
    if (fields.name === '') return;
    const domain = picked ? picked.domain : sector.domain;
    try {
      const id = store.addActor({ ...fields, domain, placedBy }, { closeness });
      if (picked) directory.linkAfterSave(id, picked);
      setText('');
      setError('');
      setAdded(
        t(picked ? 'ui.quickAdd.addedLinked' : 'ui.quickAdd.added', {
          name: fields.name,
          sector: picked ? t(`enums.domain.${domain}`) : t(`ui.quickAdd.sectors.${sector.id}`),
          closeness: t(`ui.closeness.${closeness}`),
        }),
      );
      onAdded({ type: 'actor', id });
    } catch (failure) {
      if (failure instanceof MaillageError && failure.fields?.[0]) {
        setError(t(`fieldIssues.${failure.fields[0].issue}`));
      } else report(failure);
    }
  };

  const suggestions = useQuickAddSuggestions(entry.name, add);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (suggestions.onKeyDown(event)) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };

  // What the folded choices are set to, beside the prompt.
  const summary = t('ui.quickAdd.summary', {
    sector: t(`ui.quickAdd.sectors.${sector.id}`),
    closeness: t(`ui.closeness.${closeness}`),
    kind: t(`enums.kind.${kind}`).toLocaleLowerCase(),
    placedBy: t(`enums.placedBy.${placedBy}`).toLocaleLowerCase(),
  });
  const described = [`${fieldId}-hint`, twin && `${fieldId}-twin`, error && `${fieldId}-error`];
  return (
    <section
      className={expanded ? 'quick-add' : 'quick-add compact'}
      aria-labelledby={`${fieldId}-title`}
    >
      <h2 id={`${fieldId}-title`} className="visually-hidden">
        {t('ui.quickAdd.title')}
      </h2>
      <div className="quick-add-main">
        <div className="quick-add-head">
          <label htmlFor={fieldId} className="quick-add-prompt">
            {t(`ui.quickAdd.prompts.${sector.id}`)}
            <span className="muted quick-add-count">
              {t('ui.quickAdd.promptOf', { index: sectorIndex + 1, count: SECTORS.length })}
            </span>
          </label>
          {!expanded && (
            <p className="muted quick-add-summary" title={summary}>
              {summary}
            </p>
          )}
        </div>
        <div className="quick-add-row">
          <div className="quick-add-field">
            <input
              ref={ref}
              // The interview starts here: the map opens with the keyboard in this field.
              autoFocus
              id={fieldId}
              name="quickAdd"
              type="text"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={suggestions.shown.length > 0}
              aria-controls={listId}
              aria-activedescendant={
                suggestions.activeId ? optionId(listId, suggestions.activeId) : undefined
              }
              autoComplete="off"
              placeholder={t('ui.quickAdd.field')}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setError('');
              }}
              onKeyDown={onKeyDown}
              onBlur={suggestions.close}
              aria-invalid={error ? true : undefined}
              aria-describedby={described.filter(Boolean).join(' ')}
            />
            <QuickAddSuggestions id={listId} state={suggestions} onPick={add} />
          </div>
          <button type="button" className="button primary" onClick={() => add()}>
            {t('ui.quickAdd.add')}
          </button>
          <button type="button" className="button" onClick={() => goToSector(sectorIndex + 1)}>
            {t('ui.quickAdd.skip')}
          </button>
          <button
            type="button"
            className="button subtle quick-add-toggle"
            aria-expanded={expanded}
            aria-controls={`${fieldId}-choices`}
            title={t('ui.quickAdd.optionsHint')}
            onClick={() => setExpanded(!expanded)}
          >
            {t('ui.quickAdd.options')}
            <span className="quick-add-chevron" aria-hidden="true" />
          </button>
        </div>
        <div id={`${fieldId}-choices`} className="quick-add-choices-area" hidden={!expanded}>
          <QuickAddChoices
            sectorIndex={sectorIndex}
            onSector={goToSector}
            closeness={closeness}
            onCloseness={choice.setCloseness}
            kind={kind}
            onKind={choice.setKind}
            placedBy={placedBy}
            onPlacedBy={choice.setPlacedBy}
          />
          {/* Still the field's description while folded away. */}
          <p id={`${fieldId}-hint`} className="field-hint">
            {t('ui.quickAdd.hint', { name: egoName })}
          </p>
        </div>
        {error && (
          <p id={`${fieldId}-error`} className="field-error">
            {error}
          </p>
        )}
        <p id={`${fieldId}-twin`} className="quick-add-twin" role="status">
          {twin
            ? t('ui.quickAdd.duplicate', {
                name: twin.name,
                where: [twin.roleLabel, t(`enums.domain.${twin.domain}`)]
                  .filter(Boolean)
                  .join(', '),
              })
            : ''}
        </p>
        <p className="quick-add-added" role="status">
          {added}
        </p>
      </div>
    </section>
  );
}
