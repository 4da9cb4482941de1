import { useField } from '@conform-to/react'
import type { ReactNode } from 'react'

import { describedBy, FieldError } from './FieldError'

type Props = {
  /** The radios' name, which is also the field's name in the form state. */
  name: string
  legend: ReactNode
  choices: readonly { value: string; label: ReactNode }[]
  /** A question inside a larger group shows no error of its own: the group shows one for all. */
  ownError?: boolean
}

/**
 * A radio group: a fieldset named by its legend, the answer sent last checked again, and its
 * error inside it, describing the group.
 */
export function ChoiceGroup({ name, legend, choices, ownError = true }: Props) {
  const [field] = useField<string>(name)
  const error = ownError ? field.errors?.[0] : undefined
  return (
    <fieldset className="choice-group" id={ownError ? field.id : undefined} aria-describedby={describedBy(error && field.errorId)}>
      <legend>{legend}</legend>
      <div className="choice-group__options">
        {choices.map(({ value, label }) => (
          <label key={value} className="choice">
            <input type="radio" name={field.name} value={value} defaultChecked={field.initialValue === value} />
            <span>{label}</span>
          </label>
        ))}
      </div>
      <FieldError id={field.errorId} message={error} />
    </fieldset>
  )
}
