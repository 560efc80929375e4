// The selected element, read only: while names are hidden (the case-review meeting on a
// projector) the edit forms are gone, so this card says what the clicked actor or tie is, above
// the reading of the network. Labels are the API's (already pseudonymised); notes, free text
// about people, are never shown (pseudonymisingApi empties them; the card says they are hidden).
// "Désélectionner", or Escape within the card, clears the selection.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor, MapData, Tie } from '../../../shared/model';
import type { Selection } from '../canvas/MapCanvas';
import { actorById, egoOf, tieById, tiesOf } from '../model/mapModel';

interface SelectionCardProps {
  data: MapData;
  selection: Selection;
  onClear: () => void;
}

export function SelectionCard({ data, selection, onClear }: SelectionCardProps) {
  const { t } = useTranslation();
  const actor = selection.type === 'actor' ? actorById(data, selection.id) : undefined;
  const tie = selection.type === 'tie' ? tieById(data, selection.id) : undefined;
  if (!actor && !tie) return null;
  const titleId = `card-${selection.id}`;
  return (
    <section
      className="selection-card"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) onClear();
      }}
    >
      {actor && <ActorDetails data={data} actor={actor} titleId={titleId} onClear={onClear} />}
      {tie && <TieDetails data={data} tie={tie} titleId={titleId} onClear={onClear} />}
      <p className="muted small">{t('ui.map.readOnly.card.notesHidden')}</p>
    </section>
  );
}

interface TitleProps {
  id: string;
  kind: string;
  name: string;
  onClear: () => void;
}

/** What is selected, and the button that clears it: in sight even when the card scrolls. */
function Title({ id, kind, name, onClear }: TitleProps) {
  const { t } = useTranslation();
  return (
    <div className="selection-card-head">
      <h2 id={id}>
        {kind}
        <span className="selection-name">{name}</span>
      </h2>
      <button
        type="button"
        className="button small"
        onClick={onClear}
        aria-keyshortcuts="Escape"
        title={t('ui.map.readOnly.card.clearHint')}
      >
        {t('ui.map.readOnly.card.clear')}
      </button>
    </div>
  );
}

/** Term and description pairs; the rows without a value are left out. */
function Details({ rows }: { rows: readonly (readonly [string, ReactNode | null])[] }) {
  return (
    <dl className="selection-card-details">
      {rows
        .filter(([, value]) => value !== null && value !== '')
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

interface DetailsProps {
  data: MapData;
  titleId: string;
  onClear: () => void;
}

function ActorDetails({ data, actor, titleId, onClear }: DetailsProps & { actor: Actor }) {
  const { t } = useTranslation();
  const ego = egoOf(data);
  const ties = tiesOf(data, actor.id);
  const tieCount = t('ui.cases.tieCount', { count: ties.length });
  if (actor.isEgo) {
    return (
      <>
        <Title id={titleId} kind={t('ui.selection.egoTitle')} name={actor.name} onClear={onClear} />
        <Details rows={[[t('ui.table.tieCount'), tieCount]]} />
      </>
    );
  }
  const egoTie = ego
    ? ties.find((tie) => tie.sourceId === ego.id || tie.targetId === ego.id)
    : undefined;
  return (
    <>
      <Title id={titleId} kind={t('ui.selection.actorTitle')} name={actor.name} onClear={onClear} />
      <Details
        rows={[
          [t('ui.table.kind'), t(`enums.kind.${actor.kind}`)],
          [t('ui.table.sphere'), t(`enums.sphere.${actor.sphere}`)],
          [t('ui.table.domain'), t(`enums.domain.${actor.domain}`)],
          [t('ui.table.roleLabel'), actor.roleLabel.trim() || null],
          [t('ui.table.placedBy'), t(`enums.placedBy.${actor.placedBy}`)],
          [
            t('ui.table.closenessToEgo', { name: ego?.name ?? '' }),
            egoTie ? t(`ui.closeness.${egoTie.closeness}`) : t('ui.table.noTie'),
          ],
          [t('ui.table.valence'), egoTie ? t(`enums.valence.${egoTie.valence}`) : null],
          [t('ui.table.tieCount'), tieCount],
        ]}
      />
    </>
  );
}

function TieDetails({ data, tie, titleId, onClear }: DetailsProps & { tie: Tie }) {
  const { t } = useTranslation();
  const a = actorById(data, tie.sourceId)?.name ?? '?';
  const b = actorById(data, tie.targetId)?.name ?? '?';
  const types = (list: Tie['supportForward']) =>
    list.map((type) => t(`enums.support.${type}`)).join(', ');
  const support: [string, string][] = [];
  if (tie.supportForward.length > 0) {
    support.push([t('ui.tieForm.supportFrom', { from: a, to: b }), types(tie.supportForward)]);
  }
  if (tie.supportBackward.length > 0) {
    support.push([t('ui.tieForm.supportFrom', { from: b, to: a }), types(tie.supportBackward)]);
  }
  return (
    <>
      {/* Its two ends are its name: « A — B ». */}
      <Title
        id={titleId}
        kind={t('ui.selection.tieTitle')}
        name={t('ui.selection.between', { a, b })}
        onClear={onClear}
      />
      <Details
        rows={[
          [t('ui.table.closeness'), t(`ui.closeness.${tie.closeness}`)],
          [t('ui.table.valence'), t(`enums.valence.${tie.valence}`)],
          ...(support.length > 0
            ? support
            : [[t('ui.tieForm.directionLegend'), t('ui.tieForm.direction.none')] as const]),
          [t('ui.table.frequency'), tie.frequency && t(`enums.frequency.${tie.frequency}`)],
          [t('ui.table.critical'), tie.critical && t(`enums.critical.${tie.critical}`)],
        ]}
      />
    </>
  );
}
