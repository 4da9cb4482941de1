/**
 * @jest-environment node
 */
const disable = jest.fn()
const deleteCookie = jest.fn()
jest.mock('next/headers', () => ({ draftMode: async () => ({ disable }), cookies: async () => ({ delete: deleteCookie }) }))

import { GET } from './route'

const exit = (query: string) => GET(new Request(`http://localhost:3000/api/preview/exit?${query}`))

describe('/api/preview/exit', () => {
  it('leaves draft mode and returns to the page on this site', async () => {
    const response = await exit(`to=${encodeURIComponent('/en/treatments/x')}`)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${new URL('/en/treatments/x', process.env.SITE_URL ?? 'http://localhost:3000')}`)
    expect(disable).toHaveBeenCalled()
    expect(deleteCookie).toHaveBeenCalled()
  })

  it.each(['%2F%5Cevil.example', '%2F%09%2Fevil.example', '%2F%0A%2Fevil.example', '%2F%2Fevil.example', 'https%3A%2F%2Fevil.example'])(
    'never sends the visitor to another host (to=%s)',
    async (to) => {
      const response = await exit(`to=${to}`)
      const location = new URL(response.headers.get('location')!)
      expect(location.hostname).not.toBe('evil.example')
      expect(location.pathname).toBe('/')
    },
  )
})
