/**
 * Next.js calls register() once when the server starts: a missing or wrong variable stops
 * `next start` right there, with its name, instead of the server answering 500 to everything.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { readEnv, EnvError } = await import('./env')
  try {
    readEnv()
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\n${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
}
