import { describe, expect, it } from 'vitest';
import { UsageError } from '../host/data-dir';
import { parseOptions } from './options';

describe('parseOptions', () => {
  it('defaults to a free port and opening a window', () => {
    expect(parseOptions([])).toEqual({ port: 0, open: true });
    expect(parseOptions(['--data-dir', '/tmp/x'])).toEqual({ port: 0, open: true });
  });

  it('reads --port in both spellings and --no-open', () => {
    expect(parseOptions(['--port', '8123', '--no-open'])).toEqual({ port: 8123, open: false });
    expect(parseOptions(['--port=9000'])).toEqual({ port: 9000, open: true });
  });

  it('refuses a port that is not a number from 0 to 65535', () => {
    for (const bad of [['--port'], ['--port', 'abc'], ['--port=70000'], ['--port', '-1']]) {
      expect(() => parseOptions(bad), bad.join(' ')).toThrow(UsageError);
    }
  });
});
