// "Sur la carte": the overlay toggles, each with the legend of what it draws.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BROKERAGE_ROLES } from '../../../shared/analytics';
import {
  CONSTRAINT_CLASSES,
  NO_CONSTRAINT_COLOR,
  PATH_COLOR,
  WEAK_BRIDGE_COLOR,
} from '../overlay/overlayStyle';
import type { OverlaySettings, TieFilter } from '../overlay/overlayModel';
import { useFormat } from './format';
import { Why } from './Why';

interface OverlayControlsProps {
  settings: OverlaySettings;
  onChange: (settings: OverlaySettings) => void;
  pathShown: boolean;
}

type Toggle = 'size' | 'colour' | 'weakBridges' | 'badges';
const TOGGLES: Toggle[] = ['size', 'colour', 'weakBridges', 'badges'];
const FILTERS: TieFilter[] = ['all', 'strong', 'weak'];

export function OverlayControls({ settings, onChange, pathShown }: OverlayControlsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const tiesLabel = useId();
  return (
    <details className="analysis-overlays">
      <summary>{t('ui.analysis.overlays.title')}</summary>
      <ul className="overlay-toggles">
        {TOGGLES.map((toggle) => (
          <li key={toggle}>
            <label className="choice">
              <input
                type="checkbox"
                checked={settings[toggle]}
                onChange={(event) => onChange({ ...settings, [toggle]: event.target.checked })}
              />
              <span>{t(`ui.analysis.overlays.${toggle}`)}</span>
            </label>
            <Why figure={t(`ui.analysis.overlays.${toggle}`)}>
              {t(`ui.analysis.overlays.${toggle}Why`)}
            </Why>
            {settings[toggle] && toggle === 'colour' && (
              <ul className="overlay-legend" aria-label={t('ui.analysis.overlays.colourLegend')}>
                {CONSTRAINT_CLASSES.map((c, i) => (
                  <li key={c.color}>
                    <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
                    {i === CONSTRAINT_CLASSES.length - 1
                      ? t('ui.analysis.overlays.fromValue', {
                          value: format.number(CONSTRAINT_CLASSES[i - 1]?.upTo ?? 0, 1),
                        })
                      : t('ui.analysis.overlays.belowValue', { value: format.number(c.upTo, 1) })}
                    {i === 0 && ` · ${t('ui.analysis.overlays.free')}`}
                    {i === CONSTRAINT_CLASSES.length - 1 &&
                      ` · ${t('ui.analysis.overlays.constrained')}`}
                  </li>
                ))}
                <li>
                  <span
                    className="swatch"
                    style={{ background: NO_CONSTRAINT_COLOR }}
                    aria-hidden="true"
                  />
                  {t('ui.analysis.overlays.noConstraint')}
                </li>
              </ul>
            )}
            {settings[toggle] && toggle === 'size' && (
              <p className="overlay-note">{t('ui.analysis.overlays.sizeLegend')}</p>
            )}
            {settings[toggle] && toggle === 'weakBridges' && (
              <p className="overlay-note">
                <span
                  className="swatch line"
                  style={{ background: WEAK_BRIDGE_COLOR }}
                  aria-hidden="true"
                />
                {t('ui.analysis.overlays.weakBridgesLegend')}
              </p>
            )}
            {settings[toggle] && toggle === 'badges' && (
              <p className="overlay-note">
                {BROKERAGE_ROLES.map((role) =>
                  t('ui.analysis.overlays.badgeKey', {
                    initials: t(`ui.analysis.roleInitials.${role}`),
                    role: t(`ui.analysis.roleName.${role}`),
                  }),
                ).join(' · ')}
              </p>
            )}
          </li>
        ))}
      </ul>
      <p className="overlay-ties-label" id={tiesLabel}>
        {t('ui.analysis.overlays.tiesLabel')}
      </p>
      <div className="segmented three" role="group" aria-labelledby={tiesLabel}>
        {FILTERS.map((filter) => (
          <button
            key={filter}
            type="button"
            className="chip"
            aria-pressed={settings.ties === filter}
            onClick={() => onChange({ ...settings, ties: filter })}
          >
            {t(`ui.analysis.overlays.ties_${filter}`)}
          </button>
        ))}
      </div>
      {pathShown && (
        <p className="overlay-note">
          <span className="swatch line" style={{ background: PATH_COLOR }} aria-hidden="true" />
          {t('ui.analysis.overlays.pathLegend')}
        </p>
      )}
    </details>
  );
}
