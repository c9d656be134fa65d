import { loadCatalog } from '../../lib/procedures/catalog-file';
import { toDetailFromEntry } from '../../lib/procedures/catalog-details';
import {
  COVERAGE_FLOORS,
  COVERAGE_ROW_LABELS,
  COVERAGE_TARGETS,
  OLD_AFTER_YEARS,
  formatPercent,
  getCoverage,
} from '../../lib/procedures/coverage';
import { SOURCE_KIND_LABELS } from '../../lib/procedures/labels';

// `npm run catalog:report`: catalog coverage per figure against the floors and targets in
// prisma/catalog-floors.json, the kinds of source behind the figures, figures older than five
// years, and the procedures with the most gaps. Exits 1 when a figure is below its enforced floor.

const entries = loadCatalog();
const report = getCoverage(entries.map(toDetailFromEntry), COVERAGE_FLOORS, new Date(), COVERAGE_TARGETS);

const pad = (text: string, width: number) => text.padEnd(width);
console.log(`Catalog coverage: ${report.procedures} procedures\n`);
console.log(`${pad('figure', 58)} ${pad('reported', 10)} ${pad('share', 7)} ${pad('floor (enforced)', 18)} target`);
const verdict = (share: number | null, met: boolean, missed: string) =>
  share === null ? '-' : `${formatPercent(share)} ${met ? 'met' : missed}`;
for (const line of report.lines) {
  console.log(
    `${pad(COVERAGE_ROW_LABELS[line.row], 58)} ${pad(`${line.reported}/${line.applies}`, 10)} ${pad(formatPercent(line.share), 7)} ` +
      `${pad(verdict(line.floor, line.meets, 'BELOW FLOOR'), 18)} ${verdict(line.target, line.meetsTarget, 'missed')}`,
  );
}

console.log('\nReported figures by kind of source:');
for (const { kind, figures } of report.byKind) console.log(`  ${pad(SOURCE_KIND_LABELS[kind], 48)} ${figures}`);

console.log(`\nFigures older than ${OLD_AFTER_YEARS} years: ${report.old.length}`);
for (const old of report.old) console.log(`  ${old.slug} ${old.figure} (${old.year})`);

console.log('\nProcedures with the most gaps:');
for (const entry of report.mostGaps.slice(0, 10)) console.log(`  ${pad(entry.slug, 36)} ${entry.gaps.length}: ${entry.gaps.join(', ')}`);

const missedTargets = report.lines.filter((line) => !line.meetsTarget).length;
console.log(report.meetsFloors ? '\nAll enforced floors met.' : '\nBelow an enforced floor: see BELOW FLOOR above.');
if (missedTargets > 0) console.log(`${missedTargets} coverage targets not yet met (not enforced).`);
process.exit(report.meetsFloors ? 0 : 1);
