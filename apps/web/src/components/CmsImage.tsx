import type { Image } from '@/lib/cms/media'

type Props = { image: Image; className?: string; sizes: string; decorative?: boolean; priority?: boolean }

/**
 * An image from the CMS's own resized versions (srcset), with its width and height so the
 * layout does not shift while it loads. Plain <img>: the CMS already serves sized WebP.
 */
export function CmsImage({ image, className, sizes, decorative = false, priority = false }: Props) {
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      className={className}
      src={image.url}
      srcSet={image.srcSet || undefined}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={decorative ? '' : image.alt}
      {...(priority ? { fetchPriority: 'high' as const } : { loading: 'lazy' as const, decoding: 'async' as const })}
    />
  )
}
