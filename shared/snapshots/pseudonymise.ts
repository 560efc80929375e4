// Pseudonymisation for the screen and for exports: every name becomes a role label ("Mère"), a
// short form of the role ("Éd. ASE"), what an organisation does ("Club sportif") or initials
// ("A.B."); notes are emptied; names found inside free text (role labels, snapshot labels) are
// replaced too. The labels are consistent: one Pseudonymiser gives the same person the same label
// in every map, snapshot and list it sees, and two people never share one (A.B., A.B. 2).
// The person at the centre and the case get the case's label (initials of its pseudonym).
import type { CaseRecord, DOMAINS, MapData } from '../model';
import { capitalise, initialsOf, isTellingWord, normaliseName } from './names';

type Actor = MapData['actors'][number];
type Domain = (typeof DOMAINS)[number];

export interface PseudonymWords {
  /** What an organisation with no role is called on screen, by domain ("Club sportif"). */
  organisation: Record<Domain, string>;
}

/** Role words shown shortened, keyed by their normalised form (both languages). */
export const ROLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  educateur: 'Éd.',
  educatrice: 'Éd.',
  'educateur specialise': 'Éd. spé.',
  'educatrice specialisee': 'Éd. spé.',
  'assistant social': 'AS',
  'assistante sociale': 'AS',
  'assistant de service social': 'ASS',
  'assistante de service social': 'ASS',
  'conseiller principal d education': 'CPE',
  'conseillere principale d education': 'CPE',
  psychologue: 'Psy.',
  professeur: 'Prof.',
  professeure: 'Prof.',
  'social worker': 'SW',
  'youth worker': 'YW',
  teacher: 'Teacher',
};

/** Words dropped once a role has been shortened ("Éducatrice de l'ASE" → "Éd. ASE"). */
const LINKING = new Set(['de', 'du', 'des', 'la', 'le', 'les', "l'", "d'", 'of', 'the', 'at']);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const MAX_ABBREVIATION_WORDS = 5;

/** Words for matching: an elided "l'" or "d'" becomes a word of its own. */
function matchWords(text: string): string[] {
  const out: string[] = [];
  for (const word of normaliseName(text).replace(/'/g, ' ').match(WORD) ?? []) out.push(word);
  return out;
}

/** "éducatrice de l'ASE" → "Éd. ASE"; "mère" → "Mère". */
export function shortenRole(role: string): string {
  const words = role.trim().split(/\s+/).flatMap(splitElision);
  const keys = words.map((w) => matchWords(w).join(' '));
  const out: string[] = [];
  let shortened = false;
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(MAX_ABBREVIATION_WORDS, words.length - i); n >= 1 && !matched; n--) {
      const short = ROLE_ABBREVIATIONS[keys.slice(i, i + n).join(' ')];
      if (short !== undefined) {
        out.push(short);
        matched = n;
      }
    }
    if (matched) {
      shortened = true;
      i += matched;
    } else {
      out.push(words[i] as string);
      i += 1;
    }
  }
  const kept = shortened ? out.filter((w) => !LINKING.has(normaliseName(w))) : out;
  return capitalise(kept.join(' '));
}

function splitElision(word: string): string[] {
  const match = /^([ldLD]['’])(.+)$/u.exec(word);
  return match ? [match[1] as string, match[2] as string] : [word];
}

export class Pseudonymiser {
  private readonly caseLabels = new Map<string, string>();
  private readonly actorLabels = new Map<string, string>();
  private readonly usedLabels = new Map<string, Set<string>>();
  /** Normalised name words → what replaces them inside free text. */
  private readonly replacements = new Map<string, string>();
  private longestPhrase = 1;

  constructor(private readonly words: PseudonymWords) {}

  /** Gives every case a label, in the order the cases were created, before any is shown. */
  registerCases(cases: readonly Pick<CaseRecord, 'id' | 'pseudonym' | 'referent' | 'createdAt'>[]) {
    const fresh = cases.filter((c) => !this.caseLabels.has(c.id));
    fresh.sort((a, b) => compare(a.createdAt, b.createdAt) || compare(a.id, b.id));
    for (const record of fresh) this.caseLabel(record);
  }

  /** Gives every actor of these maps of one case a label, oldest actor first. */
  registerMaps(caseId: string, maps: readonly MapData[]) {
    const latest = new Map<string, Actor>();
    for (const data of maps) {
      const caseLabel = this.caseLabel(data.case);
      // A snapshot may hold the pseudonym the case had before a rename: learn it too.
      this.learnPerson(data.case.pseudonym, caseLabel);
      for (const actor of data.actors) {
        if (actor.isEgo) continue;
        const key = identity(caseId, actor);
        const seen = latest.get(key);
        if (!seen || seen.updatedAt < actor.updatedAt) latest.set(key, actor);
      }
    }
    const fresh = [...latest.entries()].filter(([key]) => !this.actorLabels.has(key));
    fresh.sort(([, a], [, b]) => compare(a.createdAt, b.createdAt) || compare(a.id, b.id));
    for (const [, actor] of fresh) this.actorLabel(caseId, actor);
  }

  caseLabel(record: Pick<CaseRecord, 'id' | 'pseudonym' | 'referent'>): string {
    const known = this.caseLabels.get(record.id);
    if (known !== undefined) return known;
    const label = this.unique('cases', initialsOf(record.pseudonym));
    this.caseLabels.set(record.id, label);
    // The person's label is taken inside their own case too, so no actor shares it.
    this.usedIn(record.id).add(normaliseName(label));
    this.learnPerson(record.pseudonym, label);
    if (record.referent.trim()) this.learnPerson(record.referent, initialsOf(record.referent));
    return label;
  }

  actorLabel(caseId: string, actor: Actor): string {
    const key = identity(caseId, actor);
    const known = this.actorLabels.get(key);
    if (known !== undefined) return known;
    const label = this.unique(caseId, this.baseLabel(actor));
    this.actorLabels.set(key, label);
    if (actor.kind === 'person') this.learnPerson(actor.name, label);
    else this.learnPhrase(actor.name, label);
    return label;
  }

  /** The case record as shown: its pseudonym and its referent reduced to labels. */
  caseRecord<T extends Pick<CaseRecord, 'id' | 'pseudonym' | 'referent'>>(record: T): T {
    const referent = record.referent.trim() ? initialsOf(record.referent) : '';
    return { ...record, pseudonym: this.caseLabel(record), referent };
  }

  /** A whole map as shown: labels for names, no role (the label says it), no notes. */
  map(data: MapData): MapData {
    const caseId = data.case.id;
    this.registerMaps(caseId, [data]);
    const caseLabel = this.caseLabel(data.case);
    return {
      ...data,
      case: this.caseRecord(data.case),
      actors: data.actors.map((actor) => ({
        ...actor,
        name: actor.isEgo ? caseLabel : this.actorLabel(caseId, actor),
        roleLabel: '',
        notes: '',
      })),
      ties: data.ties.map((tie) => ({ ...tie, notes: '' })),
    };
  }

  /** Free text with every name this pseudonymiser has met replaced by its label or initial. */
  text(text: string): string {
    const parts = text.split(/([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u);
    // parts alternates separator, word, separator, word, ..., separator.
    const out: string[] = [];
    for (let i = 1; i < parts.length; i += 2) {
      out.push(parts[i - 1] as string);
      let replaced = false;
      for (let n = Math.min(this.longestPhrase, (parts.length - i + 1) >> 1); n >= 1; n--) {
        const words = Array.from({ length: n }, (_, k) => parts[i + 2 * k] as string);
        const between = Array.from({ length: n - 1 }, (_, k) => parts[i + 2 * k + 1] as string);
        if (between.some((sep) => !/^\s+$/u.test(sep))) continue;
        const replacement = this.replacements.get(words.map(normaliseName).join(' '));
        if (replacement === undefined) continue;
        out.push(replacement);
        i += 2 * (n - 1);
        replaced = true;
        break;
      }
      if (!replaced) out.push(parts[i] as string);
    }
    out.push(parts[parts.length - 1] as string);
    return out.join('');
  }

  private baseLabel(actor: Actor): string {
    const role = actor.roleLabel.trim();
    if (role) return shortenRole(this.text(role));
    if (actor.kind === 'organisation') return this.words.organisation[actor.domain];
    return initialsOf(actor.name);
  }

  private unique(scope: string, base: string): string {
    const used = this.usedIn(scope);
    let label = base;
    for (let n = 2; used.has(normaliseName(label)); n++) label = `${base} ${n}`;
    used.add(normaliseName(label));
    return label;
  }

  private usedIn(scope: string): Set<string> {
    let used = this.usedLabels.get(scope);
    if (!used) {
      used = new Set();
      this.usedLabels.set(scope, used);
    }
    return used;
  }

  /** A person's whole name becomes the label, and each telling word of it an initial. */
  private learnPerson(name: string, label: string) {
    this.learnPhrase(name, label);
    for (const word of name.match(WORD) ?? []) {
      if (isTellingWord(word)) this.setReplacement(normaliseName(word), initialsOf(word));
    }
  }

  private learnPhrase(name: string, label: string) {
    const words = (name.match(WORD) ?? []).map(normaliseName);
    if (words.length === 0) return;
    // A whole name wins over a word of another name: set it even if a word set it before.
    this.replacements.set(words.join(' '), label);
    this.longestPhrase = Math.max(this.longestPhrase, words.length);
  }

  private setReplacement(word: string, replacement: string) {
    if (!this.replacements.has(word)) this.replacements.set(word, replacement);
  }
}

/** One person across maps and snapshots: same kind and same name, whatever their ids. */
function identity(caseId: string, actor: Actor): string {
  return `${caseId}|${actor.kind}|${normaliseName(actor.name)}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
