#!/usr/bin/env bash
# Walks the newcomer's path on N fresh clones of this repository's HEAD, one after another:
# `git clone`, `npm ci`, then the smoke test (start.spec.ts: `npm start`, secrets agree, a
# publish within 2 s, a booking through the form, SIGKILL of the CMS, stop). One line per run.
#   apps/web/e2e-start/fresh-clones.sh [runs=10]
# Needs ports 3000/3001 free and Debian's Chromium. A failed run's clone and log are kept.
set -euo pipefail
runs=${1:-10}
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
head=$(git -C "$repo" rev-parse HEAD)
work=$(mktemp -d /tmp/klinik-fresh-clones.XXXXXX)
echo "commit ${head:0:7}, $runs runs, logs in $work"
failed=0
for i in $(seq 1 "$runs"); do
  clone="$work/clone-$i"
  log="$work/run-$i.log"
  git clone -q "$repo" "$clone" && git -C "$clone" checkout -q "$head"
  began=$(date +%s)
  if (cd "$clone" && npm ci --no-audit --no-fund && cd apps/web && npx playwright test -c playwright.start.config.ts --reporter=line) >"$log" 2>&1; then
    result=passed
  else
    result=FAILED
    failed=$((failed + 1))
  fi
  agree=no
  if [ -f "$clone/apps/cms/.env" ] && [ -f "$clone/apps/web/.env" ]; then
    agree=yes
    for name in REVALIDATE_SECRET PREVIEW_SECRET INTAKE_SECRET; do
      [ "$(grep "^$name=" "$clone/apps/cms/.env")" = "$(grep "^$name=" "$clone/apps/web/.env")" ] || agree=no
    done
  fi
  publish=$(grep -o 'publish visible on the page after [0-9]* ms' "$log" | grep -o '[0-9]* ms' || echo '-')
  back=$(grep -o 'CMS answering again [0-9]* ms' "$log" | grep -o '[0-9]* ms' || echo '-')
  echo "run $i: $result in $(( $(date +%s) - began )) s; secrets agree: $agree; publish visible after $publish; CMS back after $back"
  [ "$result" = passed ] && rm -rf "$clone"
done
echo "$((runs - failed)) of $runs runs passed"
[ "$failed" -eq 0 ]
