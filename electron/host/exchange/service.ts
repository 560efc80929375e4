// The exchange operations of the contract (shared/exchange/ops.ts), served beside the vault.
// Every operation needs the data unlocked; locking forgets every job and upload (they hold
// personal data in memory). An import writes only after the user confirmed its preview, and
// only after the vault made a 'before_import' backup; the write is one transaction.
import type { ApiHandlers } from '../../../shared/api/contract';
import type { Store } from '../../../db/index';
import { fr } from '../../../shared/i18n/fr';
import type { ExchangeOp, JobState } from '../../../shared/exchange/ops';
import { previewOf, type ImportDraft } from '../../../shared/exchange/preview';
import { pseudonymiseDocument } from '../../../shared/exchange/pseudonymise';
import type { BackupInfo, BackupReason } from '../../../shared/api/security';
import { readCaseDocument } from './case-document';
import { exportFiles, type ExportFile } from './export-files';
import { readImport, type ImportFiles } from './import-read';
import { JobRegistry, type Log } from './jobs';
import { Uploads } from './uploads';
import { CHUNK_BYTES } from '../../../shared/exchange/ops';
import { MaillageError } from '../../../shared/errors';

/** What the service needs of the vault. */
export interface VaultAccess {
  withOpenStore<T>(work: (store: Store) => T): T;
  createBackup(reason: BackupReason): BackupInfo;
  clock(): Date;
}

type Kept =
  | { kind: 'files'; files: ExportFile[] }
  | { kind: 'draft'; draft: ImportDraft; uploadIds: string[] };

export type ExchangeHandlers = Pick<ApiHandlers, ExchangeOp> & {
  /** Forgets every job and upload: the vault locked. */
  forget(): void;
};

const WORDS = { organisation: fr.reviews.pseudonyms.organisation };

export function exchangeHandlers(vault: VaultAccess, log: Log = () => {}): ExchangeHandlers {
  const jobs = new JobRegistry<Kept>(log);
  const uploads = new Uploads();
  /** Every call needs the data open: a locked vault answers 'locked' and drops what it held. */
  const requireOpen = () => {
    try {
      vault.withOpenStore(() => undefined);
    } catch (error) {
      jobs.clear();
      uploads.clear();
      throw error;
    }
  };

  return {
    forget: () => {
      jobs.clear();
      uploads.clear();
    },

    'exchange.exportStart': ({ caseId, format, pseudonymise, passphrase }) => {
      requireOpen();
      // The case must exist now: a wrong id fails the call, not a job later.
      vault.withOpenStore((store) => store.handlers['map.load']({ caseId, kind: 'current' }));
      const jobId = jobs.start('export', async (control) => {
        control.progress('reading');
        await control.checkpoint();
        const now = vault.clock();
        let document = vault.withOpenStore((store) =>
          readCaseDocument(store.handlers, caseId, now),
        );
        await control.checkpoint();
        if (pseudonymise) document = pseudonymiseDocument(document, WORDS);
        const files = await exportFiles(document, format, { passphrase, now }, control);
        await control.checkpoint();
        vault.withOpenStore((store) =>
          store.recordEvent({ caseId, entity: 'case', entityId: caseId, action: 'export' }),
        );
        const state: JobState = {
          state: 'exported',
          files: files.map((file) => ({
            fileName: file.fileName,
            mediaType: file.mediaType,
            sizeBytes: file.bytes.length,
            chunks: Math.max(1, Math.ceil(file.bytes.length / CHUNK_BYTES)),
          })),
        };
        return { state, keep: { kind: 'files', files } };
      });
      return { jobId };
    },

    'exchange.uploadStart': ({ fileName, sizeBytes }) => {
      requireOpen();
      return uploads.start(fileName, sizeBytes);
    },

    'exchange.uploadChunk': ({ uploadId, index, data }) => {
      requireOpen();
      return uploads.chunk(uploadId, index, data);
    },

    'exchange.importStart': ({ files, mapping, passphrase }) => {
      requireOpen();
      const chosen: ImportFiles = {};
      for (const { uploadId, role } of files) chosen[role] = uploads.file(uploadId);
      const uploadIds = files.map((f) => f.uploadId);
      const jobId = jobs.start('import', async (control) => {
        const outcome = await readImport(
          chosen,
          { mapping, passphrase, now: vault.clock() },
          control,
        );
        if (outcome.kind === 'question') return { state: outcome.state };
        await control.checkpoint();
        const existing = vault.withOpenStore((store) =>
          store.handlers['cases.list']({}).map((c) => c.pseudonym.trim().toLowerCase()),
        );
        const preview = previewOf(outcome.draft, outcome.format, new Set(existing));
        return {
          state: { state: 'preview', preview },
          keep: { kind: 'draft', draft: outcome.draft, uploadIds },
        };
      });
      return { jobId };
    },

    'exchange.importConfirm': ({ jobId: previewJobId }) => {
      requireOpen();
      const kept = jobs.kept(previewJobId, 'preview');
      if (kept.kind !== 'draft') throw new Error('A preview job keeps a draft.');
      jobs.cancel(previewJobId);
      const jobId = jobs.start('import-write', async (control) => {
        control.progress('backup');
        await control.checkpoint();
        const backup = vault.createBackup('before_import');
        await control.checkpoint();
        // From here on the work is synchronous: one transaction, no cancel can come between.
        control.progress('writing');
        const summary = vault.withOpenStore((store) => store.importCase(kept.draft.document));
        for (const id of kept.uploadIds) uploads.release(id);
        return { state: { state: 'imported', caseId: summary.id, backupId: backup.id } };
      });
      return { jobId };
    },

    'exchange.job': ({ jobId }) => {
      requireOpen();
      return jobs.state(jobId);
    },

    'exchange.cancel': ({ jobId }) => {
      requireOpen();
      const kept = jobs.peek(jobId);
      if (kept?.kind === 'draft') for (const id of kept.uploadIds) uploads.release(id);
      return jobs.cancel(jobId);
    },

    'exchange.download': ({ jobId, file, index }) => {
      requireOpen();
      const kept = jobs.kept(jobId, 'exported');
      if (kept.kind !== 'files') throw new Error('An export job keeps files.');
      const target = kept.files[file];
      const chunks = Math.max(1, Math.ceil((target?.bytes.length ?? 0) / CHUNK_BYTES));
      if (target === undefined || index >= chunks) {
        throw new MaillageError('not_found', `No chunk ${index} of file ${file}.`);
      }
      const slice = target.bytes.subarray(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES);
      return { data: slice.toString('base64'), last: index === chunks - 1 };
    },
  };
}
