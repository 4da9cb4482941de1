/**
 * Corrections to Payload's stock Turkish admin strings. In this admin a "locale" is a
 * content language (Türkçe / İngilizce), so "yerel ayar" / "yerel hafıza" read wrong.
 */
export const adminTranslations = {
  tr: {
    error: {
      localesNotSaved_one: 'Şu dil kaydedilemedi:',
      localesNotSaved_other: 'Şu diller kaydedilemedi:',
    },
    general: {
      allLocales: 'Tüm diller',
      fallbackToDefaultLocale: 'Varsayılan dildeki içeriği kullan',
      locale: 'Dil',
    },
    localization: {
      cannotCopySameLocale: 'Bir dil kendi üzerine kopyalanamaz.',
      copyToLocale: 'Başka dile kopyala',
      localeToPublish: 'Yayınlanacak dil',
      selectedLocales: 'Seçilen diller',
      selectLocaleToCopy: 'Kopyalanacak dili seçin',
      selectLocaleToDuplicate: 'Çoğaltılacak dilleri seçin',
    },
    version: {
      publishAllLocales: 'Tüm dillerde yayınla',
      selectLocales: 'Görüntülenecek dilleri seçin',
      showLocales: 'Gösterilen diller:',
      unpublishIn: '{{locale}} dilinde yayından kaldır',
    },
  },
}
