import { revalidateTag } from 'next/cache'
import { z } from 'zod'

import { knownCacheTags } from '@klinik/config/cacheTags'
import { sameSecret, sharedSecretHeader } from '@klinik/signing/sharedSecret'

import { webEnv } from '@/lib/env'

/** Only the tags of the shared list: anything else is refused whole, nothing is revalidated. */
const bodySchema = z.object({ tags: z.array(z.enum(knownCacheTags)).min(1).max(20) }).strict()
const noStore = { 'Cache-Control': 'no-store' }

/** Who may revalidate: null when the caller sent our secret, else the answer to give. */
function refusal(request: Request): Response | null {
  const { revalidateSecret } = webEnv()
  if (!revalidateSecret) return Response.json({ error: 'revalidation is not configured' }, { status: 503, headers: noStore })
  if (!sameSecret(request.headers.get(sharedSecretHeader.revalidate), revalidateSecret)) {
    return Response.json({ error: 'unauthorized' }, { status: 401, headers: noStore })
  }
  return null
}

/** The CMS's start-up check: 204 when its REVALIDATE_SECRET is ours (nothing is revalidated). */
export async function GET(request: Request) {
  return refusal(request) ?? new Response(null, { status: 204, headers: noStore })
}

/** Called by the CMS after a publish: drops the cached pages that show the changed data. */
export async function POST(request: Request) {
  const refused = refusal(request)
  if (refused) return refused
  const parsed = bodySchema.safeParse(await request.json().catch(() => null))
  if (!parsed.success) return Response.json({ error: 'expected {"tags": [...known tags]}' }, { status: 400, headers: noStore })
  // expire: 0 drops the entry now; the next visitor gets the new content (not one more stale page).
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: parsed.data.tags }, { headers: noStore })
}
