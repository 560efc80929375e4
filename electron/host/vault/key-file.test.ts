// The key file: the data key comes back only with the right passphrase, any tampering is
// detected, and the derivation cannot be weakened by editing the file.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KDF } from './kdf';
import {
  KeyFile,
  KeyFileError,
  newDataKey,
  readKeyFile,
  unwrapDataKey,
  wrapDataKey,
  writeKeyFile,
} from './key-file';

const PASSPHRASE = 'lanterne marée cobalt 42';

describe('the key file', () => {
  it('derives with Argon2id, at least 64 MiB and 3 passes, and says so in the file', async () => {
    const file = await wrapDataKey(newDataKey(), PASSPHRASE);
    expect(file.kdf).toEqual({
      algorithm: 'argon2id',
      memoryKiB: 65536,
      iterations: 3,
      parallelism: 4,
    });
    expect(DEFAULT_KDF.memoryKiB * 1024).toBeGreaterThanOrEqual(64 * 1024 * 1024);
  });

  it('gives the data key back with the passphrase only', async () => {
    const key = newDataKey();
    const file = await wrapDataKey(key, PASSPHRASE);
    expect(await unwrapDataKey(file, PASSPHRASE)).toEqual(key);
    expect(await unwrapDataKey(file, 'lanterne marée cobalt 43')).toBeNull();
    expect(await unwrapDataKey(file, '')).toBeNull();
  });

  it('accepts the same passphrase typed with composed or decomposed accents', async () => {
    const key = newDataKey();
    const file = await wrapDataKey(key, 'une phrase très secrète');
    expect(await unwrapDataKey(file, 'une phrase tre\u0300s secre\u0300te')).toEqual(key);
  });

  it('re-wrapping keeps the data key but changes salt, nonce and wrapped bytes', async () => {
    const key = newDataKey();
    const first = await wrapDataKey(key, PASSPHRASE);
    const second = await wrapDataKey(key, 'un tout autre secret ici');
    expect(second.salt).not.toBe(first.salt);
    expect(second.wrappedKey).not.toBe(first.wrappedKey);
    expect(await unwrapDataKey(second, 'un tout autre secret ici')).toEqual(key);
    expect(await unwrapDataKey(second, PASSPHRASE)).toBeNull();
  });

  it('detects any change to the salt, the settings, the nonce, the tag or the wrapped key', async () => {
    const file = await wrapDataKey(newDataKey(), PASSPHRASE);
    const flip = (base64: string) => {
      const bytes = Buffer.from(base64, 'base64');
      bytes[0] = bytes[0]! ^ 1;
      return bytes.toString('base64');
    };
    const tampered: KeyFile[] = [
      { ...file, salt: flip(file.salt) },
      { ...file, nonce: flip(file.nonce) },
      { ...file, tag: flip(file.tag) },
      { ...file, wrappedKey: flip(file.wrappedKey) },
      { ...file, kdf: { ...file.kdf, iterations: 4 } },
    ];
    for (const variant of tampered) expect(await unwrapDataKey(variant, PASSPHRASE)).toBeNull();
  });

  it('refuses a file that lowers the derivation below 64 MiB or 3 passes', async () => {
    const file = await wrapDataKey(newDataKey(), PASSPHRASE);
    expect(KeyFile.safeParse({ ...file, kdf: { ...file.kdf, memoryKiB: 1024 } }).success).toBe(
      false,
    );
    expect(KeyFile.safeParse({ ...file, kdf: { ...file.kdf, iterations: 1 } }).success).toBe(false);
  });

  it('is written for its owner only, holds no key in clear, and reads back', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'maillage-key-'));
    const target = path.join(dir, 'maillage.key.json');
    const key = newDataKey();
    writeKeyFile(target, await wrapDataKey(key, PASSPHRASE));
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
    const text = readFileSync(target, 'utf8');
    for (const form of [key.toString('hex'), key.toString('base64'), PASSPHRASE]) {
      expect(text).not.toContain(form);
    }
    expect(await unwrapDataKey(readKeyFile(target), PASSPHRASE)).toEqual(key);
    writeFileSync(target, '{"format":"maillage-key"');
    expect(() => readKeyFile(target)).toThrow(KeyFileError);
  });
});
