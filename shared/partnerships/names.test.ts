import { describe, expect, it } from 'vitest';
import { looseKey, matchesQuery, nameKey } from './names';

describe('names as a person reads them', () => {
  it('ignores case, accents and punctuation', () => {
    expect(nameKey('  École  Saint-Exupéry ')).toBe('ecole saint exupery');
    expect(nameKey("Maison d'Enfants")).toBe('maison d enfants');
  });

  it('sees the same organisation behind two spellings', () => {
    expect(looseKey('Mission locale de Lyon')).toBe(looseKey('MISSION LOCALE - LYON'));
    expect(looseKey('Mission locale de Lyon')).not.toBe(looseKey('Mission locale de Bron'));
  });

  it('matches every typed word against the start of a word', () => {
    expect(matchesQuery('Centre médico-psychologique', 'med psy')).toBe(true);
    expect(matchesQuery('Centre médico-psychologique', 'entre')).toBe(false);
    expect(matchesQuery('Centre médico-psychologique', '   ')).toBe(false);
  });
});
