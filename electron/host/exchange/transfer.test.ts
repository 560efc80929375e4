// The transfer file: only its passphrase opens it, any changed byte is detected, its header is
// versioned, and nothing of the case is readable in it.
import { describe, expect, it } from 'vitest';
import type { KdfParams } from '../vault/kdf';
import { isTransferFile, openTransfer, sealTransfer, TRANSFER_MAGIC } from './transfer';

// The vault's floor (64 MiB, 3 passes) is what a real file uses; the tests keep it.
const json = JSON.stringify({ case: { pseudonym: 'Anaïs Bertin' }, notes: 'Samia Benali' });
const passphrase = 'girafe lanterne poivron';

const problemOf = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    return (error as { problem?: { code: string } }).problem?.code;
  }
  return 'opened';
};

describe('transfer file', () => {
  it('opens with its passphrase and hides the content', async () => {
    const sealed = await sealTransfer(json, passphrase);
    expect(isTransferFile(sealed)).toBe(true);
    expect(sealed.includes(Buffer.from('Bertin'))).toBe(false);
    expect(sealed.includes(Buffer.from('Benali'))).toBe(false);
    expect(await openTransfer(sealed, passphrase)).toBe(json);
  });

  it('refuses a wrong passphrase and any changed byte, header included', async () => {
    const sealed = await sealTransfer(json, passphrase);
    expect(await problemOf(openTransfer(sealed, 'une autre phrase'))).toBe('wrong_passphrase');
    const body = Buffer.from(sealed);
    body[body.length - 20]! ^= 1;
    expect(await problemOf(openTransfer(body, passphrase))).toBe('wrong_passphrase');
    // The header is authenticated: a weaker setting written into it fails the tag.
    const header = Buffer.from(sealed);
    const at = header.indexOf(Buffer.from('"iterations":3'));
    header.write('"iterations":4', at);
    expect(await problemOf(openTransfer(header, passphrase))).toBe('wrong_passphrase');
    expect(await problemOf(openTransfer(sealed.subarray(0, 30), passphrase))).toBe(
      'transfer_damaged',
    );
  });

  it('refuses weakened settings and newer versions', async () => {
    const weak: KdfParams = {
      algorithm: 'argon2id',
      memoryKiB: 1024,
      iterations: 1,
      parallelism: 1,
    };
    // A file claiming less than the floor is refused before any derivation.
    const sealed = await sealTransfer(json, passphrase);
    const text = sealed
      .toString('latin1')
      .replace('"memoryKiB":65536', `"memoryKiB":${weak.memoryKiB}`.padEnd(17, ' '));
    expect(await problemOf(openTransfer(Buffer.from(text, 'latin1'), passphrase))).toBe(
      'transfer_damaged',
    );
    const start = TRANSFER_MAGIC.length + 4;
    const newer = Buffer.from(sealed);
    newer.write('{"version":9', start);
    expect(await problemOf(openTransfer(newer, passphrase))).toBe('transfer_too_new');
  });
});
