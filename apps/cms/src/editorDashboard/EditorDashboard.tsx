import { getTranslation } from '@payloadcms/translations'
import type { ServerProps } from 'payload'

import { defaultLocale, isLocale, locales, type Locale } from '@klinik/config/locales'

import { hasRole } from '../access/roles'
import { klinikT } from '../i18n/translations'
import { translationStatusLabels } from '../translation/fields'
import { scheduledPublishes, translationWork, unpublishedChanges } from './needsAttention'

type Props = Pick<ServerProps, 'payload' | 'user' | 'i18n'>

/**
 * The editors' part of the admin's home: what needs them, each entry a link to the document in
 * the language concerned. Staff never see it (they go straight to the booking requests).
 */
export async function EditorDashboard({ payload, user, i18n }: Props) {
  if (!user || !hasRole(user, 'admin', 'editor')) return null
  const t = klinikT(i18n)
  const adminLocale: Locale = isLocale(i18n.language) ? i18n.language : defaultLocale
  const [work, changes, scheduled] = await Promise.all([
    translationWork(payload, adminLocale),
    unpublishedChanges(payload, adminLocale),
    scheduledPublishes(payload, adminLocale),
  ])
  const admin = payload.config.routes.admin
  const languageName = (locale: Locale) => new Intl.DisplayNames([i18n.language], { type: 'language' }).of(locale) ?? locale
  const documentHref = (collection: string, id: number | string, locale?: Locale) =>
    `${admin}/collections/${collection}/${id}${locale ? `?locale=${locale}` : ''}`
  const globalLabel = (slug: string) => {
    const global = payload.config.globals.find((candidate) => candidate.slug === slug)
    return global?.label ? getTranslation(global.label, i18n) : slug
  }
  const collectionLabel = (slug: string) => getTranslation(payload.collections[slug as 'treatments'].config.labels.singular, i18n)
  const when = new Intl.DateTimeFormat(t('klinik:dateLocale'), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Istanbul' })

  return (
    <section className="editor-dashboard" aria-labelledby="editor-dashboard-heading">
      <h2 id="editor-dashboard-heading">{t('klinik:editorDashboard:heading')}</h2>
      {work.length + changes.length + scheduled.length === 0 && <p>{t('klinik:editorDashboard:nothing')}</p>}

      {work.length > 0 && (
        <>
          <h3>{t('klinik:editorDashboard:translations', { count: work.length })}</h3>
          <ul className="editor-dashboard__list">
            {work.map((item) => {
              const behind = locales.find((locale) => item.status[locale] !== 'complete')
              const href =
                'global' in item ? `${admin}/globals/${item.global}${behind ? `?locale=${behind}` : ''}` : documentHref(item.collection, item.id, behind)
              const title = 'global' in item ? globalLabel(item.global) : item.title
              return (
                <li key={'global' in item ? item.global : `${item.collection}-${item.id}`}>
                  <a href={href}>{title}</a> <span className="editor-dashboard__kind">{'global' in item ? '' : collectionLabel(item.collection)}</span>{' '}
                  {locales.map((locale) => {
                    const status = item.status[locale]
                    return status ? (
                      <span key={locale} className={`translation-badge translation-badge--${status}`}>
                        {locale.toUpperCase()} · {getTranslation(translationStatusLabels[status], i18n)}
                      </span>
                    ) : null
                  })}
                </li>
              )
            })}
          </ul>
        </>
      )}

      {changes.length > 0 && (
        <>
          <h3>{t('klinik:editorDashboard:unpublished', { count: changes.length })}</h3>
          <ul className="editor-dashboard__list">
            {changes.map((change) => (
              <li key={`${change.collection}-${change.id}-${change.locale}`}>
                <a href={documentHref(change.collection, change.id, change.locale)}>{change.title}</a>{' '}
                <span className="editor-dashboard__kind">{collectionLabel(change.collection)}</span> –{' '}
                {t(change.neverPublished ? 'klinik:editorDashboard:neverPublished' : 'klinik:editorDashboard:changesNotPublished', {
                  language: languageName(change.locale),
                })}
              </li>
            ))}
          </ul>
        </>
      )}

      {scheduled.length > 0 && (
        <>
          <h3>{t('klinik:editorDashboard:scheduled', { count: scheduled.length })}</h3>
          <ul className="editor-dashboard__list">
            {scheduled.map((entry, index) => (
              <li key={index}>
                {entry.collection && entry.id !== undefined ? (
                  <a href={documentHref(entry.collection, entry.id, entry.locale ?? undefined)}>{entry.title}</a>
                ) : (
                  <a href={`${admin}/globals/${entry.global}`}>{globalLabel(entry.global ?? '')}</a>
                )}{' '}
                –{' '}
                {t(entry.type === 'unpublish' ? 'klinik:editorDashboard:scheduledUnpublish' : 'klinik:editorDashboard:scheduledPublish', {
                  language: entry.locale ? languageName(entry.locale) : t('klinik:editorDashboard:allLanguages'),
                  date: entry.at ? when.format(new Date(entry.at)) : '',
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
