// Names compared as a person reads them: « Mission locale de Lyon », « MISSION LOCALE - LYON »
// and « mission locale de lyon » are the same organisation. Used for the quick search and the
// duplicate warning of the address book.

/** Lower case, without accents, punctuation or repeated spaces. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The key without the small words that vary between two spellings of the same name. */
export function looseKey(name: string): string {
  const small = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'a', 'au', 'aux']);
  return nameKey(name)
    .split(' ')
    .filter((word) => word !== '' && !small.has(word))
    .join(' ');
}

/** Whether every word typed appears at the start of some word of the name (quick search). */
export function matchesQuery(name: string, query: string): boolean {
  const words = nameKey(name).split(' ');
  const typed = nameKey(query).split(' ').filter(Boolean);
  return typed.length > 0 && typed.every((t) => words.some((w) => w.startsWith(t)));
}
