/**
 * The staff desk rules: the status workflow and its history, internal notes, what staff may
 * change, who may read, change and erase requests (REST, Local API), finding a
 * request by phone, and the CSV export.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Booking } from '@klinik/cms-types/payload-types'

import { createBooking, instantInDays } from './helpers/bookings'
import { startTestCms, type TestCms } from './helpers/testPayload'
import { signInEveryRole, type Role, type SignedIn } from './helpers/users'

let cms: TestCms
let accounts: Record<Role, SignedIn>
let treatmentId: string

beforeAll(async () => {
  cms = await startTestCms()
  accounts = await signInEveryRole(cms.payload)
  const treatment = await cms.payload.create({ collection: 'treatments', locale: 'tr', data: { title: 'Saç Mezoterapisi', _status: 'published' } })
  await cms.payload.update({ collection: 'treatments', id: treatment.id, locale: 'en', data: { title: 'Hair Mesotherapy', _status: 'published' } })
  treatmentId = String(treatment.id)
})
afterAll(async () => {
  await cms?.cleanup()
})

async function patch(id: string, json: Record<string, unknown>, { as = 'staff', language = 'tr' }: { as?: Role; language?: 'tr' | 'en' } = {}) {
  const response = await cms.rest('PATCH', `/bookings/${id}?depth=0`, { token: accounts[as].token, json, headers: { 'Accept-Language': language } })
  return {
    status: response.status,
    body: (await response.json()) as { doc?: Booking; errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] },
  }
}
const stored = (id: string) => cms.payload.findByID({ collection: 'bookings', id, depth: 0, overrideAccess: true }) as Promise<Booking>
const fieldError = (body: Awaited<ReturnType<typeof patch>>['body']) => body.errors?.[0]?.data?.errors?.[0]

describe('status workflow', () => {
  it('moves new → contacted → scheduled → completed and records who changed what, and when', async () => {
    const booking = await createBooking(cms.payload, treatmentId)
    const before = Date.now()
    expect((await patch(booking.id, { status: 'contacted' })).status).toBe(200)
    expect((await patch(booking.id, { status: 'scheduled', scheduledAt: instantInDays(3) })).status).toBe(200)
    expect((await patch(booking.id, { status: 'completed' }, { as: 'admin' })).status).toBe(200)
    const doc = await stored(booking.id)
    expect(doc.status).toBe('completed')
    expect(doc.statusHistory?.map(({ from, to, changedBy }) => [from, to, changedBy])).toEqual([
      ['new', 'contacted', accounts.staff.user.id],
      ['contacted', 'scheduled', accounts.staff.user.id],
      ['scheduled', 'completed', accounts.admin.user.id],
    ])
    for (const entry of doc.statusHistory ?? []) expect(new Date(entry.changedAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
  })

  it.each([
    ['new', 'scheduled'],
    ['new', 'completed'],
    ['new', 'no-show'],
    ['contacted', 'completed'],
    ['contacted', 'new'],
    ['completed', 'new'],
    ['cancelled', 'contacted'],
    ['no-show', 'scheduled'],
  ] as const)('refuses %s → %s with a clear message and changes nothing', async (from, to) => {
    const booking = await createBooking(cms.payload, treatmentId, { status: from, ...(from === 'no-show' ? { scheduledAt: instantInDays(-2) } : {}) })
    const { status, body } = await patch(booking.id, { status: to, scheduledAt: instantInDays(4) }, { language: 'en' })
    expect(status).toBe(400)
    expect(fieldError(body)).toMatchObject({ path: 'status', message: expect.stringMatching(/^A request cannot move from “.+” to “.+”\./) })
    const after = await stored(booking.id)
    expect(after.status).toBe(from)
    expect(after.statusHistory ?? []).toEqual([])
  })

  it('explains a refusal in Turkish to a Turkish admin', async () => {
    const booking = await createBooking(cms.payload, treatmentId, { status: 'completed' })
    const { body } = await patch(booking.id, { status: 'new' })
    expect(fieldError(body)?.message).toBe('Talep “Tamamlandı” durumundan “Yeni” durumuna geçirilemez. Bu durum son durumdur, değiştirilemez.')
  })

  it('needs a confirmed time in the future to schedule', async () => {
    const booking = await createBooking(cms.payload, treatmentId, { status: 'contacted' })
    const missing = await patch(booking.id, { status: 'scheduled' }, { language: 'en' })
    expect(missing.status).toBe(400)
    expect(fieldError(missing.body)).toMatchObject({
      path: 'scheduledAt',
      message: 'To mark the request as scheduled, enter the confirmed appointment date and time.',
    })
    const past = await patch(booking.id, { status: 'scheduled', scheduledAt: instantInDays(-1) })
    expect(fieldError(past.body)).toMatchObject({ path: 'scheduledAt', message: 'Randevu tarihi ve saati geçmişte kalıyor. Lütfen kontrol edin.' })
    expect((await stored(booking.id)).status).toBe('contacted')
  })

  it('applies the same rules to server code that acts for a user (Local API without overrideAccess)', async () => {
    const booking = await createBooking(cms.payload, treatmentId)
    await expect(
      cms.payload.update({ collection: 'bookings', id: booking.id, data: { status: 'completed' }, overrideAccess: false, user: accounts.staff.user }),
    ).rejects.toHaveProperty('status', 400)
  })
})

describe('what staff may change', () => {
  it('never the patient’s own words, nor the history; notes get their author and time', async () => {
    const booking = await createBooking(cms.payload, treatmentId)
    const { status } = await patch(booking.id, {
      fullName: 'Changed',
      phone: '+905559999999',
      contraindicationFlag: false,
      screeningAnswers: [],
      consent: { noticeVersion: 'forged', textHash: 'f'.repeat(64), givenAt: '2020-01-01T00:00:00.000Z' },
      statusHistory: [{ from: 'new', to: 'completed', changedAt: new Date().toISOString() }],
      notes: [{ text: 'Hasta öğleden sonra aranmak istiyor.', author: accounts.admin.user.id, writtenAt: '2020-01-01T00:00:00.000Z' }],
    })
    expect(status).toBe(200)
    const after = await stored(booking.id)
    expect(after).toMatchObject({ fullName: booking.fullName, phone: '+905325550147', contraindicationFlag: true })
    expect(after.screeningAnswers).toHaveLength(1)
    expect(after.consent).toEqual(booking.consent)
    expect(after.statusHistory ?? []).toEqual([])
    expect(after.notes).toHaveLength(1)
    expect(after.notes![0]).toMatchObject({ text: 'Hasta öğleden sonra aranmak istiyor.', author: accounts.staff.user.id })
    expect(after.notes![0].writtenAt).not.toBe('2020-01-01T00:00:00.000Z')
  })
})

describe('notes and the confirmed time', () => {
  const patchAs = (id: string, json: Record<string, unknown>, as: 'staff' | 'admin' = 'staff') =>
    cms.rest('PATCH', `/bookings/${id}`, { token: accounts[as].token, json, headers: { 'Accept-Language': 'en' } })
  const firstError = async (response: Response) =>
    ((await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }).errors[0].data?.errors?.[0]

  it('keeps saved notes as written: another user can neither rewrite nor delete them, only add', async () => {
    const booking = await createBooking(cms.payload, treatmentId)
    await patchAs(booking.id, { notes: [{ text: 'Staff: patient prefers mornings.' }] })
    const saved = (await stored(booking.id)).notes!
    expect(saved[0]).toMatchObject({ text: 'Staff: patient prefers mornings.', author: accounts.staff.user.id })

    const rewritten = await patchAs(booking.id, { notes: [{ ...saved[0], text: 'Patient prefers evenings.' }] }, 'admin')
    expect(rewritten.status).toBe(400)
    const refusal = (await rewritten.json()) as { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }
    expect(refusal.errors[0].data?.errors?.[0]).toMatchObject({ path: 'notes', message: 'Saved notes cannot be changed or deleted. Add a new note instead.' })
    // The admin's notice names the field as staff know it, not by its key.
    expect(refusal.errors[0].message).toContain('Internal notes (staff only)')
    const deleted = await patchAs(booking.id, { notes: [] }, 'admin')
    expect(deleted.status).toBe(400)
    expect((await stored(booking.id)).notes).toEqual(saved)

    const added = await patchAs(
      booking.id,
      { notes: [...saved, { text: 'Admin: called back.', author: accounts.staff.user.id, writtenAt: '2020-01-01T00:00:00.000Z' }] },
      'admin',
    )
    expect(added.status).toBe(200)
    const after = (await stored(booking.id)).notes!
    expect(after).toHaveLength(2)
    expect(after[0]).toEqual(saved[0])
    expect(after[1]).toMatchObject({ text: 'Admin: called back.', author: accounts.admin.user.id })
    expect(after[1].writtenAt).not.toBe('2020-01-01T00:00:00.000Z')
  })

  it('takes a confirmed time only with the scheduled status, and at most a year ahead', async () => {
    const contacted = await createBooking(cms.payload, treatmentId, { status: 'contacted' })
    const onContacted = await patchAs(contacted.id, { scheduledAt: instantInDays(5) })
    expect(onContacted.status).toBe(400)
    expect(await firstError(onContacted)).toMatchObject({
      path: 'scheduledAt',
      message: expect.stringContaining('only be entered on a request marked as scheduled'),
    })
    expect((await stored(contacted.id)).scheduledAt).toBeFalsy()

    const far = await patchAs(contacted.id, { status: 'scheduled', scheduledAt: '2099-01-01T10:00:00.000Z' })
    expect(far.status).toBe(400)
    expect(await firstError(far)).toMatchObject({ path: 'scheduledAt', message: 'The appointment is more than a year ahead. Please check the date.' })

    expect((await patchAs(contacted.id, { status: 'scheduled', scheduledAt: instantInDays(5) })).status).toBe(200)
    const moved = await patchAs(contacted.id, { scheduledAt: '2099-01-01T10:00:00.000Z' })
    expect(moved.status).toBe(400)
    const cancelled = await patchAs(contacted.id, { status: 'cancelled', scheduledAt: instantInDays(9) })
    expect(cancelled.status).toBe(400)
  })
})

describe('who can read, change and erase requests and their notes', () => {
  const actors = ['anonymous', 'editor', 'staff', 'admin'] as const
  const allowed = { anonymous: false, editor: false, staff: true, admin: true }
  const token = (actor: (typeof actors)[number]) => (actor === 'anonymous' ? undefined : accounts[actor].token)
  const note = 'İÇ-NOT: geri aranacak'

  it.each(actors)('%s through REST', async (actor) => {
    const booking = await createBooking(cms.payload, treatmentId, { notes: [{ text: note }] } as Partial<Booking>)
    const read = await cms.rest('GET', `/bookings/${booking.id}?depth=0`, { token: token(actor) })
    expect(read.status).toBe(allowed[actor] ? 200 : 403)
    expect((await read.text()).includes(note)).toBe(allowed[actor])
    const update = await cms.rest('PATCH', `/bookings/${booking.id}`, {
      token: token(actor),
      json: { status: 'contacted', notes: [...(booking.notes ?? []), { text: 'x' }] },
    })
    expect(update.status).toBe(allowed[actor] ? 200 : 403)
    expect((await stored(booking.id)).status).toBe(allowed[actor] ? 'contacted' : 'new')
    const erase = await cms.rest('DELETE', `/bookings/${booking.id}`, { token: token(actor) })
    expect(erase.status).toBe(allowed[actor] ? 200 : 403)
    const left = await cms.payload.count({ collection: 'bookings', where: { id: { equals: booking.id } }, overrideAccess: true })
    expect(left.totalDocs).toBe(allowed[actor] ? 0 : 1)
  })

  it.each(actors)('%s through the Local API with access checks', async (actor) => {
    const booking = await createBooking(cms.payload, treatmentId, { notes: [{ text: note }] } as Partial<Booking>)
    const user = actor === 'anonymous' ? undefined : accounts[actor].user
    const options = { collection: 'bookings' as const, id: booking.id, overrideAccess: false, user }
    if (allowed[actor]) {
      await expect(cms.payload.findByID(options)).resolves.toMatchObject({ notes: [expect.objectContaining({ text: note })] })
      await expect(cms.payload.update({ ...options, data: { status: 'contacted' } })).resolves.toMatchObject({ status: 'contacted' })
      await expect(cms.payload.delete(options)).resolves.toMatchObject({ id: booking.id })
    } else {
      await expect(cms.payload.findByID(options)).rejects.toHaveProperty('status', 403)
      await expect(cms.payload.update({ ...options, data: { status: 'contacted' } })).rejects.toHaveProperty('status', 403)
      await expect(cms.payload.delete(options)).rejects.toHaveProperty('status', 403)
    }
  })

  it('keeps no versions of a request, so an erasure leaves no copy behind', () => {
    expect(cms.payload.collections.bookings.config.versions).toBeFalsy()
  })
})

describe('finding a request', () => {
  it('by the phone number as the patient says it', async () => {
    const booking = await createBooking(cms.payload, treatmentId, { phone: '+905321112233', fullName: 'Telefonla Bulunan' })
    for (const typed of ['0532 111 22 33', '+90 532 111 2233', '532-111-22-33']) {
      const response = await cms.rest(
        'GET',
        `/bookings?depth=0&where[or][0][fullName][like]=${encodeURIComponent(typed)}&where[or][1][phone][like]=${encodeURIComponent(typed)}`,
        {
          token: accounts.staff.token,
        },
      )
      const body = (await response.json()) as { docs: { id: string }[] }
      expect([typed, body.docs.map((doc) => doc.id)]).toEqual([typed, [booking.id]])
    }
  })
})

/** A CSV row as the export writes it: every field quoted. */
const quoted = (row: string) =>
  row
    .split(',')
    .map((cell) => `"${cell}"`)
    .join(',')

describe('CSV export', () => {
  const exportCsv = (query: string, as?: Role, language: 'tr' | 'en' = 'tr') =>
    cms.rest('GET', `/bookings/export${query}`, { token: as ? accounts[as].token : undefined, headers: { 'Accept-Language': language } })

  it('quotes every field and neutralizes formulas after ; , tab and line breaks, where a spreadsheet splits a cell', async () => {
    await createBooking(cms.payload, treatmentId, { fullName: 'Ali;=1+2;@SUM(1)', email: 'a@b.example', status: 'cancelled' })
    const lines = (await (await exportCsv(`?where[status][equals]=cancelled&search=${encodeURIComponent('Ali;')}`, 'staff', 'en')).text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(`"Ali;'=1+2;'@SUM(1)"`)
    // Every field between quotes, empty ones too.
    expect(lines[1]).toMatch(/^"[^"]*"(,"[^"]*")+$/)
  })

  it('is for staff and admins only', async () => {
    expect((await exportCsv('')).status).toBe(401)
    expect((await exportCsv('', 'editor')).status).toBe(403)
    expect((await exportCsv('', 'staff')).status).toBe(200)
    expect((await exportCsv('', 'admin')).status).toBe(200)
  })

  it('exports the filtered list without health answers, message or notes, with formula cells neutralized', async () => {
    const marked = await createBooking(cms.payload, treatmentId, {
      fullName: '=HYPERLINK("http://evil.example","Tıkla")',
      status: 'contacted',
      notes: [{ text: 'İÇ-NOT-DIŞARI-ÇIKMAZ' }],
    } as Partial<Booking>)
    await createBooking(cms.payload, treatmentId, { fullName: 'Başka Hasta', status: 'new' })
    const response = await exportCsv(`?where[status][equals]=contacted&search=${encodeURIComponent('HYPERLINK')}`, 'staff', 'en')
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="booking-requests-\d{4}-\d{2}-\d{2}\.csv"$/)
    const csv = await response.text()
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe(
      quoted('Reference,Received,Status,Name,Phone,Email,Treatment,Preferred dates,Time of day,Contact by,Language,Screening flag,Confirmed appointment'),
    )
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(marked.reference)
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""Tıkla"")"`)
    expect(lines[1]).toContain("'+905325550147")
    expect(lines[1]).toContain('Hair Mesotherapy')
    expect(lines[1]).toContain('Contacted')
    for (const secret of ['Hamile', 'GİZLİ-MESAJ', 'İÇ-NOT', 'aaaaaaaa']) expect(csv).not.toContain(secret)
  })

  it('writes Turkish headers for a Turkish user and answers a broken filter with 400', async () => {
    const csv = await (await exportCsv('?where[status][equals]=new', 'staff')).text()
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      quoted(
        'Referans,Geliş zamanı,Durum,Ad soyad,Telefon,E-posta,Tedavi,Tercih edilen tarihler,Zaman dilimi,İletişim kanalı,Dil,Tarama uyarısı,Kesinleşen randevu',
      ),
    )
    const broken = await exportCsv('?where[createdAt][greater_than]=notadate', 'staff', 'en')
    expect(broken.status).toBe(400)
    expect(await broken.json()).toEqual({ errors: [{ message: '"createdAt" needs a valid date.' }] })
  })

  it('writes headers and values in the signed-in user’s admin language (their chosen language over the browser’s)', async () => {
    await createBooking(cms.payload, treatmentId, {
      fullName: 'Dil Denemesi',
      status: 'contacted',
      timeOfDay: 'evening',
      contactChannel: 'whatsapp',
      locale: 'en',
      contraindicationFlag: false,
      scheduledAt: instantInDays(3),
    })
    const exportIn = async (chosen: 'tr' | 'en', browser: 'tr' | 'en') => {
      const response = await cms.rest('GET', `/bookings/export?search=${encodeURIComponent('Dil Denemesi')}`, {
        token: accounts.staff.token,
        headers: { Cookie: `payload-lng=${chosen}`, 'Accept-Language': browser },
      })
      const lines = (await response.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
      return { file: response.headers.get('content-disposition'), lines }
    }
    const english = await exportIn('en', 'tr')
    expect(english.file).toMatch(/filename="booking-requests-/)
    expect(english.lines).toHaveLength(2)
    expect(english.lines[0]).toMatch(/^"Reference","Received","Status","Name",/)
    expect(english.lines[1]).toMatch(/,"\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}","Contacted","Dil Denemesi",/)
    expect(english.lines[1]).toContain(',"Evening","WhatsApp","English","No",')
    const turkish = await exportIn('tr', 'en')
    expect(turkish.file).toMatch(/filename="randevu-talepleri-/)
    expect(turkish.lines[0]).toMatch(/^"Referans","Geliş zamanı","Durum","Ad soyad",/)
    expect(turkish.lines[1]).toMatch(/,"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}","İletişime geçildi","Dil Denemesi",/)
    expect(turkish.lines[1]).toContain(',"Akşam","WhatsApp","İngilizce","Hayır",')
  })
})

describe('the desk panel', () => {
  it('counts requests per status and per clinic week, as the signed-in user may see them', async () => {
    const { bookingDeskStats } = await import('../src/collections/Bookings/bookingDeskStats')
    const before = await bookingDeskStats(cms.payload, accounts.staff.user)
    await createBooking(cms.payload, treatmentId, { status: 'new' })
    await createBooking(cms.payload, treatmentId, { status: 'contacted' })
    const after = await bookingDeskStats(cms.payload, accounts.staff.user)
    expect(after.byStatus.new - before.byStatus.new).toBe(1)
    expect(after.byStatus.contacted - before.byStatus.contacted).toBe(1)
    expect(after.perWeek).toHaveLength(12)
    expect(after.perWeek.at(-1)!.count - before.perWeek.at(-1)!.count).toBe(2)
    await expect(bookingDeskStats(cms.payload, accounts.editor.user)).rejects.toHaveProperty('status', 403)
  })

  it('puts each request in its Monday-to-Sunday week in Istanbul, empty weeks included', async () => {
    const { countPerWeek } = await import('../src/collections/Bookings/bookingDeskStats')
    // Wednesday 25 November 2026, 10:00 in Istanbul.
    const now = new Date('2026-11-25T07:00:00Z')
    const weeks = countPerWeek(
      [
        '2026-11-23T00:30:00Z', // Monday this week
        '2026-11-22T21:30:00Z', // Sunday 21:30 UTC = Monday 00:30 in Istanbul: this week
        '2026-11-22T20:30:00Z', // Sunday 23:30 in Istanbul: last week
        '2026-11-09T12:00:00Z', // three weeks ago
        '2025-01-01T12:00:00Z', // outside the window
      ],
      4,
      now,
    )
    expect(weeks).toEqual([
      { weekStart: '2026-11-02', count: 0 },
      { weekStart: '2026-11-09', count: 1 },
      { weekStart: '2026-11-16', count: 1 },
      { weekStart: '2026-11-23', count: 2 },
    ])
  })
})
