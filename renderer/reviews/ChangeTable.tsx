// What changed, listed: one row per actor or tie added, lost or changed, with the details and
// the direction of each change (▲ closer, better or stronger; ▼ the other way).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeRow } from './rows';

/** Rows listed at first; a review of a large map can change hundreds of elements. */
export const FIRST_ROWS = 40;

export function ChangeTable({ rows, caption }: { rows: ChangeRow[]; caption: string }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (rows.length === 0) return <p className="empty-state">{t('reviews.changes.none')}</p>;
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <table className="reviews-table change-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reviews.changes.status')}</th>
          <th scope="col">{t('reviews.changes.element')}</th>
          <th scope="col">{t('reviews.changes.who')}</th>
          <th scope="col">{t('reviews.changes.detail')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((row) => (
          <tr key={row.key} className={`change-${row.status}`}>
            <td>
              <span className={`change-badge ${row.status}`}>
                {t(`reviews.changes.statuses.${row.status}`)}
              </span>
            </td>
            <td>{t(`reviews.changes.elements.${row.element}`)}</td>
            <th scope="row">{row.who}</th>
            <td>{row.detail}</td>
          </tr>
        ))}
      </tbody>
      {shown.length < rows.length && (
        <tfoot>
          <tr>
            <td colSpan={4}>
              <button type="button" className="button small" onClick={() => setAll(true)}>
                {t('reviews.changes.showAll', { count: rows.length })}
              </button>
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
