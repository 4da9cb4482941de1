/**
 * How the two apps are deployed. One explicit setting, read by both apps' environment
 * validation, decides the rules that differ (README, "Deployment"):
 * - `local`: `npm start` / `npm run dev` on one machine, apps reached directly on their ports,
 *   generated secrets and demo accounts allowed;
 * - `proxied`: behind the reverse proxy (docker-compose), secrets set by the operator, no demo
 *   accounts, client addresses only from the header the proxy overwrites.
 */
export const deployments = ['local', 'proxied'] as const

export type Deployment = (typeof deployments)[number]

export const deploymentVariable = 'KLINIK_DEPLOYMENT'

export const deploymentProblem = 'is missing or unknown: set local (npm start, npm run dev) or proxied (behind the reverse proxy, docker-compose)'

/**
 * Exit code of an app that stopped on purpose because its configuration cannot work (a shared
 * secret the other app refuses). The process runner (ecosystem.config.cjs) does not restart it.
 */
export const configurationExitCode = 78
