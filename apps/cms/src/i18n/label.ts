/** An admin label in both admin languages. Payload shows the one matching the user's language. */
export const label = (en: string, tr: string) => ({ en, tr })
