// One closing "N passed, N failed" line for CI: Jest's "Tests:" summary lines from the log,
// plus Playwright's JSON report(s) given after it.
import { existsSync, readFileSync } from 'node:fs'

const [logFile, ...playwrightReports] = process.argv.slice(2)
const log = readFileSync(logFile, 'utf8').replace(/\x1b\[[0-9;]*m/g, '')
let passed = 0
let failed = 0
let skipped = 0
let jestSummaries = 0
for (const line of log.split('\n')) {
  const match = line.match(/(?:^|[\s:])Tests:\s+(\d.*)$/)
  if (!match) continue
  jestSummaries += 1
  for (const [, count, kind] of match[1].matchAll(/(\d+) (passed|failed|skipped|todo)/g)) {
    if (kind === 'passed') passed += Number(count)
    if (kind === 'failed') failed += Number(count)
    if (kind === 'skipped' || kind === 'todo') skipped += Number(count)
  }
}
if (jestSummaries === 0) failed += 1 // no Jest summary at all: the unit tests did not run

for (const report of playwrightReports) {
  if (!existsSync(report)) {
    failed += 1 // the browser tests did not run
    continue
  }
  const { stats } = JSON.parse(readFileSync(report, 'utf8'))
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
  failed += stats.unexpected ?? 0
  skipped += stats.skipped ?? 0
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`)
