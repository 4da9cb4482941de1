/** Constants both apps agree on. */

/** Fixed ports (see DESIGN.md). */
export const ports = {
  web: 3000,
  cms: 3001,
} as const

/** Patients pick calendar dates in the clinic's time zone. */
export const clinicTimeZone = 'Europe/Istanbul'
