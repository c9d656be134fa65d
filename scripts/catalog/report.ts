import { loadCatalog } from '../../lib/procedures/catalog/catalog-file';
import { catalogWarnings, checkCatalog } from '../../lib/procedures/catalog/catalog-checks';
import { toDetailFromEntry } from '../../lib/procedures/catalog/catalog-details';
import { COVERAGE_FLOORS, COVERAGE_TARGETS, OLD_AFTER_YEARS, formatPercent, getCoverage } from '../../lib/procedures/figures/coverage';
import { SOURCE_KIND_LABELS } from '../../lib/procedures/labels';

// `npm run catalog:report`: catalog coverage per figure against the floors and targets in
// prisma/catalog-floors.json, the kinds of source behind the figures, figures older than five
// years, the procedures with the most gaps, and the catalog checks (lib/procedures/catalog/catalog-checks.ts).
// Exits 1 when a figure is below its enforced floor or a check finds a problem.

// An optional folder argument checks another catalog folder (the tests use it on a broken one).
const entries = loadCatalog(process.argv[2]);
const report = getCoverage(entries.map(toDetailFromEntry), COVERAGE_FLOORS, new Date(), COVERAGE_TARGETS);

const pad = (text: string, width: number) => text.padEnd(width);
console.log(`Catalog coverage: ${report.procedures} procedures\n`);
console.log(`${pad('figure', 58)} ${pad('reported', 10)} ${pad('share', 7)} ${pad('floor (enforced)', 18)} target`);
const verdict = (share: number | null, met: boolean, missed: string) =>
  share === null ? '-' : `${formatPercent(share)} ${met ? 'met' : missed}`;
for (const line of report.lines) {
  console.log(
    `${pad(line.label, 58)} ${pad(`${line.reported}/${line.applies}`, 10)} ${pad(formatPercent(line.share), 7)} ` +
      `${pad(verdict(line.floor, line.meets, 'BELOW FLOOR'), 18)} ${verdict(line.target, line.meetsTarget, 'missed')}`,
  );
}

const { risks } = report;
console.log(
  `${pad('Side effects and risks with a quote', 58)} ${pad(`${risks.all.quoted}/${risks.all.total}`, 10)} ${pad(formatPercent(risks.share), 7)} ` +
    `${pad(verdict(risks.floor, risks.meets, 'BELOW FLOOR'), 18)} ${verdict(risks.target, risks.meetsTarget, 'missed')}`,
);
console.log(
  `  of which serious risks: ${risks.serious.quoted}/${risks.serious.total} quoted; every other one records what was searched (the schema refuses neither).`,
);

console.log('\nReported figures by kind of source:');
for (const { kind, figures } of report.byKind) console.log(`  ${pad(SOURCE_KIND_LABELS[kind], 48)} ${figures}`);

console.log(`\nFigures older than ${OLD_AFTER_YEARS} years: ${report.old.length}`);
for (const old of report.old) console.log(`  ${old.slug} ${old.figure} (${old.year})`);

console.log('\nProcedures with the most gaps:');
for (const entry of report.mostGaps.slice(0, 10)) console.log(`  ${pad(entry.slug, 36)} ${entry.gaps.length}: ${entry.gaps.join(', ')}`);

const problems = checkCatalog(entries);
console.log(`\nChecks (milestone order, bounds stored as exact values): ${problems.length} problems`);
for (const problem of problems) console.log(`  ${problem.slug} ${problem.figure}: ${problem.message}`);
const warnings = catalogWarnings(entries);
console.log(`To re-read (courses from two sources, not failing): ${warnings.length}`);
for (const warning of warnings) console.log(`  ${warning.slug} ${warning.figure}: ${warning.message}`);

const missedTargets = report.lines.filter((line) => !line.meetsTarget).length + (risks.meetsTarget ? 0 : 1);
console.log(report.meetsFloors ? '\nAll enforced floors met.' : '\nBelow an enforced floor: see BELOW FLOOR above.');
if (missedTargets > 0) console.log(`${missedTargets} coverage targets not yet met (not enforced).`);
process.exit(report.meetsFloors && problems.length === 0 ? 0 : 1);
