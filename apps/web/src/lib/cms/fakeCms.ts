import { parse } from 'qs-esm'

/** A request the site sent to the CMS, decoded the way the CMS reads it. */
export type CmsRequest = { method: string; path: string; query: Record<string, unknown>; tags: string[] | undefined; cache: RequestCache | undefined }

/**
 * For tests: replaces `fetch` with a CMS that answers each request with the next of `answers`
 * (the last one repeats), and records what was asked. The query is decoded with the options
 * of the CMS's REST gate and Payload (apps/cms/src/http/restQueryGate.ts).
 */
export function fakeCms(...answers: (unknown | Response)[]) {
  const requests: CmsRequest[] = []
  const fetchMock = jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = new URL(String(input))
    const next = init as (RequestInit & { next?: { tags?: string[] } }) | undefined
    requests.push({
      method: next?.method ?? 'GET',
      path: url.pathname,
      query: parse(url.search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }),
      tags: next?.next?.tags,
      cache: next?.cache,
    })
    const answer = answers[Math.min(requests.length - 1, answers.length - 1)]
    return answer instanceof Response ? answer : Response.json(answer ?? { docs: [] })
  })
  return { requests, fetchMock }
}
