// "Passeurs": who links people who would not meet otherwise. Per actor, most in-between first:
// betweenness, Burt's effective size and constraint, and the Gould and Fernandez roles, each with
// a "why" that reads the figure for this actor in plain words.
import { useTranslation } from 'react-i18next';
import { BROKERAGE_ROLES } from '../../../shared/analytics';
import type { ActorFigures, AnalysisResult } from '../engine/protocol';
import { useFormat } from './format';
import { Why } from './Why';

export const MAX_ACTORS_LISTED = 40;

export function BrokersSection({ result }: { result: AnalysisResult }) {
  const { t } = useTranslation();
  const sorted = [...result.actors].sort(
    (a, b) => b.betweenness - a.betweenness || a.label.localeCompare(b.label),
  );
  const listed = sorted.slice(0, MAX_ACTORS_LISTED);
  const sampled = result.betweenness.sampledFrom;
  return (
    <div className="analysis-section-body">
      <p className="figure-line">{t('ui.analysis.brokers.intro')}</p>
      {sampled !== null && (
        <p className="muted">{t('ui.analysis.brokers.sampled', { count: sampled })}</p>
      )}
      <ul className="broker-list">
        {listed.map((actor) => (
          <BrokerCard key={actor.id} actor={actor} />
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

function BrokerCard({ actor }: { actor: ActorFigures }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = actor.label;
  const roles = BROKERAGE_ROLES.filter((role) => actor.brokerage[role] > 0);
  const term = (key: string) => `${t(`ui.analysis.brokers.${key}`)} (${name})`;
  return (
    <li className="broker-card">
      <p className="broker-name">
        {name}
        {actor.isEgo && <span className="muted"> · {t('ui.analysis.brokers.thePerson')}</span>}
      </p>
      <dl className="broker-figures">
        <div>
          <dt>
            {t('ui.analysis.brokers.betweenness')}{' '}
            <Why figure={term('betweenness')}>
              {t('ui.analysis.brokers.betweennessWhy', {
                name,
                value: format.percent(actor.betweenness),
              })}
            </Why>
          </dt>
          <dd>{format.percent(actor.betweenness)}</dd>
        </div>
        <div>
          <dt>
            {t('ui.analysis.brokers.effectiveSize')}{' '}
            <Why figure={term('effectiveSize')}>
              {t('ui.analysis.brokers.effectiveSizeWhy', {
                name,
                count: actor.degree,
                value: format.number(actor.effectiveSize, 1),
              })}
            </Why>
          </dt>
          <dd>{format.number(actor.effectiveSize, 1)}</dd>
        </div>
        <div>
          <dt>
            {t('ui.analysis.brokers.constraint')}{' '}
            <Why figure={term('constraint')}>
              {t('ui.analysis.brokers.constraintWhy', {
                name,
                value: format.number(actor.constraint, 2),
              })}
            </Why>
          </dt>
          <dd>{format.number(actor.constraint, 2)}</dd>
        </div>
      </dl>
      <p className="broker-role">
        {roles.length === 0
          ? t('ui.analysis.brokers.noRole')
          : t('ui.analysis.brokers.roles', {
              roles: roles
                .map((role) =>
                  t('ui.analysis.brokers.roleCount', {
                    role: t(`ui.analysis.roleName.${role}`),
                    count: actor.brokerage[role],
                  }),
                )
                .join(', '),
            })}{' '}
        <Why figure={term('role')}>
          {actor.mainRole === null
            ? t('ui.analysis.brokers.roleWhyNone', { name })
            : t('ui.analysis.brokers.roleWhy', {
                name,
                role: t(`analytics.summary.role.${actor.mainRole}`),
              })}
        </Why>
      </p>
    </li>
  );
}
