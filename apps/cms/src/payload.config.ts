import { en } from '@payloadcms/translations/languages/en'
import { tr } from '@payloadcms/translations/languages/tr'
import path from 'node:path'
import { buildConfig, deepMergeSimple, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { defaultLocale, localeLabels, locales } from '@klinik/config/locales'

import { withDocumentLockAccess } from './access/documentLocks'
import { isAdmin } from './access/isAdmin'
import { nobody } from './access/nobody'
import { hasRole } from './access/roles'
import { bookingsCollection } from './collections/Bookings'
import { Contraindications } from './collections/Contraindications'
import { ErasureRecords } from './collections/ErasureRecords'
import { Faqs } from './collections/Faqs'
import { HealthDataAccess } from './collections/HealthDataAccess'
import { mediaCollection } from './collections/Media'
import { Treatments } from './collections/Treatments'
import { usersCollection } from './collections/Users'
import { databaseAdapter } from './database'
import { appDir, readEnv } from './env'
import { textEditor } from './fields/richTextEditor'
import { ClinicSettings } from './globals/ClinicSettings'
import { HomePage } from './globals/HomePage'
import { smtpEmailAdapter } from './email/smtpEmailAdapter'
import { healthEndpoint } from './health/healthEndpoint'
import { withReadQueryGuard } from './hooks/guardReadQuery'
import { withTwoFactorGate } from './twoFactor/twoFactorGate'
import { adminTranslations, richTextTranslations } from './i18n/adminTranslations'
import { klinikTranslations } from './i18n/translations'
import { cmsLogger } from './logging'
import { bookingRetentionTask } from './jobs/bookingRetention'
import { bookingAppointmentConfirmationTask, bookingConfirmationTask, bookingStaffNotificationTask } from './jobs/bookingEmails'

const env = readEnv()
// Anchored on the app folder, not this file: the config also runs bundled (dist/scripts).
const srcDir = path.join(appDir, 'src')

/** Lexical lays its own words over the config's while Payload sanitizes it: ours go on top again. */
function withRichTextTranslations(config: SanitizedConfig): SanitizedConfig {
  config.i18n.translations = deepMergeSimple(config.i18n.translations, richTextTranslations)
  return config
}

const lockedConfig = withDocumentLockAccess(
  buildConfig({
    serverURL: env.publicUrl,
    secret: env.payloadSecret,
    db: databaseAdapter(env.database),
    // What the site renders, per field (fields/richTextEditor.ts); this one for fields that name none.
    editor: textEditor,
    sharp,
    admin: {
      user: 'users',
      // Gravatar would be fetched from the internet for every user: keep the built-in avatar.
      avatar: 'default',
      // "30 Kasım 2026 16:43" / "30 November 2026 16:43"; Payload's default reads "Kasım 30. 2026, 4:43 ÖS" in Turkish.
      dateFormat: 'd MMMM yyyy HH:mm',
      importMap: { baseDir: srcDir },
      components: {
        beforeDashboard: ['/collections/Bookings/components/DeskDashboard#DeskDashboard', '/editorDashboard/EditorDashboard#EditorDashboard'],
        views: { twoFactor: { path: '/two-factor', Component: '/collections/Users/components/TwoFactorView#TwoFactorView' } },
      },
      meta: {
        titleSuffix: ' · Klinik',
        description: 'Klinik — content and appointment management',
        openGraph: { siteName: 'Klinik' },
      },
    },
    i18n: {
      supportedLanguages: { tr, en },
      fallbackLanguage: 'tr',
      // Our words under `klinik` (one typed home), and the corrected stock Turkish strings.
      translations: { tr: { ...adminTranslations.tr, ...klinikTranslations.tr }, en: klinikTranslations.en },
    },
    localization: {
      locales: locales.map((code) => ({ code, label: localeLabels[code] })),
      defaultLocale,
      fallback: true,
    },
    collections: [
      Treatments,
      Contraindications,
      bookingsCollection({ answerKeys: env.screeningAnswerKeys }),
      Faqs,
      mediaCollection(env.mediaDir),
      usersCollection({ secureCookies: env.secureCookies }),
      HealthDataAccess,
      ErasureRecords,
    ].map(withReadQueryGuard),
    globals: [ClinicSettings, HomePage],
    // GET /api/health: the monitor's view (health/healthEndpoint.ts).
    endpoints: [
      healthEndpoint({
        token: env.healthToken,
        databaseDir: env.database.kind === 'sqlite' ? path.dirname(env.database.file) : undefined,
        mediaDir: env.mediaDir,
      }),
    ],
    cors: [],
    csrf: [env.publicUrl],
    // Neither app uses GraphQL, and its complexity limit counts relations, not documents: one
    // anonymous query over treatments ↔ contraindications exhausted the heap. Off entirely.
    graphQL: { disable: true },
    // The deepest read either app makes (a treatment with its contraindications and FAQs). Payload
    // clamps every request's depth to this, so populating cannot grow a response without bound.
    maxDepth: 2,
    jobs: {
      // Scheduled publishing runs on the jobs queue; only admins may touch jobs by hand.
      access: {
        run: ({ req: { user } }) => hasRole(user, 'admin'),
        queue: ({ req: { user } }) => hasRole(user, 'admin'),
        cancel: ({ req: { user } }) => hasRole(user, 'admin'),
      },
      jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
        ...defaultJobsCollection,
        access: { create: nobody, read: isAdmin, update: nobody, delete: isAdmin },
      }),
      tasks: [bookingStaffNotificationTask, bookingConfirmationTask, bookingAppointmentConfirmationTask, bookingRetentionTask],
      // Emails, scheduled publishing and the daily retention run, every minute in this process.
      autoRun: env.runJobs ? [{ cron: '* * * * *', queue: 'default' }] : [],
    },
    typescript: {
      // Into a package the web app can import; no `declare module 'payload'` there, which would
      // break the web's type check. The CMS declares it itself (src/payload-generated.d.ts).
      outputFile: path.resolve(appDir, '../../packages/cms-types/src/payload-types.ts'),
      declare: false,
      // Generated on purpose (`npm run generate:types`, checked in CI), never as a side effect
      // of starting Payload in dev or in tests.
      autoGenerate: false,
    },
    // Read by hooks (revalidation, preview links) through req.payload.config.custom.
    custom: {
      web: env.web,
      intake: env.intake,
      staffNotify: env.smtp.staffNotify,
      retention: env.retention,
      login: env.login,
      // Required in proxied deployments; locally each account may turn it on.
      twoFactor: { required: env.deployment === 'proxied', secureCookies: env.secureCookies, secretKeys: env.screeningAnswerKeys },
    },
    email: smtpEmailAdapter(env.smtp),
    telemetry: false,
    logger: cmsLogger,
  }).then(withRichTextTranslations),
)

// The second-factor gate wraps every access rule last, the document locks' included.
export default withTwoFactorGate(lockedConfig)
