// "Liens": every tie with its verdict (strong or weak) and the reasons for it, then what its place
// in the network says (acquaintances in common, bridge). Weak ties that bridge two circles come
// first, under Granovetter's name for them: "la force des liens faibles".
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { explainTieStrength } from '../../../shared/analytics';
import type { AnalysisResult } from '../engine/protocol';
import { TIE_FLAG, hasFlag, tieAt, type TieFigures } from '../engine/tieTable';
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
  const { ties } = result;
  const actorIds = result.actors.map((a) => a.id);
  const ego = result.actors.findIndex((a) => a.isEgo);
  // Sorted by index on the columns; only the ties shown are turned into objects.
  const withEgo = (i: number) => Number(ties.source[i] === ego || ties.target[i] === ego);
  const order = ties.ids
    .map((_id, i) => i)
    .sort((a, b) => withEgo(b) - withEgo(a) || (ties.score[b] ?? 0) - (ties.score[a] ?? 0));
  const bridges = order
    .filter((i) => hasFlag(ties, i, TIE_FLAG.weakBridge))
    .slice(0, MAX_TIES_LISTED)
    .map((i) => tieAt(ties, actorIds, i));
  const listed = order.slice(0, MAX_TIES_LISTED).map((i) => tieAt(ties, actorIds, i));

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
      <h3>{t('ui.analysis.ties.allTitle', { count: order.length })}</h3>
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
      {order.length > listed.length && (
        <p className="muted">
          {t('ui.analysis.moreNotListed', { count: order.length - listed.length })}
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
