/**
 * Forged and broken posts to the booking form's server action, over plain HTTP: none may
 * answer 500, and none may store anything.
 */
import { expect, test } from './test'

import { cmsAsStaff, staticPages, WEB_URL } from './helpers'

/** The hidden fields of a freshly rendered form, as the browser would post them without JavaScript. */
async function renderedForm(path: string) {
  const html = await (await fetch(`${WEB_URL}${path}`)).text()
  const decode = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
  const fields: Record<string, string> = {}
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) fields[decode(match[1])] = decode(match[2] ?? '')
  const actionId = (JSON.parse(fields['$ACTION_1:0']) as { id: string }).id
  return { fields, actionId }
}

function multipart(fields: Record<string, string>) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  return form
}

const bookingCount = async () => (await cmsAsStaff<{ totalDocs: number }>('GET', '/bookings?limit=1&depth=0')).totalDocs

test('forged server action posts get a 4xx or the form back, never a 500, and store nothing', async () => {
  const path = staticPages.appointment.tr
  const { fields, actionId } = await renderedForm(path)
  const before = await bookingCount()
  const post = (body: BodyInit, headers: Record<string, string> = {}) => fetch(`${WEB_URL}${path}`, { method: 'POST', body, headers, redirect: 'manual' })

  const attempts: [string, Promise<Response>][] = [
    ['broken bound arguments', post(multipart({ ...fields, '$ACTION_1:1': 'not json' }))],
    ['an unknown action', post(multipart({ ...fields, '$ACTION_1:0': '{"id":"deadbeef","bound":null}' }))],
    ['no action id', post(multipart({ ...fields, '$ACTION_1:0': '' }))],
    ['a foreign locale', post(multipart({ ...fields, '$ACTION_1:1': '["xx",null]', fullName: 'x' }))],
    ['a megabyte of name', post(multipart({ ...fields, fullName: 'A'.repeat(900_000) }))],
    ['a broken multipart body', post('--x\r\nbroken', { 'Content-Type': 'multipart/form-data; boundary=x' })],
    ...['garbage', '["tr"', '{"a":1}', '[1,2,3]', '[]', '["tr",null,null]'].map(
      (body) =>
        [`a script call with ${body}`, post(body, { 'Next-Action': actionId, 'Content-Type': 'text/plain;charset=UTF-8' })] as [string, Promise<Response>],
    ),
  ]
  for (const [name, attempt] of attempts) {
    const response = await attempt
    const text = await response.text()
    expect([name, response.status < 500]).toEqual([name, true])
    expect(text).not.toMatch(/\bat [\w.<>]+ \(.*:\d+:\d+\)/)
  }
  expect(await bookingCount()).toBe(before)
})

test('a broken action post is answered in the page language', async () => {
  for (const [locale, expected] of [
    ['tr', 'Talebiniz okunamadı. Lütfen sayfayı yenileyip yeniden deneyin.'],
    ['en', 'Your request could not be read. Please reload the page and try again.'],
  ] as const) {
    const path = staticPages.appointment[locale]
    const { fields } = await renderedForm(path)
    const response = await fetch(`${WEB_URL}${path}`, { method: 'POST', body: multipart({ ...fields, '$ACTION_1:1': '[' }) })
    expect(response.status).toBe(400)
    expect(await response.text()).toBe(expected)
  }
})

test('an oversized body, arguments nested 50,000 deep, references to missing parts and a foreign page: 413, 400, 400, 403 in the page language, nothing stored', async () => {
  const before = await bookingCount()
  for (const [locale, texts] of [
    [
      'tr',
      {
        tooLarge: 'Talebiniz bu form için fazla uzun. Lütfen mesajınızı kısaltıp yeniden gönderin.',
        foreign: 'Bu form yalnızca sitemizdeki randevu sayfasından gönderilebilir.',
      },
    ],
    [
      'en',
      {
        tooLarge: 'Your request is too long for this form. Please shorten your message and send it again.',
        foreign: 'This form can only be sent from the appointment page on our website.',
      },
    ],
  ] as const) {
    const path = staticPages.appointment[locale]
    const { fields, actionId } = await renderedForm(path)
    const post = (body: BodyInit, headers: Record<string, string> = {}) => fetch(`${WEB_URL}${path}`, { method: 'POST', body, headers, redirect: 'manual' })
    const script = { 'Next-Action': actionId, 'Content-Type': 'text/plain;charset=UTF-8' }

    const oversized = await post(multipart({ ...fields, message: 'ş'.repeat(600_000) }))
    expect(oversized.status).toBe(413)
    expect(await oversized.text()).toBe(texts.tooLarge)
    const deep = await post(`${'['.repeat(50_000)}${']'.repeat(50_000)}`, script)
    expect(deep.status).toBe(400)
    const dangling = await post('["$Q1","$@2"]', script)
    expect(dangling.status).toBe(400)
    const foreign = await post(multipart({ ...fields, fullName: 'Dış Site' }), { Origin: 'https://evil.example' })
    expect(foreign.status).toBe(403)
    expect(await foreign.text()).toBe(texts.foreign)
  }
  expect(await bookingCount()).toBe(before)
})
