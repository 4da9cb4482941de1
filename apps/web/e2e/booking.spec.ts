/**
 * A patient requests an appointment: in Turkish and in English, with JavaScript on and off,
 * and while the CMS is down. Every stored request is checked in the CMS as staff see it: no
 * test may end with a request lost, stored twice, or reported received when it was not.
 */
import { expect, test } from './test'

import { clinicDate, fillForm, labels, shownReference } from './bookingForm'
import { cmsAsStaff, sampleTreatments, staticPages, startCms, stopCms, treatmentPath, unique } from './helpers'

type StoredBooking = {
  reference: string
  status: string
  fullName: string
  phone?: string
  email?: string
  locale: string
  contactChannel: string
  timeOfDay: string
  preferredDates: { date: string }[]
  contraindicationFlag: boolean
  screeningAnswers: { answer: string; severity: string }[]
  consent: { noticeVersion: string; textHash: string; givenAt: string }
  treatment: string | { id: string }
}

/** Every stored booking with this (unique) name, as staff read them. */
async function storedBookings(fullName: string) {
  const found = await cmsAsStaff<{ docs: StoredBooking[] }>('GET', `/bookings?where[fullName][equals]=${encodeURIComponent(fullName)}&depth=0&limit=10`)
  return found.docs
}

for (const locale of ['tr', 'en'] as const) {
  test(`${locale}: a patient books from a treatment page with JavaScript; staff see the request with its flag and consent receipt`, async ({ page }) => {
    const { stable } = await sampleTreatments()
    const fullName = unique(locale === 'tr' ? 'Şule Işıkoğlu' : 'Jane Doe')
    await page.goto(treatmentPath(locale, stable[locale].slug))
    await page
      .getByRole('link', { name: locale === 'tr' ? `${stable.tr.title} için randevu talep edin` : `Request an appointment for ${stable.en.title}` })
      .click()
    await expect(page.getByLabel(labels[locale].treatment)).toHaveValue(stable.id)
    // One "yes" on the Turkish run, all "no" on the English one: the flag follows the answers.
    const answer = locale === 'tr' ? 'yes' : 'no'
    await fillForm(page, locale, { fullName, answer, channel: 'email', email: 'patient@example.com' })
    await page.getByRole('button', { name: labels[locale].submit }).click()
    const reference = await shownReference(page, locale)

    const stored = await storedBookings(fullName)
    expect(stored).toHaveLength(1)
    const [booking] = stored
    expect(booking).toMatchObject({
      reference,
      status: 'new',
      locale,
      phone: '+905325550147',
      email: 'patient@example.com',
      contactChannel: 'email',
      timeOfDay: 'morning',
    })
    expect(booking.preferredDates.map((entry) => entry.date)).toEqual([clinicDate(3), clinicDate(5)])
    expect(typeof booking.treatment === 'string' ? booking.treatment : booking.treatment.id).toBe(stable.id)
    expect(booking.screeningAnswers.every((entry) => entry.answer === answer)).toBe(true)
    expect(booking.contraindicationFlag).toBe(answer === 'yes' && booking.screeningAnswers.some((entry) => entry.severity === 'absolute'))
    expect(booking.consent).toMatchObject({ noticeVersion: expect.any(String), textHash: expect.stringMatching(/^[0-9a-f]{64}$/) })
  })

  test(`${locale}: without JavaScript the form shows errors per field, keeps what was typed, then sends once`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const { stable } = await sampleTreatments()
    const fullName = unique(locale === 'tr' ? 'Ömer Çağlar' : 'John Smith')
    await page.goto(`${staticPages.appointment[locale]}?treatment=${stable[locale].slug}`)
    await fillForm(page, locale, { fullName })
    // Forget the name and the consent: the server answers with both errors and everything else kept.
    await page.getByLabel(labels[locale].fullName).fill('')
    await page.getByRole('checkbox').uncheck()
    await page.getByRole('button', { name: labels[locale].submit }).click()
    const summary = page.locator('.booking-form [role=alert]')
    await expect(summary).toContainText(labels[locale].summary)
    await expect(summary.getByRole('link', { name: labels[locale].nameError })).toHaveAttribute('href', '#booking-fullName')
    await expect(page.getByLabel(labels[locale].fullName)).toHaveAccessibleDescription(labels[locale].nameError)
    await expect(page.getByText(labels[locale].consentError).last()).toBeVisible()
    await expect(page.getByRole('textbox', { name: new RegExp(`^${labels[locale].phone}`) })).toHaveValue('0532 555 01 47')
    await expect(page.getByLabel(labels[locale].firstDate)).toHaveValue(clinicDate(3))
    await expect(page.getByRole('radio', { name: labels[locale].channel.whatsapp, exact: true })).toBeChecked()
    await expect(page.locator('.booking-form__screening').getByRole('radio', { name: labels[locale].answer.no, exact: true }).first()).toBeChecked()
    expect(await storedBookings(fullName)).toHaveLength(0)

    await page.getByLabel(labels[locale].fullName).fill(fullName)
    await page.getByRole('checkbox').check()
    await page.getByRole('button', { name: labels[locale].submit }).click()
    const reference = await shownReference(page, locale)
    const stored = await storedBookings(fullName)
    expect(stored.map((booking) => booking.reference)).toEqual([reference])
    await context.close()
  })
}

test('with JavaScript, a double click on send stores one request', async ({ page }) => {
  const fullName = unique('Double Click')
  const { stable } = await sampleTreatments()
  await page.goto(`${staticPages.appointment.en}?treatment=${stable.en.slug}`)
  await fillForm(page, 'en', { fullName })
  await page.getByRole('button', { name: labels.en.submit }).dblclick()
  const reference = await shownReference(page, 'en')
  expect((await storedBookings(fullName)).map((booking) => booking.reference)).toEqual([reference])
})

test('with the CMS stopped the patient is told nothing was sent and keeps every answer; with it back the same form is stored once', async ({ page }) => {
  test.setTimeout(180_000)
  const fullName = unique('Ayşe Güneş')
  const { stable } = await sampleTreatments()
  await page.goto(`${staticPages.appointment.tr}?treatment=${stable.tr.slug}`)
  await fillForm(page, 'tr', { fullName })
  await page.getByLabel(/Mesajınız/).fill('Öğleden önce ararsanız sevinirim.')

  await stopCms()
  try {
    await page.getByRole('button', { name: labels.tr.submit }).click()
    const alert = page.locator('.booking-form [role=alert]')
    await expect(alert).toContainText(labels.tr.failed)
    await expect(alert).toContainText('kaydedilmedi')
    await expect(alert.getByRole('link', { name: /^Ara:/ })).toBeVisible()
    await expect(alert.getByRole('link', { name: 'WhatsApp ile yazın' })).toBeVisible()
    await expect(alert).toBeFocused()
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(labels.tr.received)
    await expect(page.getByLabel(labels.tr.fullName)).toHaveValue(fullName)
    await expect(page.getByLabel(/Mesajınız/)).toHaveValue('Öğleden önce ararsanız sevinirim.')
    await expect(page.getByLabel(labels.tr.firstDate)).toHaveValue(clinicDate(3))
    await expect(page.getByRole('checkbox')).toBeChecked()
    await expect(page.locator('.booking-form__screening').getByRole('radio', { name: 'Hayır', exact: true }).first()).toBeChecked()
  } finally {
    await startCms()
  }

  await page.getByRole('button', { name: labels.tr.submit }).click()
  const reference = await shownReference(page, 'tr')
  const stored = await storedBookings(fullName)
  expect(stored.map((booking) => booking.reference)).toEqual([reference])
})

test('the confirmation page shows only references the site signed', async ({ page }) => {
  await page.goto('/en/appointment/received?r=KL-7K3Q9')
  await expect(page).toHaveURL(/\/en\/appointment$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request an appointment')
})
