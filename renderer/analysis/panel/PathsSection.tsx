// "Chemins", Milgram's small world: how many intermediaries between the person and an actor, or
// the nearest actor of a domain ("how far is the housing service?"). The shortest chains come from
// the worker and are highlighted on the map until cleared.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOMAINS } from '../../../shared/model';
import { RadioGroup } from '../../forms/choices';
import { SelectField } from '../../forms/fields';
import type { AnalysisResult, ChainTarget, ChainsResult } from '../engine/protocol';
import { Why } from './Why';

type Domain = (typeof DOMAINS)[number];

export interface ShownChains {
  target: ChainTarget;
  chains: ChainsResult;
}

interface PathsSectionProps {
  result: AnalysisResult;
  shown: ShownChains | null;
  onFind: (target: ChainTarget) => void;
  onClear: () => void;
  failed: boolean;
}

export function PathsSection({ result, shown, onFind, onClear, failed }: PathsSectionProps) {
  const { t } = useTranslation();
  const others = result.actors
    .filter((a) => !a.isEgo)
    .sort((a, b) => a.label.localeCompare(b.label));
  const domains = DOMAINS.filter((d) => others.some((a) => a.domain === d));
  const [mode, setMode] = useState<'actor' | 'domain'>('actor');
  const [chosenActor, setActorId] = useState(others[0]?.id ?? '');
  const [chosenDomain, setDomain] = useState<Domain>(domains[0] ?? 'family');
  // The map may have changed since the choice: fall back to the first one still there.
  const actorId = others.some((a) => a.id === chosenActor) ? chosenActor : (others[0]?.id ?? '');
  const domain = domains.includes(chosenDomain) ? chosenDomain : (domains[0] ?? 'family');
  const label = new Map(result.actors.map((a) => [a.id, a.label]));
  const ego = result.actors.find((a) => a.isEgo)?.label ?? '';

  if (result.egoId === null || others.length === 0) {
    return <p className="muted">{t('ui.analysis.paths.nothing')}</p>;
  }
  const target: ChainTarget =
    mode === 'actor' ? { kind: 'actor', id: actorId } : { kind: 'domain', domain };
  const targetName = (chosen: ChainTarget) =>
    chosen.kind === 'actor' ? (label.get(chosen.id) ?? '?') : t(`enums.domain.${chosen.domain}`);

  return (
    <div className="analysis-section-body">
      <p className="figure-line">{t('ui.analysis.paths.intro', { name: ego })}</p>
      <RadioGroup
        legend={t('ui.analysis.paths.towards')}
        name="chain-target"
        value={mode}
        options={[
          { value: 'actor', label: t('ui.analysis.paths.anActor') },
          { value: 'domain', label: t('ui.analysis.paths.aDomain') },
        ]}
        onChange={setMode}
      />
      {mode === 'actor' ? (
        <SelectField
          label={t('ui.analysis.paths.actor')}
          name="chain-actor"
          value={actorId}
          onChange={setActorId}
          options={others.map((a) => ({ value: a.id, label: a.label }))}
        />
      ) : (
        <SelectField
          label={t('ui.analysis.paths.domain')}
          name="chain-domain"
          value={domain}
          onChange={setDomain}
          options={domains.map((d) => ({ value: d, label: t(`enums.domain.${d}`) }))}
        />
      )}
      <div className="form-actions">
        <button type="button" className="button primary" onClick={() => onFind(target)}>
          {t('ui.analysis.paths.find')}
        </button>
        {shown && (
          <button type="button" className="button subtle" onClick={onClear}>
            {t('ui.analysis.paths.clear')}
          </button>
        )}
      </div>
      <div role="status" className="chain-result">
        {failed && <p className="muted">{t('ui.analysis.paths.failed')}</p>}
        {shown && <ChainList shown={shown} name={targetName(shown.target)} label={label} />}
      </div>
    </div>
  );
}

function ChainList({
  shown,
  name,
  label,
}: {
  shown: ShownChains;
  name: string;
  label: Map<string, string>;
}) {
  const { t } = useTranslation();
  const { chains } = shown;
  if (chains.distance === null || chains.intermediaries === null) {
    return <p>{t('ui.analysis.paths.unreachable', { target: name })}</p>;
  }
  const distance = t('ui.analysis.paths.distance', {
    target: name,
    count: chains.distance,
  });
  return (
    <>
      <p className="chain-distance">
        {distance} {t('ui.analysis.paths.intermediaries', { count: chains.intermediaries })}{' '}
        <Why figure={distance}>{t('ui.analysis.paths.why')}</Why>
      </p>
      <ol className="chain-list">
        {chains.paths.map((path) => (
          <li key={path.join('>')}>{path.map((id) => label.get(id) ?? '?').join(' → ')}</li>
        ))}
      </ol>
      {chains.truncated && (
        <p className="muted">{t('ui.analysis.paths.more', { count: chains.pathCount })}</p>
      )}
      <p className="muted">{t('ui.analysis.paths.onMap')}</p>
    </>
  );
}
