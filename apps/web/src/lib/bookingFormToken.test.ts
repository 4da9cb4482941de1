import { issueFormToken, issueReceipt, readFormToken, readReceipt } from './bookingFormToken'

describe('booking form tokens', () => {
  const saved = process.env.INTAKE_SECRET
  beforeAll(() => {
    process.env.INTAKE_SECRET = 'a-shared-intake-secret-for-tests'
  })
  afterAll(() => {
    process.env.INTAKE_SECRET = saved
  })

  it('carry a fresh nonce and the time the form was shown', () => {
    const now = Date.UTC(2026, 10, 23, 9)
    const first = readFormToken(issueFormToken(now), now + 5000)
    const second = readFormToken(issueFormToken(now), now + 5000)
    expect(first).toEqual({ nonce: expect.stringMatching(/^[\w-]{24}$/), renderedAt: now, reissued: false })
    expect(second!.nonce).not.toBe(first!.nonce)
  })

  it('mark a form renewed after a send, which also starts its time now', () => {
    const now = Date.UTC(2026, 10, 23, 9)
    expect(readFormToken(issueFormToken(now, { reissued: true }), now + 1000)).toEqual({ nonce: expect.any(String), renderedAt: now, reissued: true })
  })

  it('refuse a forged, altered or day-old form', () => {
    const now = Date.now()
    const token = issueFormToken(now)
    const [body, signature] = token.split('.')
    const forged = Buffer.from(JSON.stringify({ nonce: 'x', renderedAt: 0, exp: 9e9 })).toString('base64url')
    expect(readFormToken(`${forged}.${signature}`, now)).toBeNull()
    expect(readFormToken(`${body}.x${signature}`, now)).toBeNull()
    expect(readFormToken(token, now + 25 * 60 * 60 * 1000)).toBeNull()
    expect(readFormToken(undefined, now)).toBeNull()
  })

  it('a receipt shows only its reference, and is not a form token (nor the other way round)', () => {
    const receipt = issueReceipt('KL-7K3Q9')
    expect(readReceipt(receipt)).toBe('KL-7K3Q9')
    expect(readFormToken(receipt)).toBeNull()
    expect(readReceipt(issueFormToken())).toBeNull()
  })
})
