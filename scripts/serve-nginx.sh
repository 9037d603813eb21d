#!/usr/bin/env bash
# Serves dist/ with the real deploy config (deploy/nginx.conf) on a given port, in the foreground, for the
# browser tests. Needs Debian's nginx (.ci/run installs it).
set -euo pipefail
port="${1:-4174}"
here="$(cd "$(dirname "$0")/.." && pwd)"
run="$(mktemp -d)"
cp "$here/deploy/security-headers.conf" "$run/"
sed -e "s|listen 8080;|listen 127.0.0.1:$port;|" -e "s|root /srv/sango;|root $here/dist;|" "$here/deploy/nginx.conf" > "$run/sango.conf"
cat > "$run/nginx.conf" <<CONF
worker_processes 1;
error_log $run/error.log;
pid $run/nginx.pid;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $run/body; proxy_temp_path $run/proxy; fastcgi_temp_path $run/fastcgi;
    uwsgi_temp_path $run/uwsgi; scgi_temp_path $run/scgi;
    include $run/sango.conf;
}
CONF
exec nginx -p "$run" -c "$run/nginx.conf" -g 'daemon off;'
