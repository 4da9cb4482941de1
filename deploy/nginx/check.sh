#!/usr/bin/env bash
# Checks the nginx configuration as the nginx image renders it (hostnames filled in), with
# Debian's nginx: `nginx -t` on a throwaway prefix. The apps' compose service names are
# replaced by loopback, because `nginx -t` resolves upstream hosts and there is no compose
# network here. Run by CI.
set -euo pipefail
cd "$(dirname "$0")"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sed -e 's/${SITE_HOSTNAME}/klinik.example/g' -e 's/${ADMIN_HOSTNAME}/yonetim.klinik.example/g' \
    -e 's#http://web:#http://127.0.0.1:#g' -e 's#http://cms:#http://127.0.0.1:#g' \
    templates/klinik.conf.template > "$dir/klinik.conf"
if grep -n '\${' "$dir/klinik.conf"; then echo "a template variable is left unfilled" >&2; exit 1; fi
cat > "$dir/nginx.conf" <<CONF
pid $dir/nginx.pid;
error_log stderr;
events {}
http {
    access_log off;
    include $dir/klinik.conf;
}
CONF
nginx -t -q -p "$dir" -c "$dir/nginx.conf"
echo "nginx configuration is valid"
