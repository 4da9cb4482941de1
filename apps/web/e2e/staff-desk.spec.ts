/**
 * A staff member handles a request in the CMS admin as a new user would: signs in, lands on
 * the requests, filters and searches, opens one, marks it contacted, then scheduled with a
 * time; the patient's confirmation with the calendar invite arrives on a test SMTP server.
 */
import { expect, test } from './test'

import { startTestInbox, type TestInbox } from '@klinik/test-inbox/inbox'

import { CMS_URL, cmsAsAdmin, cmsPublic, cmsAsStaff, e2eState, sampleTreatments, SMTP_PORT, unique } from './helpers'

let smtp: TestInbox

test.beforeAll(async () => {
  smtp = await startTestInbox(SMTP_PORT)
})
test.afterAll(async () => {
  await smtp.stop()
})

/** A request as the site sends it (the form itself is tested in booking.spec.ts). */
async function requestFromPatient(fullName: string, email: string) {
  const { stable } = await sampleTreatments()
  const treatment = await cmsPublic<{ contraindications: ({ id: string; screeningQuestion?: string; _status?: string } | string)[] }>(
    `/treatments/${stable.id}?locale=en&depth=1`,
  )
  const questions = treatment.contraindications.filter((entry) => typeof entry === 'object' && entry._status === 'published' && entry.screeningQuestion) as {
    id: string
  }[]
  const date = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)
  const response = await fetch(`${CMS_URL}/api/bookings/intake`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Intake-Secret': e2eState().intakeSecret },
    body: JSON.stringify({
      idempotencyKey: `staff-desk-${Date.now()}-${Math.random().toString(36).slice(2)}`,
      request: {
        fullName,
        phone: '+44 20 7946 0958',
        email,
        treatment: stable.id,
        preferredDates: [date],
        timeOfDay: 'afternoon',
        contactChannel: 'email',
        screeningAnswers: Object.fromEntries(questions.map((question) => [question.id, 'no'])),
        consent: true,
        privacyNoticeVersion: (await cmsPublic<{ privacyNoticeVersion: string }>('/globals/clinic-settings')).privacyNoticeVersion,
        locale: 'en',
      },
    }),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { reference: string }).reference
}

test('a staff member signs in, finds a request, marks it contacted, then scheduled; the patient gets the invite', async ({ browser }) => {
  test.setTimeout(120_000)
  const fullName = unique('Olivia Patient')
  const email = `olivia.${Date.now()}@example.com`
  const reference = await requestFromPatient(fullName, email)

  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Istanbul', viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${CMS_URL}/admin/login`)
  await page.getByLabel('Email').fill(e2eState().staff.email)
  await page.getByLabel('Password').fill(e2eState().staff.password)
  await page.getByRole('button', { name: 'Login' }).click()

  // Staff land on the booking requests, with the desk panel above them.
  await expect(page).toHaveURL(/\/admin\/collections\/bookings/, { timeout: 30_000 })
  const desk = page.getByRole('region', { name: 'Booking requests' })
  await expect(desk.getByRole('img', { name: /Requests per week \(last 12 weeks\)/ })).toBeVisible()
  await expect(desk.getByRole('link', { name: /Export this list/ })).toBeVisible()

  // Filter to new requests, then search by the patient's name.
  await desk.getByRole('link', { name: /New$/ }).click()
  await expect(page).toHaveURL(/where%5Bstatus%5D%5Bequals%5D=new|where\[status\]\[equals\]=new/)
  await page.getByPlaceholder(/Search by/).fill(fullName)
  await expect(page).toHaveURL(/search=/)
  const row = page.locator('table tbody tr', { hasText: reference })
  await expect(row).toHaveCount(1, { timeout: 15_000 })
  await expect(page.locator('table tbody tr')).toHaveCount(1)
  // The export carries the same filter and search: one request, without health answers.
  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: /Export this list/ }).click()
  const file = await (await download).path()
  const csv = (await import('node:fs'))
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
  expect(csv).toHaveLength(2)
  expect(csv[1]).toContain(reference)

  await row.getByRole('link', { name: reference }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/bookings\/[0-9a-f-]{36}/)
  await expect(page.getByRole('heading', { level: 1, name: reference })).toBeVisible()

  // Click-to-call and email links come from the request.
  await expect(page.getByRole('link', { name: 'Call +442079460958' })).toHaveAttribute('href', 'tel:+442079460958')
  await expect(page.getByRole('link', { name: `Email ${email}` })).toHaveAttribute('href', `mailto:${email}`)

  // The admin's select opens once the page is interactive; retry the opening click until then.
  const chooseStatus = async (status: string) => {
    await expect(async () => {
      await page.locator('#field-status').click()
      await page.getByRole('option', { name: status, exact: true }).click({ timeout: 2000 })
    }).toPass({ timeout: 20_000 })
  }

  // The status offers only the next steps of the saved status (the server refuses the rest anyway).
  const offered = async (expected: string[]) => {
    await expect(async () => {
      await page.locator('#field-status').click()
      await expect(page.getByRole('option')).toHaveText(expected, { timeout: 2000 })
    }).toPass({ timeout: 20_000 })
    await page.keyboard.press('Escape')
  }
  await offered(['New', 'Contacted', 'Cancelled'])

  await chooseStatus('Contacted')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/updated successfully/i).first()).toBeVisible()

  await offered(['Contacted', 'Scheduled', 'Cancelled'])
  await chooseStatus('Scheduled')
  const when = new Date(Date.now() + 14 * 86_400_000)
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Istanbul' }).format(when)
  const dateInput = page.locator('#field-scheduledAt input')
  await dateInput.fill(`${day} 14:30`)
  await dateInput.press('Enter')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/updated successfully/i).first()).toBeVisible()

  const stored = await cmsAsStaff<{ docs: { status: string; scheduledAt: string; statusHistory: { from: string; to: string }[] }[] }>(
    'GET',
    `/bookings?where[reference][equals]=${reference}&depth=0`,
  )
  const [booking] = stored.docs
  expect(booking.status).toBe('scheduled')
  expect(booking.statusHistory.map((entry) => `${entry.from}→${entry.to}`)).toEqual(['new→contacted', 'contacted→scheduled'])
  expect(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Istanbul' }).format(new Date(booking.scheduledAt))).toBe(
    '14:30',
  )

  // The jobs runner sends the queued mail (each minute in production; here on demand).
  await cmsAsAdmin('GET', '/payload-jobs/run?limit=100')
  const invited = () => smtp.mail.find((mail) => mail.to === email && mail.invites.length > 0)
  await expect.poll(() => invited()?.subject ?? '', { timeout: 15_000 }).toMatch(new RegExp(`^Your appointment is confirmed: .*14:30 \\(${reference}\\)$`))
  const mail = invited()!
  // The "request received" confirmation went to the same address, without an invite.
  expect(smtp.mail.filter((entry) => entry.to === email).map((entry) => entry.subject)).toContain(`We have received your appointment request (${reference})`)
  expect(mail.text).toContain(reference)
  expect(mail.invites[0]).toContain('DTSTART:')
  expect(mail.invites[0]).toContain('STATUS:CONFIRMED')
  await context.close()
})
