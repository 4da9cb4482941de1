/** Constants both apps agree on. */

import fixedPorts from './ports.json' with { type: 'json' }

/** Fixed ports (see DESIGN.md), in JSON so that the process runner (ecosystem.config.cjs) reads the same file. */
export const ports: { readonly web: number; readonly cms: number } = fixedPorts

/** Patients pick calendar dates in the clinic's time zone. */
export const clinicTimeZone = 'Europe/Istanbul'
