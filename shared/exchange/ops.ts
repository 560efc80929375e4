// The exchange operations (issue 8), spread into the contract (shared/api/contract.ts). They are
// the host's: files and long jobs live beside the vault, which makes the backup an import needs.
//
// Files cross the boundary in chunks of base64 (CHUNK_BYTES raw each, under the browser-mode
// server's 8 MB body limit), in both directions, so Electron's IPC and browser mode carry them
// the same way. A long piece of work is a job: start it, ask its state (progress), cancel it.
// - Export: `exchange.exportStart` → job → state `exported` → `exchange.download` each chunk.
// - Import: `exchange.uploadStart` + `exchange.uploadChunk` per file → `exchange.importStart`
//   → job → `needs_mapping` (CSV: choose the columns, then start again with the mapping) or
//   `needs_passphrase` (transfer file) or `preview` → `exchange.importConfirm` → `imported`.
//   Cancelling (or a bad file, `failed`) writes nothing.
import { z } from 'zod';
import { ApiError } from '../errors';
import { Id } from '../model';
import { Passphrase } from '../api/security';
import { CsvMapping } from './csv';
import { ImportPreview } from './preview';
import { FileProblem } from './problems';

const op = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** Files above this size are refused before a byte is parsed (the browser checks it too). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Raw bytes per chunk; in base64 about 5.3 MB, under the 8 MB body limit of browser mode. */
export const CHUNK_BYTES = 4 * 1024 * 1024;
const Base64Chunk = z
  .string()
  .max(Math.ceil(CHUNK_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv', 'pdf', 'transfer'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const JOB_PHASES = [
  'queued',
  'reading',
  'parsing',
  'mapping',
  'checking',
  'backup',
  'writing',
  'building',
  'encrypting',
  'decrypting',
  'rendering',
] as const;

export const JobProgress = z.object({
  phase: z.enum(JOB_PHASES),
  done: z.int().min(0),
  total: z.int().min(0),
});
export type JobProgress = z.infer<typeof JobProgress>;

/** A CSV file as the mapping step shows it: its columns and its first rows. */
export const CsvSample = z.object({
  headers: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  rowCount: z.int().min(0),
});
export type CsvSample = z.infer<typeof CsvSample>;

export const ExportedFile = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.int().min(0),
  chunks: z.int().min(1),
});
export type ExportedFile = z.infer<typeof ExportedFile>;

export const JobState = z.discriminatedUnion('state', [
  z.object({ state: z.literal('running'), progress: JobProgress }),
  z.object({ state: z.literal('cancelled') }),
  /** A bad file (`problem`) or another failure (`error`); nothing was written. */
  z.object({
    state: z.literal('failed'),
    problem: FileProblem.nullable(),
    error: ApiError.nullable(),
  }),
  z.object({
    state: z.literal('needs_mapping'),
    actors: CsvSample.nullable(),
    ties: CsvSample.nullable(),
    suggested: CsvMapping,
  }),
  z.object({ state: z.literal('needs_passphrase'), retry: z.boolean() }),
  z.object({ state: z.literal('preview'), preview: ImportPreview }),
  z.object({ state: z.literal('imported'), caseId: Id, backupId: z.string() }),
  /** CSV gives two files (actors.csv, ties.csv); every other format one. */
  z.object({ state: z.literal('exported'), files: z.array(ExportedFile).min(1).max(2) }),
]);
export type JobState = z.infer<typeof JobState>;

export const IMPORT_FILE_ROLES = ['data', 'actors', 'ties'] as const;

const JobRef = z.object({ jobId: Id }).strict();
const Started = z.object({ jobId: Id });

export const exchangeOps = {
  /** Writes a case to a file: the app's JSON, GraphML, GEXF, CSV (two files, downloaded one
   *  after the other), the A4 PDF report, or an encrypted transfer file. */
  'exchange.exportStart': op(
    z
      .object({
        caseId: Id,
        format: z.enum(EXPORT_FORMATS),
        pseudonymise: z.boolean(),
        /** The transfer file's passphrase, chosen at export (never stored). */
        passphrase: Passphrase.optional(),
      })
      .strict()
      .refine((v) => v.format !== 'transfer' || v.passphrase !== undefined, {
        path: ['passphrase'],
        message: 'A transfer file needs a passphrase',
      }),
    Started,
  ),
  'exchange.uploadStart': op(
    z
      .object({
        fileName: z.string().trim().min(1).max(255),
        sizeBytes: z.int().min(0).max(MAX_IMPORT_BYTES),
      })
      .strict(),
    z.object({ uploadId: Id, chunkBytes: z.int() }),
  ),
  'exchange.uploadChunk': op(
    z.object({ uploadId: Id, index: z.int().min(0), data: Base64Chunk }).strict(),
    z.object({ receivedBytes: z.int() }),
  ),
  /** Reads the uploaded files and prepares the preview; writes nothing. */
  'exchange.importStart': op(
    z
      .object({
        files: z
          .array(z.object({ uploadId: Id, role: z.enum(IMPORT_FILE_ROLES) }).strict())
          .min(1)
          .max(2),
        mapping: CsvMapping.optional(),
        passphrase: z.string().min(1).max(1024).optional(),
      })
      .strict(),
    Started,
  ),
  /** After the preview: a backup, then the new case in one transaction. */
  'exchange.importConfirm': op(JobRef, Started),
  'exchange.job': op(JobRef, JobState),
  /** Stops a running job (nothing is written) or forgets a finished one and its file. */
  'exchange.cancel': op(JobRef, JobState),
  /** One chunk of one of the job's exported files, in base64. */
  'exchange.download': op(
    z.object({ jobId: Id, file: z.int().min(0).max(1), index: z.int().min(0) }).strict(),
    z.object({ data: z.string(), last: z.boolean() }),
  ),
} as const;

export type ExchangeOp = keyof typeof exchangeOps;
export const EXCHANGE_OPS = Object.keys(exchangeOps) as ExchangeOp[];
