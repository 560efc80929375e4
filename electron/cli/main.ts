// The command line of the analytics engine: `npm run cli -- analyze FILE [--json] [--lang fr|en]`.
// Exit codes: 0 done; 2 bad usage or a file that cannot be analysed (message on stderr);
// 1 an unexpected failure. The process never calls process.exit, so a large output is flushed.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createTranslator, LANGUAGES, type Language } from '../../shared/i18n';
import type { RunControl } from '../../shared/analytics/control';
import { analyze } from './analyze';
import { CliError } from './errors';
import { readInput } from './read-input';
import { renderReport } from './report';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Show progress on stderr (only when it is a terminal). */
  progress: boolean;
}

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Reads --lang before anything else, so that even an argument error is told in that language. */
function languageOf(args: readonly string[]): string {
  const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index === -1) return 'fr';
  const arg = args[index] as string;
  return arg.includes('=') ? arg.slice('--lang='.length) : (args[index + 1] ?? '');
}

export function run(args: readonly string[], io: CliIo): number {
  const requested = languageOf(args);
  const language: Language = (LANGUAGES as readonly string[]).includes(requested)
    ? (requested as Language)
    : 'fr';
  const { t } = createTranslator(language);
  try {
    if (language !== requested) throw new CliError('bad_lang', { lang: requested });
    const { values, positionals } = parseOptions(args);
    if (values.help) {
      io.stdout(`${t('cli.usage')}\n`);
      return 0;
    }
    const [command, file, ...extra] = positionals;
    if (command === undefined || (command === 'analyze' && file === undefined)) {
      throw new CliError('usage');
    }
    if (command !== 'analyze') throw new CliError('unknown_command', { command });
    if (file === undefined) throw new CliError('usage');
    if (extra[0] !== undefined) throw new CliError('unknown_command', { command: extra[0] });

    const input = readInput(file);
    const { result, context } = analyze(input, io.progress ? progressOn(io, t) : {});
    if (io.progress) io.stderr('\r\x1b[K');
    if (values.json) io.stdout(`${JSON.stringify(result)}\n`);
    else io.stdout(renderReport({ file, result, context }, t, LOCALES[language]));
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      const message = t(`cli.errors.${error.key}`, error.params);
      io.stderr(`${t('cli.error', { message })}\n`);
      if (error.key === 'usage' || error.key === 'unknown_command')
        io.stderr(`${t('cli.usage')}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${t('cli.internal', { message })}\n`);
    return 1;
  }
}

function parseOptions(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const option = /'([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1] ?? '';
    throw new CliError('unknown_command', { command: option });
  }
}

function progressOn(io: CliIo, t: ReturnType<typeof createTranslator>['t']): RunControl {
  let last = -1;
  return {
    onProgress: (done, total) => {
      const percent = total === 0 ? 100 : Math.floor((100 * done) / total);
      if (percent === last) return;
      last = percent;
      io.stderr(`\r${t('cli.progress', { percent })}`);
    },
  };
}

// Run when executed (`node --import tsx electron/cli/main.ts`), not when imported by a test.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    progress: process.stderr.isTTY === true,
  });
}
