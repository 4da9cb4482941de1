// Bundles the command-line scripts (src/scripts/*.ts) into dist/scripts/*.js, so they run on
// plain Node without a runtime TypeScript loader. Dependencies stay external (resolved from
// node_modules at run time); only our own source and the workspace packages are bundled.
//
// Run the output with `node --conditions=production`: under the default "node" condition the
// Lexical packages load through entry files that choose their build with a top-level
// `await import()`, and on Node 20 that import graph sometimes never settles: the process then
// exits with code 13 and no message (measured: 6 of 8 plain imports of
// @payloadcms/richtext-lexical failed, 0 of 12 with the condition). Payload's own CLI, which
// loads the same graph, shows the same fault.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const manifest = JSON.parse(readFileSync(path.join(appDir, 'package.json'), 'utf8'))
const external = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) => !name.startsWith('@klinik/'))

await build({
  absWorkingDir: appDir,
  entryPoints: ['src/scripts/prepare.ts', 'src/scripts/seed.ts', 'src/scripts/generate.ts'],
  outdir: 'dist/scripts',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  logLevel: 'warning',
})
