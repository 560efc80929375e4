// The strength of a new passphrase, as a bar of five steps and a word, updated as it is typed.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadEstimator, type Strength } from './strength';

/** Reports the score (null while empty or loading) to the form, which enforces the minimum. */
export function StrengthMeter({
  passphrase,
  onScore,
}: {
  passphrase: string;
  onScore: (score: Strength['score'] | null) => void;
}) {
  const { t } = useTranslation();
  const [estimated, setScore] = useState<Strength['score'] | null>(null);

  useEffect(() => {
    let current = true;
    if (passphrase === '') return;
    void loadEstimator().then((estimate) => {
      if (!current) return;
      const next = estimate(passphrase).score;
      setScore(next);
      onScore(next);
    });
    return () => {
      current = false;
    };
  }, [passphrase, onScore]);

  const label = t('security.strength.label');
  // An empty field has no strength, whatever the last estimate was.
  const score = passphrase === '' ? null : estimated;
  return (
    <div className="strength" data-score={score ?? 'none'}>
      <div
        className="strength-bar"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={score ?? 0}
        aria-valuetext={score === null ? t('security.strength.empty') : levelText(t, score)}
      >
        {[0, 1, 2, 3, 4].map((step) => (
          <span key={step} className={score !== null && step <= score ? 'on' : undefined} />
        ))}
      </div>
      <p className="strength-word" aria-hidden="true">
        <span>{label}</span>
        <strong>{score === null ? t('security.strength.empty') : levelText(t, score)}</strong>
      </p>
    </div>
  );
}

function levelText(t: (key: string) => string, score: number): string {
  return t(`security.strength.levels.${score}`);
}
