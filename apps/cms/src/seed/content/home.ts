import type { SeedHomePage } from './types'

export const homePage: SeedHomePage = {
  heroHeading: {
    tr: 'Cildiniz için sakin ve kişiye özel bir yaklaşım',
    en: 'A calm, personal approach to your skin',
  },
  heroText: {
    tr: 'Nişantaşı’ndaki Klinik Estetik’te mezoterapi; cilt kalitesi, saç dökülmesi ve vücut bölgeleri için hekim değerlendirmesinin ardından kişiye özel planlanır. Bir uygulamanın size uygun olup olmadığına hekiminiz sizinle birlikte karar verir.',
    en: 'At Klinik Estetik in Nişantaşı, Istanbul, mesotherapy for skin quality, hair loss and body concerns is planned individually after a physician’s assessment. Your physician decides, together with you, whether a treatment is suitable.',
  },
  intro: {
    tr: [
      'Mezoterapi tek tip, standart bir tedavi değildir. Kullanılan içerikler, uygulama bölgeleri ve seans sayısı cildinize, hedeflerinize ve sağlık durumunuza göre değişir; bu nedenle kliniğimizdeki her uygulama bir hekim muayenesi ve değerlendirmesiyle başlar.',
      'Bir uygulamanın neler yapabileceğini ve neler yapamayacağını açıklamaya zaman ayırıyoruz. Sonuçlar kişiden kişiye değişir; karşılanamayacak beklentiler yaratmaktansa gerektiğinde bir uygulamayı önermemeyi tercih ederiz.',
      'İlk ziyaretinizden önce randevu formunda hamilelik, kullandığınız ilaçlar veya kronik hastalıklar gibi konularda birkaç ön değerlendirme sorusu yer alır. Yanıtlarınız hekimin hazırlık yapmasına yardımcı olur ve yalnızca açık rızanızla işlenir.',
      'Sonraki sayfalarda yüz mezoterapisi, saç mezoterapisi ve bölgesel mezoterapi hakkında; seansların nasıl geçtiği, olası yan etkiler ve sonrasında dikkat edilmesi gerekenler dâhil sakin ve nesnel bilgiler bulabilirsiniz. Sorularınız için bize telefonla, WhatsApp üzerinden veya iletişim formuyla ulaşabilirsiniz.',
    ],
    en: [
      'Mesotherapy is not a single standard treatment. The ingredients, the areas and the number of sessions depend on your skin, your goals and your health, which is why every treatment at our clinic begins with a consultation and an examination by a physician.',
      'We take the time to explain what a treatment can and cannot do. Results vary from person to person, and where necessary we would rather advise against a treatment than raise expectations it cannot meet.',
      'Before your first visit, the booking form asks a few screening questions, for example about pregnancy, medication or chronic illnesses. Your answers help the physician prepare and are processed only with your explicit consent.',
      'On the following pages you will find calm, factual information about facial mesotherapy, hair mesotherapy and body mesotherapy, including how sessions work, possible side effects and aftercare. If you have any questions, you can reach us by phone, via WhatsApp or through the contact form.',
    ],
  },
  featuredTreatments: ['face-mesolifting', 'hair-mesotherapy', 'body-mesotherapy'],
}
