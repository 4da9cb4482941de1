import type { Access, PayloadRequest, SanitizedConfig, Where } from 'payload'

import { awaitsSecondFactor } from './secondFactor'

/** Nothing personal in it (the admin's column and navigation choices), and the admin writes it on every page. */
const ungated = new Set(['payload-preferences'])

type AccessMap = Record<string, Access | undefined>

/**
 * Until the second factor, a signed-in user may read their own account (the admin needs it to
 * show the setup page) and nothing else; anonymous visitors keep exactly the access they had
 * (the patient site reads published content).
 */
function gate(access: Access, ownAccount: boolean): Access {
  return (args) => {
    if (!awaitsSecondFactor(args.req)) return access(args)
    return ownAccount ? ({ id: { equals: args.req.user!.id } } satisfies Where) : false
  }
}

function gateAll(access: AccessMap, { ownAccountReadable }: { ownAccountReadable: boolean }): void {
  for (const [operation, rule] of Object.entries(access)) {
    // `admin` only says whether the admin panel opens at all: it must, to show the setup page.
    if (!rule || operation === 'admin') continue
    access[operation] = gate(rule, ownAccountReadable && operation === 'read')
  }
}

/**
 * Puts every collection, global and job action behind the second factor, including the ones
 * Payload adds while sanitising the config (document locks, jobs, migrations): one wrapper
 * around each access rule, rather than a check repeated in each rule. Custom endpoints ask
 * `awaitsSecondFactor` themselves.
 */
export async function withTwoFactorGate(config: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const sanitized = await config
  for (const collection of sanitized.collections) {
    if (ungated.has(collection.slug)) continue
    gateAll(collection.access as unknown as AccessMap, { ownAccountReadable: Boolean(collection.auth) })
  }
  for (const global of sanitized.globals) gateAll(global.access as unknown as AccessMap, { ownAccountReadable: false })
  const jobs = sanitized.jobs?.access as Record<string, ((args: { req: PayloadRequest }) => boolean | Promise<boolean>) | undefined> | undefined
  if (jobs) {
    for (const [action, rule] of Object.entries(jobs)) {
      if (rule) jobs[action] = (args) => !awaitsSecondFactor(args.req) && rule(args)
    }
  }
  return sanitized
}
