// The passphrase is stretched with Argon2id (RFC 9106's second recommended setting: 64 MiB,
// 3 passes, 4 lanes) by the argon2 package, the maintained Node binding of the reference
// implementation, with prebuilt N-API binaries that load in Node 20 and in Electron alike. It runs
// on libuv's thread pool, so the main process stays responsive while it works (~150 ms here).
import argon2 from 'argon2';
import { z } from 'zod';

export const KdfParams = z
  .object({
    algorithm: z.literal('argon2id'),
    /** KiB. */
    memoryKiB: z.int().min(65_536).max(4_194_304),
    iterations: z.int().min(3).max(64),
    parallelism: z.int().min(1).max(16),
  })
  .strict();
export type KdfParams = z.infer<typeof KdfParams>;

/** The floor the key file's schema enforces too: a tampered file cannot weaken the derivation. */
export const DEFAULT_KDF: KdfParams = {
  algorithm: 'argon2id',
  memoryKiB: 65_536,
  iterations: 3,
  parallelism: 4,
};

export const KEY_BYTES = 32;

/** A 256-bit key-encryption key from the passphrase and a random salt. */
export function deriveKey(passphrase: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  return argon2.hash(passphrase.normalize('NFC'), {
    type: argon2.argon2id,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    hashLength: KEY_BYTES,
    salt,
    raw: true,
  });
}
