import 'server-only'

import type { Media } from '@klinik/cms-types/payload-types'

import { webEnv } from '../env'

/** An uploaded image as pages render it: its address in the chosen size, and every size for `srcset`. */
export type Image = { url: string; alt: string; width: number; height: number; srcSet: string }

/** The image of an upload field (populated at depth ≥ 1), in the size the page shows; null when missing. */
export function imageOf(value: string | Media | null | undefined, size: 'card' | 'hero' = 'card'): Image | null {
  if (!value || typeof value === 'string' || !value.url) return null
  const { cmsPublicUrl } = webEnv()
  const absolute = (url: string) => (url.startsWith('http') ? url : `${cmsPublicUrl}${url}`)
  const chosen = value.sizes?.[size]?.url ? value.sizes[size] : value
  const candidates = [value.sizes?.thumbnail, value.sizes?.card, value.sizes?.hero].filter((entry) => entry?.url && entry.width)
  return {
    url: absolute(chosen!.url!),
    alt: value.alt ?? '',
    width: chosen!.width ?? value.width ?? 1600,
    height: chosen!.height ?? value.height ?? 800,
    srcSet: candidates.map((entry) => `${absolute(entry!.url!)} ${entry!.width}w`).join(', '),
  }
}
