import type { SeedClinicSettings } from './types'

export const clinicSettings: SeedClinicSettings = {
  name: {
    tr: 'Klinik Estetik',
    en: 'Klinik Estetik',
  },
  tagline: {
    tr: 'Hekim değerlendirmesiyle, kişiye özel planlanan mezoterapi',
    en: 'Mesotherapy planned around you, after a physician’s assessment',
  },
  phone: '+902125550147',
  whatsapp: '+905325550147',
  email: 'info@klinik.example',
  address: {
    tr: 'Teşvikiye Mah. Ihlamur Sok. No: 12, Kat: 3, 34365 Nişantaşı, Şişli/İstanbul',
    en: 'Ihlamur Sokak No: 12, 3rd floor, Teşvikiye, 34365 Nişantaşı, Şişli/Istanbul, Türkiye',
  },
  openingHours: [
    {
      days: {
        tr: 'Pazartesi – Cuma',
        en: 'Monday – Friday',
      },
      hours: '09:00–19:00',
    },
    {
      days: {
        tr: 'Cumartesi',
        en: 'Saturday',
      },
      hours: '10:00–16:00',
    },
  ],
  privacyNotice: {
    tr: [
      '## Veri sorumlusu',
      'Bu aydınlatma metni, 6698 sayılı Kişisel Verilerin Korunması Kanununun (KVKK) 10. maddesi uyarınca, web sitemiz ve randevu süreçlerimiz kapsamında hangi kişisel verilerinizi, hangi amaçlarla ve hangi hukuki sebeplere dayanarak işlediğimizi açıklar. Veri sorumlusu, Teşvikiye Mah. Ihlamur Sok. No: 12, Kat: 3, 34365 Şişli/İstanbul adresinde faaliyet gösteren Klinik Estetik’tir. Bize info@klinik.example e-posta adresinden ve +90 212 555 01 47 numaralı telefondan ulaşabilirsiniz.',
      '## İşlenen kişisel veriler',
      'Randevu formu, telefon, e-posta veya WhatsApp aracılığıyla bize ilettiğiniz kimlik bilgileriniz (ad, soyad), iletişim bilgileriniz (telefon numarası, e-posta adresi), randevu tercihleriniz (ilgilendiğiniz uygulama, tercih ettiğiniz gün, saat ve iletişim kanalı) ve mesajlarınızın içeriği işlenir. Web sitemizin güvenliği için IP adresi, tarih ve saat gibi zorunlu teknik kayıtlar da tutulur.',
      'Ön değerlendirme sorularına verdiğiniz yanıtlar (örneğin hamilelik, kullandığınız ilaçlar veya kronik hastalıklar) sağlık verisidir ve KVKK’nın 6. maddesi kapsamında özel nitelikli kişisel veri sayılır. Bu veriler yalnızca açık rızanızla ve yalnızca randevunuzun hazırlanması amacıyla işlenir.',
      '## İşleme amaçları ve hukuki sebepler',
      'Kişisel verileriniz; randevu talebinizi almak, sizinle iletişime geçmek ve randevunuzu planlamak, hekimin muayeneye hazırlanabilmesi için uygulamaya engel olabilecek durumları önceden değerlendirmek, sorularınızı yanıtlamak, yasal yükümlülüklerimizi yerine getirmek ve web sitemizin güvenliğini sağlamak amaçlarıyla işlenir. Verileriniz pazarlama, reklam veya profil oluşturma amacıyla kullanılmaz.',
      'Kimlik, iletişim ve randevu verileriniz KVKK’nın 5. maddesinin 2. fıkrasında yer alan; bir sözleşmenin kurulması veya ifasıyla doğrudan ilgili olması (c), veri sorumlusunun hukuki yükümlülüğünü yerine getirebilmesi için zorunlu olması (ç) ve temel hak ve özgürlüklerinize zarar vermemek kaydıyla meşru menfaatimiz için zorunlu olması (f) hukuki sebeplerine dayanılarak işlenir. Sağlıkla ilgili ön değerlendirme yanıtlarınız KVKK’nın 6. maddesi uyarınca açık rızanıza dayanılarak işlenir; açık rızanızı dilediğiniz zaman geri alabilirsiniz.',
      '## Saklama süresi ve aktarım',
      'Kişisel verilerinizi yalnızca işlendikleri amaç için gerekli olan süre boyunca saklarız. Muayeneye dönüşmeyen randevu talepleri ve bunlara ait ön değerlendirme yanıtları, talep tarihinden itibaren en geç 6 ay içinde silinir veya anonim hâle getirilir; tedavi görmeniz durumunda sağlık kayıtlarınız sağlık mevzuatının öngördüğü süreler boyunca saklanır.',
      'Verileriniz satılmaz ve pazarlama amacıyla üçüncü kişilerle paylaşılmaz. Yalnızca hukuki yükümlülüklerimiz gereği yetkili kamu kurum ve kuruluşlarına ve web sitesi barındırma, e-posta ve randevu sistemi gibi hizmetleri sağlayan, gizlilik yükümlülüğü altındaki bilgi teknolojileri hizmet sağlayıcılarına, hizmetin gerektirdiği ölçüde aktarılabilir. Bu sağlayıcılardan birinin verileri yurt dışında işlemesi durumunda aktarım yalnızca KVKK’nın 9. maddesindeki şartlara uygun olarak yapılır.',
      '## Haklarınız ve başvuru yolu',
      'KVKK’nın 11. maddesi uyarınca; kişisel verilerinizin işlenip işlenmediğini öğrenme, işlenmişse buna ilişkin bilgi talep etme, işlenme amacını ve bunların amacına uygun kullanılıp kullanılmadığını öğrenme, yurt içinde veya yurt dışında aktarıldığı üçüncü kişileri bilme, eksik veya yanlış işlenmişse düzeltilmesini, KVKK’nın 7. maddesindeki şartlar çerçevesinde silinmesini veya yok edilmesini ve bu işlemlerin aktarıldığı üçüncü kişilere bildirilmesini isteme, münhasıran otomatik sistemlerle analiz edilmesi sonucunda aleyhinize bir sonucun ortaya çıkmasına itiraz etme ve kanuna aykırı işleme nedeniyle zarara uğramanız durumunda zararın giderilmesini talep etme haklarına sahipsiniz.',
      'Başvurunuzu yukarıdaki adrese yazılı olarak, kayıtlı elektronik posta (KEP), güvenli elektronik imza veya mobil imza ile ya da daha önce bize bildirdiğiniz ve sistemimizde kayıtlı e-posta adresinizden info@klinik.example adresine iletebilirsiniz. Başvurunuz en geç 30 gün içinde ücretsiz olarak sonuçlandırılır; işlemin ayrıca bir maliyet gerektirmesi durumunda Kişisel Verileri Koruma Kurulunca belirlenen tarifedeki ücret alınabilir. Başvurunuzun reddedilmesi, yanıtı yetersiz bulmanız veya süresinde yanıt verilmemesi durumunda, yanıtı öğrendiğiniz tarihten itibaren 30 gün ve her hâlde başvuru tarihinden itibaren 60 gün içinde Kurula şikâyette bulunabilirsiniz.',
    ],
    en: [
      '## Data controller',
      'In accordance with Article 10 of the Turkish Personal Data Protection Law No. 6698 (KVKK), this privacy notice explains which personal data we process in connection with our website and appointments, for which purposes and on which legal bases. The data controller is Klinik Estetik, Ihlamur Sokak No: 12, 3rd floor, Teşvikiye, 34365 Şişli/Istanbul, Türkiye. You can reach us by email at info@klinik.example or by phone on +90 212 555 01 47.',
      '## Personal data we process',
      'We process the identity details (first name and surname), contact details (phone number, email address), appointment preferences (the treatment you are interested in, your preferred day, time and contact channel) and the content of the messages that you send us through the booking form, by phone, by email or via WhatsApp. For the security of our website, necessary technical records such as IP address, date and time are also kept.',
      'Your answers to the screening questions (for example about pregnancy, medication or chronic illnesses) are health data and therefore special-category personal data under Article 6 of the KVKK. We process them only with your explicit consent and solely to prepare for your appointment.',
      '## Purposes and legal bases',
      'We process your personal data to receive your appointment request, to contact you and schedule your appointment, to check in advance for conditions that may rule out a treatment so that the physician can prepare for the consultation, to answer your questions, to meet our legal obligations and to keep our website secure. Your data is not used for marketing, advertising or profiling.',
      'Identity, contact and appointment data are processed under Article 5(2) of the KVKK because processing is directly related to the establishment or performance of a contract (c), necessary for us to comply with a legal obligation (ç), and necessary for our legitimate interests provided that it does not harm your fundamental rights and freedoms (f). Health-related screening answers are processed on the basis of your explicit consent in accordance with Article 6 of the KVKK; you can withdraw your consent at any time.',
      '## Retention and recipients',
      'We keep your personal data only for as long as is necessary for the purpose for which it is processed. Appointment requests that do not lead to a consultation, together with the related screening answers, are deleted or anonymised no later than 6 months after the request; if you become a patient, your health records are kept for the periods required by healthcare legislation.',
      'Your data is not sold and is not shared with third parties for marketing purposes. It may be disclosed only to authorised public authorities where we are legally obliged to do so, and, to the extent necessary for the service, to IT service providers bound by confidentiality, such as those providing website hosting, email and our booking system. If one of these providers processes data outside Türkiye, the transfer takes place only under the conditions of Article 9 of the KVKK.',
      '## Your rights and how to apply',
      'Under Article 11 of the KVKK you have the right to learn whether your personal data is processed and, if so, to request information about it; to learn the purpose of the processing and whether the data is used accordingly; to know the third parties in Türkiye or abroad to whom it is transferred; to request correction if it is incomplete or inaccurate, and erasure or destruction under the conditions of Article 7 of the KVKK, and to have these actions notified to the third parties to whom the data was transferred; to object to a result against you that arises from analysis exclusively by automated systems; and to claim compensation if you suffer damage as a result of unlawful processing.',
      'You can send your application in writing to the address above, by registered electronic mail (KEP), with a secure electronic or mobile signature, or to info@klinik.example from an email address that you have previously given us and that is registered in our system. We will respond free of charge within 30 days at the latest; if the request involves additional costs, a fee may be charged according to the tariff set by the Personal Data Protection Board. If your application is rejected, you find the answer insufficient or we do not respond in time, you may lodge a complaint with the Board within 30 days of learning of the response and in any case within 60 days of your application.',
    ],
  },
  consentText: {
    tr: 'Randevu talebimin değerlendirilebilmesi için, sağlık durumuma ilişkin tarama sorularına verdiğim yanıtlar dâhil kişisel verilerimin Aydınlatma Metni’nde açıklandığı şekilde işlenmesine açık rıza veriyorum.',
    en: 'I give my explicit consent to the processing of my personal data, including my answers to the health screening questions, as described in the privacy notice, so that my appointment request can be assessed.',
  },
  privacyNoticeVersion: '2026-11',
  medicalDisclaimer: {
    tr: 'Bu sitedeki bilgiler genel bilgilendirme amaçlıdır ve hekim muayenesinin yerini tutmaz. Sonuçlar kişiden kişiye farklılık gösterir. Bir uygulamanın sizin için uygun olup olmadığına ve nasıl yapılacağına muayenenin ardından hekiminiz karar verir.',
    en: 'The information on this website is for general information only and does not replace a consultation with a physician. Results vary from person to person. Whether a treatment is suitable for you, and how it is carried out, is decided by your physician after a consultation.',
  },
}
