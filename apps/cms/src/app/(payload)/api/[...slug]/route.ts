/* Payload's REST route (from its template), with our query gate in front of every method. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { behindRestQueryGate } from '../../../../http/restQueryGate'

export const GET = behindRestQueryGate(REST_GET(config), config)
export const POST = behindRestQueryGate(REST_POST(config), config)
export const DELETE = behindRestQueryGate(REST_DELETE(config), config)
export const PATCH = behindRestQueryGate(REST_PATCH(config), config)
export const PUT = behindRestQueryGate(REST_PUT(config), config)
export const OPTIONS = REST_OPTIONS(config)
