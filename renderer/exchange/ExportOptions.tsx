// The choices of an export: the format, pseudonymisation, what the file will contain (said
// plainly, before anything is written), a passphrase for a transfer file, a resolution for PNG.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN_LENGTH } from '../../shared/api/security';
import { EXPORT_FORMATS } from '../../shared/exchange/ops';
import { RadioGroup } from '../forms/choices';

export const EXPORT_CHOICES = [...EXPORT_FORMATS, 'png', 'svg'] as const;
export type ExportChoice = (typeof EXPORT_CHOICES)[number];
export const PNG_SCALES = [1, 2, 3, 4] as const;

export interface ExportSettings {
  format: ExportChoice;
  pseudonymise: boolean;
  passphrase: string;
  confirmation: string;
  scale: (typeof PNG_SCALES)[number];
}

interface ExportOptionsProps {
  settings: ExportSettings;
  onChange: (settings: ExportSettings) => void;
  /** Names are hidden in the whole window: the export must be pseudonymised. */
  forced: boolean;
  disabled: boolean;
}

export function passphraseProblem(settings: ExportSettings): 'short' | 'mismatch' | null {
  if (settings.format !== 'transfer') return null;
  if (settings.passphrase.length < PASSPHRASE_MIN_LENGTH) return 'short';
  return settings.passphrase === settings.confirmation ? null : 'mismatch';
}

export function ExportOptions({ settings, onChange, forced, disabled }: ExportOptionsProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<ExportSettings>) => onChange({ ...settings, ...patch });
  const hidden = forced || settings.pseudonymise;
  return (
    <fieldset className="exchange-options" disabled={disabled}>
      <RadioGroup
        legend={t('exchange.export.format')}
        name="export-format"
        value={settings.format}
        options={EXPORT_CHOICES.map((format) => ({
          value: format,
          label: t(`exchange.formats.${format}`),
        }))}
        onChange={(format) => set({ format })}
      />
      <label className="choice">
        <input
          type="checkbox"
          checked={hidden}
          disabled={forced}
          onChange={(event) => set({ pseudonymise: event.target.checked })}
        />
        <span>{t('exchange.export.pseudonymise')}</span>
      </label>
      {forced && <p className="field-hint">{t('exchange.export.pseudonymiseForced')}</p>}
      <section className="exchange-contents" aria-labelledby={`${id}-contents`}>
        <h3 id={`${id}-contents`}>{t('exchange.export.contains')}</h3>
        <p>{t(`exchange.contents.${settings.format}`)}</p>
        <p>{t(hidden ? 'exchange.names.hidden' : 'exchange.names.real')}</p>
      </section>
      {settings.format === 'png' && (
        <div className="field">
          <label htmlFor={`${id}-scale`}>{t('exchange.export.scale')}</label>
          <select
            id={`${id}-scale`}
            value={settings.scale}
            onChange={(event) =>
              set({ scale: Number(event.target.value) as ExportSettings['scale'] })
            }
          >
            {PNG_SCALES.map((scale) => (
              <option key={scale} value={scale}>
                {t('exchange.export.scaleValue', { scale })}
              </option>
            ))}
          </select>
        </div>
      )}
      {settings.format === 'transfer' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-passphrase`}>{t('exchange.export.passphrase')}</label>
            <input
              id={`${id}-passphrase`}
              type="password"
              autoComplete="new-password"
              value={settings.passphrase}
              aria-describedby={`${id}-hint`}
              onChange={(event) => set({ passphrase: event.target.value })}
            />
            <p className="field-hint" id={`${id}-hint`}>
              {t('exchange.export.passphraseHint', { count: PASSPHRASE_MIN_LENGTH })}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-confirmation`}>{t('exchange.export.passphraseConfirm')}</label>
            <input
              id={`${id}-confirmation`}
              type="password"
              autoComplete="new-password"
              value={settings.confirmation}
              onChange={(event) => set({ confirmation: event.target.value })}
            />
          </div>
        </>
      )}
    </fieldset>
  );
}
