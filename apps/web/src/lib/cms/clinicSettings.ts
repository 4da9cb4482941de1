import 'server-only'

import type { ClinicSetting } from '@klinik/cms-types/payload-types'
import { cacheTags } from '@klinik/config/cacheTags'
import type { Locale } from '@klinik/config/locales'

import type { RichTextValue } from './richText'
import { cmsGet } from './transport'

export type Clinic = {
  name: string
  tagline: string
  phone: string
  whatsapp: string | null
  email: string | null
  address: string
  openingHours: { days: string; hours: string }[]
  medicalDisclaimer: string
  privacyNotice: RichTextValue | null
  privacyNoticeVersion: string
  /** The explicit-consent sentence beside the booking form's consent box (the CMS hashes the same text). */
  consentText: string
}

/** The clinic's details every page shows (header, footer, contact), from the clinic-settings global. */
export async function getClinic(locale: Locale): Promise<Clinic> {
  const doc = await cmsGet<ClinicSetting>('/globals/clinic-settings', { locale, depth: 0 }, { tags: [cacheTags['clinic-settings']] })
  return {
    name: doc.name ?? 'Klinik',
    tagline: doc.tagline ?? '',
    phone: doc.phone ?? '',
    whatsapp: doc.whatsapp ?? null,
    email: doc.email ?? null,
    address: doc.address ?? '',
    openingHours: (doc.openingHours ?? []).map((row) => ({ days: row.days, hours: row.hours })),
    medicalDisclaimer: doc.medicalDisclaimer ?? '',
    privacyNotice: doc.privacyNotice ?? null,
    privacyNoticeVersion: doc.privacyNoticeVersion,
    consentText: doc.consentText ?? '',
  }
}
