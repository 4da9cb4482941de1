import type { NestedKeysStripped, TFunction } from '@payloadcms/translations'

/**
 * Our own words in the admin, the CSV export and the booking emails, under the `klinik`
 * namespace of Payload's i18n (`i18n.translations` in payload.config): read with `req.t` on the
 * server and `useTranslation()` in admin components, in the language Payload chose. Labels of
 * values (statuses, booking choices, FAQ categories, severities) are not here: they live beside
 * their values and are read with Payload's `getTranslation`.
 */
const en = {
  klinik: {
    /** The Intl locale dates are written in. */
    dateLocale: 'en-GB',
    phoneNumber: {
      format: 'Use the international format with country code, e.g. +902125550147.',
    },
    slug: {
      taken: 'Another entry already uses this address in this language. Choose another one.',
      invalid: 'The address may contain only lowercase letters, digits and hyphens.',
    },
    signIn: {
      tooMany_one: 'Too many unsuccessful sign-ins from your network. Please try again in {{count}} minute.',
      tooMany_other: 'Too many unsuccessful sign-ins from your network. Please try again in {{count}} minutes.',
    },
    twoFactor: {
      title: 'Two-factor sign-in',
      required: 'Two-factor sign-in comes first: open {{path}} to enter your code (or set it up).',
      signIn: 'Please sign in.',
      unreadable: 'The request could not be read.',
      wrongCode: 'This code is not right. Check the time on your phone and the code in your authenticator app, then try again.',
      wrongRecoveryCode: 'This recovery code is not right or has already been used.',
      tooMany_one: 'Too many wrong codes. Please try again in {{count}} minute.',
      tooMany_other: 'Too many wrong codes. Please try again in {{count}} minutes.',
      alreadyEnabled: 'Two-factor sign-in is already set up for this account. An administrator can reset it.',
      notStarted: 'Start the setup first.',
      notEnabled: 'Two-factor sign-in is not set up for this account.',
      secretUnreadable:
        'This account’s two-factor setup can no longer be read (its key was removed). Use a recovery code, or ask an administrator to reset it.',
      resetForbidden: 'Only an administrator can reset another user’s two-factor sign-in.',
      userNotFound: 'There is no such user.',
      reset: 'Two-factor sign-in of {{email}} was reset. They set it up again at their next sign-in.',
      setupIntro:
        'Add this account to an authenticator app (e.g. Google Authenticator, Microsoft Authenticator, 2FAS or Aegis): open the link on your phone, or type the key in by hand. Then enter the 6-digit code the app shows.',
      optional: 'Two-factor sign-in is optional here (local demo). Once set up, every sign-in asks for a code.',
      start: 'Set up two-factor sign-in',
      key: 'Key (type it in by hand)',
      link: 'Link for the authenticator app',
      code: '6-digit code',
      confirm: 'Confirm and turn on',
      codeIntro: 'Enter the 6-digit code from your authenticator app to continue.',
      verify: 'Continue',
      recoveryCode: 'Recovery code',
      useRecoveryCode: 'Use a recovery code instead',
      useRecovery: 'Continue with the recovery code',
      recoveryCodesTitle: 'Your recovery codes',
      recoveryCodesNote: 'Each code works once, when your phone is not at hand. Store them somewhere safe (not on the phone): they are shown only now.',
      done: 'I have stored them: continue',
      enabled: 'Two-factor sign-in is on (since {{date}}).',
      resetUser: 'Reset two-factor sign-in',
      resetConfirm: 'Reset two-factor sign-in for this user? They must set it up again at their next sign-in.',
    },
    password: {
      tooShort: 'Use a password of at least {{min}} characters.',
      currentRequired: 'To change your own password or email, enter your current password.',
      currentWrong: 'The current password is not right.',
    },
    bookingStatus: {
      refused: 'A request cannot move from {{from}} to {{to}}. {{onward}}',
      canMoveTo: 'From here it can move to {{statuses}}.',
      final: 'This status is final and cannot change.',
      scheduleNeedsTime: 'To mark the request as scheduled, enter the confirmed appointment date and time.',
      scheduleInPast: 'The appointment date and time is in the past. Please check it.',
      scheduleTooFar: 'The appointment is more than a year ahead. Please check the date.',
      timeOnlyWhenScheduled: 'A confirmed appointment time can only be entered on a request marked as scheduled.',
      notesAppendOnly: 'Saved notes cannot be changed or deleted. Add a new note instead.',
    },
    bookingDesk: {
      heading: 'Booking requests',
      chartTitle: 'Requests per week (last 12 weeks)',
      chartSummary: '{{total}} requests in 12 weeks; {{last}} this week.',
      weekOf: 'Week of {{week}}: {{requests}}',
      export: 'Export this list (CSV)',
      exportNote: 'Without screening answers, messages or notes.',
    },
    /** Booking emails not delivered (yet): on the booking and on the desk. */
    emailDelivery: {
      heading: 'Emails not delivered',
      'staff-notice': 'The email to the clinic about this request',
      'patient-confirmation': 'The patient’s confirmation email',
      'appointment-invite': 'The patient’s appointment invite',
      retrying: '{{email}} was not delivered yet: retrying until {{until}}.',
      failed: '{{email}} could not be delivered: contact the patient by phone.',
    },
    contactPatient: {
      heading: 'Contact the patient',
      call: 'Call',
      whatsapp: 'WhatsApp',
      email: 'Email',
      none: 'No phone or email given.',
    },
    editorDashboard: {
      heading: 'Needs your attention',
      nothing: 'Nothing is waiting: every text is translated and published.',
      translations_one: 'Translation to do ({{count}})',
      translations_other: 'Translations to do ({{count}})',
      unpublished_one: 'Not yet published ({{count}})',
      unpublished_other: 'Not yet published ({{count}})',
      neverPublished: '{{language}} never published',
      changesNotPublished: '{{language}}: changes not published yet',
      scheduled_one: 'Scheduled ({{count}})',
      scheduled_other: 'Scheduled ({{count}})',
      scheduledPublish: 'publishes ({{language}}) on {{date}}',
      scheduledUnpublish: 'is withdrawn ({{language}}) on {{date}}',
      allLanguages: 'all languages',
    },
    translation: {
      missing: 'Not translated into {{language}} yet: {{fields}}. Empty or copied text counts as not translated.',
      outdated: 'The {{other}} text of these fields changed after their {{language}} text was last edited: {{fields}}.',
      seeChanges: 'See what changed (versions)',
    },
    screeningFlag: {
      raised: '⚠ Absolute contraindication',
      none: 'No flag',
    },
    bookingExport: {
      fileName: 'booking-requests',
      columns: {
        reference: 'Reference',
        received: 'Received',
        status: 'Status',
        name: 'Name',
        phone: 'Phone',
        email: 'Email',
        treatment: 'Treatment',
        preferredDates: 'Preferred dates',
        timeOfDay: 'Time of day',
        contactBy: 'Contact by',
        language: 'Language',
        screeningFlag: 'Screening flag',
        confirmedAppointment: 'Confirmed appointment',
      },
      signIn: 'Please sign in.',
      forbidden: 'Only staff and administrators can export booking requests.',
      badFilter: 'This filter cannot be exported. Please change it and try again.',
      tooMany: 'More than {{max}} requests match. Please narrow the filter (for example by date).',
    },
    /** The REST query gate's refusals (http/restQueryGate.ts). */
    restQuery: {
      path: 'This address cannot be read.',
      noVersions: 'No version history is kept for this.',
      noFile: 'This file was not found.',
      parameter: 'The query\'s "{{name}}" cannot be read; please correct its value.',
      date: '"{{path}}" needs a valid date.',
      location: '"{{path}}" cannot be searched by location.',
      tooLarge: 'What was sent is too large for this request.',
    },
    bookingEmail: {
      greeting: 'Hello,',
      /** How the patient asked to be contacted, as it reads inside a sentence. */
      channel: {
        phone: 'by phone',
        whatsapp: 'on WhatsApp',
        email: 'by email',
      },
      /** To the clinic; sent in the clinic's language. */
      staffNotice: {
        subject: 'New appointment request {{reference}} – {{treatment}}',
        arrived: 'A new appointment request arrived: {{reference}}',
        treatment: 'Treatment: {{treatment}}',
        preferredDates: 'Preferred dates: {{dates}} ({{timeOfDay}})',
        contactBy: 'The patient prefers to be contacted {{channel}}',
        details: 'Details (authorised staff only): {{link}}',
      },
      requestReceived: {
        subject: 'We have received your appointment request ({{reference}})',
        received: 'We have received your appointment request for {{treatment}}. Your reference is {{reference}}.',
        preferredDates: 'Your preferred dates: {{dates}} ({{timeOfDay}}).',
        contact: 'Our team will contact you {{channel}} to agree on a time. This email does not confirm an appointment yet.',
        questions: 'Questions: {{phone}}',
      },
      appointmentConfirmed: {
        subject: 'Your appointment is confirmed: {{when}} ({{reference}})',
        confirmed: 'Your appointment for {{treatment}} is confirmed.',
        when: 'Date and time: {{when}} (Istanbul time)',
        address: 'Address: {{address}}',
        reference: 'Your reference: {{reference}}',
        calendar: 'Open the attached file to add the appointment to your calendar. If you cannot come, please call us beforehand.',
        phone: 'Phone: {{phone}}',
        fileName: 'appointment.ics',
        inviteTitle: '{{treatment}} at {{clinic}}',
        inviteDescription: 'Your appointment reference: {{reference}}. To change it, call {{phone}}',
      },
    },
  },
}

/** Our words' shape: Turkish must have exactly the keys English has, and the reverse. */
export type KlinikTranslations = typeof en

const tr: KlinikTranslations = {
  klinik: {
    dateLocale: 'tr-TR',
    phoneNumber: {
      format: 'Ülke koduyla uluslararası biçimde yazın, örneğin +902125550147.',
    },
    slug: {
      taken: 'Bu adres bu dilde başka bir kayıtta kullanılıyor. Başka bir adres yazın.',
      invalid: 'Adres yalnızca küçük harf, rakam ve tire içerebilir.',
    },
    signIn: {
      tooMany_one: 'Ağınızdan çok sayıda başarısız giriş denemesi yapıldı. Lütfen {{count}} dakika sonra yeniden deneyin.',
      tooMany_other: 'Ağınızdan çok sayıda başarısız giriş denemesi yapıldı. Lütfen {{count}} dakika sonra yeniden deneyin.',
    },
    twoFactor: {
      title: 'İki adımlı giriş',
      required: 'Önce iki adımlı giriş gerekiyor: kodunuzu girmek (ya da kurmak) için {{path}} sayfasını açın.',
      signIn: 'Lütfen giriş yapın.',
      unreadable: 'İstek okunamadı.',
      wrongCode: 'Bu kod doğru değil. Telefonunuzun saatini ve doğrulama uygulamasındaki kodu kontrol edip yeniden deneyin.',
      wrongRecoveryCode: 'Bu kurtarma kodu doğru değil ya da daha önce kullanılmış.',
      tooMany_one: 'Çok sayıda yanlış kod girildi. Lütfen {{count}} dakika sonra yeniden deneyin.',
      tooMany_other: 'Çok sayıda yanlış kod girildi. Lütfen {{count}} dakika sonra yeniden deneyin.',
      alreadyEnabled: 'Bu hesap için iki adımlı giriş zaten kurulu. Bir yönetici sıfırlayabilir.',
      notStarted: 'Önce kurulumu başlatın.',
      notEnabled: 'Bu hesap için iki adımlı giriş kurulu değil.',
      secretUnreadable:
        'Bu hesabın iki adımlı giriş kurulumu artık okunamıyor (anahtarı kaldırılmış). Bir kurtarma kodu kullanın ya da bir yöneticiden sıfırlamasını isteyin.',
      resetForbidden: 'Başka bir kullanıcının iki adımlı girişini yalnızca bir yönetici sıfırlayabilir.',
      userNotFound: 'Böyle bir kullanıcı yok.',
      reset: '{{email}} için iki adımlı giriş sıfırlandı. Bir sonraki girişte yeniden kuracak.',
      setupIntro:
        'Bu hesabı bir doğrulama uygulamasına ekleyin (örneğin Google Authenticator, Microsoft Authenticator, 2FAS ya da Aegis): bağlantıyı telefonunuzda açın ya da anahtarı elle yazın. Ardından uygulamanın gösterdiği 6 haneli kodu girin.',
      optional: 'İki adımlı giriş burada isteğe bağlıdır (yerel demo). Kurulduktan sonra her girişte kod istenir.',
      start: 'İki adımlı girişi kur',
      key: 'Anahtar (elle yazmak için)',
      link: 'Doğrulama uygulaması bağlantısı',
      code: '6 haneli kod',
      confirm: 'Onayla ve aç',
      codeIntro: 'Devam etmek için doğrulama uygulamanızdaki 6 haneli kodu girin.',
      verify: 'Devam et',
      recoveryCode: 'Kurtarma kodu',
      useRecoveryCode: 'Bunun yerine kurtarma kodu kullan',
      useRecovery: 'Kurtarma koduyla devam et',
      recoveryCodesTitle: 'Kurtarma kodlarınız',
      recoveryCodesNote:
        'Her kod, telefonunuz yanınızda değilken bir kez kullanılabilir. Kodları güvenli bir yerde saklayın (telefonda değil): yalnızca şimdi gösteriliyorlar.',
      done: 'Sakladım, devam et',
      enabled: 'İki adımlı giriş açık ({{date}} tarihinden beri).',
      resetUser: 'İki adımlı girişi sıfırla',
      resetConfirm: 'Bu kullanıcının iki adımlı girişi sıfırlansın mı? Bir sonraki girişte yeniden kurması gerekecek.',
    },
    password: {
      tooShort: 'En az {{min}} karakterlik bir parola kullanın.',
      currentRequired: 'Kendi parolanızı ya da e-posta adresinizi değiştirmek için mevcut parolanızı girin.',
      currentWrong: 'Mevcut parola doğru değil.',
    },
    bookingStatus: {
      refused: 'Talep {{from}} durumundan {{to}} durumuna geçirilemez. {{onward}}',
      canMoveTo: 'Bu durumdan geçilebilecek durumlar: {{statuses}}.',
      final: 'Bu durum son durumdur, değiştirilemez.',
      scheduleNeedsTime: 'Talebi “Planlandı” yapmak için kesinleşen randevu tarihini ve saatini girin.',
      scheduleInPast: 'Randevu tarihi ve saati geçmişte kalıyor. Lütfen kontrol edin.',
      scheduleTooFar: 'Randevu bir yıldan daha ileri bir tarihte. Lütfen tarihi kontrol edin.',
      timeOnlyWhenScheduled: 'Kesinleşen randevu zamanı yalnızca “Planlandı” durumundaki bir talebe girilebilir.',
      notesAppendOnly: 'Kaydedilen notlar değiştirilemez ve silinemez. Bunun yerine yeni bir not ekleyin.',
    },
    bookingDesk: {
      heading: 'Randevu talepleri',
      chartTitle: 'Haftalık talep sayısı (son 12 hafta)',
      chartSummary: 'Son 12 haftada {{total}} talep; bu hafta {{last}}.',
      weekOf: 'Hafta başı {{week}}: {{requests}}',
      export: 'Bu listeyi dışa aktar (CSV)',
      exportNote: 'Tarama yanıtları, mesajlar ve notlar dahil edilmez.',
    },
    emailDelivery: {
      heading: 'İletilemeyen e-postalar',
      'staff-notice': 'Bu talep için kliniğe giden e-posta',
      'patient-confirmation': 'Hastaya giden onay e-postası',
      'appointment-invite': 'Hastaya giden randevu daveti',
      retrying: '{{email}} henüz iletilemedi: {{until}} tarihine kadar yeniden denenecek.',
      failed: '{{email}} iletilemedi: hastayı telefonla arayın.',
    },
    contactPatient: {
      heading: 'Hastaya ulaşın',
      call: 'Ara',
      whatsapp: 'WhatsApp',
      email: 'E-posta',
      none: 'Telefon ya da e-posta verilmemiş.',
    },
    editorDashboard: {
      heading: 'Sizi bekleyen işler',
      nothing: 'Bekleyen iş yok: bütün metinler çevrilmiş ve yayımlanmış.',
      translations_one: 'Yapılacak çeviri ({{count}})',
      translations_other: 'Yapılacak çeviriler ({{count}})',
      unpublished_one: 'Henüz yayımlanmadı ({{count}})',
      unpublished_other: 'Henüz yayımlanmadı ({{count}})',
      neverPublished: '{{language}} hiç yayımlanmadı',
      changesNotPublished: '{{language}}: değişiklikler henüz yayımlanmadı',
      scheduled_one: 'Zamanlanmış ({{count}})',
      scheduled_other: 'Zamanlanmış ({{count}})',
      scheduledPublish: '{{date}} tarihinde yayımlanacak ({{language}})',
      scheduledUnpublish: '{{date}} tarihinde yayından kaldırılacak ({{language}})',
      allLanguages: 'tüm diller',
    },
    translation: {
      missing: '{{language}} çevirisi henüz yok: {{fields}}. Boş ya da diğer dilden kopyalanmış metin çevrilmemiş sayılır.',
      outdated: 'Bu alanların {{other}} metni, {{language}} metni son düzenlendikten sonra değişti: {{fields}}.',
      seeChanges: 'Nelerin değiştiğine bakın (sürümler)',
    },
    screeningFlag: {
      raised: '⚠ Kesin kontrendikasyon',
      none: 'Uyarı yok',
    },
    bookingExport: {
      fileName: 'randevu-talepleri',
      columns: {
        reference: 'Referans',
        received: 'Geliş zamanı',
        status: 'Durum',
        name: 'Ad soyad',
        phone: 'Telefon',
        email: 'E-posta',
        treatment: 'Tedavi',
        preferredDates: 'Tercih edilen tarihler',
        timeOfDay: 'Zaman dilimi',
        contactBy: 'İletişim kanalı',
        language: 'Dil',
        screeningFlag: 'Tarama uyarısı',
        confirmedAppointment: 'Kesinleşen randevu',
      },
      signIn: 'Lütfen giriş yapın.',
      forbidden: 'Randevu taleplerini yalnızca personel ve yöneticiler dışa aktarabilir.',
      badFilter: 'Bu süzgeçle dışa aktarma yapılamıyor. Lütfen süzgeci değiştirip yeniden deneyin.',
      tooMany: '{{max}} talepten fazlası eşleşiyor. Lütfen süzgeci daraltın (örneğin tarihe göre).',
    },
    restQuery: {
      path: 'Bu adres okunamadı.',
      noVersions: 'Bunun için sürüm geçmişi tutulmuyor.',
      noFile: 'Bu dosya bulunamadı.',
      parameter: 'Sorgudaki "{{name}}" okunamadı; lütfen değerini düzeltin.',
      date: '"{{path}}" için geçerli bir tarih gerekir.',
      location: '"{{path}}" alanında konuma göre arama yapılamaz.',
      tooLarge: 'Gönderilen veri bu istek için fazla büyük.',
    },
    bookingEmail: {
      greeting: 'Merhaba,',
      channel: {
        phone: 'telefonla',
        whatsapp: 'WhatsApp üzerinden',
        email: 'e-posta ile',
      },
      staffNotice: {
        subject: 'Yeni randevu talebi {{reference}} – {{treatment}}',
        arrived: 'Yeni bir randevu talebi geldi: {{reference}}',
        treatment: 'Tedavi: {{treatment}}',
        preferredDates: 'Tercih edilen tarihler: {{dates}} ({{timeOfDay}})',
        contactBy: 'Hastanın tercih ettiği iletişim: {{channel}}',
        details: 'Ayrıntılar (yalnızca yetkili personel): {{link}}',
      },
      requestReceived: {
        subject: 'Randevu talebiniz alındı ({{reference}})',
        received: '{{treatment}} için randevu talebinizi aldık. Referans numaranız: {{reference}}.',
        preferredDates: 'Tercih ettiğiniz tarihler: {{dates}} ({{timeOfDay}}).',
        contact: 'Ekibimiz uygun bir zamanı birlikte belirlemek için size {{channel}} ulaşacak. Bu e-posta randevunuzun kesinleştiği anlamına gelmez.',
        questions: 'Sorularınız için: {{phone}}',
      },
      appointmentConfirmed: {
        subject: 'Randevunuz kesinleşti: {{when}} ({{reference}})',
        confirmed: '{{treatment}} randevunuz kesinleşti.',
        when: 'Tarih ve saat: {{when}} (İstanbul saati)',
        address: 'Adres: {{address}}',
        reference: 'Referans numaranız: {{reference}}',
        calendar: 'Randevuyu takviminize eklemek için ekteki dosyayı açabilirsiniz. Gelemeyecekseniz lütfen bizi önceden arayın.',
        phone: 'Telefon: {{phone}}',
        fileName: 'randevu.ics',
        inviteTitle: '{{treatment}} – {{clinic}}',
        inviteDescription: 'Randevu referansınız: {{reference}}. Değişiklik için: {{phone}}',
      },
    },
  },
}

export const klinikTranslations = { en, tr }

/** Every key of ours, e.g. `klinik:slug:taken` (plural variants `_one`/`_other` stripped, as Payload does). */
export type KlinikTranslationKeys = NestedKeysStripped<KlinikTranslations>

/**
 * Payload's `t` (from `req`, `req.i18n`, a component's `i18n` or `initI18n`) typed for our keys:
 * Payload types it for its own keys only, and documents this cast for custom ones.
 */
export const klinikT = (i18n: { t: TFunction<never> }) => i18n.t as KlinikT
export type KlinikT = TFunction<KlinikTranslationKeys>
