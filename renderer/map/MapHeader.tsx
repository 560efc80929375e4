// The map screen's header, in one row from 1280 px: back to the case list, the title and its
// facts, the save state, the view switch, then Export…, the snapshot and the reviews. As the
// window narrows, buttons show a short label (the back button "← Retour") or an icon with a
// short label; their accessible name stays the full text, which contains what is shown, and is
// their tooltip too. The title gives way last (ellipsis, its full text in the tooltip).
import { useTranslation } from 'react-i18next';
import type { MapData } from '../../shared/model';
import { MapExportButton } from '../exchange/MapExportButton';
import { ReviewsBar } from '../reviews/ReviewsBar';
import type { MapView } from '../commands/useMapCommands';
import type { MapStore } from './model/mapStore';
import { SaveIndicator } from './panels/SaveIndicator';
import { ViewSwitch } from './panels/ViewSwitch';

export function BackButton({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const name = t('ui.map.back');
  return (
    <button type="button" className="button back" aria-label={name} title={name} onClick={onBack}>
      <span aria-hidden="true">←</span> <span className="label-long">{name}</span>
      <span className="label-short">{t('ui.map.backShort')}</span>
    </button>
  );
}

interface MapHeaderProps {
  store: MapStore;
  /** The map as the screen shows it (labels instead of names while names are hidden). */
  data: MapData;
  view: MapView;
  onView: (view: MapView) => void;
  onBack: () => void;
  onReviews?: () => void;
}

export function MapHeader({ store, data, view, onView, onBack, onReviews }: MapHeaderProps) {
  const { t } = useTranslation();
  const { id: caseId, pseudonym, birthYear, referent } = data.case;
  const title = t('ui.map.title', { name: pseudonym });
  const facts = [
    birthYear !== null ? t('ui.map.bornIn', { year: birthYear }) : null,
    referent ? t('ui.map.referent', { name: referent }) : null,
    // Like the case list, count the actors around the person, not the person.
    t('ui.cases.actorCount', { count: data.actors.filter((a) => !a.isEgo).length }),
    t('ui.cases.tieCount', { count: data.ties.length }),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="map-header">
      <BackButton onBack={onBack} />
      <div className="map-title">
        <h1 title={title}>{title}</h1>
        <p className="map-facts">{facts}</p>
      </div>
      <SaveIndicator store={store} />
      <ViewSwitch view={view} onChange={onView} />
      <MapExportButton caseId={caseId} caseName={pseudonym} />
      {onReviews && <ReviewsBar caseId={caseId} onOpen={onReviews} />}
    </div>
  );
}
