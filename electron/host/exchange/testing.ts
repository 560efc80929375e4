// Helpers for the exchange tests and the benchmark (never imported by the app).
import type { JobControl } from './jobs';

/** A job control that never cancels; records the phases it was told. */
export function quietControl(): JobControl & { phases: string[] } {
  const phases: string[] = [];
  return {
    phases,
    progress: (phase) => {
      if (phases.at(-1) !== phase) phases.push(phase);
    },
    checkpoint: async () => {},
    cancelled: false,
  };
}

export const utf8 = (text: string) => Buffer.from(text, 'utf8');
