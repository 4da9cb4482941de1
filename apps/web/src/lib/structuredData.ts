import type { Locale } from '@klinik/config/locales'

import type { Clinic } from './cms/clinicSettings'
import type { FaqItem } from './cms/faqs'
import type { TreatmentDetail } from './cms/treatments'

/** schema.org JSON-LD in the page's language. */

export function medicalClinicJsonLd(clinic: Clinic, locale: Locale, siteUrl: string, path: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    name: clinic.name,
    description: clinic.tagline || undefined,
    url: `${siteUrl}${path}`,
    telephone: clinic.phone || undefined,
    email: clinic.email || undefined,
    address: clinic.address ? { '@type': 'PostalAddress', streetAddress: clinic.address, addressLocality: 'İstanbul', addressCountry: 'TR' } : undefined,
    openingHours: clinic.openingHours.map((row) => `${row.days} ${row.hours}`),
    availableLanguage: ['tr', 'en'],
    inLanguage: locale,
  }
}

export function treatmentJsonLd(treatment: TreatmentDetail, clinic: Clinic, locale: Locale, url: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url,
    inLanguage: locale,
    name: treatment.seo.title,
    description: treatment.seo.description,
    dateModified: treatment.updatedAt,
    image: treatment.image?.url,
    publisher: { '@type': 'MedicalClinic', name: clinic.name },
    about: {
      '@type': 'MedicalProcedure',
      name: treatment.title,
      description: treatment.summary,
      procedureType: 'https://schema.org/NoninvasiveProcedure',
      bodyLocation: treatment.treatmentAreas.join(', ') || undefined,
      howPerformed: treatment.sessionSteps.join(' ') || undefined,
      followup: treatment.aftercare.join(' ') || undefined,
      contraindication: treatment.contraindications.map((entry) => entry.name),
      adverseOutcome: treatment.sideEffects.map((name) => ({ '@type': 'MedicalEntity', name })),
    },
  }
}

export function faqPageJsonLd(faqs: FaqItem[], locale: Locale, url: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url,
    inLanguage: locale,
    mainEntity: faqs.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: faq.answer },
    })),
  }
}
