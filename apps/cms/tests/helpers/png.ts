import sharp from 'sharp'

/** A small real PNG for upload tests. */
export function tinyPng(): Promise<Buffer> {
  return sharp({ create: { width: 8, height: 8, channels: 3, background: '#88aa99' } })
    .png()
    .toBuffer()
}
