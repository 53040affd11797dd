// The mutation score of each folder Stryker mutates (run `npx stryker run` first, which writes the JSON
// report). Stryker's own `break` threshold judges the total; this judges each folder on its own, so a strong
// engine cannot hide a weak embed loader. Every folder fails below TARGET.
import { readFileSync } from 'node:fs';

const TARGET = 90;
const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8'));
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const folders = new Map();
for (const [path, file] of Object.entries(report.files)) {
  const folder = path.split('/').slice(0, 2).join('/');
  const tally = folders.get(folder) ?? { detected: 0, undetected: 0, ignored: 0 };
  for (const { status } of file.mutants) {
    if (DETECTED.has(status)) tally.detected += 1;
    else if (UNDETECTED.has(status)) tally.undetected += 1;
    else tally.ignored += 1;
  }
  folders.set(folder, tally);
}

let failed = false;
for (const [folder, { detected, undetected, ignored }] of [...folders].sort()) {
  const score = (100 * detected) / (detected + undetected);
  const ok = score >= TARGET;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'}  ${folder}: ${score.toFixed(1)}% of ${detected + undetected} mutants detected (${undetected} not; ${ignored} ignored); at least ${TARGET}%`,
  );
}
if (failed) process.exit(1);
