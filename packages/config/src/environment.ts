import { z } from 'zod'

import { deploymentProblem, deployments, deploymentVariable } from './deployment'

/**
 * The part of the environment both apps read, validated by one schema that each app's env
 * module extends (`apps/cms/src/env.ts`, `apps/web/src/lib/env.ts`): the deployment setting and
 * the secrets the CMS and the site share. Locally the secrets come from the generated .env files
 * (`scripts/ensure-local-env.mjs`, which keeps its own copy of the names: it runs in plain Node),
 * behind the proxy from the operator.
 */
export const sharedSecretNames = ['REVALIDATE_SECRET', 'PREVIEW_SECRET', 'INTAKE_SECRET'] as const

export type SharedSecretName = (typeof sharedSecretNames)[number]

export const sharedSecretMinLength = 16

const sharedSecret = z.string().min(sharedSecretMinLength, `must be at least ${sharedSecretMinLength} characters long`).optional()

/**
 * Locally a missing shared secret only turns its feature off (the generator fills them in);
 * behind the proxy nobody generates them, so each one is required.
 */
export const sharedEnvSchema = z
  .object({
    KLINIK_DEPLOYMENT: z.enum(deployments, deploymentProblem),
    REVALIDATE_SECRET: sharedSecret,
    PREVIEW_SECRET: sharedSecret,
    INTAKE_SECRET: sharedSecret,
  })
  .superRefine((env, context) => {
    if (env.KLINIK_DEPLOYMENT !== 'proxied') return
    for (const name of sharedSecretNames) {
      if (!env[name])
        context.addIssue({ code: 'custom', path: [name], message: `is required with ${deploymentVariable}=proxied (the same value in the CMS and the site)` })
    }
  })

/** A variable that cannot work as given; the message starts with its name. */
export class EnvError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid environment: ${variable} ${problem}`)
    this.name = 'EnvError'
  }
}

/**
 * `source` parsed with an app's environment schema, or an EnvError naming the first variable
 * that is wrong. An empty value counts as unset (docker-compose passes `VAR: ${VAR:-}` as an
 * empty string).
 */
export function parseEnv<Schema extends z.ZodType>(schema: Schema, source: Record<string, string | undefined>): z.output<Schema> {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== '')))
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw new EnvError(String(issue.path[0]), issue.message)
}
