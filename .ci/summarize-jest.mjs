// Sums Jest's "Tests:" summary lines from a log into one closing "N passed, N failed" line.
import { readFileSync } from 'node:fs'

const log = readFileSync(process.argv[2], 'utf8').replace(/\x1b\[[0-9;]*m/g, '')
let passed = 0
let failed = 0
let skipped = 0
let suites = 0
for (const line of log.split('\n')) {
  const match = line.match(/(?:^|[\s:])Tests:\s+(\d.*)$/)
  if (!match) continue
  suites += 1
  for (const [, count, kind] of match[1].matchAll(/(\d+) (passed|failed|skipped|todo)/g)) {
    if (kind === 'passed') passed += Number(count)
    if (kind === 'failed') failed += Number(count)
    if (kind === 'skipped' || kind === 'todo') skipped += Number(count)
  }
}
if (suites === 0) failed += 1 // no Jest summary at all means the tests did not run
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`)
