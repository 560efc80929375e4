// Entering people fast: type a name (optionally ", role") and press Enter; the actor appears
// in the current sector and ring, tied to the person, and the field stays focused for the next
// name. Alt+1..5 choose the ring, Alt+↑/↓ the sector (the prompt follows), Alt+P who placed it.
import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData } from '../../../shared/model';
import { MaillageError } from '../../../shared/errors';
import { useRegisterCommands } from '../../commands/CommandsContext';
import type { Command } from '../../commands/registry';
import { useNotices } from '../../errors/Notices';
import type { Selection } from '../canvas/MapCanvas';
import { egoOf } from '../model/mapModel';
import type { MapStore } from '../model/mapStore';
import type { ActorKind, PlacedBy } from '../model/enums';
import { CLOSENESS_CHOICES, parseEntry, sameName, SECTORS } from './quickAdd';
import { QuickAddChoices } from './QuickAddChoices';

interface QuickAddProps {
  store: MapStore;
  data: MapData;
  onAdded: (selection: Selection) => void;
  ref?: Ref<HTMLInputElement>;
}

export function QuickAdd({ store, data, onAdded, ref }: QuickAddProps) {
  const { t } = useTranslation();
  const { report } = useNotices();
  // Ring and kind start at the sector's usual ones each time the sector changes.
  const [{ sectorIndex, closeness, kind }, setChoice] = useState(sectorChoice(0));
  const setCloseness = (value: number) => setChoice((was) => ({ ...was, closeness: value }));
  const [placedBy, setPlacedBy] = useState<PlacedBy>('young_person');
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [added, setAdded] = useState('');
  const fieldId = useId();
  const sector = SECTORS[sectorIndex]!;
  const egoName = egoOf(data)?.name ?? '';
  const entry = parseEntry(text);
  const twin = sameName(data, entry.name);

  const goToSector = (index: number) => setChoice(sectorChoice(index));

  useRegisterCommands(() => {
    const step = (by: number) => () => setChoice((was) => sectorChoice(was.sectorIndex + by));
    const rings = CLOSENESS_CHOICES.map((value): Command => ({
      id: `interview.closeness${value}`,
      label: 'ui.commands.ring',
      labelParams: { closeness: value },
      shortcut: `Alt+${value}`,
      group: 'interview',
      whenTyping: 'run',
      perform: () => setChoice((was) => ({ ...was, closeness: value })),
    }));
    return [
      ...rings,
      {
        id: 'interview.nextSector',
        label: 'ui.commands.nextPrompt',
        shortcut: 'Alt+ArrowDown',
        altShortcuts: ['Alt+PageDown'],
        group: 'interview',
        whenTyping: 'run',
        perform: step(1),
      },
      {
        id: 'interview.previousSector',
        label: 'ui.commands.previousPrompt',
        shortcut: 'Alt+ArrowUp',
        altShortcuts: ['Alt+PageUp'],
        group: 'interview',
        whenTyping: 'run',
        perform: step(-1),
      },
      {
        id: 'interview.kind',
        label: 'ui.commands.kind',
        shortcut: 'Alt+O',
        group: 'interview',
        whenTyping: 'run',
        perform: () =>
          setChoice((was) => ({
            ...was,
            kind: was.kind === 'person' ? 'organisation' : 'person',
          })),
      },
      {
        id: 'interview.placedBy',
        label: 'ui.commands.placedBy',
        shortcut: 'Alt+P',
        group: 'interview',
        whenTyping: 'run',
        perform: () => setPlacedBy((was) => (was === 'young_person' ? 'educator' : 'young_person')),
      },
    ];
  }, []);

  const add = () => {
    if (entry.name === '') return;
    try {
      const id = store.addActor(
        { ...entry, kind, sphere: sector.sphere, domain: sector.domain, placedBy },
        { closeness },
      );
      setText('');
      setError('');
      setAdded(
        t('ui.quickAdd.added', {
          name: entry.name,
          sector: t(`ui.quickAdd.sectors.${sector.id}`),
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

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };

  const described = [`${fieldId}-hint`, twin && `${fieldId}-twin`, error && `${fieldId}-error`];
  return (
    <section className="quick-add" aria-labelledby={`${fieldId}-title`}>
      <h2 id={`${fieldId}-title`} className="visually-hidden">
        {t('ui.quickAdd.title')}
      </h2>
      <div className="quick-add-main">
        <label htmlFor={fieldId} className="quick-add-prompt">
          {t(`ui.quickAdd.prompts.${sector.id}`)}
          <span className="muted quick-add-count">
            {t('ui.quickAdd.promptOf', { index: sectorIndex + 1, count: SECTORS.length })}
          </span>
        </label>
        <div className="quick-add-row">
          <input
            ref={ref}
            // The interview starts here: the map opens with the keyboard in this field.
            autoFocus
            id={fieldId}
            name="quickAdd"
            type="text"
            autoComplete="off"
            placeholder={t('ui.quickAdd.field')}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setError('');
            }}
            onKeyDown={onKeyDown}
            aria-invalid={error ? true : undefined}
            aria-describedby={described.filter(Boolean).join(' ')}
          />
          <button type="button" className="button primary" onClick={add}>
            {t('ui.quickAdd.add')}
          </button>
          <button type="button" className="button" onClick={() => goToSector(sectorIndex + 1)}>
            {t('ui.quickAdd.skip')}
          </button>
        </div>
        <QuickAddChoices
          sectorIndex={sectorIndex}
          onSector={goToSector}
          closeness={closeness}
          onCloseness={setCloseness}
          kind={kind}
          onKind={(value) => setChoice((was) => ({ ...was, kind: value }))}
          placedBy={placedBy}
          onPlacedBy={setPlacedBy}
        />
        <p id={`${fieldId}-hint`} className="field-hint">
          {t('ui.quickAdd.hint', { name: egoName })}
        </p>
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

function sectorChoice(index: number): { sectorIndex: number; closeness: number; kind: ActorKind } {
  const sectorIndex = (index + SECTORS.length) % SECTORS.length;
  const sector = SECTORS[sectorIndex]!;
  return { sectorIndex, closeness: sector.closeness, kind: sector.kind };
}
