// Prints one closing line "N passed, N failed" over the JSON reports CI wrote (vitest's JSON
// reporter shape), so CI logs state the total plainly. A suite that failed before its tests ran
// (a throwing beforeAll leaves its tests "skipped") counts as failed, and so does a skipped test:
// the project has none on purpose.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`missing report: ${file}`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A failed run with no failing and no skipped test: its error happened outside any test.
  const suiteErrors =
    report.success === false && report.numFailedTests + skipped === 0 ? Math.max(1, report.numFailedTestSuites ?? 0) : 0;
  const notes = [skipped && `${skipped} skipped`, suiteErrors && `${suiteErrors} suite(s) failed outside their tests`].filter(
    Boolean,
  );
  console.log(
    `${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed${notes.length ? ` (${notes.join(', ')})` : ''}`,
  );
  passed += report.numPassedTests;
  failed += report.numFailedTests + skipped + suiteErrors;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
