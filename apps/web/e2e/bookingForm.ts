/**
 * The appointment form as a patient fills it, in both languages: its labels, a complete set of
 * answers, and the reference on the confirmation page. Shared by the booking browser tests and
 * the newcomer's smoke test (e2e-start/).
 */
import { expect, type Page } from '@playwright/test'

export type Locale = 'tr' | 'en'

export const labels = {
  tr: {
    treatment: 'İlgilendiğiniz tedavi',
    fullName: 'Ad soyad',
    phone: 'Telefon',
    email: 'E-posta',
    channel: { phone: 'Telefonla arayın', whatsapp: 'WhatsApp', email: 'E-posta' },
    firstDate: 'Birinci tercih',
    secondDate: 'İkinci tercih (isteğe bağlı)',
    time: /^Sabah/,
    answer: { yes: 'Evet', no: 'Hayır' },
    submit: 'Talebi gönder',
    received: 'Talebiniz alındı',
    summary: 'Lütfen aşağıdakileri kontrol edin',
    failed: 'Talebiniz gönderilemedi',
    nameError: 'Lütfen adınızı ve soyadınızı yazın.',
    consentError: 'Talebinizi iletebilmemiz için aydınlatma metnini okuyup onay vermeniz gerekir.',
  },
  en: {
    treatment: 'The treatment you are interested in',
    fullName: 'Full name',
    phone: 'Phone',
    email: 'Email',
    channel: { phone: 'Call me', whatsapp: 'WhatsApp', email: 'Email' },
    firstDate: 'First choice',
    secondDate: 'Second choice (optional)',
    time: /^Morning/,
    answer: { yes: 'Yes', no: 'No' },
    submit: 'Send request',
    received: 'Your request has been received',
    summary: 'Please check the following',
    failed: 'Your request could not be sent',
    nameError: 'Please enter your full name.',
    consentError: 'To send your request, please read the privacy notice and give your consent.',
  },
} as const

/** A date the clinic accepts: `days` from today in Istanbul. */
export function clinicDate(days: number) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Istanbul' }).format(new Date())
  const date = new Date(`${today}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

export type Fill = { fullName: string; answer?: 'yes' | 'no'; channel?: 'phone' | 'whatsapp' | 'email'; email?: string }

export async function fillForm(page: Page, locale: Locale, { fullName, answer = 'no', channel = 'whatsapp', email }: Fill) {
  const text = labels[locale]
  const screening = page.locator('.booking-form__screening')
  const questions = await screening.locator('fieldset').count()
  expect(questions).toBeGreaterThan(0)
  for (let index = 0; index < questions; index += 1) {
    await screening.locator('fieldset').nth(index).getByRole('radio', { name: text.answer[answer], exact: true }).check()
  }
  await page.getByLabel(text.fullName).fill(fullName)
  await page.getByRole('textbox', { name: new RegExp(`^${text.phone}`) }).fill('0532 555 01 47')
  if (email) await page.getByRole('textbox', { name: new RegExp(`^${text.email}`) }).fill(email)
  await page.getByRole('radio', { name: text.channel[channel], exact: true }).check()
  await page.getByLabel(text.firstDate).fill(clinicDate(3))
  await page.getByLabel(text.secondDate).fill(clinicDate(5))
  await page.getByRole('radio', { name: text.time }).check()
  await page.getByRole('checkbox').check()
}

/** The reference on the confirmation page, after checking it is the confirmation page. */
export async function shownReference(page: Page, locale: Locale) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(labels[locale].received)
  await expect(page).toHaveURL(locale === 'tr' ? /\/tr\/randevu\/alindi\?r=/ : /\/en\/appointment\/received\?r=/)
  const reference = (await page.getByTestId('booking-reference').textContent())!.trim()
  expect(reference).toMatch(/^KL-[2-9A-HJKMNP-Z]{5}$/)
  return reference
}
