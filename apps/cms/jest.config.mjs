/**
 * CMS tests run Jest in native ESM mode (Payload is ESM-only); @swc/jest strips types and
 * keeps `import`. Each test file gets its own module registry, so its own Payload and its
 * own throwaway SQLite database (tests/helpers/testPayload.ts).
 */
const config = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/src/payload.config.ts',
  },
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
  testTimeout: 120_000,
}

export default config
