/**
 * @jest-environment node
 */
import { isMalformedActionRequest } from './actionRequestGuard'

const url = 'http://localhost:3000/tr/randevu'

function multipart(fields: Record<string, string>, headers: Record<string, string> = {}) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  return new Request(url, { method: 'POST', body: form, headers })
}

describe('isMalformedActionRequest', () => {
  it('passes the requests React sends, with and without JavaScript', async () => {
    const noScript = multipart({ '$ACTION_REF_1': '', '$ACTION_1:0': '{"id":"abc","bound":"$@1"}', '$ACTION_1:1': '["tr",{"attempt":0}]', '$ACTION_KEY': 'k1', fullName: 'Ayşe' })
    const withScript = multipart({ '_1_$ACTION_1:0': '{"id":"abc","bound":"$@1"}', '_1_$ACTION_1:1': '["tr",{}]', _1_fullName: 'Ayşe', '0': '["$K1"]' }, { 'next-action': 'abc' })
    const json = new Request(url, { method: 'POST', body: '["tr",{}]', headers: { 'next-action': 'abc', 'content-type': 'text/plain;charset=UTF-8' } })
    for (const request of [noScript, withScript, json, new Request(url)]) await expect(isMalformedActionRequest(request)).resolves.toBe(false)
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
    for (const request of cases) await expect(isMalformedActionRequest(request)).resolves.toBe(true)
  })

  it('leaves the original body readable', async () => {
    const request = multipart({ '$ACTION_1:1': '["tr"]', fullName: 'Ayşe' })
    await isMalformedActionRequest(request)
    expect((await request.formData()).get('fullName')).toBe('Ayşe')
  })
})
