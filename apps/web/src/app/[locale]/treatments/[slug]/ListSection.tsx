/** A headed section holding one list of the treatment's texts (its steps, side effects, aftercare); nothing when the list is empty. */
export function ListSection({
  id,
  heading,
  items,
  ordered,
  className,
}: {
  id: string
  heading: string
  items: string[]
  ordered?: boolean
  className?: string
}) {
  if (items.length === 0) return null
  const List = ordered ? 'ol' : 'ul'
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>{heading}</h2>
      <List className={className}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </List>
    </section>
  )
}
