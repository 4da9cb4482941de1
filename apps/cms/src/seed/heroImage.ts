import sharp from 'sharp'

/**
 * A calm abstract gradient as PNG, so the demo pages have real images to lay out and
 * optimise without shipping stock photos (the source articles' photos are not ours).
 */
export async function gradientImage([from, to]: [string, string], width = 1600, height = 800): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs>
    <linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${from}"/>
      <stop offset="1" stop-color="${to}"/>
    </linearGradient>
  </defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <circle cx="${width * 0.78}" cy="${height * 0.3}" r="${height * 0.42}" fill="#ffffff" fill-opacity="0.18"/>
  <circle cx="${width * 0.2}" cy="${height * 0.85}" r="${height * 0.3}" fill="#ffffff" fill-opacity="0.12"/>
</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
