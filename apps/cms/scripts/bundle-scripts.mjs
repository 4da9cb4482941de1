// Bundles the command-line scripts (src/scripts/*.ts) into dist/scripts/*.js, so they run on
// plain Node. Runtime TypeScript loaders were tried first: `payload run` and
// `node --import tsx` both hung or exited silently now and then on Node 20 while importing
// the config. Dependencies stay external (resolved from node_modules at run time); only our
// own source and the workspace packages (TypeScript source) are bundled.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const manifest = JSON.parse(readFileSync(path.join(appDir, 'package.json'), 'utf8'))
const external = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter(
  (name) => !name.startsWith('@klinik/'),
)

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
