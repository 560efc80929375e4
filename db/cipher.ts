// The encryption of the database file. The cipher is SQLCipher 4 (AES-256-CBC with an
// HMAC-SHA512 per page), through SQLite3 Multiple Ciphers, so the file can also be opened by
// standard SQLCipher tools when needed. The key is the 256-bit data key itself, given raw: it is
// random, so SQLCipher's own PBKDF2 would only add delay (the passphrase is stretched with
// Argon2id by the host before the data key is unwrapped). It reaches SQLite through the driver's
// key() call, never through SQL text, and its hex form is built from the key bytes alone.
import type { Db } from './sqlite';

/** A data key: 32 random bytes, never typed by anyone. */
export type DataKey = Uint8Array;
export const DATA_KEY_BYTES = 32;

const HEX = '0123456789abcdef';

function toHex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += HEX[byte >> 4]! + HEX[byte & 15]!;
  return text;
}

/** SQLCipher's raw-key form x'<64 hex digits>': it skips SQLCipher's own key derivation. */
function withRawKey(db: Db, key: DataKey, use: (raw: Buffer) => number): void {
  // isView, not instanceof: a key made in another realm (a test's DOM) is still bytes.
  if (!ArrayBuffer.isView(key) || key.byteLength !== DATA_KEY_BYTES) {
    throw new RangeError(`A data key is ${DATA_KEY_BYTES} bytes`);
  }
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  const raw = Buffer.from(`x'${toHex(key)}'`, 'latin1');
  try {
    use(raw);
  } finally {
    raw.fill(0);
  }
}

/** Must run first on a new connection, before anything reads the file. */
export function applyKey(db: Db, key: DataKey): void {
  withRawKey(db, key, (raw) => db.key(raw));
}

/**
 * Encrypts an unencrypted database in place (every page rewritten). SQLite3 Multiple Ciphers
 * cannot rekey in WAL mode: the log is checkpointed and the journal switched to DELETE first.
 */
export function encryptInPlace(db: Db, key: DataKey): void {
  db.pragma('journal_mode = DELETE');
  withRawKey(db, key, (raw) => db.rekey(raw));
}
