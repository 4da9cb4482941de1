/** Links patients tap on a phone: call, WhatsApp chat with a prefilled message, email. */

export function telHref(e164: string): string {
  return `tel:${e164.replace(/[^+\d]/g, '')}`
}

/** wa.me takes the number in international form without "+" and a URL-encoded text. */
export function whatsappHref(e164: string, text: string): string {
  return `https://wa.me/${e164.replace(/\D/g, '')}?text=${encodeURIComponent(text)}`
}

/** "+902125550147" → "+90 212 555 01 47" (Turkish grouping); other numbers stay as given. */
export function formatPhone(e164: string): string {
  const turkish = e164.match(/^\+90(\d{3})(\d{3})(\d{2})(\d{2})$/)
  return turkish ? `+90 ${turkish[1]} ${turkish[2]} ${turkish[3]} ${turkish[4]}` : e164
}
