// "Liens": every tie with its verdict (strong or weak) and the reasons for it, then what its place
// in the network says (acquaintances in common, bridge). Weak ties that bridge two circles come
// first, under Granovetter's name for them: "la force des liens faibles".
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { explainTieStrength } from '../../../shared/analytics';
import type { AnalysisResult, TieFigures } from '../engine/protocol';
import { useFormat, type Format } from './format';
import { Why } from './Why';

/** Ties listed at most (an organisation-wide network has tens of thousands). */
export const MAX_TIES_LISTED = 80;

export function TiesSection({ result }: { result: AnalysisResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = new Map(result.actors.map((a) => [a.id, a.label]));
  const ends = (tie: TieFigures) =>
    t('ui.analysis.ties.ends', {
      a: names.get(tie.sourceId) ?? '?',
      b: names.get(tie.targetId) ?? '?',
    });
  const bridges = result.ties.filter((tie) => tie.weakBridge);
  const ego = result.egoId;
  const sorted = [...result.ties].sort(
    (a, b) =>
      Number(b.sourceId === ego || b.targetId === ego) -
        Number(a.sourceId === ego || a.targetId === ego) || b.score - a.score,
  );
  const listed = sorted.slice(0, MAX_TIES_LISTED);

  return (
    <div className="analysis-section-body">
      <section className="weak-bridges" aria-labelledby="weak-bridges-title">
        <h3 id="weak-bridges-title">
          {t('ui.analysis.ties.weakBridgesTitle')}{' '}
          <Why figure={t('ui.analysis.ties.weakBridgesTitle')}>
            {t('ui.analysis.weakBridgeWhy')}
          </Why>
        </h3>
        <p className="figure-line">{t('ui.analysis.ties.weakBridgesLine')}</p>
        {bridges.length === 0 ? (
          <p className="muted">{t('ui.analysis.ties.noWeakBridge')}</p>
        ) : (
          <ul className="weak-bridge-list">
            {bridges.map((tie) => (
              <li key={tie.tieId}>
                <strong>{ends(tie)}</strong> — {structureLine(tie, t)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <h3>{t('ui.analysis.ties.allTitle', { count: result.ties.length })}</h3>
      <ul className="tie-list">
        {listed.map((tie) => (
          <li key={tie.tieId} className={tie.strong ? 'tie-row strong' : 'tie-row weak'}>
            <div className="tie-head">
              <span className="tie-ends">{ends(tie)}</span>
              <Why figure={ends(tie)}>{scoreWhy(tie, t, format)}</Why>
            </div>
            <p className="tie-reason">{explainTieStrength(tie, t)}</p>
            <p className="tie-structure">{structureLine(tie, t)}</p>
          </li>
        ))}
      </ul>
      {sorted.length > listed.length && (
        <p className="muted">
          {t('ui.analysis.moreNotListed', { count: sorted.length - listed.length })}
        </p>
      )}
    </div>
  );
}

function scoreWhy(tie: TieFigures, t: TFunction, format: Format): string {
  return t('ui.analysis.ties.scoreWhy', {
    score: format.number(tie.score, 2),
    threshold: format.number(0.5, 1),
    verdict: t(tie.strong ? 'analytics.tieStrength.strong' : 'analytics.tieStrength.weak'),
  });
}

/** What the tie's place in the network says, in one sentence. */
export function structureLine(tie: TieFigures, t: TFunction): string {
  if (tie.common === null) return t('ui.analysis.ties.brokenNoPath');
  if (tie.localBridge && tie.span === null) return t('ui.analysis.ties.onlyPath');
  if (tie.localBridge) return t('ui.analysis.ties.localBridge', { span: tie.span });
  return t('ui.analysis.ties.common', { count: tie.common });
}
