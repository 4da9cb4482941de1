import '@testing-library/jest-dom/jest-globals'

// Unit tests run as the local deployment unless a test says otherwise (lib/env.test.ts).
process.env.KLINIK_DEPLOYMENT ??= 'local'
