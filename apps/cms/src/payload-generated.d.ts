import type { Config } from '@klinik/cms-types/payload-types'

declare module 'payload' {
  export interface GeneratedTypes extends Config {}
}
