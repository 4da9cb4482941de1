import { revalidateTag } from 'next/cache'
import { timingSafeEqual } from 'node:crypto'
import { z } from 'zod'

import { cacheTag } from '@/lib/cms'
import { webEnv } from '@/lib/env'

const knownTags = Object.values(cacheTag) as [string, ...string[]]
const bodySchema = z.object({ tags: z.array(z.enum(knownTags)).min(1).max(20) }).strict()

function secretMatches(given: string | null, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Called by the CMS after a publish: drops the cached pages that show the changed data. */
export async function POST(request: Request) {
  const { revalidateSecret } = webEnv()
  if (!revalidateSecret) return Response.json({ error: 'revalidation is not configured' }, { status: 503 })
  if (!secretMatches(request.headers.get('x-revalidate-secret'), revalidateSecret)) {
    return Response.json({ error: 'unauthorized' }, { status: 401 })
  }
  const parsed = bodySchema.safeParse(await request.json().catch(() => null))
  if (!parsed.success) return Response.json({ error: 'expected {"tags": [...known tags]}' }, { status: 400 })
  // expire: 0 drops the entry now; the next visitor gets the new content (not one more stale page).
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: parsed.data.tags })
}
