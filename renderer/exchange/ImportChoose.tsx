// The first step of an import: one file (JSON, transfer, GraphML, GEXF) or CSV tables, chosen
// with the system's file picker; the stated size limit is checked here, before any upload.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES } from '../../shared/exchange/ops';
import { RadioGroup } from '../forms/choices';
import { usePseudonymised } from '../reviews/privacy';
import { megabytes } from './files';

export interface ChosenFiles {
  data?: File;
  actors?: File;
  ties?: File;
}

export function ImportChoose({ onRead }: { onRead: (files: ChosenFiles) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<'data' | 'csv'>('data');
  const [files, setFiles] = useState<ChosenFiles>({});
  // The pseudonymising API refuses imports: say so now rather than fail after the upload.
  const namesHidden = usePseudonymised();
  const chosen = kind === 'data' ? [files.data] : [files.actors, files.ties];
  const tooLarge = chosen.find((file) => file !== undefined && file.size > MAX_IMPORT_BYTES);
  const ready =
    kind === 'data'
      ? files.data !== undefined
      : files.actors !== undefined || files.ties !== undefined;

  const input = (role: keyof ChosenFiles, label: string, accept: string) => (
    <div className="field">
      <label htmlFor={`${id}-${role}`}>{label}</label>
      <input
        id={`${id}-${role}`}
        type="file"
        accept={accept}
        onChange={(event) => setFiles({ ...files, [role]: event.target.files?.[0] })}
      />
    </div>
  );

  return (
    <div className="exchange-choose">
      <p className="muted">{t('exchange.import.intro', { size: megabytes(MAX_IMPORT_BYTES) })}</p>
      <RadioGroup
        legend={t('exchange.import.kind')}
        name="import-kind"
        value={kind}
        options={[
          { value: 'data', label: t('exchange.import.kindData') },
          { value: 'csv', label: t('exchange.import.kindCsv') },
        ]}
        onChange={setKind}
      />
      {kind === 'data'
        ? input('data', t('exchange.import.file'), '.json,.maillage,.graphml,.xml,.gexf')
        : [
            input('actors', t('exchange.import.actorsFile'), '.csv,.txt'),
            input('ties', t('exchange.import.tiesFile'), '.csv,.txt'),
          ]}
      {tooLarge && (
        <p className="field-error" role="alert">
          {t('exchange.import.tooLarge', {
            size: megabytes(tooLarge.size),
            limit: megabytes(MAX_IMPORT_BYTES),
          })}
        </p>
      )}
      {namesHidden && (
        <p className="field-error" role="alert">
          {t('exchange.open.importUnavailable')}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="button primary"
          disabled={!ready || tooLarge !== undefined || namesHidden}
          onClick={() =>
            onRead(
              kind === 'data' ? { data: files.data } : { actors: files.actors, ties: files.ties },
            )
          }
        >
          {t('exchange.import.read')}
        </button>
      </div>
    </div>
  );
}
