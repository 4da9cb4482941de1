import { z } from 'zod'

import { locales } from '@klinik/config/locales'

import { signToken, verifyToken } from './token'

/**
 * The preview token: the one contract between the CMS, which issues it (the admin's preview
 * button, the start-up check), and the two places that accept it (the site's /api/preview and
 * the CMS's draft endpoint). Signed with PREVIEW_SECRET and expiring within minutes, so a link
 * works across hostnames without the editor's CMS cookie. Two purposes:
 * - `preview`: one document of one collection in one language;
 * - `secret-check`: the CMS's start-up probe that the site holds the same PREVIEW_SECRET; it
 *   opens nothing.
 */
export const previewCollections = ['treatments'] as const

const documentPreviewClaimsSchema = z.strictObject({
  purpose: z.literal('preview'),
  collection: z.enum(previewCollections),
  id: z.string().min(1),
  locale: z.enum(locales),
})

const secretCheckClaimsSchema = z.strictObject({ purpose: z.literal('secret-check') })

/** Strict: a token with claims of another shape is refused even when its signature is right. */
export const previewTokenClaimsSchema = z.discriminatedUnion('purpose', [documentPreviewClaimsSchema, secretCheckClaimsSchema])

export type PreviewTokenClaims = z.infer<typeof previewTokenClaimsSchema>
export type DocumentPreviewClaims = z.infer<typeof documentPreviewClaimsSchema>

/** What a valid token says, with its expiry as a date. */
export type VerifiedPreviewToken = PreviewTokenClaims & { expiresAt: Date }

/** A token for `claims`, valid for `ttlSeconds`. Throws on claims of the wrong shape (a programming error). */
export function issuePreviewToken(claims: PreviewTokenClaims, secret: string, ttlSeconds: number, now = Date.now()): string {
  return signToken(previewTokenClaimsSchema.parse(claims), secret, ttlSeconds, now)
}

/** The claims when the signature is right, the token has not expired and its claims have the right shape; otherwise null. */
export function verifyPreviewToken(token: unknown, secret: string, now = Date.now()): VerifiedPreviewToken | null {
  const payload = verifyToken(token, secret, now)
  if (!payload) return null
  const { exp, ...claims } = payload
  const parsed = previewTokenClaimsSchema.safeParse(claims)
  return parsed.success ? { ...parsed.data, expiresAt: new Date(exp * 1000) } : null
}
