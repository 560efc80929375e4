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

/** Must run first on a new connection, before anything reads the file. */
export function applyKey(db: Db, key: DataKey): void {
  if (!(key instanceof Uint8Array) || key.length !== DATA_KEY_BYTES) {
    throw new RangeError(`A data key is ${DATA_KEY_BYTES} bytes`);
  }
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  // SQLCipher's raw-key form x'<64 hex digits>' skips its own key derivation.
  const raw = Buffer.from(`x'${toHex(key)}'`, 'latin1');
  try {
    db.key(raw);
  } finally {
    raw.fill(0);
  }
}
