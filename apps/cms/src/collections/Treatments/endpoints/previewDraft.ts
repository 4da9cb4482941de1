import type { Endpoint, PayloadRequest } from 'payload'

import { verifyPreviewToken } from '@klinik/signing/previewToken'

import type { WebSettings } from '../../../revalidation/sendRevalidation'

/**
 * GET /api/treatments/preview?token=… — the latest draft of one treatment in one language,
 * for the web app's preview. The token (signed by the admin's preview button, valid for
 * minutes, one document) is the only key: it reads drafts and nothing else.
 */
export const previewDraft: Endpoint = {
  path: '/preview',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const secret = (req.payload.config.custom as { web?: WebSettings }).web?.previewSecret
    const claims = verifyPreviewToken(req.searchParams.get('token'), secret ?? '')
    if (!secret || claims?.purpose !== 'preview' || claims.collection !== 'treatments') {
      return Response.json({ error: 'invalid or expired preview token' }, { status: 401, headers: { 'Cache-Control': 'no-store' } })
    }
    const found = await req.payload.find({
      collection: 'treatments',
      where: { id: { equals: claims.id } },
      draft: true,
      locale: claims.locale,
      fallbackLocale: false,
      depth: 2,
      limit: 1,
      overrideAccess: true,
    })
    const doc = found.docs[0]
    if (!doc) return Response.json({ error: 'not found' }, { status: 404, headers: { 'Cache-Control': 'no-store' } })
    return Response.json(doc, { headers: { 'Cache-Control': 'no-store' } })
  },
}
