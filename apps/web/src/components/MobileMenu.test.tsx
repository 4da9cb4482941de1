import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { MobileMenu } from './MobileMenu.client'

describe('MobileMenu', () => {
  const setup = () =>
    render(
      <MobileMenu openLabel="Menü" closeLabel="Menüyü kapat">
        <a href="/tr/tedaviler">Tedaviler</a>
      </MobileMenu>,
    )

  it('starts closed and opens and closes with the button', async () => {
    const user = userEvent.setup()
    setup()
    const button = screen.getByRole('button', { name: 'Menü' })
    expect(button).toHaveAttribute('aria-expanded', 'false')
    await user.click(button)
    expect(screen.getByRole('button', { name: 'Menüyü kapat' })).toHaveAttribute('aria-expanded', 'true')
    await user.click(screen.getByRole('button', { name: 'Menüyü kapat' }))
    expect(screen.getByRole('button', { name: 'Menü' })).toHaveAttribute('aria-expanded', 'false')
  })

  it('closes with Escape', async () => {
    const user = userEvent.setup()
    setup()
    await user.click(screen.getByRole('button', { name: 'Menü' }))
    await user.keyboard('{Escape}')
    expect(screen.getByRole('button', { name: 'Menü' })).toHaveAttribute('aria-expanded', 'false')
  })

  it('points the button at the panel it controls, which holds the links', () => {
    setup()
    const panelId = screen.getByRole('button').getAttribute('aria-controls')
    expect(document.getElementById(panelId!)).toContainElement(screen.getByRole('link', { name: 'Tedaviler' }))
  })
})
