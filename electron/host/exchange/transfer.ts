// The transfer file: one case, encrypted with a passphrase chosen at export, to move it between
// laptops (a USB stick, a shared drive) without the data key of either. Format, version 1:
//
//   "MAILLAGE-TRANSFER\n"                  18 bytes, ASCII (the magic)
//   header length                          4 bytes, unsigned big-endian
//   header                                 UTF-8 JSON: { version: 1, kdf: { algorithm:
//                                          "argon2id", memoryKiB, iterations, parallelism },
//                                          salt (base64, 16 bytes), cipher: "aes-256-gcm",
//                                          nonce (base64, 12 bytes), content: "maillage-case+json",
//                                          compression: "gzip" }
//   ciphertext                             AES-256-GCM of gzip(the case's JSON document)
//   tag                                    16 bytes, GCM's authentication tag
//
// The key is Argon2id of the passphrase (the vault's own settings and floor: 64 MiB, 3 passes,
// 4 lanes; electron/host/vault/kdf.ts). Everything before the ciphertext is GCM's associated data:
// a changed header or a changed byte anywhere fails the tag, which is reported like a wrong
// passphrase would be ("wrong passphrase or damaged file"): the two cannot be told apart.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { z } from 'zod';
import { FileProblemError } from '../../../shared/exchange/problems';
import { DEFAULT_KDF, deriveKey, KdfParams } from '../vault/kdf';

export const TRANSFER_MAGIC = Buffer.from('MAILLAGE-TRANSFER\n', 'ascii');
export const TRANSFER_VERSION = 1;
export const TRANSFER_EXTENSION = 'maillage';
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 4_096;
/** A decompressed document larger than this is refused (a "zip bomb" must not fill memory). */
const MAX_PLAIN_BYTES = 512 * 1024 * 1024;

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

const Base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const TransferHeader = z
  .object({
    version: z.int().min(1),
    kdf: KdfParams,
    salt: Base64,
    cipher: z.literal('aes-256-gcm'),
    nonce: Base64,
    content: z.literal('maillage-case+json'),
    compression: z.literal('gzip'),
  })
  .strict();

export function isTransferFile(bytes: Uint8Array): boolean {
  return (
    bytes.length >= TRANSFER_MAGIC.length &&
    TRANSFER_MAGIC.equals(Buffer.from(bytes.subarray(0, TRANSFER_MAGIC.length)))
  );
}

export async function sealTransfer(
  json: string,
  passphrase: string,
  kdf: KdfParams = DEFAULT_KDF,
): Promise<Buffer> {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const header = Buffer.from(
    JSON.stringify({
      version: TRANSFER_VERSION,
      kdf,
      salt: salt.toString('base64'),
      cipher: 'aes-256-gcm',
      nonce: nonce.toString('base64'),
      content: 'maillage-case+json',
      compression: 'gzip',
    }),
    'utf8',
  );
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  const associated = Buffer.concat([TRANSFER_MAGIC, length, header]);
  const key = await deriveKey(passphrase, salt, kdf);
  try {
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(associated);
    const body = Buffer.concat([
      cipher.update(await gzipAsync(Buffer.from(json, 'utf8'))),
      cipher.final(),
    ]);
    return Buffer.concat([associated, body, cipher.getAuthTag()]);
  } finally {
    key.fill(0);
  }
}

/** The JSON text inside, or a FileProblemError (damaged, too new, wrong passphrase). */
export async function openTransfer(bytes: Buffer, passphrase: string): Promise<string> {
  if (!isTransferFile(bytes))
    throw new FileProblemError('transfer_damaged', { detail: 'no magic' });
  const start = TRANSFER_MAGIC.length;
  if (bytes.length < start + 4 + TAG_BYTES)
    throw new FileProblemError('transfer_damaged', { detail: 'truncated' });
  const headerLength = bytes.readUInt32BE(start);
  if (headerLength > MAX_HEADER_BYTES || start + 4 + headerLength + TAG_BYTES > bytes.length) {
    throw new FileProblemError('transfer_damaged', { detail: 'header length' });
  }
  const headerBytes = bytes.subarray(start + 4, start + 4 + headerLength);
  let raw: unknown;
  try {
    raw = JSON.parse(headerBytes.toString('utf8'));
  } catch {
    throw new FileProblemError('transfer_damaged', { detail: 'header' });
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > TRANSFER_VERSION) {
    throw new FileProblemError('transfer_too_new', { detail: `version ${version}` });
  }
  const parsed = TransferHeader.safeParse(raw);
  if (!parsed.success) throw new FileProblemError('transfer_damaged', { detail: 'header fields' });
  const header = parsed.data;
  const associated = bytes.subarray(0, start + 4 + headerLength);
  const body = bytes.subarray(start + 4 + headerLength, bytes.length - TAG_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  const key = await deriveKey(passphrase, Buffer.from(header.salt, 'base64'), header.kdf);
  let compressed: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.nonce, 'base64'));
    decipher.setAAD(associated);
    decipher.setAuthTag(tag);
    compressed = Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new FileProblemError('wrong_passphrase');
  } finally {
    key.fill(0);
  }
  try {
    const plain = await gunzipAsync(compressed, { maxOutputLength: MAX_PLAIN_BYTES });
    return plain.toString('utf8');
  } catch {
    throw new FileProblemError('transfer_damaged', { detail: 'content' });
  }
}
