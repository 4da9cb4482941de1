import type { Config } from '@klinik/cms-types/payload-types'

declare module 'payload' {
  // Module augmentation: Payload reads our generated types through this (empty) interface.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface GeneratedTypes extends Config {}
}
