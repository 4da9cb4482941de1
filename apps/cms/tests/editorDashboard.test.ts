/** What the editors' dashboard lists, read as the dashboard reads it. */
import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { scheduledPublishes, translationWork, unpublishedChanges } from '../src/editorDashboard/needsAttention'
import { startTestCms, type TestCms } from './helpers/testPayload'
import { signInEveryRole, type SignedIn } from './helpers/users'

let cms: TestCms
let editor: SignedIn
let id: number

beforeAll(async () => {
  cms = await startTestCms()
  ;({ editor } = await signInEveryRole(cms.payload))
  const rest = async (method: 'POST' | 'PATCH', path: string, json: unknown) => {
    const response = await cms.rest(method, path, { token: editor.token, json })
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
    return ((await response.json()) as { doc: { id: number } }).doc
  }
  id = (await rest('POST', '/treatments?locale=tr', { title: 'Bölgesel mezoterapi', summary: 'Türkçe özet metni burada.', _status: 'published' })).id
  await rest('PATCH', `/treatments/${id}?locale=en&draft=true`, { title: 'Regional mesotherapy', _status: 'draft' })
})
afterAll(async () => {
  await cms?.cleanup()
})

it('lists the treatment whose English is not translated yet, with both statuses', async () => {
  const work = await translationWork(cms.payload, 'en')
  expect(work).toContainEqual({ collection: 'treatments', id, title: 'Regional mesotherapy', status: { tr: 'complete', en: 'missing' } })
})

it('lists the English as never published, and not the Turkish', async () => {
  const changes = await unpublishedChanges(cms.payload, 'tr')
  expect(changes.filter((change) => change.id === id)).toEqual([
    { collection: 'treatments', id, title: 'Bölgesel mezoterapi', locale: 'en', neverPublished: true },
  ])
})

it('lists a Turkish change made after publishing as not published', async () => {
  await cms.payload.update({ collection: 'treatments', id, locale: 'tr', draft: true, data: { summary: 'Yeni Türkçe özet metni.', _status: 'draft' } })
  const changes = await unpublishedChanges(cms.payload, 'tr')
  expect(changes.filter((change) => change.id === id).map((change) => [change.locale, change.neverPublished])).toEqual([
    ['tr', false],
    ['en', true],
  ])
})

it('lists a scheduled publish with its language and time', async () => {
  const at = new Date(Date.now() + 86_400_000).toISOString()
  await cms.payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', locale: 'en', doc: { relationTo: 'treatments', value: String(id) }, user: { relationTo: 'users', value: editor.user.id } },
    waitUntil: new Date(at),
  } as never)
  const scheduled = await scheduledPublishes(cms.payload, 'en')
  expect(scheduled).toEqual([{ collection: 'treatments', id: String(id), title: 'Regional mesotherapy', type: 'publish', locale: 'en', at }])
})
