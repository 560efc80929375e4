// Export a case: choose the format and whether names are hidden, read what the file will hold,
// then the file is made by a host job (progress, Cancel) and saved as a download. Images are
// drawn here, from the map as the store has it. Nothing leaves the computer.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './exchange.css';
import type { ExportedFile, JobState } from '../../shared/exchange/ops';
import { PASSPHRASE_MIN_LENGTH } from '../../shared/api/security';
import { MaillageError } from '../../shared/errors';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';
import { pseudonymisingApi } from '../reviews/pseudonymisingApi';
import { usePseudonymised, usePseudonymWords } from '../reviews/privacy';
import { Dialog } from './Dialog';
import { ExportOptions, passphraseProblem, type ExportSettings } from './ExportOptions';
import { downloadFile, saveBlob } from './files';
import { legendItems } from './image/legendItems';
import { mapPng, mapSvg } from './image/mapImage';
import { JobProgress } from './JobProgress';
import { useJob } from './useJob';

interface ExportDialogProps {
  caseId: string;
  caseName: string;
  onClose: () => void;
}

export function ExportDialog({ caseId, caseName, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const words = usePseudonymWords();
  const forced = usePseudonymised();
  const { report } = useNotices();
  const [settings, setSettings] = useState<ExportSettings>({
    format: 'pdf',
    pseudonymise: false,
    passphrase: '',
    confirmation: '',
    scale: 2,
  });
  const [jobId, setJobId] = useState<string | null>(null);
  const [saved, setSaved] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const onError = useCallback(
    (error: unknown) => {
      setBusy(false);
      setJobId(null);
      report(error);
    },
    [report],
  );
  const saveFiles = useCallback(
    async (id: string, files: readonly ExportedFile[]) => {
      for (const [index, file] of files.entries()) {
        saveBlob(await downloadFile(api, id, index, file), file.fileName);
      }
      setSaved(files.map((f) => f.fileName));
    },
    [api],
  );
  const onSettled = useCallback(
    (settled: JobState, id: string) => {
      setBusy(false);
      if (settled.state === 'exported') void saveFiles(id, settled.files).catch(onError);
      if (settled.state === 'failed' && settled.error) {
        report(new MaillageError(settled.error.code, settled.error.message));
      }
    },
    [saveFiles, onError, report],
  );
  const job = useJob(jobId, onError, onSettled);
  const problem = passphraseProblem(settings);
  const pseudonymise = forced || settings.pseudonymise;

  const start = async () => {
    setSaved(null);
    setBusy(true);
    try {
      if (settings.format === 'png' || settings.format === 'svg') {
        // Hidden names are the pseudonymising API's: the image never holds a real one.
        const source = pseudonymise && !forced ? pseudonymisingApi(api, words) : api;
        const data = await source['map.load']({ caseId });
        const legend = legendItems(t);
        const blob =
          settings.format === 'png'
            ? await mapPng(data, settings.scale, legend)
            : mapSvg(data, legend);
        const name = `${data.case.pseudonym.replace(/[^\p{L}\p{N}]+/gu, '-')}-carte.${settings.format}`;
        saveBlob(blob, name);
        setSaved([name]);
        setBusy(false);
        return;
      }
      const started = await api['exchange.exportStart']({
        caseId,
        format: settings.format,
        pseudonymise,
        ...(settings.format === 'transfer' ? { passphrase: settings.passphrase } : {}),
      });
      setJobId(started.jobId);
    } catch (error) {
      onError(error);
    }
  };

  const state = job.state;
  const running = state?.state === 'running' ? state.progress : null;

  return (
    <Dialog
      title={t('exchange.export.title', { name: caseName })}
      onClose={running ? null : onClose}
    >
      <ExportOptions settings={settings} onChange={setSettings} forced={forced} disabled={busy} />
      {running && <JobProgress progress={running} onCancel={() => void job.cancel()} />}
      {state?.state === 'cancelled' && <p role="status">{t('exchange.progress.cancelled')}</p>}
      {saved && (
        <p role="status" className="exchange-done">
          {t('exchange.export.done', { file: saved.join(', ') })}{' '}
          {t('exchange.export.nothingLeaves')}
        </p>
      )}
      {problem && settings.passphrase.length > 0 && (
        <p className="field-error">
          {problem === 'short'
            ? t('exchange.export.passphraseShort', { count: PASSPHRASE_MIN_LENGTH })
            : t('exchange.export.passphraseMismatch')}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} disabled={running !== null}>
          {t('ui.actions.close')}
        </button>
        {saved && jobId !== null && state?.state === 'exported' && (
          <button
            type="button"
            className="button"
            onClick={() => void saveFiles(jobId, state.files).catch(onError)}
          >
            {t('exchange.export.downloadAgain')}
          </button>
        )}
        <button
          type="button"
          className="button primary"
          disabled={busy || problem !== null}
          onClick={() => void start()}
        >
          {t('exchange.export.start')}
        </button>
      </div>
    </Dialog>
  );
}
