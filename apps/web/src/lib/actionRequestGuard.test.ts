/**
 * @jest-environment node
 */
import { actionRequestProblem, maxActionBodyBytes } from './actionRequestGuard'

const url = 'http://localhost:3000/tr/randevu'

function multipart(fields: Record<string, string>, headers: Record<string, string> = {}) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  return new Request(url, { method: 'POST', body: form, headers })
}

describe('actionRequestProblem', () => {
  it('passes the requests React sends, with and without JavaScript', async () => {
    const noScript = multipart({
      $ACTION_REF_1: '',
      '$ACTION_1:0': '{"id":"abc","bound":"$@1"}',
      '$ACTION_1:1': '["tr",{"attempt":0}]',
      $ACTION_KEY: 'k1',
      fullName: 'Ayşe',
    })
    const withScript = multipart(
      { '_1_$ACTION_1:0': '{"id":"abc","bound":"$@1"}', '_1_$ACTION_1:1': '["tr",{}]', _1_fullName: 'Ayşe', '0': '["$K1"]' },
      { 'next-action': 'abc' },
    )
    const json = new Request(url, { method: 'POST', body: '["tr",{}]', headers: { 'next-action': 'abc', 'content-type': 'text/plain;charset=UTF-8' } })
    for (const request of [noScript, withScript, json, new Request(url)]) await expect(actionRequestProblem(request)).resolves.toBeNull()
  })

  it('catches broken framework fields and bodies', async () => {
    const cases = [
      multipart({ '$ACTION_1:1': 'not json' }),
      multipart({ '_1_$ACTION_1:0': '{"id":' }, { 'next-action': 'abc' }),
      multipart({ '0': 'garbage' }, { 'next-action': 'abc' }),
      new Request(url, { method: 'POST', body: 'garbage', headers: { 'next-action': 'abc', 'content-type': 'text/plain' } }),
      new Request(url, { method: 'POST', body: '{"a":1}', headers: { 'next-action': 'abc', 'content-type': 'text/plain' } }),
      new Request(url, { method: 'POST', body: '--x\r\nbroken', headers: { 'content-type': 'multipart/form-data; boundary=x' } }),
    ]
    for (const request of cases) await expect(actionRequestProblem(request)).resolves.toBe('unreadable')
  })

  it('leaves the original body readable', async () => {
    const request = multipart({ '$ACTION_1:1': '["tr"]', fullName: 'Ayşe' })
    await actionRequestProblem(request)
    expect((await request.formData()).get('fullName')).toBe('Ayşe')
  })

  it('refuses a body over 1 MB by its declared length, before reading it, or as it is read', async () => {
    // How a body is read up to the limit (cut off, its stream cancelled) is tested with @klinik/config/requestBody.
    const declared = new Request(url, {
      method: 'POST',
      body: '["tr",{}]',
      headers: { 'next-action': 'abc', 'content-type': 'text/plain', 'content-length': String(maxActionBodyBytes + 1) },
    })
    await expect(actionRequestProblem(declared)).resolves.toBe('tooLarge')
    // A FormData body declares no length: this one is measured while it is read.
    await expect(actionRequestProblem(multipart({ '$ACTION_1:1': '["tr"]', fullName: 'A'.repeat(maxActionBodyBytes + 1) }))).resolves.toBe('tooLarge')
  })

  it('refuses arguments nested far deeper than any form, and references to parts that are not there', async () => {
    const call = (body: string) => new Request(url, { method: 'POST', body, headers: { 'next-action': 'abc', 'content-type': 'text/plain' } })
    await expect(actionRequestProblem(call(`${'['.repeat(50_000)}${']'.repeat(50_000)}`))).resolves.toBe('unreadable')
    await expect(actionRequestProblem(call('["$Q1","$@2"]'))).resolves.toBe('unreadable')
    await expect(actionRequestProblem(multipart({ '0': '["$K1"]', other: 'x' }, { 'next-action': 'abc' }))).resolves.toBe('unreadable')
    // An escaped dollar is a plain string, not a reference.
    await expect(actionRequestProblem(call('["tr",{"note":"$$Q1"}]'))).resolves.toBeNull()
  })

  it('refuses a call from another site’s page, as Next does, and passes our own', async () => {
    const from = (origin: string, host = 'localhost:3000') => multipart({ '$ACTION_1:1': '["tr"]' }, { origin, host })
    await expect(actionRequestProblem(from('https://evil.example'))).resolves.toBe('foreignOrigin')
    await expect(actionRequestProblem(from('http://localhost:3000'))).resolves.toBeNull()
    await expect(
      actionRequestProblem(multipart({ '$ACTION_1:1': '["tr"]' }, { origin: 'https://klinik.example', 'x-forwarded-host': 'klinik.example' })),
    ).resolves.toBeNull()
  })
})
