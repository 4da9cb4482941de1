import { describe, expect, it } from '@jest/globals'
import path from 'node:path'

import { EnvError, chooseDatabase, defaultSqliteFile, readEnv } from '../src/env'

const secret = 'x'.repeat(40)

describe('readEnv', () => {
  it('stops with a message naming PAYLOAD_SECRET when it is missing', () => {
    expect(() => readEnv({})).toThrow(EnvError)
    expect(() => readEnv({})).toThrow(/PAYLOAD_SECRET is missing/)
  })

  it('refuses a short secret', () => {
    expect(() => readEnv({ PAYLOAD_SECRET: 'short' })).toThrow(/PAYLOAD_SECRET must be at least 32 characters/)
  })

  it('names CMS_PUBLIC_URL when it is not a URL', () => {
    expect(() => readEnv({ PAYLOAD_SECRET: secret, CMS_PUBLIC_URL: 'cms' })).toThrow(/CMS_PUBLIC_URL/)
  })

  it('defaults to the embedded SQLite file and plain-HTTP cookies locally', () => {
    const env = readEnv({ PAYLOAD_SECRET: secret })
    expect(env.database).toEqual({ kind: 'sqlite', file: defaultSqliteFile })
    expect(env.publicUrl).toBe('http://localhost:3001')
    expect(env.secureCookies).toBe(false)
  })

  it('treats empty values as unset, as docker-compose passes them', () => {
    const env = readEnv({ PAYLOAD_SECRET: secret, STAFF_NOTIFY_EMAIL: '', SMTP_HOST: '', DATABASE_URI: '', SMTP_PORT: '' })
    expect(env.smtp).toMatchObject({ host: undefined, port: 587, staffNotify: undefined })
    expect(env.database.kind).toBe('sqlite')
  })

  it('names STAFF_NOTIFY_EMAIL when it is not an address', () => {
    expect(() => readEnv({ PAYLOAD_SECRET: secret, STAFF_NOTIFY_EMAIL: 'desk' })).toThrow(/STAFF_NOTIFY_EMAIL must be an email address/)
  })

  it('turns secure cookies on for an https public URL unless told otherwise', () => {
    expect(readEnv({ PAYLOAD_SECRET: secret, CMS_PUBLIC_URL: 'https://cms.example.com/' }).secureCookies).toBe(true)
    expect(readEnv({ PAYLOAD_SECRET: secret, CMS_PUBLIC_URL: 'https://cms.example.com', COOKIE_SECURE: 'false' }).secureCookies).toBe(false)
  })
})

describe('chooseDatabase', () => {
  it('picks MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(chooseDatabase('mongodb://mongo:27017/klinik?replicaSet=rs0')).toEqual({ kind: 'mongodb', url: 'mongodb://mongo:27017/klinik?replicaSet=rs0' })
    expect(chooseDatabase('mongodb+srv://user:pw@cluster.example.net/klinik').kind).toBe('mongodb')
  })

  it('picks SQLite for file: URIs, relative to the CMS app', () => {
    const choice = chooseDatabase('file:./data/other.db')
    expect(choice).toEqual({ kind: 'sqlite', file: path.join(path.dirname(defaultSqliteFile), 'other.db') })
  })

  it('refuses anything else, naming DATABASE_URI', () => {
    expect(() => chooseDatabase('postgres://localhost/klinik')).toThrow(/DATABASE_URI must start with/)
    expect(() => chooseDatabase('file:')).toThrow(/DATABASE_URI/)
  })
})
