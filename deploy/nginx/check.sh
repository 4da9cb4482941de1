#!/usr/bin/env bash
# Checks nginx's configuration as render.sh writes it, with Debian's nginx: `nginx -t` on a
# throwaway directory (self-signed certificates, loopback upstreams: `nginx -t` resolves
# upstream hosts, and there is no compose network here). Run by CI.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/state" "$dir/cache" "$dir/acme"
"$here/self-signed-tls.sh" "$dir/tls" klinik.example yonetim.klinik.example
SITE_HOSTNAME=klinik.example ADMIN_HOSTNAME=yonetim.klinik.example TLS_DIR="$dir/tls" ACME_WEBROOT="$dir/acme" \
  KLINIK_CACHE_DIR="$dir/cache" NGINX_STATE_DIR="$dir/state" NGINX_PID="$dir/nginx.pid" \
  NGINX_ERROR_LOG=stderr NGINX_ACCESS_LOG=/dev/null NGINX_USER="$(id -un)" "$here/render.sh" "$dir/conf"
nginx -t -q -e stderr -c "$dir/conf/nginx.conf"
echo "nginx configuration is valid"
