import { describe, expect, it } from 'vitest';
import { MaillageError } from '../errors';
import { createClient } from './client';
import { dispatch, dispatchAsync } from './dispatch';
import type { ApiHandlers, StoreHandlers } from './contract';

const CASE_ID = '7d1c2c4e-8f5b-4a7e-9d0a-0b8c9a6e5f41';

function fakeHandlers(): StoreHandlers {
  const unreachable = () => {
    throw new Error('not used');
  };
  return new Proxy({} as StoreHandlers, {
    get: (_target, op) => {
      if (op === 'cases.delete')
        return (input: { id: string }) => {
          if (input.id !== CASE_ID) throw new MaillageError('not_found', 'no such case');
          return { deleted: true };
        };
      if (op === 'cases.list') return () => [];
      return unreachable;
    },
  });
}

describe('dispatch', () => {
  it('refuses an unknown operation with a typed error', () => {
    const result = dispatch(fakeHandlers(), 'cases.drop', {});
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'unknown_operation' }),
    });
  });

  it('refuses bad input naming the field, without calling the store', () => {
    const result = dispatch(fakeHandlers(), 'cases.create', { pseudonym: '', birthYear: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.fields).toEqual(
      expect.arrayContaining([
        { path: 'pseudonym', issue: 'required' },
        { path: 'birthYear', issue: 'invalid' },
      ]),
    );
  });

  it('refuses a 10 MB string as too long', () => {
    const huge = 'a'.repeat(10 * 1024 * 1024);
    const result = dispatch(fakeHandlers(), 'cases.create', { pseudonym: huge });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ path: 'pseudonym', issue: 'too_long' }] },
    });
  });

  it('passes store errors through as values and hides unexpected ones', () => {
    expect(
      dispatch(fakeHandlers(), 'cases.delete', { id: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const logged: string[] = [];
    const result = dispatch(fakeHandlers(), 'cases.update', { id: CASE_ID, patch: {} }, (m) =>
      logged.push(m),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('not used');
    expect(logged).toHaveLength(1);
  });

  it('checks a partnership deletion: one uuid, nothing else, before the store is called', () => {
    const deleted: unknown[] = [];
    const handlers = new Proxy({} as StoreHandlers, {
      get: (_target, op) =>
        op === 'partnerships.delete'
          ? (input: unknown) => {
              deleted.push(input);
              return { deleted: true };
            }
          : undefined,
    });
    const refusals: [unknown, string][] = [
      [{}, 'id'],
      [{ id: 'DROP TABLE partnerships' }, 'id'],
      // An extra key is refused as a whole (the object itself is at fault).
      [{ id: CASE_ID, cascade: true }, ''],
    ];
    for (const [input, path] of refusals) {
      expect(dispatch(handlers, 'partnerships.delete', input)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', fields: [expect.objectContaining({ path })] },
      });
    }
    expect(deleted).toEqual([]);
    expect(dispatch(handlers, 'partnerships.delete', { id: CASE_ID })).toEqual({
      ok: true,
      value: { deleted: true },
    });
    expect(deleted).toEqual([{ id: CASE_ID }]);
  });

  it('round-trips through the client as values and typed exceptions', async () => {
    const handlers = fakeHandlers();
    const api = createClient(async (op, input) => dispatch(handlers, op, input));
    await expect(api['cases.list']({})).resolves.toEqual([]);
    await expect(api['cases.delete']({ id: CASE_ID })).resolves.toEqual({ deleted: true });
    await expect(api['cases.delete']({ id: 'nope' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});

describe('dispatchAsync (what the hosts serve)', () => {
  const status = {
    state: 'locked',
    problem: null,
    idleLockMinutes: null,
    failedAttempts: 0,
    retryInMs: 0,
  };
  function hostHandlers(): ApiHandlers {
    return new Proxy({} as ApiHandlers, {
      get: (_target, op) => {
        if (op === 'session.unlock') {
          return async ({ passphrase }: { passphrase: string }) => {
            await new Promise((resolve) => setTimeout(resolve, 5));
            if (passphrase !== 'la bonne phrase secrète') {
              throw new MaillageError('wrong_passphrase', 'Wrong passphrase.');
            }
            return { ...status, state: 'unlocked', idleLockMinutes: 10 };
          };
        }
        if (op === 'cases.list') return () => Promise.reject(new Error('disk on fire'));
        return () => status;
      },
    });
  }

  it('waits for an asynchronous handler and answers its value', async () => {
    const result = await dispatchAsync(hostHandlers(), 'session.unlock', {
      passphrase: 'la bonne phrase secrète',
    });
    expect(result).toMatchObject({ ok: true, value: { state: 'unlocked' } });
  });

  it('turns a typed rejection into its error value, and anything else into internal', async () => {
    const logged: string[] = [];
    const handlers = hostHandlers();
    expect(await dispatchAsync(handlers, 'session.unlock', { passphrase: 'non' })).toMatchObject({
      ok: false,
      error: { code: 'wrong_passphrase' },
    });
    const crashed = await dispatchAsync(handlers, 'cases.list', {}, (m) => logged.push(m));
    expect(crashed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(crashed)).not.toContain('fire');
    expect(logged).toHaveLength(1);
  });

  it('validates before calling, like dispatch', async () => {
    expect(await dispatchAsync(hostHandlers(), 'session.setup', { passphrase: 'court' })).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.any(String),
        fields: [{ path: 'passphrase', issue: 'too_short' }],
      },
    });
  });

  it('leaves the session and backup operations out of the store dispatch', () => {
    expect(dispatch(fakeHandlers(), 'session.lock', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_operation' },
    });
  });
});
