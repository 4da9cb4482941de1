import type { SeedContraindication } from './types'

export const contraindications: SeedContraindication[] = [
  {
    key: 'pregnancy',
    severity: 'absolute',
    name: {
      tr: 'Hamilelik',
      en: 'Pregnancy',
    },
    explanation: {
      tr: 'Enjekte edilen maddelerin anne karnındaki bebek için güvenliği gösterilmediğinden hamilelikte mezoterapi uygulanmaz. Hamilelik ve emzirme dönemi sona erdikten sonra hekiminiz durumu yeniden değerlendirebilir.',
      en: 'Mesotherapy is not performed during pregnancy, because the safety of the injected substances for the unborn baby has not been established. Once pregnancy and breastfeeding are over, your physician can reassess the situation.',
    },
    screeningQuestion: {
      tr: 'Hamile misiniz ya da hamile olma ihtimaliniz var mı?',
      en: 'Are you pregnant or could you be pregnant?',
    },
    order: 1,
  },
  {
    key: 'breastfeeding',
    severity: 'absolute',
    name: {
      tr: 'Emzirme dönemi',
      en: 'Breastfeeding',
    },
    explanation: {
      tr: 'Kullanılan maddelerin anne sütüne geçme olasılığı dışlanamadığından emzirme döneminde mezoterapi yapılmaz.',
      en: 'Mesotherapy is not performed while you are breastfeeding, because it cannot be ruled out that the substances used pass into breast milk.',
    },
    screeningQuestion: {
      tr: 'Şu anda bebeğinizi emziriyor musunuz?',
      en: 'Are you currently breastfeeding?',
    },
    order: 2,
  },
  {
    key: 'active-skin-infection',
    severity: 'absolute',
    name: {
      tr: 'Uygulama bölgesinde enfeksiyon, yara veya iltihap',
      en: 'Infection, wound or inflammation at the treatment site',
    },
    explanation: {
      tr: 'Açık yara, aktif enfeksiyon (uçuk, mantar ya da bakteriyel enfeksiyon gibi) veya iltihaplı bir deri hastalığı bulunan cilde enjeksiyon yapılmaz; bu durum enfeksiyonun yayılmasına ve iyileşmenin bozulmasına yol açabilir. Cilt tamamen iyileştikten sonra uygulama yeniden değerlendirilebilir.',
      en: 'Injections are not given into skin with an open wound, an active infection (such as a cold sore, a fungal or a bacterial infection) or an inflamed skin condition, as this can spread the infection and disturb healing. Treatment can be reconsidered once the skin has fully healed.',
    },
    screeningQuestion: {
      tr: 'Uygulama yapılmasını istediğiniz bölgede şu anda yara, enfeksiyon, uçuk veya iltihaplı bir cilt sorunu var mı?',
      en: 'Do you currently have a wound, an infection, a cold sore or an inflamed skin condition in the area you would like treated?',
    },
    order: 3,
  },
  {
    key: 'active-cancer',
    severity: 'absolute',
    name: {
      tr: 'Aktif kanser veya süren kanser tedavisi',
      en: 'Active cancer or ongoing cancer treatment',
    },
    explanation: {
      tr: 'Aktif bir kanser tanınız varsa ya da kemoterapi, radyoterapi veya başka bir kanser tedavisi görüyorsanız mezoterapi uygulanmaz. Bu dönemde önceliği onkolojik tedaviniz taşır; bağışıklık sistemi ve doku iyileşmesi de etkilenmiş olabilir.',
      en: 'If you have active cancer or are receiving chemotherapy, radiotherapy or another cancer treatment, mesotherapy is not performed. Your cancer treatment takes priority during this time, and your immune system and tissue healing may also be affected.',
    },
    screeningQuestion: {
      tr: 'Şu anda kanser tanınız var mı ya da kemoterapi, radyoterapi veya başka bir kanser tedavisi görüyor musunuz?',
      en: 'Do you currently have cancer, or are you receiving chemotherapy, radiotherapy or another cancer treatment?',
    },
    order: 4,
  },
  {
    key: 'ingredient-allergy',
    severity: 'absolute',
    name: {
      tr: 'İçerik maddelerinden birine bilinen alerji',
      en: 'Known allergy to an ingredient',
    },
    explanation: {
      tr: 'Mezoterapide kullanılan bir maddeye (örneğin bir vitamin, hiyalüronik asit, lokal anestezik ya da koruyucu madde) karşı daha önce alerjik reaksiyon geçirdiyseniz bu madde kullanılmaz. Uygun bir alternatif yoksa uygulama yapılmaz.',
      en: 'If you have previously had an allergic reaction to a substance used in mesotherapy (for example a vitamin, hyaluronic acid, a local anaesthetic or a preservative), that substance is not used. If there is no suitable alternative, the treatment is not performed.',
    },
    screeningQuestion: {
      tr: 'Daha önce bir vitamine, hiyalüronik aside, lokal anesteziğe veya enjekte edilen başka bir maddeye karşı alerjik reaksiyon geçirdiniz mi?',
      en: 'Have you ever had an allergic reaction to a vitamin, hyaluronic acid, a local anaesthetic or another injected substance?',
    },
    order: 5,
  },
  {
    key: 'bleeding-disorder',
    severity: 'absolute',
    name: {
      tr: 'Kanama veya pıhtılaşma bozukluğu',
      en: 'Bleeding or clotting disorder',
    },
    explanation: {
      tr: 'Hemofili veya von Willebrand hastalığı gibi tanı konmuş bir kanama ya da pıhtılaşma bozukluğunda çok sayıda küçük enjeksiyon belirgin kanama ve morarmaya yol açabileceğinden kliniğimizde mezoterapi uygulanmaz.',
      en: 'With a diagnosed bleeding or clotting disorder, such as haemophilia or von Willebrand disease, the many small injections can cause significant bleeding and bruising, so our clinic does not perform mesotherapy.',
    },
    screeningQuestion: {
      tr: 'Size bir kanama veya kan pıhtılaşması bozukluğu tanısı kondu mu?',
      en: 'Have you been diagnosed with a bleeding or blood-clotting disorder?',
    },
    order: 6,
  },
  {
    key: 'under-18',
    severity: 'absolute',
    name: {
      tr: '18 yaşından küçük olmak',
      en: 'Age under 18',
    },
    explanation: {
      tr: 'Kliniğimizde mezoterapi yalnızca 18 yaş ve üzerindeki yetişkinlere uygulanır. Çocuk ve ergenlerdeki cilt ve saç sorunları önce bir çocuk hekimi ya da dermatoloji uzmanı tarafından değerlendirilmelidir.',
      en: 'Our clinic performs mesotherapy only for adults aged 18 and over. Skin and hair concerns in children and adolescents should first be assessed by a paediatrician or a dermatologist.',
    },
    screeningQuestion: {
      tr: '18 yaşından küçük müsünüz?',
      en: 'Are you under 18 years old?',
    },
    order: 7,
  },
  {
    key: 'anticoagulants',
    severity: 'caution',
    name: {
      tr: 'Kan sulandırıcı (antikoagülan) ilaç kullanımı',
      en: 'Blood-thinning (anticoagulant) medication',
    },
    explanation: {
      tr: 'Varfarin ve yeni nesil oral antikoagülanlar ile aspirin gibi antiagregan ilaçlar enjeksiyon sonrasında kanama ve morarma riskini artırır. Uygulamanın yapılıp yapılamayacağına hekiminiz karar verir; bu ilaçları, reçete eden hekiminize danışmadan asla bırakmayın veya ara vermeyin.',
      en: 'Anticoagulants such as warfarin or the newer oral anticoagulants, and antiplatelet medicines such as aspirin, increase the risk of bleeding and bruising after injections. Your physician decides whether treatment is possible; never stop or pause such medication without talking to the doctor who prescribed it.',
    },
    screeningQuestion: {
      tr: 'Kan sulandırıcı bir ilaç (örneğin varfarin, rivaroksaban, apiksaban veya aspirin) kullanıyor musunuz?',
      en: 'Do you take blood-thinning medication (for example warfarin, rivaroxaban, apixaban or aspirin)?',
    },
    order: 8,
  },
  {
    key: 'diabetes',
    severity: 'caution',
    name: {
      tr: 'Diyabet (şeker hastalığı)',
      en: 'Diabetes',
    },
    explanation: {
      tr: 'Diyabet, özellikle insülin kullanılıyorsa veya kan şekeri iyi kontrol altında değilse, yara iyileşmesini yavaşlatabilir ve enfeksiyon riskini artırabilir. Hekiminiz durumunuzu değerlendirerek uygulamanın yapılıp yapılamayacağına ve nasıl yapılacağına karar verir.',
      en: 'Diabetes, especially when insulin is needed or blood sugar is not well controlled, can slow wound healing and increase the risk of infection. Your physician assesses your situation and decides whether and how treatment is possible.',
    },
    screeningQuestion: {
      tr: 'Diyabetiniz (şeker hastalığınız) var mı?',
      en: 'Do you have diabetes?',
    },
    order: 9,
  },
  {
    key: 'autoimmune-disease',
    severity: 'caution',
    name: {
      tr: 'Otoimmün hastalık veya bağışıklık sistemi hastalığı',
      en: 'Autoimmune or immune-system disease',
    },
    explanation: {
      tr: 'Lupus ve romatoid artrit gibi otoimmün hastalıklar, diğer bağışıklık sistemi bozuklukları ve bağışıklığı baskılayan ilaçlar cildin tepkisini ve iyileşmesini değiştirebilir. Hekiminiz riskleri sizinle birlikte değerlendirir ve gerekirse sizi takip eden uzmanın görüşünü isteyebilir.',
      en: 'Autoimmune conditions such as lupus or rheumatoid arthritis, other immune-system disorders and medicines that suppress the immune system can change how the skin reacts and heals. Your physician weighs up the risks with you and may ask for the opinion of the specialist who treats you.',
    },
    screeningQuestion: {
      tr: 'Otoimmün bir hastalığınız veya bağışıklık sistemi hastalığınız var mı ya da bağışıklığı baskılayan bir ilaç kullanıyor musunuz?',
      en: 'Do you have an autoimmune or immune-system disease, or do you take medication that suppresses the immune system?',
    },
    order: 10,
  },
  {
    key: 'heart-disease',
    severity: 'caution',
    name: {
      tr: 'Kalp hastalığı veya kalp pili',
      en: 'Heart disease or pacemaker',
    },
    explanation: {
      tr: 'Kalp hastalığınız ya da kalp piliniz varsa veya kalbiniz için birden fazla ilaç kullanıyorsanız hekiminiz uygulamadan önce ilaçlarınızı ve sağlık geçmişinizi ayrıntılı olarak gözden geçirir. Bazı durumlarda mezoterapi önerilmez ya da önce kardiyoloğunuzun görüşü alınır.',
      en: 'If you have heart disease or a pacemaker, or take several medicines for your heart, your physician reviews your medication and health history in detail before any treatment. In some cases mesotherapy is not recommended, or your cardiologist is consulted first.',
    },
    screeningQuestion: {
      tr: 'Kalp hastalığınız veya kalp piliniz var mı ya da kalbiniz için ilaç kullanıyor musunuz?',
      en: 'Do you have heart disease or a pacemaker, or do you take medication for your heart?',
    },
    order: 11,
  },
  {
    key: 'stroke-history',
    severity: 'caution',
    name: {
      tr: 'İnme (felç) öyküsü',
      en: 'History of stroke',
    },
    explanation: {
      tr: 'İnme geçirmiş kişilerin önemli bir kısmı kan sulandırıcı ilaç kullanır ve göz önünde bulundurulması gereken başka sağlık sorunları olabilir. Uygulamanın uygun olup olmadığına hekiminiz öykünüze ve kullandığınız ilaçlara göre karar verir.',
      en: 'Many people who have had a stroke take blood-thinning medication and may have other health conditions that need to be considered. Your physician decides, based on your history and current medication, whether treatment is appropriate.',
    },
    screeningQuestion: {
      tr: 'Daha önce inme (felç) geçirdiniz mi?',
      en: 'Have you ever had a stroke?',
    },
    order: 12,
  },
  {
    key: 'urticaria',
    severity: 'caution',
    name: {
      tr: 'Ürtiker (kurdeşen) veya cilt alerjisine yatkınlık',
      en: 'Hives (urticaria) or a tendency to skin allergies',
    },
    explanation: {
      tr: 'Sık sık kurdeşen ya da alerjik cilt reaksiyonları yaşıyorsanız enjeksiyonlar bu tabloyu tetikleyebilir. Hekiminiz içerikleri buna göre dikkatle seçer veya uygulamayı önermeyebilir.',
      en: 'If you often get hives or allergic skin reactions, the injections can trigger a flare-up. Your physician chooses the ingredients with particular care or may advise against treatment.',
    },
    screeningQuestion: {
      tr: 'Sık sık kurdeşen (ürtiker) veya başka alerjik cilt reaksiyonları yaşıyor musunuz?',
      en: 'Do you often get hives (urticaria) or other allergic skin reactions?',
    },
    order: 13,
  },
  {
    key: 'keloid-tendency',
    severity: 'caution',
    name: {
      tr: 'Keloid veya kabarık iz eğilimi',
      en: 'Tendency to keloids or raised scars',
    },
    explanation: {
      tr: 'Bazı kişilerde küçük cilt yaralanmalarından sonra bile kalın, kabarık izler (keloid) oluşur. Mezoterapi iğneleri çok ince olsa da hekiminiz uygulamaya ve bölgelere karar verirken bu eğilimi göz önünde bulundurur.',
      en: 'Some people form thick, raised scars (keloids) even after small skin injuries. Although mesotherapy needles are very fine, your physician takes this tendency into account when deciding on treatment and areas.',
    },
    screeningQuestion: {
      tr: 'Sizde keloid veya kalın, kabarık iz oluşma eğilimi var mı?',
      en: 'Do you tend to develop keloids or thick, raised scars?',
    },
    order: 14,
  },
  {
    key: 'recent-isotretinoin',
    severity: 'caution',
    name: {
      tr: 'Yakın zamanda izotretinoin kullanımı',
      en: 'Recent isotretinoin treatment',
    },
    explanation: {
      tr: 'Akne tedavisinde kullanılan izotretinoin cildi daha hassas hale getirir ve tedavi bittikten sonra da bir süre iyileşmeyi etkileyebilir. Hekimler çoğu zaman son dozdan sonra birkaç ay beklemeyi tercih eder; zamanlamaya hekiminiz karar verir.',
      en: 'Isotretinoin, a medicine used for acne, makes the skin more fragile and can affect healing for some time after the course has ended. Physicians often prefer to wait several months after the last dose; your physician decides on the timing.',
    },
    screeningQuestion: {
      tr: 'Son 12 ay içinde izotretinoin (akne ilacı) kullandınız mı?',
      en: 'Have you taken isotretinoin (an acne medicine) in the last 12 months?',
    },
    order: 15,
  },
]
