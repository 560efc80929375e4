// Passphrase strength with zxcvbn-ts (the maintained TypeScript zxcvbn) and its French and
// common dictionaries: it knows common passwords, names, keyboard patterns and French words.
// Loaded on demand, so the dictionaries are fetched (from the app's own files) only on the
// screens that choose a passphrase.
export type Strength = { score: 0 | 1 | 2 | 3 | 4 };

type Estimator = (passphrase: string) => Strength;

let loading: Promise<Estimator> | null = null;

export function loadEstimator(): Promise<Estimator> {
  loading ??= (async () => {
    const [{ ZxcvbnFactory }, common, french] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-fr'),
    ]);
    const zxcvbn = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...french.dictionary },
      graphs: common.adjacencyGraphs,
    });
    return (passphrase: string) => ({ score: zxcvbn.check(passphrase).score });
  })();
  return loading;
}

/** The lowest score accepted for a new passphrase ("good"). */
export const MIN_SCORE = 3;
