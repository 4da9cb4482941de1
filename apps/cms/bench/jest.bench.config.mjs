/** `npm run bench`: the same setup as the tests, over bench/*.bench.ts, one at a time. */
import base from '../jest.config.mjs'

const config = { ...base, rootDir: '..', testMatch: ['<rootDir>/bench/**/*.bench.ts'], testTimeout: 600_000 }

export default config
