#!/usr/bin/env bash
# Renders nginx's configuration for Klinik into a directory:
#   deploy/nginx/render.sh OUT_DIR      -> OUT_DIR/nginx.conf and OUT_DIR/klinik.conf
# then run `nginx -c OUT_DIR/nginx.conf`. Used by the proxy image (docker-compose), a Debian
# host without Docker (README, "Production deployment"), CI's check, the browser tests through
# nginx and the serving benchmark. Settings come from the environment:
#
#   SITE_HOSTNAME, ADMIN_HOSTNAME   required: the patient site's and the admin's hostnames
#   WEB_UPSTREAM, CMS_UPSTREAM      where the apps listen (127.0.0.1:3000, 127.0.0.1:3001)
#   HTTP_PORT, HTTPS_PORT           80, 443
#   TLS_DIR                         /etc/letsencrypt/live: TLS_DIR/<hostname>/{fullchain,privkey}.pem
#   ACME_WEBROOT                    /var/www/acme: certbot --webroot writes its challenges here
#   KLINIK_CACHE_DIR                /var/cache/nginx/klinik
#   KLINIK_ERROR_PAGES              this directory's errors/: nginx's own pages (429, 413, 503)
#   rate limits per client address, nginx's syntax (10r/s, 30r/m) and the burst let through at once:
#     SITE_PAGE_RATE 10r/s, SITE_PAGE_BURST 50      the site's pages (hashed assets are not counted)
#     SITE_POST_RATE 30r/m, SITE_POST_BURST 20      the site's POSTs (the booking form)
#     ADMIN_RATE 20r/s, ADMIN_BURST 200             the admin and API
#     SIGN_IN_RATE 10r/m, SIGN_IN_BURST 10          password, reset and second-factor steps
#   NGINX_USER www-data, NGINX_PID /run/nginx.pid, NGINX_STATE_DIR /var/lib/nginx,
#   NGINX_ERROR_LOG /var/log/nginx/error.log, NGINX_ACCESS_LOG /var/log/nginx/access.log
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: render.sh OUT_DIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)

: "${SITE_HOSTNAME:?set SITE_HOSTNAME (the patient site, e.g. klinik.example)}"
: "${ADMIN_HOSTNAME:?set ADMIN_HOSTNAME (the admin, e.g. yonetim.klinik.example)}"
if [ "$SITE_HOSTNAME" = "$ADMIN_HOSTNAME" ]; then echo "SITE_HOSTNAME and ADMIN_HOSTNAME must differ" >&2; exit 1; fi
export WEB_UPSTREAM=${WEB_UPSTREAM:-127.0.0.1:3000} CMS_UPSTREAM=${CMS_UPSTREAM:-127.0.0.1:3001}
export HTTP_PORT=${HTTP_PORT:-80} HTTPS_PORT=${HTTPS_PORT:-443}
# The port as it appears in the site's address: nothing for 443.
if [ "$HTTPS_PORT" = 443 ]; then export HTTPS_PORT_SUFFIX=''; else export HTTPS_PORT_SUFFIX=":$HTTPS_PORT"; fi
export TLS_DIR=${TLS_DIR:-/etc/letsencrypt/live} ACME_WEBROOT=${ACME_WEBROOT:-/var/www/acme}
export KLINIK_CACHE_DIR=${KLINIK_CACHE_DIR:-/var/cache/nginx/klinik} KLINIK_ERROR_PAGES=${KLINIK_ERROR_PAGES:-$here/errors}
export SITE_PAGE_RATE=${SITE_PAGE_RATE:-10r/s} SITE_PAGE_BURST=${SITE_PAGE_BURST:-50}
export SITE_POST_RATE=${SITE_POST_RATE:-30r/m} SITE_POST_BURST=${SITE_POST_BURST:-20}
export ADMIN_RATE=${ADMIN_RATE:-20r/s} ADMIN_BURST=${ADMIN_BURST:-200}
export SIGN_IN_RATE=${SIGN_IN_RATE:-10r/m} SIGN_IN_BURST=${SIGN_IN_BURST:-10}
export NGINX_USER=${NGINX_USER:-www-data} NGINX_PID=${NGINX_PID:-/run/nginx.pid} NGINX_STATE_DIR=${NGINX_STATE_DIR:-/var/lib/nginx}
export NGINX_ERROR_LOG=${NGINX_ERROR_LOG:-/var/log/nginx/error.log} NGINX_ACCESS_LOG=${NGINX_ACCESS_LOG:-/var/log/nginx/access.log}
export NGINX_CONF_DIR=$out

# Only these names are replaced: nginx's own $variables stay as they are.
names='${SITE_HOSTNAME} ${ADMIN_HOSTNAME} ${WEB_UPSTREAM} ${CMS_UPSTREAM} ${HTTP_PORT} ${HTTPS_PORT} ${HTTPS_PORT_SUFFIX}
${TLS_DIR} ${ACME_WEBROOT} ${KLINIK_CACHE_DIR} ${KLINIK_ERROR_PAGES} ${SITE_PAGE_RATE} ${SITE_PAGE_BURST} ${SITE_POST_RATE}
${SITE_POST_BURST} ${ADMIN_RATE} ${ADMIN_BURST} ${SIGN_IN_RATE} ${SIGN_IN_BURST} ${NGINX_USER} ${NGINX_PID} ${NGINX_STATE_DIR}
${NGINX_ERROR_LOG} ${NGINX_ACCESS_LOG} ${NGINX_CONF_DIR}'
for file in nginx.conf klinik.conf; do
  envsubst "$names" < "$here/$file.template" > "$out/$file"
  # Any ${NAME} left (outside comments) is a setting this script does not know.
  if grep -v '^\s*#' "$out/$file" | grep -n '\${[A-Z_]*}'; then echo "render.sh: $file has a setting left unfilled" >&2; exit 1; fi
done
