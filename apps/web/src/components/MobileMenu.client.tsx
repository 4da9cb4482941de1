'use client'

import { useEffect, useId, useState, useSyncExternalStore, type ReactNode } from 'react'

const noSubscription = () => () => {}

/**
 * The main menu on small screens: a button that opens and closes the links. Without
 * JavaScript the links are simply shown (the button only appears once this has run).
 */
export function MobileMenu({ openLabel, closeLabel, children }: { openLabel: string; closeLabel: string; children: ReactNode }) {
  // False in the server's HTML, true once hydrated in the browser: the button exists only with JavaScript.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const [open, setOpen] = useState(false)
  const id = useId()

  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false)
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open])

  return (
    <div className="mobile-menu" data-enhanced={enhanced || undefined} data-open={open || undefined}>
      {enhanced && (
        <button type="button" className="mobile-menu__toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((value) => !value)}>
          {open ? closeLabel : openLabel}
        </button>
      )}
      <div id={id} className="mobile-menu__panel">
        {children}
      </div>
    </div>
  )
}
