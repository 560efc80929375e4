// The A4 report, read back as a reader would: its pages and its text (pdfjs-dist extracts it),
// in French, with every section; pseudonymised, without a single real name.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { pseudonymiseDocument } from '../../../../shared/exchange/pseudonymise';
import { fr } from '../../../../shared/i18n/fr';
import { REAL_NAMES, sampleDocument } from '../../../../test/fixtures/exchange/sample-case';
import { quietControl } from '../testing';
import { renderReport } from './report';

const now = new Date('2026-06-21T08:00:00.000Z');

async function pagesOf(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= document.numPages; i++) {
    const content = await (await document.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return pages;
}

const HEADINGS = [
  'Écocarte de Lina',
  'La carte',
  'Légende',
  'Synthèse de l’analyse',
  'Composition par réseau',
  'Les acteurs',
  'Les partenariats',
  'Évolution depuis le dernier bilan',
];

describe('the PDF report', () => {
  it('is an A4 document in French with every section, names and accents included', async () => {
    const pdf = await renderReport(sampleDocument(), { now }, quietControl());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await pagesOf(pdf);
    expect(pages.length).toBe(3);
    const text = pages.join('\n');
    for (const heading of HEADINGS) expect(text).toContain(heading);
    expect(pages[0]).toContain('Rapport du 21 juin 2026');
    expect(pages[0]).toContain('Collège Jean Moulin');
    expect(text).toContain('Projet d’autonomie de Lina');
    expect(text).toContain('Comparaison avec l’instantané « Bilan de mars »');
    expect(text).toContain('Page 3 / 3');
  });

  it('pseudonymised, it shows labels and no real name anywhere', async () => {
    const hidden = pseudonymiseDocument(sampleDocument(), {
      organisation: fr.reviews.pseudonyms.organisation,
    });
    const pages = await pagesOf(await renderReport(hidden, { now }, quietControl()));
    const text = pages.join('\n');
    for (const name of REAL_NAMES) expect(text).not.toContain(name);
    for (const word of ['Benali', 'Roux', 'Durand', 'Moulin']) expect(text).not.toContain(word);
    expect(text).toContain('Document pseudonymisé');
    expect(text).toContain('Écocarte de L.');
    expect(text).toContain('Mère');
    expect(text).toContain('Évolution depuis le dernier bilan');
  });

  it('stops at a checkpoint when cancelled, before the file is finished', async () => {
    let calls = 0;
    const control = {
      ...quietControl(),
      checkpoint: async () => {
        calls += 1;
        if (calls === 2) throw new Error('cancelled');
      },
    };
    await expect(renderReport(sampleDocument(), { now }, control)).rejects.toThrow('cancelled');
  });
});
