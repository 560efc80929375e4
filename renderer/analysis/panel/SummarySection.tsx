// "Résumé": the narrative first (the findings of summary.ts as sentences), then the few figures
// that carry it, each with its plain reading and its "why".
import { useTranslation } from 'react-i18next';
import { findingSentence } from '../../../shared/analytics';
import type { AnalysisResult } from '../engine/protocol';
import { Figure } from './Figure';
import { useFormat } from './format';

export function SummarySection({ result }: { result: AnalysisResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { composition } = result;
  const active = result.ties.filter((tie) => tie.common !== null);
  const strong = active.filter((tie) => tie.strong).length;
  const weakBridges = new Set(result.ties.filter((tie) => tie.weakBridge).map(pairOf)).size;
  const failures = composition.pointsOfFailure?.points.length ?? 0;
  const density = composition.withoutPerson.density;

  return (
    <div className="analysis-section-body">
      <ul className="analysis-findings" aria-label={t('ui.analysis.summary.findingsLabel')}>
        {result.findings.map((finding, i) => (
          <li key={i}>{findingSentence(finding, t)}</li>
        ))}
      </ul>
      <h3>{t('ui.analysis.summary.figuresTitle')}</h3>
      <dl className="figures">
        <Figure
          label={t('ui.analysis.summary.actors')}
          value={format.number(composition.actors, 0)}
          line={t('ui.analysis.summary.actorsLine')}
          why={t('ui.analysis.summary.actorsWhy')}
        />
        <Figure
          label={t('ui.analysis.summary.strongTies')}
          value={t('ui.analysis.summary.outOf', {
            part: format.number(strong, 0),
            whole: format.number(active.length, 0),
          })}
          line={t('ui.analysis.summary.strongTiesLine')}
          why={t('ui.analysis.strengthWhy')}
        />
        <Figure
          label={t('ui.analysis.summary.weakBridges')}
          value={format.number(weakBridges, 0)}
          line={t('ui.analysis.summary.weakBridgesLine')}
          why={t('ui.analysis.weakBridgeWhy')}
        />
        <Figure
          label={t('ui.analysis.composition.densityWithout')}
          value={format.percent(density)}
          line={t('ui.analysis.composition.densityWithoutLine')}
          why={t('ui.analysis.composition.densityWithoutWhy')}
        />
        <Figure
          label={t('ui.analysis.summary.failures')}
          value={format.number(failures, 0)}
          line={t('ui.analysis.summary.failuresLine')}
          why={t('ui.analysis.composition.failuresWhy')}
        />
      </dl>
    </div>
  );
}

/** Two ties drawn between the same pair are one bridge. */
function pairOf(tie: { sourceId: string; targetId: string }): string {
  return tie.sourceId < tie.targetId
    ? `${tie.sourceId}|${tie.targetId}`
    : `${tie.targetId}|${tie.sourceId}`;
}
