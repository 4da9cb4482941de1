import { isIP } from 'node:net'

/**
 * Who is calling, for rate limits: one rule for the site's booking limit, the CMS's intake and
 * its sign-in limits. Behind the reverse proxy (`proxied`) the address comes only from the header
 * the proxy overwrites (nginx: `X-Real-IP $remote_addr`): Next.js adds nothing of its own to
 * `X-Forwarded-For`, so every entry there can be the caller's invention. Locally (one developer,
 * no proxy) the last `X-Forwarded-For` entry, if any, is as good as anything.
 */

/** The header nginx overwrites with the client's address in docker-compose. */
export const proxyAddressHeader = 'x-real-ip'

/** Read the address from this header (lower case); what it holds is taken only when it is one IP address. */
export function clientAddress(headers: Pick<Headers, 'get'>, header: string): string | null {
  const value = headers.get(header)
  // One address in the proxy's own header; in X-Forwarded-For the last entry is the nearest hop's.
  const address = value?.split(',').at(-1)?.trim()
  return address && isIP(address) ? address : null
}

/**
 * The key a limit counts under: an IPv4 address as it is, an IPv6 address by its /64 network
 * (one subscriber gets a whole /64 and can pick any address in it), an IPv4 address written as
 * IPv6 (`::ffff:198.51.100.7`) as the IPv4 address. Anything else counts under `unknown`.
 */
export function addressKey(address: string | null): string {
  if (!address) return 'unknown'
  const kind = isIP(address)
  if (kind === 4) return address
  if (kind !== 6) return 'unknown'
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return mapped[1]
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros. */
function expandIpv6(address: string): string[] {
  const withoutZone = address.split('%')[0].toLowerCase()
  // An embedded IPv4 tail (::1.2.3.4) becomes two groups.
  const ipv4Tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(withoutZone)
  const text = ipv4Tail
    ? withoutZone.replace(ipv4Tail[0], `${((+ipv4Tail[1] << 8) | +ipv4Tail[2]).toString(16)}:${((+ipv4Tail[3] << 8) | +ipv4Tail[4]).toString(16)}`)
    : withoutZone
  const [head, tail] = text.split('::')
  const headGroups = head ? head.split(':') : []
  const tailGroups = tail !== undefined && tail !== '' ? tail.split(':') : []
  const missing = 8 - headGroups.length - tailGroups.length
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups]
  return groups.map((group) => parseInt(group, 16).toString(16))
}

/** The client's limit key from a request's headers: `clientAddress` then `addressKey`. */
export function clientAddressKey(headers: Pick<Headers, 'get'>, header: string): string {
  return addressKey(clientAddress(headers, header))
}

/**
 * What is wrong with the address header an app is told to read, if anything: behind the proxy it
 * must be named, and it must be one the proxy overwrites (never X-Forwarded-For, which clients
 * write themselves). The message follows the variable's name.
 */
export function addressHeaderProblem(header: string | undefined, deployment: 'local' | 'proxied'): string | undefined {
  if (deployment !== 'proxied') return undefined
  if (!header)
    return `is required with KLINIK_DEPLOYMENT=proxied: name the header the reverse proxy overwrites with the client's address (nginx: X-Real-IP $remote_addr, so ${proxyAddressHeader})`
  if (header.toLowerCase() === 'x-forwarded-for') {
    return `must name the header the reverse proxy overwrites (e.g. ${proxyAddressHeader}) with KLINIK_DEPLOYMENT=proxied; clients write X-Forwarded-For themselves`
  }
  return undefined
}

/** Where an app reads the address locally when nothing is configured. */
export const localAddressHeader = 'x-forwarded-for'
