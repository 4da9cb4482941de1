import { APIError } from 'payload'

/**
 * An APIError whose message reaches the client from the built CMS too. Payload's REST answer
 * keeps an error's message only when the error has a name, and the production bundle leaves
 * APIError an anonymous class (its name is ''): there a bare `new APIError(message, 429)` answers
 * "An unknown error occurred." The CMS's tests run the source, where the name is kept; the
 * browser tests through nginx (apps/web/e2e-nginx) run the build.
 */
export class PublicApiError extends APIError {
  constructor(message: string, status: number) {
    super(message, status, null, true)
    this.name = 'PublicApiError'
  }
}
