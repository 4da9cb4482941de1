import type { PayloadRequest } from 'payload'

/**
 * Runs `task` once the request's database transaction has ended. Payload calls afterChange
 * (and afterLogin) hooks before it commits (Payload issue 5886): revalidating from inside the
 * hook would let the web app re-read, and re-cache, the old content, and a write of our own
 * outside the transaction would wait for a lock the open transaction holds. Payload removes `req.transactionID`
 * when it commits or rolls back; `stillThere` then tells whether the write really landed.
 */
export function afterCommit(req: PayloadRequest, stillThere: () => Promise<boolean>, task: () => Promise<unknown>, what = 'Revalidation'): void {
  const startedAt = Date.now()
  const wait = async () => {
    // Without a transaction (the SQLite default here) Payload leaves a promise of "no id":
    // every write has already landed.
    const pending = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
    if (pending) {
      while (req.transactionID && Date.now() - startedAt < 30_000) {
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
    }
    if (await stillThere()) await task()
  }
  void wait().catch((error: unknown) => {
    req.payload.logger.warn(`${what} after commit failed: ${error instanceof Error ? error.name : 'error'}`)
  })
}
