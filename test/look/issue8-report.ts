// Writes the sample case's A4 report, named and pseudonymised, and turns the pages into PNGs with
// poppler's pdftoppm (apt-get install poppler-utils), to look at them.
// Run: node --import tsx test/look/issue8-report.ts [outDir]   (default test/artefacts)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReport } from '../../electron/host/exchange/report/report';
import { quietControl } from '../../electron/host/exchange/testing';
import { pseudonymiseDocument } from '../../shared/exchange/pseudonymise';
import { fr } from '../../shared/i18n/fr';
import { sampleDocument } from '../fixtures/exchange/sample-case';

const outDir = process.argv[2] ?? 'test/artefacts';
const now = new Date('2026-06-21T08:00:00.000Z');

mkdirSync(outDir, { recursive: true });
const words = { organisation: fr.reviews.pseudonyms.organisation };
for (const [name, document] of [
  ['issue8-report', sampleDocument()],
  ['issue8-report-pseudonymised', pseudonymiseDocument(sampleDocument(), words)],
] as const) {
  const pdf = join(outDir, `${name}.pdf`);
  writeFileSync(pdf, await renderReport(document, { now }, quietControl()));
  execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(outDir, `${name}-p`)]);
  console.log(`${pdf} and its pages as ${name}-p-N.png`);
}
