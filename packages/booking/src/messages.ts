import type { Locale } from '@klinik/config/locales'

/**
 * Every error the booking rule can report, as a key with its text in both languages. The
 * schema reports keys; the form, the server action and the CMS show the text in the
 * patient's language.
 */
export const bookingErrorKeys = [
  'fullNameRequired',
  'fullNameTooLong',
  'phoneInvalid',
  'phoneRequired',
  'emailInvalid',
  'emailRequired',
  'treatmentRequired',
  'datesRequired',
  'datesTooMany',
  'dateInvalid',
  'datePast',
  'dateTooFar',
  'datesRepeated',
  'timeOfDayRequired',
  'contactChannelRequired',
  'messageTooLong',
  'screeningAnswerInvalid',
  'consentRequired',
  'localeInvalid',
  'unknownField',
] as const

export type BookingErrorKey = (typeof bookingErrorKeys)[number]

export const bookingErrorMessages: Record<Locale, Record<BookingErrorKey, string>> = {
  tr: {
    fullNameRequired: 'Lütfen adınızı ve soyadınızı yazın.',
    fullNameTooLong: 'Ad soyad en fazla 120 karakter olabilir.',
    phoneInvalid: 'Geçerli bir telefon numarası yazın (ör. 0532 555 01 47 veya +44 20 7123 4567).',
    phoneRequired: 'Telefon ya da WhatsApp ile ulaşmamız için telefon numaranızı yazın.',
    emailInvalid: 'Geçerli bir e-posta adresi yazın.',
    emailRequired: 'E-posta ile ulaşmamız için e-posta adresinizi yazın.',
    treatmentRequired: 'Lütfen bir tedavi seçin.',
    datesRequired: 'Lütfen en az bir tarih seçin.',
    datesTooMany: 'En fazla üç tarih seçebilirsiniz.',
    dateInvalid: 'Bu tarih geçerli değil.',
    datePast: 'Geçmiş bir tarih seçilemez.',
    dateTooFar: 'En fazla altı ay sonrası için tarih seçebilirsiniz.',
    datesRepeated: 'Aynı tarihi birden fazla kez seçtiniz.',
    timeOfDayRequired: 'Lütfen size uygun zaman dilimini seçin.',
    contactChannelRequired: 'Size nasıl ulaşmamızı istediğinizi seçin.',
    messageTooLong: 'Mesajınız en fazla 1000 karakter olabilir.',
    screeningAnswerInvalid: 'Lütfen her soruyu evet, hayır ya da emin değilim olarak yanıtlayın.',
    consentRequired: 'Talebinizi iletebilmemiz için aydınlatma metnini okuyup onay vermeniz gerekir.',
    localeInvalid: 'Sayfa dili tanınmadı.',
    unknownField: 'Formda tanınmayan bir alan var. Lütfen sayfayı yenileyip yeniden deneyin.',
  },
  en: {
    fullNameRequired: 'Please enter your full name.',
    fullNameTooLong: 'Your name can be at most 120 characters long.',
    phoneInvalid: 'Please enter a valid phone number (e.g. 0532 555 01 47 or +44 20 7123 4567).',
    phoneRequired: 'Please enter your phone number so that we can call or message you.',
    emailInvalid: 'Please enter a valid email address.',
    emailRequired: 'Please enter your email address so that we can reply by email.',
    treatmentRequired: 'Please choose a treatment.',
    datesRequired: 'Please choose at least one date.',
    datesTooMany: 'You can choose at most three dates.',
    dateInvalid: 'This date does not exist.',
    datePast: 'Please choose a date that is not in the past.',
    dateTooFar: 'Please choose a date at most six months ahead.',
    datesRepeated: 'You chose the same date more than once.',
    timeOfDayRequired: 'Please choose the time of day that suits you.',
    contactChannelRequired: 'Please choose how we should contact you.',
    messageTooLong: 'Your message can be at most 1000 characters long.',
    screeningAnswerInvalid: 'Please answer each question with yes, no or not sure.',
    consentRequired: 'To send your request, please read the privacy notice and give your consent.',
    localeInvalid: 'The page language was not recognised.',
    unknownField: 'The form contains a field we do not recognise. Please reload the page and try again.',
  },
}
