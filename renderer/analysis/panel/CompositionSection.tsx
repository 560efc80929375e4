// "Composition": who is in the network and how it holds together: each circle (size, density,
// strong ties with the person), domains, the quality of the ties with the person, the network
// without the person, isolates, single points of failure, Blau's diversity and the E-I index.
import { useTranslation } from 'react-i18next';
import { DOMAINS, SPHERES, VALENCES } from '../../../shared/model';
import type { AnalysisResult } from '../engine/protocol';
import { Figure } from './Figure';
import { useFormat } from './format';

/** Names listed in one figure at most. */
const MAX_NAMES = 8;

export function CompositionSection({ result }: { result: AnalysisResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const c = result.composition;
  const label = new Map(result.actors.map((a) => [a.id, a.label]));
  const names = (ids: readonly string[]) => {
    if (ids.length === 0) return t('ui.analysis.composition.nobody');
    const shown = ids.slice(0, MAX_NAMES).map((id) => label.get(id) ?? '?');
    const more = ids.length - shown.length;
    return more > 0
      ? t('ui.analysis.composition.namesMore', { names: shown.join(', '), count: more })
      : shown.join(', ');
  };
  const counted = <K extends string>(
    keys: readonly K[],
    counts: Record<K, number>,
    name: (k: K) => string,
  ) =>
    keys
      .filter((k) => counts[k] > 0)
      .map((k) => `${name(k)} ${format.number(counts[k], 0)}`)
      .join(' · ') || t('ui.analysis.composition.nobody');
  const failures = c.pointsOfFailure?.points ?? [];

  return (
    <div className="analysis-section-body">
      {SPHERES.map((sphere) => (
        <section key={sphere} className="sphere-card" aria-label={t(`enums.sphere.${sphere}`)}>
          <h3>{t(`enums.sphere.${sphere}`)}</h3>
          {c.bySphere[sphere] === 0 ? (
            <p className="figure-line">{t('ui.analysis.composition.emptySphere')}</p>
          ) : (
            <dl className="figures">
              <Figure
                label={t('ui.analysis.composition.actors')}
                value={format.number(c.bySphere[sphere], 0)}
                why={t('ui.analysis.composition.actorsWhy')}
              />
              <Figure
                label={t('ui.analysis.composition.density')}
                value={
                  c.densityBySphere[sphere] === null
                    ? t('ui.analysis.composition.single')
                    : format.percent(c.densityBySphere[sphere])
                }
                line={t('ui.analysis.composition.densityLine')}
                why={t('ui.analysis.composition.densityWhy')}
              />
              <Figure
                label={t('ui.analysis.composition.strongShare')}
                value={t('ui.analysis.summary.outOf', {
                  part: format.number(c.strongShareBySphere[sphere].strong, 0),
                  whole: format.number(c.strongShareBySphere[sphere].ties, 0),
                })}
                line={t('ui.analysis.composition.strongShareLine')}
                why={t('ui.analysis.strengthWhy')}
              />
            </dl>
          )}
        </section>
      ))}
      <dl className="figures">
        <Figure
          label={t('ui.analysis.composition.domains')}
          value={counted(DOMAINS, c.byDomain, (d) => t(`enums.domain.${d}`))}
          why={t('ui.analysis.composition.domainsWhy')}
        />
        <Figure
          label={t('ui.analysis.composition.valences')}
          value={counted([...VALENCES, 'none'] as const, c.byValence, (v) =>
            v === 'none' ? t('ui.analysis.composition.noDirectTie') : t(`enums.valence.${v}`),
          )}
          why={t('ui.analysis.composition.valencesWhy')}
        />
        <Figure
          label={t('ui.analysis.composition.densityWithout')}
          value={format.percent(c.withoutPerson.density)}
          line={t('ui.analysis.composition.densityWithoutLine')}
          why={t('ui.analysis.composition.densityWithoutWhy')}
        />
        <Figure
          label={t('ui.analysis.composition.components')}
          value={format.number(c.withoutPerson.components.length, 0)}
          line={t('ui.analysis.composition.componentsLine')}
          why={t('ui.analysis.composition.componentsWhy')}
        />
        <Figure
          label={t('ui.analysis.composition.cutVertices')}
          value={names(c.withoutPerson.cutVertices.map((v) => v.node))}
          why={t('ui.analysis.composition.cutVerticesWhy')}
        />
        <Figure
          label={t('ui.analysis.composition.personOnly')}
          value={names(c.isolates.personOnly)}
          why={t('ui.analysis.composition.personOnlyWhy')}
        />
        <Figure
          label={t('ui.analysis.composition.unconnected')}
          value={names(c.isolates.unconnected)}
          why={t('ui.analysis.composition.unconnectedWhy')}
        />
        <Figure
          label={t('ui.analysis.composition.failures')}
          value={
            failures.length === 0
              ? t('ui.analysis.composition.nobody')
              : failures
                  .slice(0, MAX_NAMES)
                  .map((p) =>
                    t('ui.analysis.composition.failure', {
                      name: label.get(p.node) ?? '?',
                      count: p.cutOffCount,
                    }),
                  )
                  .join(' · ')
          }
          why={t('ui.analysis.composition.failuresWhy')}
        />
        <Figure
          label={t('ui.analysis.composition.blau')}
          value={format.number(c.blau, 2)}
          line={t('ui.analysis.composition.blauLine')}
          why={t('ui.analysis.composition.blauWhy')}
        />
        <Figure
          label={t('ui.analysis.composition.ei')}
          value={format.number(c.eiIndex.index, 2)}
          line={t('ui.analysis.composition.eiLine', {
            external: c.eiIndex.external,
            internal: c.eiIndex.internal,
          })}
          why={t('ui.analysis.composition.eiWhy')}
        />
      </dl>
    </div>
  );
}
