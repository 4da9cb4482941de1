import { describe, expect, it } from '@jest/globals'

import { addressKey, clientAddress, clientAddressKey } from './clientAddress'

const headersOf = (values: Record<string, string>) => new Headers(values)

describe('clientAddress', () => {
  it('reads the proxy’s header and nothing else: a forged X-Forwarded-For never changes the key', () => {
    const proxied = (forged: string) => clientAddressKey(headersOf({ 'x-real-ip': '198.51.100.7', 'x-forwarded-for': forged }), 'x-real-ip')
    const keys = new Set(['1.2.3.4', '10.0.0.1, 10.0.0.2', '2001:db8::1', 'garbage', ''].map(proxied))
    expect([...keys]).toEqual(['198.51.100.7'])
  })

  it('takes the last X-Forwarded-For entry where that is the header (local), and only an IP address', () => {
    expect(clientAddress(headersOf({ 'x-forwarded-for': '10.0.0.1, 198.51.100.3' }), 'x-forwarded-for')).toBe('198.51.100.3')
    expect(clientAddress(headersOf({ 'x-real-ip': 'not-an-address' }), 'x-real-ip')).toBeNull()
    expect(clientAddress(headersOf({}), 'x-real-ip')).toBeNull()
  })
})

describe('addressKey', () => {
  it('counts an IPv6 client by its /64, however it writes the address', () => {
    const keys = ['2001:db8:1:2::1', '2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2:aaaa::7', '2001:DB8:1:2::dead:beef'].map(addressKey)
    expect(new Set(keys)).toEqual(new Set(['2001:db8:1:2::/64']))
    expect(addressKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64')
    expect(addressKey('::1')).toBe('0:0:0:0::/64')
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
  })

  it('keeps IPv4 as it is, also when written as IPv6, and puts everything else under unknown', () => {
    expect(addressKey('198.51.100.7')).toBe('198.51.100.7')
    expect(addressKey('::ffff:198.51.100.7')).toBe('198.51.100.7')
    expect(addressKey(null)).toBe('unknown')
    expect(addressKey('x')).toBe('unknown')
  })
})
