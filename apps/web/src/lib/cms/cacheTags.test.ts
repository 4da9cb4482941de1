/**
 * @jest-environment node
 */
import { cacheTags } from '@klinik/config/cacheTags'

import { listBookableTreatments } from './bookings'
import { getClinic } from './clinicSettings'
import { listContraindications } from './contraindications'
import { fakeCms } from './fakeCms'
import { listFaqs } from './faqs'
import { getHome } from './homePage'
import { findRenamedTreatment, getTreatmentSlugs, listTreatmentSlugs } from './treatmentAddresses'
import { getTreatment, listTreatments } from './treatments'

afterEach(() => jest.restoreAllMocks())

/**
 * The CMS revalidates exactly the tags of @klinik/config/cacheTags (apps/cms/tests/revalidation.test.ts);
 * here: each of them is declared by one of the site's cached reads, so a publish drops a page
 * that shows the change.
 */
it('every cache tag the CMS sends is declared by a cached read of the site', async () => {
  const { requests } = fakeCms({ docs: [], heroHeading: '', privacyNoticeVersion: '1' })
  await Promise.all([
    getClinic('tr'),
    getHome('tr'),
    listTreatments('tr'),
    getTreatment('tr', 'a'),
    findRenamedTreatment('tr', 'a'),
    getTreatmentSlugs('t1'),
    listTreatmentSlugs(),
    listFaqs('tr'),
    listContraindications('tr'),
    listBookableTreatments('tr'),
  ])
  expect(requests).toHaveLength(10)
  const declared = new Set(requests.flatMap((request) => request.tags ?? []))
  expect([...declared].sort()).toEqual(Object.values(cacheTags).sort())
})
