import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { NextIntlClientProvider } from 'next-intl'

import { bookingErrorMessages } from '@klinik/booking/messages'
import { addMonths, clinicToday } from '@klinik/booking/dates'
import type { Locale } from '@klinik/config/locales'

import en from '../../../../messages/en.json'
import tr from '../../../../messages/tr.json'
import type { BookingFormState } from './actions'
import { BookingForm, type BookingFormTreatment } from './BookingForm.client'
import { emptyBookingFormValues } from './bookingFormFields'

const treatments: BookingFormTreatment[] = [
  { id: 'hair', title: 'Saç Mezoterapisi', screeningQuestions: [{ id: 'pregnancy', question: 'Hamile misiniz ya da emziriyor musunuz?' }] },
  {
    id: 'face',
    title: 'Yüz Mezoterapisi',
    screeningQuestions: [
      { id: 'filler', question: 'Son iki haftada dolgu yaptırdınız mı?' },
      { id: 'infection', question: 'Yüzünüzde aktif bir enfeksiyon var mı?' },
    ],
  },
]
const today = clinicToday()
const soon = addMonths(today, 1)

function state(overrides: Partial<BookingFormState> = {}): BookingFormState {
  return { status: 'editing', values: { ...emptyBookingFormValues, treatment: 'hair' }, errors: {}, token: 'form-token', attempt: 0, ...overrides }
}

type Action = (previous: BookingFormState, form: FormData) => Promise<BookingFormState>

function renderForm({
  locale = 'tr' as Locale,
  initialState = state(),
  action = jest.fn<ReturnType<Action>, Parameters<Action>>(async (previous) => previous),
} = {}) {
  const messages = locale === 'tr' ? tr : en
  render(
    <NextIntlClientProvider locale={locale} messages={{ BookingForm: messages.BookingForm }}>
      <BookingForm
        locale={locale}
        action={action}
        initialState={initialState}
        treatments={treatments}
        privacyNoticeVersion="2026-11"
        consentText={locale === 'tr' ? 'Kişisel verilerimin işlenmesine açık rıza veriyorum.' : 'I give my explicit consent.'}
        privacyHref={locale === 'tr' ? '/tr/kvkk-aydinlatma-metni' : '/en/privacy-notice'}
        dateRange={{ min: today, max: addMonths(today, 6) }}
        contactActions={<a href="tel:+902125550147">Ara: 0212 555 01 47</a>}
      />
    </NextIntlClientProvider>,
  )
  return { action }
}

/** The shared rule loads after the form (a separate chunk); wait for it as the browser would. */
async function ruleLoaded() {
  await act(async () => {
    await import('@klinik/booking/schema')
  })
}

async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('radio', { name: 'Hayır' }))
  await user.type(screen.getByLabelText('Ad soyad'), 'Ayşe Yılmaz')
  await user.type(screen.getByLabelText('Telefon'), '0532 555 01 47')
  await user.click(screen.getByRole('radio', { name: 'WhatsApp' }))
  await user.type(screen.getByLabelText('Birinci tercih'), soon)
  await user.click(screen.getByRole('radio', { name: /^Sabah/ }))
  await user.click(screen.getByRole('checkbox'))
}

describe('BookingForm', () => {
  it('shows the chosen treatment’s screening questions in the page language, and switches them with the treatment', async () => {
    const user = userEvent.setup()
    renderForm()
    expect(screen.getByLabelText('İlgilendiğiniz tedavi')).toHaveValue('hair')
    const questions = screen.getByRole('group', { name: 'Saç Mezoterapisi öncesi sağlık soruları' })
    expect(within(questions).getByRole('group', { name: 'Hamile misiniz ya da emziriyor musunuz?' })).toBeInTheDocument()
    expect(
      within(questions)
        .getAllByRole('radio')
        .map((radio) => (radio as HTMLInputElement).labels?.[0].textContent),
    ).toEqual(['Evet', 'Hayır', 'Emin değilim'])

    await user.selectOptions(screen.getByLabelText('İlgilendiğiniz tedavi'), 'face')
    expect(screen.queryByText('Hamile misiniz ya da emziriyor musunuz?')).toBeNull()
    expect(screen.getByRole('group', { name: 'Son iki haftada dolgu yaptırdınız mı?' })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'Yüzünüzde aktif bir enfeksiyon var mı?' })).toBeInTheDocument()
  })

  it('asks for consent with an unticked box whose label is the consent text alone; the privacy notice link sits apart', () => {
    renderForm({ locale: 'en', initialState: state({ values: { ...emptyBookingFormValues } }) })
    const consent = screen.getByRole('checkbox', { name: 'I give my explicit consent.' })
    expect(consent).not.toBeChecked()
    const link = screen.getByRole('link', { name: 'privacy notice' })
    expect(link).toHaveAttribute('href', '/en/privacy-notice')
    expect(consent.closest('label')).toBeNull()
    expect(link.closest('label')).toBeNull()
    expect(screen.getAllByRole('checkbox')).toHaveLength(1)
  })

  it('stops a submit that would be refused, shows every error beside its field and moves focus to the first', async () => {
    const user = userEvent.setup()
    const { action } = renderForm()
    await ruleLoaded()
    await user.click(screen.getByRole('button', { name: 'Talebi gönder' }))
    expect(action).not.toHaveBeenCalled()
    const tr = bookingErrorMessages.tr
    const name = screen.getByLabelText('Ad soyad')
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(name).toHaveAccessibleDescription(tr.fullNameRequired)
    expect(screen.getByRole('group', { name: 'Size uygun tarihler' })).toHaveAccessibleDescription(expect.stringContaining(tr.datesRequired))
    expect(screen.getByRole('group', { name: 'Size nasıl ulaşalım?' })).toHaveAccessibleDescription(tr.contactChannelRequired)
    expect(screen.getByText(tr.consentRequired)).toBeInTheDocument()
    // The first problem on the page is the unanswered health question.
    expect(screen.getByText(tr.screeningIncomplete)).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'Evet' })).toHaveFocus()
  })

  it('checks a field when the patient leaves it, and clears the error once it is right', async () => {
    const user = userEvent.setup()
    renderForm({ locale: 'en', initialState: state({ values: { ...emptyBookingFormValues } }) })
    await ruleLoaded()
    const phone = screen.getByLabelText('Phone')
    await user.type(phone, '12')
    await user.tab()
    expect(phone).toHaveAccessibleDescription(expect.stringContaining(bookingErrorMessages.en.phoneInvalid))
    // Untouched fields stay quiet.
    expect(screen.queryByText(bookingErrorMessages.en.fullNameRequired)).toBeNull()
    await user.clear(phone)
    await user.type(phone, '+44 20 7946 0958')
    expect(screen.queryByText(bookingErrorMessages.en.phoneInvalid)).toBeNull()
    expect(phone).not.toHaveAttribute('aria-invalid')
  })

  it('shows the health questions’ error when the patient leaves one of them unanswered, not when leaving an answered one', async () => {
    const user = userEvent.setup()
    renderForm()
    await ruleLoaded()
    const treatment = screen.getByLabelText('İlgilendiğiniz tedavi')
    await user.click(screen.getByRole('radio', { name: 'Evet' }))
    await user.click(treatment)
    expect(screen.queryByText(bookingErrorMessages.tr.screeningIncomplete)).toBeNull()

    // The new treatment's first question, left without an answer.
    await user.selectOptions(treatment, 'face')
    await user.tab()
    expect(within(screen.getByRole('group', { name: 'Son iki haftada dolgu yaptırdınız mı?' })).getByRole('radio', { name: 'Evet' })).toHaveFocus()
    await user.click(treatment)
    const questions = screen.getByRole('group', { name: 'Yüz Mezoterapisi öncesi sağlık soruları' })
    expect(questions).toHaveAccessibleDescription(expect.stringContaining(bookingErrorMessages.tr.screeningIncomplete))
    // Shown once, for the group; the name the patient has not left yet stays quiet.
    expect(screen.getAllByText(bookingErrorMessages.tr.screeningIncomplete)).toHaveLength(1)
    expect(screen.getByLabelText('Ad soyad')).not.toHaveAttribute('aria-invalid')
  })

  it('puts a server’s screening error on the health questions, focuses them, and clears it once they are answered', async () => {
    const user = userEvent.setup()
    const tr = bookingErrorMessages.tr
    renderForm({
      initialState: state({
        status: 'invalid',
        attempt: 1,
        values: { ...emptyBookingFormValues, treatment: 'face', screeningAnswers: { filler: 'no' } },
        errors: { screeningAnswers: tr.screeningIncomplete },
      }),
    })
    await ruleLoaded()
    const questions = screen.getByRole('group', { name: 'Yüz Mezoterapisi öncesi sağlık soruları' })
    expect(questions).toHaveAccessibleDescription(expect.stringContaining(tr.screeningIncomplete))
    expect(within(screen.getByRole('alert')).getByRole('link', { name: tr.screeningIncomplete })).toHaveAttribute('href', '#booking-screeningAnswers')
    await waitFor(() => expect(within(questions).getAllByRole('radio')[0]).toHaveFocus())
    expect(within(screen.getByRole('group', { name: 'Son iki haftada dolgu yaptırdınız mı?' })).getByRole('radio', { name: 'Hayır' })).toBeChecked()

    await user.click(within(screen.getByRole('group', { name: 'Yüzünüzde aktif bir enfeksiyon var mı?' })).getByRole('radio', { name: 'Hayır' }))
    expect(screen.queryByText(tr.screeningIncomplete)).toBeNull()
    expect(questions).not.toHaveAccessibleDescription(expect.stringContaining(tr.screeningIncomplete))
  })

  it('sends a complete form to the server action with everything the patient entered', async () => {
    const user = userEvent.setup()
    const action = jest.fn<ReturnType<Action>, Parameters<Action>>(async (previous) => previous)
    renderForm({ action })
    await ruleLoaded()
    await fillValidForm(user)
    await user.click(screen.getByRole('button', { name: 'Talebi gönder' }))
    await waitFor(() => expect(action).toHaveBeenCalledTimes(1))
    const form = action.mock.calls[0][1]
    expect(form.getAll('preferredDates')).toEqual([soon, '', ''])
    const sent = Object.fromEntries([...form.entries()].filter(([name]) => !name.startsWith('$') && name !== 'preferredDates'))
    expect(sent).toMatchObject({
      formToken: 'form-token',
      privacyNoticeVersion: '2026-11',
      treatment: 'hair',
      'screeningAnswers.pregnancy': 'no',
      fullName: 'Ayşe Yılmaz',
      phone: '0532 555 01 47',
      contactChannel: 'whatsapp',
      timeOfDay: 'morning',
      consent: 'yes',
      website: '',
    })
  })

  it('after a failed send keeps everything typed, says nothing was saved, offers the clinic’s phone and takes focus', async () => {
    renderForm({
      locale: 'tr',
      initialState: state({
        status: 'failed',
        attempt: 1,
        errors: { form: 'Şu anda talebinizi alamıyoruz ve talebiniz kaydedilmedi.' },
        values: {
          ...emptyBookingFormValues,
          treatment: 'hair',
          fullName: 'Ayşe Yılmaz',
          phone: '0532 555 01 47',
          contactChannel: 'phone',
          preferredDates: [soon],
          timeOfDay: 'evening',
          consent: true,
          screeningAnswers: { pregnancy: 'unsure' },
          message: 'Akşam daha uygun.',
        },
      }),
    })
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Talebiniz gönderilemedi')
    expect(alert).toHaveTextContent('kaydedilmedi')
    expect(within(alert).getByRole('link', { name: 'Ara: 0212 555 01 47' })).toBeInTheDocument()
    await waitFor(() => expect(alert).toHaveFocus())
    expect(screen.getByLabelText('Ad soyad')).toHaveValue('Ayşe Yılmaz')
    expect(screen.getByLabelText('Birinci tercih')).toHaveValue(soon)
    expect(screen.getByRole('radio', { name: 'Emin değilim' })).toBeChecked()
    expect(screen.getByRole('radio', { name: /^Akşamüstü/ })).toBeChecked()
    expect(screen.getByRole('checkbox')).toBeChecked()
    expect(screen.getByLabelText(/Mesajınız/)).toHaveValue('Akşam daha uygun.')
  })

  it('lists the server’s errors at the top with links to their fields (the page without JavaScript)', () => {
    renderForm({
      locale: 'en',
      initialState: state({ status: 'invalid', attempt: 1, errors: { fullName: 'Please enter your full name.', consent: 'Consent needed.' } }),
    })
    const summary = screen.getByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Please enter your full name.' })).toHaveAttribute('href', '#booking-fullName')
    expect(within(summary).getByRole('link', { name: 'Consent needed.' })).toHaveAttribute('href', '#booking-consent')
  })

  it('keeps the honeypot away from people: off-screen, out of the tab order and hidden from screen readers', () => {
    renderForm()
    const trap = document.querySelector<HTMLInputElement>('input[name="website"]')!
    expect(trap).toHaveAttribute('tabindex', '-1')
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull()
    expect(screen.queryByRole('textbox', { name: 'Bu alanı boş bırakın' })).toBeNull()
  })
})
