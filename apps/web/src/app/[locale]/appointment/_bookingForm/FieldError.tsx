/** A field's error text, under the field; the field points at it with `aria-describedby`. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null
  return (
    <p className="field__error" id={id}>
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  )
}

/** The ids a field or group is described by (its error first, then its hint), or none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined
}
