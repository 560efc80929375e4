// The command line of browser mode: `--data-dir DIR` (read by resolveDataDir), `--port N`
// (default 0: a free port) and `--no-open` (serve only, do not open a Chromium window).
import { UsageError } from '../host/data-dir';

export interface BrowserModeOptions {
  port: number;
  open: boolean;
}

export function parseOptions(argv: string[]): BrowserModeOptions {
  const options: BrowserModeOptions = { port: 0, open: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === '--no-open') options.open = false;
    else if (arg === '--port') options.port = parsePort(argv[++i]);
    else if (arg.startsWith('--port=')) options.port = parsePort(arg.slice('--port='.length));
  }
  return options;
}

function parsePort(value: string | undefined): number {
  const port = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || port > 65_535) {
    throw new UsageError(`--port needs a number from 0 to 65535, not "${value ?? ''}"`);
  }
  return port;
}
