#!/bin/sh
# Run by the nginx image's entrypoint (/docker-entrypoint.d/) before nginx starts, and by the edge tests.
# nginx's workers run as an unprivileged user; if they cannot read the web app or the media, every page fails with
# a 403, which the host check turns into "421 This address is not served here" and which points nowhere near the
# cause. Say what is wrong instead, and refuse to start.
#   WG_WEB_ROOT, WG_MEDIA_ROOT, WG_CONF_DIR   as in the template
#   NGINX_WORKER_USER                         default: the `user` of /etc/nginx/nginx.conf, else nginx
set -eu

user="${NGINX_WORKER_USER:-$(sed -n 's/^[[:space:]]*user[[:space:]]\{1,\}\([^[:space:];]*\).*/\1/p' /etc/nginx/nginx.conf 2>/dev/null | head -n 1)}"
user="${user:-nginx}"

# As the worker user when we are root (the usual case); as ourselves otherwise, since the workers then run as us.
# Options before the user name and one command string: the form both busybox's su (the image) and util-linux's take.
as_worker() {
    if [ "$(id -u)" != 0 ]; then test "$@"; return; fi
    command="test"
    for arg in "$@"; do command="$command '$(printf '%s' "$arg" | sed "s/'/'\\\\''/g")'"; done
    su -s /bin/sh -c "$command" "$user"
}

failed=0
check() {
    kind="$1" path="$2"
    if [ "$kind" = dir ]; then as_worker -r "$path" -a -x "$path" && return 0; else as_worker -r "$path" && return 0; fi
    closed=""
    dir="$path"
    while [ "$dir" != / ] && [ -n "$dir" ]; do
        dir=$(dirname "$dir")
        # Walking up, the last one it cannot enter is the one that closes the way (those below look closed too).
        if [ -e "$dir" ] && ! as_worker -x "$dir"; then closed="$dir (mode $(stat -c %a "$dir"))"; fi
    done
    if [ -n "$closed" ]; then
        echo "whispergifts: nginx's worker user ($user) cannot read $path: it may not enter $closed." >&2
    else
        echo "whispergifts: nginx's worker user ($user) cannot read $path: it is missing or not readable." >&2
    fi
    echo "whispergifts: make them readable by others (chmod o+rx), or mount the files elsewhere; mktemp -d makes directories mode 0700." >&2
    failed=1
}

check file "${WG_WEB_ROOT:?WG_WEB_ROOT is not set}/index.html"
check dir "${WG_MEDIA_ROOT:?WG_MEDIA_ROOT is not set}"
if [ -n "${WG_CONF_DIR:-}" ]; then check file "$WG_CONF_DIR/errors/50x.html"; fi
exit "$failed"
