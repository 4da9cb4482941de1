/** Starts the proxied stack for the serving benchmark, with the site's page limits lifted (stack.ts). */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

import { startProxiedStack, writeStackState } from '../e2e-nginx/stack'

const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so'

/** Debian's wrk, nginx and its brotli module, installed as .ci/run installs its packages. */
function requireDebianTools() {
  const onPath = (command: string) => {
    try {
      execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  }
  const missing = [
    ...(onPath('wrk') ? [] : ['wrk']),
    ...(onPath('nginx') ? [] : ['nginx']),
    ...(existsSync(brotliModule) ? [] : ['libnginx-mod-http-brotli-filter']),
  ]
  if (missing.length === 0) return
  if (process.getuid?.() !== 0) throw new Error(`The serving benchmark needs Debian's ${missing.join(', ')}: apt-get install -y ${missing.join(' ')}`)
  execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')} >/dev/null`], {
    stdio: 'inherit',
  })
}

export default async function globalSetup() {
  requireDebianTools()
  writeStackState(
    await startProxiedStack({
      // wrk's 50 connections all come from 127.0.0.1, as if from one visitor: the page limit
      // (10 r/s in production) would refuse nearly all of them. The limit's lookup still runs.
      limits: { SITE_PAGE_RATE: '100000r/s', SITE_PAGE_BURST: '100000' },
    }),
  )
}
