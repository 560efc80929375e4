// The key file: the random data key that encrypts the database, wrapped (AES-256-GCM, from
// node:crypto) by a key derived from the passphrase. It holds nothing that helps without the
// passphrase. Changing the passphrase re-wraps the same data key, so the database and every
// backup stay readable. The version, the derivation settings and the salt are authenticated as
// GCM's associated data: changing any of them makes the unwrapping fail.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';
import { DEFAULT_KDF, deriveKey, KdfParams, KEY_BYTES } from './kdf';

export const KEY_FILE_VERSION = 1 as const;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

const base64 = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/)
    .refine((text) => Buffer.from(text, 'base64').length === bytes);

export const KeyFile = z
  .object({
    format: z.literal('maillage-key'),
    version: z.literal(KEY_FILE_VERSION),
    kdf: KdfParams,
    salt: base64(SALT_BYTES),
    cipher: z.literal('aes-256-gcm'),
    nonce: base64(NONCE_BYTES),
    tag: base64(TAG_BYTES),
    wrappedKey: base64(KEY_BYTES),
  })
  .strict();
export type KeyFile = z.infer<typeof KeyFile>;

/** The file exists but cannot be read as a key file. */
export class KeyFileError extends Error {
  override readonly name = 'KeyFileError';
}

function associatedData(file: Pick<KeyFile, 'format' | 'version' | 'kdf' | 'salt'>): Buffer {
  return Buffer.from(JSON.stringify([file.format, file.version, file.kdf, file.salt]), 'utf8');
}

/** Wraps `dataKey` under a new salt and nonce with a key derived from `passphrase`. */
export async function wrapDataKey(
  dataKey: Buffer,
  passphrase: string,
  kdf: KdfParams = DEFAULT_KDF,
): Promise<KeyFile> {
  const salt = randomBytes(SALT_BYTES);
  const nonce = randomBytes(NONCE_BYTES);
  const head = {
    format: 'maillage-key' as const,
    version: KEY_FILE_VERSION,
    kdf,
    salt: salt.toString('base64'),
  };
  const wrappingKey = await deriveKey(passphrase, salt, kdf);
  try {
    const cipher = createCipheriv('aes-256-gcm', wrappingKey, nonce);
    cipher.setAAD(associatedData(head));
    const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return {
      ...head,
      cipher: 'aes-256-gcm',
      nonce: nonce.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      wrappedKey: wrapped.toString('base64'),
    };
  } finally {
    wrappingKey.fill(0);
  }
}

/** The data key, or null when the passphrase is wrong (GCM's tag does not match). */
export async function unwrapDataKey(file: KeyFile, passphrase: string): Promise<Buffer | null> {
  const wrappingKey = await deriveKey(passphrase, Buffer.from(file.salt, 'base64'), file.kdf);
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      wrappingKey,
      Buffer.from(file.nonce, 'base64'),
    );
    decipher.setAAD(associatedData(file));
    decipher.setAuthTag(Buffer.from(file.tag, 'base64'));
    return Buffer.concat([
      decipher.update(Buffer.from(file.wrappedKey, 'base64')),
      decipher.final(),
    ]);
  } catch {
    return null;
  } finally {
    wrappingKey.fill(0);
  }
}

export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

export function keyFileExists(path: string): boolean {
  return existsSync(path);
}

export function readKeyFile(path: string): KeyFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new KeyFileError(`The key file cannot be read: ${(error as Error).message}`);
  }
  const result = KeyFile.safeParse(parsed);
  if (!result.success) throw new KeyFileError('The key file is not a valid Maillage key file');
  return result.data;
}

export function writeKeyFile(path: string, file: KeyFile): void {
  writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`);
}
