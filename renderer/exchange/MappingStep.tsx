// The column-mapping step of a CSV import: for each field of an actor and of a tie, which column
// of the file holds it (suggested from the column names), beside the file's first rows.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_FIELDS, TIE_FIELDS, type CsvMapping } from '../../shared/exchange/csv';
import type { CsvSample } from '../../shared/exchange/ops';

interface MappingStepProps {
  actors: CsvSample | null;
  ties: CsvSample | null;
  suggested: CsvMapping;
  onApply: (mapping: CsvMapping) => void;
}

export function MappingStep({ actors, ties, suggested, onApply }: MappingStepProps) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<CsvMapping>(suggested);
  return (
    <section className="exchange-mapping" aria-label={t('exchange.mapping.title')}>
      <h3>{t('exchange.mapping.title')}</h3>
      <p className="muted">{t('exchange.mapping.intro')}</p>
      {actors && (
        <TableMapping
          title={t('exchange.mapping.actors')}
          sample={actors}
          fields={ACTOR_FIELDS}
          chosen={mapping.actors}
          onChange={(field, column) =>
            setMapping({ ...mapping, actors: { ...mapping.actors, [field]: column } })
          }
        />
      )}
      {ties && (
        <TableMapping
          title={t('exchange.mapping.ties')}
          sample={ties}
          fields={TIE_FIELDS}
          chosen={mapping.ties}
          onChange={(field, column) =>
            setMapping({ ...mapping, ties: { ...mapping.ties, [field]: column } })
          }
        />
      )}
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={() => onApply(mapping)}>
          {t('exchange.mapping.apply')}
        </button>
      </div>
    </section>
  );
}

interface TableMappingProps<F extends string> {
  title: string;
  sample: CsvSample;
  fields: readonly F[];
  chosen: Record<F, string | null>;
  onChange: (field: F, column: string | null) => void;
}

function TableMapping<F extends string>({
  title,
  sample,
  fields,
  chosen,
  onChange,
}: TableMappingProps<F>) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="exchange-table-mapping">
      <legend>{title}</legend>
      <div className="exchange-mapping-grid">
        {fields.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>{t(`exchange.mapping.fields.${field}`)}</label>
            <select
              id={`${id}-${field}`}
              value={chosen[field] ?? ''}
              onChange={(event) =>
                onChange(field, event.target.value === '' ? null : event.target.value)
              }
            >
              <option value="">{t('exchange.mapping.none')}</option>
              {sample.headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <table className="exchange-sample">
        <caption>{t('exchange.mapping.sample', { count: sample.rowCount })}</caption>
        <thead>
          <tr>
            {sample.headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sample.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
