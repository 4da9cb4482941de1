// The process runner of `npm start` (local mode): pm2-runtime keeps the CMS and the site up
// each on its own. turbo cannot do this: when one persistent task exits, `turbo run start`
// stops every other one, so a crashed CMS used to take the patient site down with it.
//
// - A crashed or killed app is started again after half a second (the delay grows while it
//   keeps crashing and resets once it has run for 30 s); the other app is never touched.
// - Exit code 78 (configurationExitCode in packages/config/src/deployment.ts) means the app
//   stopped on purpose because its configuration cannot work (a variable that fails validation,
//   a shared secret the other app refuses): it is not restarted, and its message stays last.
// - Each app runs as `next start` itself, with no npm or cross-env process around it (those
//   wrappers cost about 110 MB of memory per app).
// - Logs go to this terminal only (pm2-runtime streams them); pm2 writes no log files.
// - PM2_HOME and PM2_DISABLE_VERSION_CHECK are set by the root `start` script: pm2's state stays
//   inside node_modules, and pm2 never reports to its vendor.
const path = require('node:path')
const ports = require('./packages/config/src/ports.json')

const nextBin = require.resolve('next/dist/bin/next')

const app = (name, port, env = {}) => ({
  name,
  cwd: path.join(__dirname, 'apps', name),
  script: nextBin,
  args: ['start', '-p', String(port)],
  env: { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
  autorestart: true,
  exp_backoff_restart_delay: 500,
  stop_exit_codes: [78],
  kill_timeout: 10_000,
  out_file: '/dev/null',
  error_file: '/dev/null',
})

module.exports = {
  apps: [app('cms', ports.cms, { NODE_OPTIONS: '--no-deprecation' }), app('web', ports.web)],
}
