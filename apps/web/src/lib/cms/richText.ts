import type { Treatment } from '@klinik/cms-types/payload-types'

/** The CMS's rich text (Lexical's JSON), as pages hand it to components/RichText. */
export type RichTextValue = NonNullable<Treatment['body']>
