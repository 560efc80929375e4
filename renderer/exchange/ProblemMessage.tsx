// Why a file was refused, translated, with the line or the element at fault; and a reminder
// that nothing was saved.
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES } from '../../shared/exchange/ops';
import type { FileProblem } from '../../shared/exchange/problems';
import { megabytes } from './files';

export function ProblemMessage({ problem }: { problem: FileProblem }) {
  const { t } = useTranslation();
  const where = [
    problem.line !== null ? t('exchange.problems.at', { line: problem.line }) : null,
    problem.element !== null ? t('exchange.problems.element', { element: problem.element }) : null,
  ].filter((part): part is string => part !== null);
  return (
    <div className="exchange-problem" role="alert">
      <p className="exchange-problem-title">{t('exchange.problems.title')}</p>
      <p>
        {t(`exchange.problems.${problem.code}`, {
          limit: megabytes(MAX_IMPORT_BYTES),
          detail: problem.detail ?? '?',
        })}
      </p>
      {where.length > 0 && <p className="muted">{where.join(' · ')}</p>}
    </div>
  );
}
