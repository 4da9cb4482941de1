#!/usr/bin/env bash
# A self-signed certificate for each hostname, laid out as certbot does:
#   deploy/nginx/self-signed-tls.sh DIR HOSTNAME...   -> DIR/<hostname>/{fullchain,privkey}.pem
# For trying docker-compose on one machine and for the tests through nginx; browsers warn about
# it. A real deployment uses certificates from a certificate authority (README).
set -euo pipefail
dir=${1:?usage: self-signed-tls.sh DIR HOSTNAME...}
shift
for host in "$@"; do
  mkdir -p "$dir/$host"
  if [[ $host =~ ^[0-9.]+$ ]]; then san="IP:$host"; else san="DNS:$host"; fi
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 -subj "/CN=$host" \
    -addext "subjectAltName=$san" -keyout "$dir/$host/privkey.pem" -out "$dir/$host/fullchain.pem" 2>/dev/null
done
