import type { ReactNode } from 'react'

/** One titled part of the booking form. */
export function FormSection({ name, heading, children }: { name: string; heading: string; children: ReactNode }) {
  return (
    <section className="booking-form__section" aria-labelledby={`booking-${name}-heading`}>
      <h2 id={`booking-${name}-heading`}>{heading}</h2>
      {children}
    </section>
  )
}
