import { formatPhone, telHref, whatsappHref } from './contactLinks'

describe('contact links', () => {
  it('dials the E.164 number', () => {
    expect(telHref('+90 212 555 01 47')).toBe('tel:+902125550147')
  })

  it('opens WhatsApp with the number and a prefilled Turkish message', () => {
    expect(whatsappHref('+905325550147', 'Merhaba, Saç Mezoterapisi hakkında bilgi almak istiyorum.')).toBe(
      'https://wa.me/905325550147?text=Merhaba%2C%20Sa%C3%A7%20Mezoterapisi%20hakk%C4%B1nda%20bilgi%20almak%20istiyorum.',
    )
  })

  it('groups Turkish numbers for reading and leaves others alone', () => {
    expect(formatPhone('+902125550147')).toBe('+90 212 555 01 47')
    expect(formatPhone('+442071234567')).toBe('+442071234567')
  })
})
