// Import a case: choose the file(s), they go to the host, which reads them (progress, Cancel),
// asks what it must (the columns of CSV tables, a transfer file's passphrase), and shows the
// preview. Only "Import as a new case" writes: a backup first, then the case in one transaction.
// A bad file says why, with the line or the element; Cancel at any step writes nothing.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './exchange.css';
import type { CsvMapping } from '../../shared/exchange/csv';
import type { JobState } from '../../shared/exchange/ops';
import { MaillageError } from '../../shared/errors';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';
import { Dialog } from './Dialog';
import { uploadFile, UploadCancelled } from './files';
import { ImportChoose, type ChosenFiles } from './ImportChoose';
import { JobProgress } from './JobProgress';
import { MappingStep } from './MappingStep';
import { PassphraseStep } from './PassphraseStep';
import { PreviewPanel } from './PreviewPanel';
import { ProblemMessage } from './ProblemMessage';
import { useJob } from './useJob';

type Uploaded = { uploadId: string; role: 'data' | 'actors' | 'ties' }[];

interface ImportDialogProps {
  onClose: () => void;
  /** The new case, once written (the list reloads, "Open" opens it). */
  onImported: (caseId: string) => void;
  onOpenCase: (caseId: string) => void;
}

export function ImportDialog({ onClose, onImported, onOpenCase }: ImportDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { report } = useNotices();
  const [uploaded, setUploaded] = useState<Uploaded | null>(null);
  const [upload, setUpload] = useState<{ sent: number; total: number } | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [writing, setWriting] = useState(false);
  const [caseName, setCaseName] = useState('');
  const cancelUpload = useRef({ cancelled: false });

  const restart = useCallback(() => {
    setUploaded(null);
    setUpload(null);
    setJobId(null);
    setWriting(false);
  }, []);
  const onError = useCallback(
    (error: unknown) => {
      if (!(error instanceof UploadCancelled)) report(error);
      restart();
    },
    [report, restart],
  );
  const onSettled = useCallback(
    (state: JobState) => {
      if (state.state === 'imported') onImported(state.caseId);
      if (state.state === 'failed' && state.error)
        report(new MaillageError(state.error.code, state.error.message));
    },
    [onImported, report],
  );
  const job = useJob(jobId, onError, onSettled);

  const read = async (files: ChosenFiles) => {
    cancelUpload.current = { cancelled: false };
    try {
      const chosen = (['data', 'actors', 'ties'] as const).flatMap((role) =>
        files[role] ? [[role, files[role]] as const] : [],
      );
      const total = chosen.reduce((sum, [, file]) => sum + file.size, 0);
      let done = 0;
      const sent: Uploaded = [];
      setUpload({ sent: 0, total });
      for (const [role, file] of chosen) {
        const uploadId = await uploadFile(
          api,
          file,
          (bytes) => setUpload({ sent: done + bytes, total }),
          cancelUpload.current,
        );
        done += file.size;
        sent.push({ uploadId, role });
      }
      setUpload(null);
      setUploaded(sent);
      setJobId((await api['exchange.importStart']({ files: sent })).jobId);
    } catch (error) {
      onError(error);
    }
  };

  const again = async (extra: { mapping?: CsvMapping; passphrase?: string }) => {
    if (!uploaded) return;
    try {
      setJobId((await api['exchange.importStart']({ files: uploaded, ...extra })).jobId);
    } catch (error) {
      onError(error);
    }
  };

  const confirm = async (name: string) => {
    if (jobId === null) return;
    try {
      setWriting(true);
      setCaseName(name);
      setJobId((await api['exchange.importConfirm']({ jobId })).jobId);
    } catch (error) {
      onError(error);
    }
  };

  const state = job.state;
  const running = state?.state === 'running' ? state.progress : null;
  const closable = running === null && upload === null;
  const cancelAndRestart = async () => {
    await job.cancel();
    restart();
  };

  return (
    <Dialog title={t('exchange.import.title')} onClose={closable ? onClose : null}>
      {upload && (
        <JobProgress
          progress={{ phase: 'reading', done: upload.sent, total: upload.total }}
          onCancel={() => (cancelUpload.current.cancelled = true)}
        />
      )}
      {!upload && jobId === null && <ImportChoose onRead={(files) => void read(files)} />}
      {running && <JobProgress progress={running} onCancel={() => void job.cancel()} />}
      {state?.state === 'needs_passphrase' && (
        <PassphraseStep retry={state.retry} onOpen={(passphrase) => void again({ passphrase })} />
      )}
      {state?.state === 'needs_mapping' && (
        <MappingStep
          actors={state.actors}
          ties={state.ties}
          suggested={state.suggested}
          onApply={(mapping) => void again({ mapping })}
        />
      )}
      {state?.state === 'preview' && (
        <>
          <PreviewPanel preview={state.preview} />
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => void cancelAndRestart()}>
              {t('ui.actions.cancel')}
            </button>
            <button
              type="button"
              className="button primary"
              onClick={() => void confirm(state.preview.pseudonym)}
            >
              {t('exchange.import.confirm')}
            </button>
          </div>
        </>
      )}
      {state?.state === 'failed' && state.problem && <ProblemMessage problem={state.problem} />}
      {state?.state === 'cancelled' && <p role="status">{t('exchange.progress.cancelled')}</p>}
      {state?.state === 'imported' && (
        <p role="status" className="exchange-done">
          {t('exchange.import.done', { name: caseName })}
        </p>
      )}
      {(state?.state === 'failed' ||
        state?.state === 'cancelled' ||
        state?.state === 'imported') && (
        <div className="dialog-actions">
          <button type="button" className="button" onClick={restart}>
            {t('exchange.import.another')}
          </button>
          {state.state === 'imported' && (
            <button
              type="button"
              className="button primary"
              onClick={() => onOpenCase(state.caseId)}
            >
              {t('exchange.import.openCase')}
            </button>
          )}
        </div>
      )}
      {/* The preview has its own Cancel beside Import: one row of choices, not two. */}
      {closable && !writing && state?.state !== 'preview' && (
        <div className="dialog-actions">
          <button type="button" className="button subtle" onClick={onClose}>
            {t('ui.actions.close')}
          </button>
        </div>
      )}
    </Dialog>
  );
}
