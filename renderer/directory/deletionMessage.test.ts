import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n';
import { deletionMessage } from './deletionMessage';

const t = createTranslator('fr').t;
const ENTRY = '0c000000-0000-4000-8000-000000000001';

describe('the question before deleting an address-book entry', () => {
  it('says the maps keep their actors and the partnerships lose the partner', () => {
    const message = deletionMessage(t, {
      entryId: ENTRY,
      cases: [
        { caseId: '0c000000-0000-4000-8000-000000000002', pseudonym: 'Amine', actorCount: 1 },
        { caseId: '0c000000-0000-4000-8000-000000000003', pseudonym: 'Lina', actorCount: 2 },
      ],
      partnerships: [
        {
          id: '0c000000-0000-4000-8000-000000000004',
          title: 'Projet d’autonomie de A.',
          status: 'active',
          role: 'hébergement',
        },
      ],
    });
    expect(message).toContain('2 écocartes (Amine, Lina)');
    expect(message).toContain('ces acteurs restent sur les cartes');
    expect(message).toContain('1 partenariat (« Projet d’autonomie de A. »)');
  });

  it('says when the entry is used nowhere', () => {
    expect(deletionMessage(t, { entryId: ENTRY, cases: [], partnerships: [] })).toBe(
      'Cette fiche n’est utilisée nulle part. Elle sera supprimée définitivement.',
    );
  });
});
