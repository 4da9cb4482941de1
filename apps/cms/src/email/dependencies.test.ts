/**
 * The versions the CMS runs on: one Payload version for every Payload package (they share
 * internals), and a mailer past its published advisories.
 */
import { describe, expect, it } from '@jest/globals'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { appDir } from '../env'

const require = createRequire(import.meta.url)
const manifest = JSON.parse(readFileSync(path.join(appDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }

describe('dependencies', () => {
  it('pin every Payload package to one exact version', () => {
    const payloadPackages = Object.entries(manifest.dependencies).filter(([name]) => name === 'payload' || name.startsWith('@payloadcms/'))
    expect(payloadPackages.length).toBeGreaterThan(3)
    const versions = new Set(payloadPackages.map(([, version]) => version))
    expect([...versions]).toHaveLength(1)
    expect([...versions][0]).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('run nodemailer from a major with no published advisories (7.0.6 had three, fixed in 7.0.7, 7.0.11 and 9.1)', () => {
    const installed = (require('nodemailer/package.json') as { version: string }).version
    expect(Number(installed.split('.')[0])).toBeGreaterThanOrEqual(10)
    expect(manifest.dependencies.nodemailer).toBe(installed)
  })
})
