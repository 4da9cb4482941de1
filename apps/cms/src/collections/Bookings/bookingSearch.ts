import type { Where } from 'payload'

/** What the admin's search box looks in: the reference, the name and the phone number. */
export const bookingSearchFields = ['reference', 'fullName', 'phone'] as const

/**
 * Phone numbers are stored as E.164 (+905325550147); staff type them as patients say them
 * (0532 555 01 47). Digits only, without the leading 0, find the stored number.
 */
export function phoneSearchTerm(term: string): string | null {
  const digits = term.replace(/\D/g, '').replace(/^0/, '')
  return digits.length >= 3 ? digits : null
}

/**
 * The admin list's search (`?search=`) as a where clause, for the export of the same list;
 * the phone condition is rewritten by `normalizePhoneConditions` like the list's own.
 */
export function bookingSearchWhere(search: string): Where {
  return { or: bookingSearchFields.map((field) => ({ [field]: { like: search } })) }
}

/** Rewrites phone conditions in a where clause (the admin list search) to the stored form. */
export function normalizePhoneConditions(where: Where | undefined): void {
  if (!where) return
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      for (const nested of condition) if (nested && typeof nested === 'object') normalizePhoneConditions(nested as Where)
      continue
    }
    if (key !== 'phone' || !condition || typeof condition !== 'object') continue
    for (const operator of ['like', 'contains'] as const) {
      const value = (condition as Record<string, unknown>)[operator]
      const phone = typeof value === 'string' ? phoneSearchTerm(value) : null
      if (phone) (condition as Record<string, unknown>)[operator] = phone
    }
  }
}
