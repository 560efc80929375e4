// Words of names: how to compare two spellings of a name, and how to reduce a name to initials.
// Used by the comparison (an actor removed and added again under the same name is the same
// actor) and by the pseudonymisation (initials, and finding names inside free text).

/** Lower case, no accents, single spaces: "  Élodie  MARTIN" and "elodie martin" are one name. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr')
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Titles and particles that are not part of what initials show ("Mme Durand" is "D."). */
const SKIPPED = new Set([
  'm',
  'm.',
  'mr',
  'mr.',
  'mme',
  'mme.',
  'mlle',
  'mlle.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'me',
  'me.',
  'pr',
  'pr.',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'van',
  'von',
  'da',
  'di',
  'et',
  'and',
]);

/** Words of a name, as typed (apostrophes and hyphens stay inside a word). */
export function nameWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
}

/** Whether a word of a name says who someone is (not a title, particle or initial). */
export function isTellingWord(word: string): boolean {
  const bare = normaliseName(word);
  return !SKIPPED.has(bare) && !SKIPPED.has(`${bare}.`) && bare.replace(/[.'-]/g, '').length >= 2;
}

const capital = (letter: string) => letter.toLocaleUpperCase('fr');

/** "Karim Benali" → "K.B.", "Jean-Pierre Durand" → "J.-P.D.", "Mme Durand" → "D.". */
export function initialsOf(name: string): string {
  const words = nameWords(name).filter((word) => !SKIPPED.has(normaliseName(word)));
  const parts = words
    .map((word) =>
      word
        .split('-')
        .map((piece) => piece.match(/\p{L}/u)?.[0])
        .filter((letter): letter is string => letter !== undefined)
        .map((letter) => `${capital(letter)}.`)
        .join('-'),
    )
    .filter((part) => part.length > 0)
    .slice(0, 3);
  return parts.length > 0 ? parts.join('') : '?';
}

/** First letter in capitals, the rest as typed. */
export function capitalise(text: string): string {
  const first = text.charAt(0);
  return first ? capital(first) + text.slice(1) : text;
}
