// "Résumé": the narrative first (the findings of summary.ts as sentences), then the few figures
// that carry it, each with its plain reading and its "why".
import { useTranslation } from 'react-i18next';
import { findingSentence } from '../../../shared/analytics';
import type { AnalysisResult } from '../engine/protocol';
import { NONE, TIE_FLAG, hasFlag } from '../engine/tieTable';
import { Figure } from './Figure';
import { useFormat } from './format';

export function SummarySection({ result }: { result: AnalysisResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { composition } = result;
  const { active, strong, weakBridges } = tieCounts(result);
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
            whole: format.number(active, 0),
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

/** Active ties, strong ones among them, and weak bridges (two ties drawn between a pair: one). */
function tieCounts({ ties }: AnalysisResult) {
  let active = 0;
  let strong = 0;
  const bridges = new Set<string>();
  ties.ids.forEach((_id, i) => {
    if (ties.common[i] === NONE) return;
    active += 1;
    if (hasFlag(ties, i, TIE_FLAG.strong)) strong += 1;
    if (hasFlag(ties, i, TIE_FLAG.weakBridge)) {
      const [a = 0, b = 0] = [ties.source[i], ties.target[i]];
      bridges.add(a < b ? `${a}|${b}` : `${b}|${a}`);
    }
  });
  return { active, strong, weakBridges: bridges.size };
}
