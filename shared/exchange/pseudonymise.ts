// A case document with the names hidden, for every export the user asks pseudonymised. It reuses
// the app's own Pseudonymiser (shared/snapshots/pseudonymise.ts), so a file shows the same labels
// as the screen: every map and snapshot is registered first, then each is rewritten. Free text
// (notes, meeting notes) is left out rather than rewritten; partnership texts have the names the
// maps taught the pseudonymiser replaced, and partners are shown by their role or domain.
import type { MapData } from '../model';
import { initialsOf } from '../snapshots/names';
import { Pseudonymiser, type PseudonymWords } from '../snapshots/pseudonymise';
import type { CaseDocument, MapSection } from './document';

export function pseudonymiseDocument(document: CaseDocument, words: PseudonymWords): CaseDocument {
  const names = new Pseudonymiser(words);
  const caseId = document.case.id;
  const asMap = (section: MapSection): MapData => ({ case: document.case, ...section });
  names.registerCases([document.case]);
  names.registerMaps(caseId, [
    ...document.maps.map(asMap),
    ...document.snapshots.map((s) => s.data),
  ]);
  const shownCase = names.caseRecord(document.case);
  return {
    ...document,
    pseudonymised: true,
    case: shownCase,
    maps: document.maps.map((section) => {
      const { case: _case, ...shown } = names.map(asMap(section));
      return shown;
    }),
    snapshots: document.snapshots.map((snapshot) => ({
      ...snapshot,
      label: names.text(snapshot.label),
      data: names.map(snapshot.data),
      // Meeting notes are free text about people: left out, as the screen hides them.
      notes: [],
    })),
    partnerships: document.partnerships.map((partnership) => ({
      ...partnership,
      title: names.text(partnership.title),
      need: '',
      objectives: partnership.objectives.map((o) => ({
        text: names.text(o.text),
        indicator: names.text(o.indicator),
      })),
      partners: partnership.partners.map((partner) => {
        const known = names.text(partner.name);
        const name =
          known !== partner.name
            ? known
            : partner.kind === 'person'
              ? initialsOf(partner.name)
              : words.organisation[partner.domain];
        return { ...partner, name, role: names.text(partner.role) };
      }),
    })),
  };
}
