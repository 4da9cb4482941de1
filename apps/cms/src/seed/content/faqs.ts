import type { SeedFaq } from './types'

export const faqs: SeedFaq[] = [
  // general
  {
    key: 'what-is-mesotherapy',
    category: 'general',
    question: {
      tr: 'Mezoterapi tam olarak nedir?',
      en: 'What exactly is mesotherapy?',
    },
    answer: {
      tr: 'Mezoterapi, vitaminler, amino asitler veya hiyalüronik asit gibi etken maddelerin çok ince iğnelerle cildin orta katmanına az miktarda enjekte edildiği uygulamaların ortak adıdır. Tek tip, standart bir işlem değildir; içerik, bölgeler ve seans sayısı kişiye özel planlanır.',
      en: 'Mesotherapy is a collective term for treatments in which small amounts of active ingredients, such as vitamins, amino acids or hyaluronic acid, are injected into the middle layer of the skin with very fine needles. It is not a single standard procedure: the content, areas and number of sessions are planned individually.',
    },
    treatments: ['mesotherapy'],
    order: 1,
  },
  {
    key: 'who-is-it-for',
    category: 'general',
    question: {
      tr: 'Kimlere mezoterapi yapılabilir?',
      en: 'Who can have mesotherapy?',
    },
    answer: {
      tr: 'Mezoterapi 18 yaş ve üzerindeki sağlıklı yetişkinlerde değerlendirilebilir ve tüm cilt tiplerine uygulanabilir. Hamilelik ve emzirme döneminde ve bazı hastalıklarda uygulanmaz. Sizin için uygun olup olmadığına muayenede hekiminiz karar verir.',
      en: 'Mesotherapy can be considered for healthy adults aged 18 and over and can be used on all skin types. It is not performed during pregnancy or breastfeeding or in certain illnesses. Whether it is suitable for you is decided by your physician at the consultation.',
    },
    treatments: [],
    order: 2,
  },
  {
    key: 'youth-vaccine',
    category: 'general',
    question: {
      tr: 'Mezolifting ile “gençlik aşısı” arasındaki fark nedir?',
      en: 'What is the difference between mesolifting and a “youth vaccine”?',
    },
    answer: {
      tr: '“Gençlik aşısı” ya da “nem aşısı” olarak bilinen uygulama da bir mezoterapi türüdür. Genellikle daha yüksek yoğunlukta, çapraz bağsız hiyalüronik asit içerir ve nemlendirmeye odaklanır; klasik mezolifting ise vitaminler ve amino asitler gibi birkaç içeriği daha düşük yoğunluklarda bir araya getirir. Cildinize uygun yaklaşımı hekiminiz önerir.',
      en: 'The so-called youth or moisture vaccine is itself a form of mesotherapy. It usually contains non-cross-linked hyaluronic acid in a higher concentration and focuses on hydration, whereas classic mesolifting combines several ingredients, such as vitamins and amino acids, at lower concentrations. Your physician recommends the approach that suits your skin.',
    },
    treatments: ['face-mesolifting'],
    order: 3,
  },
  {
    key: 'combine-with-botulinum-toxin',
    category: 'general',
    question: {
      tr: 'Mezoterapi botulinum toksini (botoks) ile birlikte yapılabilir mi?',
      en: 'Can mesotherapy be combined with botulinum toxin (Botox)?',
    },
    answer: {
      tr: 'Evet, ikisi farklı amaçlara hizmet ettiği için sıklıkla birlikte planlanır: Botulinum toksini mimik çizgilerini gevşetirken mezoterapi cilt kalitesine odaklanır. Kombinasyonun sizin için anlamlı olup olmadığına, uygulamaların sırasına ve aralarındaki süreye hekiminiz karar verir.',
      en: 'Yes, the two are often planned together because they do different things: botulinum toxin relaxes expression lines, while mesotherapy focuses on skin quality. Your physician decides whether a combination makes sense for you, in which order the treatments are done and how far apart.',
    },
    treatments: ['face-mesolifting'],
    order: 4,
  },

  // procedure
  {
    key: 'does-it-hurt',
    category: 'procedure',
    question: {
      tr: 'Mezoterapi acıtır mı?',
      en: 'Does mesotherapy hurt?',
    },
    answer: {
      tr: 'İğneler bir saç telinden yalnızca biraz daha kalın olduğundan çoğu kişi hafif bir batma hisseder. Gerekirse rahatsızlığı azaltmak için işlemden 20–40 dakika önce lokal anestezik krem sürülür. Hassasiyet kişiden kişiye ve bölgeden bölgeye değişir.',
      en: 'Most people feel a light stinging, as the needles are only slightly thicker than a hair. If needed, a local anaesthetic cream is applied 20–40 minutes beforehand to reduce discomfort. Sensitivity varies from person to person and from area to area.',
    },
    treatments: [],
    order: 1,
  },
  {
    key: 'session-duration',
    category: 'procedure',
    question: {
      tr: 'Bir seans ne kadar sürer?',
      en: 'How long does a session take?',
    },
    answer: {
      tr: 'Enjeksiyonlar, bölgenin büyüklüğüne bağlı olarak genellikle 15–40 dakika sürer. Uyuşturma kremi ve hazırlık dâhil ziyaretiniz için toplamda yaklaşık 45–60 dakika ayırmanız yeterlidir.',
      en: 'Depending on the size of the area, the injections usually take 15–40 minutes. Including numbing cream and preparation, plan about 45–60 minutes in total for your visit.',
    },
    treatments: [],
    order: 2,
  },
  {
    key: 'how-many-sessions',
    category: 'procedure',
    question: {
      tr: 'Kaç seansa ihtiyacım olacak?',
      en: 'How many sessions will I need?',
    },
    answer: {
      tr: 'Bu, kişiye ve uygulamaya göre değişir. Planlar genellikle 2–4 hafta arayla yaklaşık 4–10 seanstan oluşur; bazen ardından daha uzun aralıklarla bakım seansları gelir. Planı sizi muayene ettikten sonra hekiminiz belirler ve tedavi ilerledikçe gözden geçirir.',
      en: 'This differs between people and between treatments. Plans commonly include about 4–10 sessions, usually 2–4 weeks apart, sometimes followed by maintenance sessions at longer intervals. Your physician decides the plan after examining you and reviews it as treatment progresses.',
    },
    treatments: [],
    order: 3,
  },
  {
    key: 'hair-procedure',
    category: 'procedure',
    question: {
      tr: 'Saç mezoterapisi nasıl yapılır?',
      en: 'How is hair mesotherapy done?',
    },
    answer: {
      tr: 'Saçlı deri temizlenip dezenfekte edildikten sonra hekiminiz karışımı çok ince iğnelerle, saç ayrımları boyunca saçlı deriye az miktarlarda enjekte eder. Enjeksiyonlar genellikle 20 dakika kadar sürer ve hemen ardından günlük işlerinize dönebilirsiniz.',
      en: 'After the scalp has been cleaned and disinfected, your physician injects small amounts of the mixture into the scalp along the partings with very fine needles. The injections usually take about 20 minutes, and you can return to your day straight afterwards.',
    },
    treatments: ['hair-mesotherapy'],
    order: 4,
  },
  {
    key: 'needle-free',
    category: 'procedure',
    question: {
      tr: 'İğnesiz mezoterapi var mı?',
      en: 'Is there a needle-free form of mesotherapy?',
    },
    answer: {
      tr: 'Etken maddelerin iğne kullanılmadan cilde geçmesine yardımcı olmak için elektroporasyon, yani zayıf bir elektrik akımı kullanan cihazlar vardır. Bunların etkisi enjeksiyonlarla aynı değildir ve her amaç için uygun değildir. Böyle bir seçeneğin sizin için anlamlı olup olmadığını hekiminiz açıklayabilir.',
      en: 'There are devices that use electroporation, a weak electrical current, to help active ingredients pass into the skin without needles. Their effect is not the same as that of injections, and they are not suitable for every goal. Your physician can explain whether such an option makes sense for you.',
    },
    treatments: [],
    order: 5,
  },

  // safety
  {
    key: 'is-it-safe',
    category: 'safety',
    question: {
      tr: 'Mezoterapi güvenli midir?',
      en: 'Is mesotherapy safe?',
    },
    answer: {
      tr: 'Mezoterapi cerrahi olmayan bir işlemdir ve yan etkilerin çoğu hafif ve geçicidir. Her enjeksiyonda olduğu gibi morarma, alerjik reaksiyon veya nadiren enfeksiyon gibi riskler taşır. Dikkatli ön değerlendirme, steril çalışma koşulları ve uygulamanın hekim tarafından yapılması bu riskleri düşük tutmaya yardımcı olur.',
      en: 'Mesotherapy is a non-surgical procedure, and most side effects are mild and temporary. Like any injection, it carries risks such as bruising, allergic reactions or, rarely, infection. Careful screening, sterile working conditions and treatment by a physician help keep these risks low.',
    },
    treatments: [],
    order: 1,
  },
  {
    key: 'side-effects',
    category: 'safety',
    question: {
      tr: 'Hangi yan etkiler görülebilir?',
      en: 'What side effects can occur?',
    },
    answer: {
      tr: 'Enjeksiyon noktalarında kızarıklık, hafif şişlik ve hassasiyet sık görülür ve genellikle birkaç saat ile birkaç gün içinde geçer. Küçük morluklar oluşabilir ve çoğunlukla 3–5 gün içinde kaybolur. Alerjik reaksiyon ve enfeksiyon nadirdir; belirtiler şiddetliyse veya düzelmiyorsa kliniğe başvurun.',
      en: 'Redness, mild swelling and tenderness at the injection sites are common and usually settle within a few hours to a few days. Small bruises may appear and generally fade within 3–5 days. Allergic reactions and infections are rare; if symptoms are severe or do not improve, contact the clinic.',
    },
    treatments: [],
    order: 2,
  },
  {
    key: 'who-should-not',
    category: 'safety',
    question: {
      tr: 'Kimlere mezoterapi yapılmaz?',
      en: 'Who should not have mesotherapy?',
    },
    answer: {
      tr: 'Hamilelik ve emzirme döneminde, enfekte veya iltihaplı ciltte, aktif kanser tedavisi sırasında, kanama bozukluğu ya da içeriklerden birine bilinen alerjisi olanlarda ve 18 yaşından küçüklerde mezoterapi yapmıyoruz. Diyabet, otoimmün hastalık, kalp hastalığı veya kan sulandırıcı ilaç kullanımı gibi durumlarda hekiminiz dikkatli bir değerlendirmenin ardından karar verir. Randevu formu, hekimin hazırlık yapabilmesi için bu konuları sorar.',
      en: 'We do not perform mesotherapy during pregnancy or breastfeeding, on infected or inflamed skin, during active cancer treatment, in people with a bleeding disorder or a known allergy to an ingredient, or in anyone under 18. In conditions such as diabetes, autoimmune or heart disease, or when blood thinners are taken, your physician decides after a careful assessment. The booking form asks about these points so that the physician can prepare.',
    },
    treatments: [],
    order: 3,
  },
  {
    key: 'blood-thinners',
    category: 'safety',
    question: {
      tr: 'Kan sulandırıcı ilaç kullanıyorum. Yine de mezoterapi yaptırabilir miyim?',
      en: 'I take blood-thinning medication. Can I still have mesotherapy?',
    },
    answer: {
      tr: 'Kan sulandırıcılar kanama ve morarma riskini artırdığından hekiminiz karar vermeden önce durumunuzu ayrıntılı olarak değerlendirir. Lütfen ilacınızı kendi kendinize asla bırakmayın veya ara vermeyin; her değişiklik ilacı reçete eden hekiminizle birlikte kararlaştırılmalıdır.',
      en: 'Blood thinners increase the risk of bleeding and bruising, so your physician assesses your situation in detail before deciding. Please never stop or pause your medication on your own; any change must be agreed with the doctor who prescribed it.',
    },
    treatments: [],
    order: 4,
  },

  // aftercare
  {
    key: 'after-session',
    category: 'aftercare',
    question: {
      tr: 'Seanstan sonra nelere dikkat etmeliyim?',
      en: 'What should I pay attention to after a session?',
    },
    answer: {
      tr: 'İlk 4–6 saat uygulama bölgesini ıslatmayın ve bölgeye dokunmayın; 24 saat makyaj yapmayın. 2 gün boyunca sauna, hamam ve solaryumdan uzak durun ve tedavi süresince yüksek faktörlü güneş koruyucu kullanın. Uygulamanıza özel yazılı öneriler de size ayrıca verilir.',
      en: 'Keep the treated area dry and avoid touching it for the first 4–6 hours, and do not wear make-up for 24 hours. Avoid saunas, hammams and solariums for 2 days, and use a high-factor sunscreen during the treatment period. You will also receive written instructions specific to your treatment.',
    },
    treatments: [],
    order: 1,
  },
  {
    key: 'back-to-work',
    category: 'aftercare',
    question: {
      tr: 'İşlemden hemen sonra işe dönebilir miyim?',
      en: 'Can I go back to work right after treatment?',
    },
    answer: {
      tr: 'Genellikle evet; çoğu kişi aynı gün olağan etkinliklerine döner. Küçük kırmızı noktalar, şişlik veya morluklar bir süre görünür kalabileceğinden önemli bir etkinliğiniz varsa seansı birkaç gün önceye planlamanız yerinde olur.',
      en: 'Usually yes: most people return to their normal activities the same day. Small red dots, swelling or bruises may remain visible for a while, so if you have an important event, it is sensible to schedule the session a few days beforehand.',
    },
    treatments: [],
    order: 2,
  },
  {
    key: 'hair-wash',
    category: 'aftercare',
    question: {
      tr: 'Saç mezoterapisinden sonra saçımı ne zaman yıkayabilirim?',
      en: 'When can I wash my hair after hair mesotherapy?',
    },
    answer: {
      tr: 'Enjeksiyon noktalarının kapanabilmesi için saçlı derinizi en az ilk 4–6 saat ıslatmayın; çoğu kişi saçını ertesi gün yıkar. Hafif bir şampuan kullanın ve 24 saat boyunca şekillendirici ürün kullanmayın.',
      en: 'Keep your scalp dry for at least the first 4–6 hours so that the injection points can close; many people simply wash their hair the next day. Use a mild shampoo and avoid styling products for 24 hours.',
    },
    treatments: ['hair-mesotherapy'],
    order: 3,
  },
  {
    key: 'body-aftercare',
    category: 'aftercare',
    question: {
      tr: 'Bölgesel mezoterapiden sonra özellikle dikkat etmem gereken bir şey var mı?',
      en: 'Is there anything special to consider after body mesotherapy?',
    },
    answer: {
      tr: 'Uygulama günü bölgeye sürtünmeyen bol giysiler daha rahat olur. 2 gün boyunca sauna, hamam ve sıcak banyodan kaçının; yürüyüş gibi hafif etkinlikler genellikle sorun oluşturmaz. Hassasiyet ve morluklar birkaç gün sürebilir.',
      en: 'On the day of treatment, loose clothing that does not rub on the treated area is more comfortable. Avoid saunas, hammams and hot baths for 2 days; light activity such as walking is usually fine. Tenderness and bruising may last a few days.',
    },
    treatments: ['body-mesotherapy'],
    order: 4,
  },

  // results
  {
    key: 'when-results',
    category: 'results',
    question: {
      tr: 'Sonuçları ne zaman görürüm?',
      en: 'When will I see results?',
    },
    answer: {
      tr: 'Yüzde bazı kişiler 7–10 gün içinde daha canlı bir görünüm fark eder; cilt kalitesindeki değişiklikler ise genellikle ikinci ya da üçüncü seanstan sonra belirginleşir. Saç dökülmesi ve vücut uygulamalarında değişiklikler birkaç ay içinde değerlendirilir. Sonuçlar kişiden kişiye değişir.',
      en: 'On the face, some people notice a fresher look within 7–10 days, while changes in skin quality usually become clearer after the second or third session. With hair loss and body treatments, changes are assessed over several months. Results vary from person to person.',
    },
    treatments: [],
    order: 1,
  },
  {
    key: 'are-results-permanent',
    category: 'results',
    question: {
      tr: 'Sonuçlar kalıcı mı?',
      en: 'Are the results permanent?',
    },
    answer: {
      tr: 'Hayır. Cilt yaşlanmaya devam eder ve güneş, stres, yaşam tarzı gibi etkenler onu etkilemeyi sürdürür; bu nedenle etki zamanla azalır. Çoğu zaman 6–12 ayda bir yapılan bakım seansları hekiminizle birlikte planlanır.',
      en: 'No. The skin continues to age, and factors such as sun, stress and lifestyle keep affecting it, so the effect gradually wears off. Maintenance sessions, often every 6–12 months, are planned together with your physician.',
    },
    treatments: [],
    order: 2,
  },
  {
    key: 'weight-loss',
    category: 'results',
    question: {
      tr: 'Bölgesel mezoterapi kilo vermeme yardımcı olur mu?',
      en: 'Can body mesotherapy help me lose weight?',
    },
    answer: {
      tr: 'Hayır, bölgesel mezoterapi bir zayıflama yöntemi değildir. Küçük, lokal yağ birikimlerini ve selülit görünümünü hedefler; dengeli beslenme ve düzenli egzersize tamamlayıcı olarak değerlendirilir. Görülen değişikliğin miktarı kişiden kişiye farklılık gösterir.',
      en: 'No, body mesotherapy is not a weight-loss method. It targets small, localised fat deposits and the appearance of cellulite, and it is considered as a complement to a balanced diet and regular exercise. How much change becomes visible varies from person to person.',
    },
    treatments: ['body-mesotherapy'],
    order: 3,
  },
  {
    key: 'hair-results',
    category: 'results',
    question: {
      tr: 'Saç mezoterapisi saç dökülmemi durdurur mu?',
      en: 'Will hair mesotherapy stop my hair loss?',
    },
    answer: {
      tr: 'Bazı kişilerde dökülmeyi yavaşlatabilir ve saçların daha dolgun görünmesini sağlayabilir; ancak herkeste işe yaramaz ve saç köklerinin kaybolduğu bölgelerde saçı geri getiremez. Önce dökülmenin nedeni değerlendirilir ve bu nedenin tıbbi tedavisi önemini korur.',
      en: 'In some people it can slow hair loss and make the hair look fuller, but it does not work for everyone and cannot bring back hair where the follicles have been lost. The cause of the hair loss is assessed first, and medical treatment of that cause remains important.',
    },
    treatments: ['hair-mesotherapy'],
    order: 4,
  },

  // booking
  {
    key: 'how-to-book',
    category: 'booking',
    question: {
      tr: 'Nasıl randevu alabilirim?',
      en: 'How do I book an appointment?',
    },
    answer: {
      tr: 'Bu sitedeki form aracılığıyla, telefonla veya WhatsApp üzerinden randevu talep edebilirsiniz. Formda, hekimin muayenenize hazırlanabilmesi için birkaç sağlık sorusu yer alır. Ardından uygun bir saati onaylamak için sizinle iletişime geçeriz.',
      en: 'You can request an appointment through the form on this website, by phone or via WhatsApp. The form includes a few health questions so that the physician can prepare for your consultation. We then contact you to confirm a suitable time.',
    },
    treatments: [],
    order: 1,
  },
  {
    key: 'plan-by-phone',
    category: 'booking',
    question: {
      tr: 'Tedavi planımı telefonda öğrenebilir miyim?',
      en: 'Can you tell me my treatment plan over the phone?',
    },
    answer: {
      tr: 'Hayır. Doğru bir plan için hekimin cildinizi veya saçlı derinizi görüp incelemesi ve sağlık geçmişinizi bilmesi gerekir. Genel sorularınızı telefonda yanıtlayabiliriz; ancak içerik, seans sayısı ve aralıklar muayenede belirlenir.',
      en: 'No. A sound plan requires the physician to see and examine your skin or scalp and to know your health history. We are glad to answer general questions by phone, but the content, number of sessions and intervals are decided at the consultation.',
    },
    treatments: [],
    order: 2,
  },
  {
    key: 'why-health-questions',
    category: 'booking',
    question: {
      tr: 'Randevu alırken neden sağlık soruları soruyorsunuz?',
      en: 'Why do you ask health questions when I book?',
    },
    answer: {
      tr: 'Bazı hastalıklar ve ilaçlar mezoterapiyi olanaksız kılar ya da ek dikkat gerektirir; yanıtlarınız hekimin hazırlık yapmasına yardımcı olur. Sağlık verileri KVKK kapsamında özel nitelikli kişisel veridir; bu nedenle yalnızca açık rızanızla ve sadece randevunuz için işlenir. Ayrıntıları aydınlatma metnimizde bulabilirsiniz.',
      en: 'Some illnesses and medicines rule out mesotherapy or call for extra care, and your answers help the physician prepare. Health data is special-category personal data under the Turkish data protection law (KVKK), so we process it only with your explicit consent and only for your appointment. You can find the details in our privacy notice.',
    },
    treatments: [],
    order: 3,
  },
  {
    key: 'first-appointment',
    category: 'booking',
    question: {
      tr: 'İlk randevuma nasıl hazırlanmalıyım?',
      en: 'How should I prepare for my first appointment?',
    },
    answer: {
      tr: 'Lütfen kullandığınız ilaçların ve besin takviyelerinin bir listesini ve varsa güncel tahlil sonuçlarınızı (örneğin saç dökülmesiyle ilgili kan tahlilleri) yanınızda getirin. Yüz uygulamaları için makyajsız gelmeniz işleri kolaylaştırır. Bir ilaçtan emin değilseniz doktorunuza danışmadan bırakmayın.',
      en: 'Please bring a list of the medicines and supplements you take and any recent test results, for example blood tests related to hair loss. For facial treatments, it helps to come without make-up. If you are unsure about a medicine, do not stop taking it without asking your doctor.',
    },
    treatments: [],
    order: 4,
  },
]
