#!/usr/bin/env bash
# Two Lenkwerk nodes on one PostgreSQL database behind HAProxy (sticky sessions by cookie), and what that must prove:
# scheduled jobs run once, a change on node A is seen on node B, a stale save on B after a save on A is refused,
# and kill -9 of node A under load: B's users see no error, A's users sign in again on B and lose nothing saved.
# Prints PASS/FAIL lines and exits non-zero on any FAIL. Needs PostgreSQL on localhost:5432 (role lenkwerk/lenkwerk,
# a superuser reachable with `su postgres`), and the production jar (built here if missing: needs the network once).
#
#   scripts/two-nodes.sh            # uses target/lenkwerk-*.jar, builds it if there is none
#   KEEP=1 scripts/two-nodes.sh     # leaves the nodes and the proxy running at the end (ports below)
set -uo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-2[1-9]-* 2>/dev/null | head -1)}
JAVA="$JAVA_HOME/bin/java"
PROXY_PORT=${PROXY_PORT:-18480}
PORT_A=${PORT_A:-18481}
PORT_B=${PORT_B:-18482}
DB=${DB:-lenkwerk_twonodes}
WORK=target/two-nodes
FAILS=0
STARTED=$(date +%s)

pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; FAILS=$((FAILS + 1)); }
info() { echo "---- $*"; }

mkdir -p "$WORK"
rm -f "$WORK"/*.log "$WORK"/*.txt

# ---------------------------------------------------------------- prerequisites
if ! command -v haproxy >/dev/null && [ ! -x /usr/sbin/haproxy ]; then
    info "installing HAProxy from Debian"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
fi
HAPROXY=$(command -v haproxy || echo /usr/sbin/haproxy)

JAR=${JAR:-$(ls target/lenkwerk-*.jar 2>/dev/null | grep -v original | head -1)}
if [ -z "$JAR" ]; then
    info "building the production jar (./mvnw -Pproduction package, under the shared build lock)"
    flock /tmp/lenkwerk-build.lock ./mvnw -q -B -Pproduction -Dmaven.test.skip=true package || exit 1
    JAR=$(ls target/lenkwerk-*.jar | grep -v original | head -1)
fi
info "jar $JAR, $("$JAVA" -version 2>&1 | head -1)"

pg() { su postgres -c "psql -qtA -d $DB -c \"$1\""; }
info "fresh database $DB"
su postgres -c "dropdb --if-exists $DB" && su postgres -c "createdb -O lenkwerk $DB" || { echo "FAIL no database"; exit 1; }

# ---------------------------------------------------------------- nodes and proxy
PIDS=()
cleanup() {
    if [ -z "${KEEP:-}" ]; then
        for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
        for _ in $(seq 1 40); do   # a node still starting may take a while to stop; then it is killed
            alive=0; for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
            [ "$alive" = 0 ] && break; sleep 0.5
        done
        for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null; done
    fi
}
trap cleanup EXIT

start_node() { # name port
    # every scheduled job every 5 s, so "runs once" shows within seconds; the API's rate limit out of the way of the load
    "$JAVA" -Xmx400m -jar "$JAR" --server.port="$2" --spring.profiles.active=demo \
        --spring.datasource.url="jdbc:postgresql://localhost:5432/$DB" \
        --spring.datasource.username=lenkwerk --spring.datasource.password=lenkwerk \
        --lenkwerk.reminders.cron='*/5 * * * * *' --lenkwerk.digest.cron='*/5 * * * * *' \
        --lenkwerk.traffic-light.refresh-cron='*/5 * * * * *' \
        --lenkwerk.api.rate-limit.requests=1000000 \
        >"$WORK/node-$1.log" 2>&1 &
    echo $!
}
await_up() { # port name
    for _ in $(seq 1 600); do   # 5 minutes: a loaded 2-core machine can take that long
        if curl -fs -o /dev/null "http://127.0.0.1:$1/login"; then return 0; fi
        sleep 0.5
    done
    fail "node $2 did not come up (see $WORK/node-$2.log)"; exit 1
}

T0=$(date +%s.%N)
PID_A=$(start_node a "$PORT_A"); PIDS+=("$PID_A")
await_up "$PORT_A" a   # A first: it creates the schema and the demo data, B finds both there
T1=$(date +%s.%N)
PID_B=$(start_node b "$PORT_B"); PIDS+=("$PID_B")
await_up "$PORT_B" b
T2=$(date +%s.%N)
info "node A up after $(echo "$T1 - $T0" | bc | cut -c1-4) s (migrations + demo data), node B after $(echo "$T2 - $T1" | bc | cut -c1-4) s"

cat >"$WORK/haproxy.cfg" <<EOF
global
    log stdout format raw local0 notice
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout tunnel 1h
    retries 3
    option redispatch 1
    # a request in flight to a node that dies is tried on another node, unless it may already have changed data
    retry-on conn-failure empty-response response-timeout 502 503
frontend lenkwerk
    bind 127.0.0.1:$PROXY_PORT
    default_backend nodes
backend nodes
    balance roundrobin
    cookie LWNODE insert indirect nocache httponly
    http-request disable-l7-retry if !METH_GET !METH_HEAD
    option httpchk GET /login
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server a 127.0.0.1:$PORT_A check cookie a
    server b 127.0.0.1:$PORT_B check cookie b
EOF
sed -i '/backend_placeholder/d' "$WORK/haproxy.cfg"
"$HAPROXY" -c -f "$WORK/haproxy.cfg" >/dev/null || { echo "FAIL haproxy configuration"; exit 1; }
"$HAPROXY" -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
sleep 2.5   # two health checks
PROXY="http://127.0.0.1:$PROXY_PORT"

# ---------------------------------------------------------------- an API token for a demo owner of open actions
OWNER=$(pg "select u.username from user_account u join action a on a.owner_person_id = u.person_id
            where a.status not in ('DONE', 'DROPPED') group by u.username order by count(*) desc, u.username limit 1")
read -r ACTION ACTION_LOAD_A ACTION_LOAD_B < <(pg "select string_agg(id::text, ' ') from (select a.id from action a
    join user_account u on u.person_id = a.owner_person_id where u.username = '$OWNER'
    and a.status not in ('DONE', 'DROPPED') order by a.id limit 3) x")
info "API user $OWNER (owner of actions $ACTION $ACTION_LOAD_A $ACTION_LOAD_B)"
TOKEN=$(python3 -c "import secrets; print('lw_' + secrets.token_urlsafe(32))")   # the format Lenkwerk issues
HASH=$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1)
pg "insert into api_token (account_id, name, scope, token_hash, token_hint, created_at, expires_on)
    select id, 'two-nodes', 'READ_WRITE', '$HASH', '$(echo "$TOKEN" | cut -c1-11)', now(), current_date + 7
    from user_account where username = '$OWNER'" >/dev/null
api() { # method url [if-match] [json] -> body in $WORK/resp.txt, prints HTTP status
    local args=(-sS -o "$WORK/resp.txt" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $TOKEN"
                -H 'Accept-Language: de')
    [ -n "${3:-}" ] && args+=(-H "If-Match: \"$3\"")
    [ -n "${4:-}" ] && args+=(-H 'Content-Type: application/json' -d "$4")
    curl "${args[@]}" "$2"
}
json() { python3 -c "import json,sys; d=json.load(open('$WORK/resp.txt')); print($1)"; }

# ---------------------------------------------------------------- 1. scheduled jobs run once
# Each job is due every 5 s on both nodes. Without the lock (ShedLock) both nodes would run it at every due time;
# with it, each due time (a 5-second slot) has at most one run, on one node or the other.
# The locks are held for at least a minute (lockAtLeastFor), so watch longer than that: each job then runs again
# while both nodes are up, and a due time run on both would show.
info "scheduled jobs: each of them due every 5 s on both nodes, watched for 75 s more"
sleep 75
jobs_ok=1
for job in "Daily reminders:" "Weekly digest:" "Traffic lights of"; do
    runs_a=$(grep -c "$job" "$WORK/node-a.log"); runs_b=$(grep -c "$job" "$WORK/node-b.log")
    # the 5-second slot of each run while both nodes were up, and the slots run on both nodes
    both_up_from=$(grep -m1 "Started Application" "$WORK/node-b.log" | cut -c12-19)
    slots() { grep "$job" "$1" | cut -c12-19 | awk -v from="$both_up_from" '$1 >= from {
        split($1, t, ":"); s = t[1] * 3600 + t[2] * 60 + t[3]; print int(s / 5) }' | sort -u; }
    window=$(cat <(slots "$WORK/node-a.log") <(slots "$WORK/node-b.log") | wc -l)
    twice=$(comm -12 <(slots "$WORK/node-a.log") <(slots "$WORK/node-b.log") | wc -l)
    echo "     ${job%:}: runs on A $runs_a, on B $runs_b; since both were up $window run(s), $twice due time(s) run on both nodes"
    [ "$twice" = 0 ] && [ "$window" -ge 1 ] || jobs_ok=0
done
echo "     shedlock: $(pg "select string_agg(name || ' by ' || locked_by, '; ' order by name) from shedlock")"
if [ "$jobs_ok" = 1 ]; then
    pass "scheduled jobs run once: no due time of any job ran on both nodes"
else
    fail "a scheduled job ran on both nodes at the same due time, or never"
fi

# ---------------------------------------------------------------- 2. a change on A is seen on B
api GET "http://127.0.0.1:$PORT_A/api/v1/actions/$ACTION" >/dev/null
VERSION=$(json "d['version']"); STATUS=$(json "d['status']")
MARK="Stand von Knoten A $(date +%H:%M:%S)"
code=$(api POST "http://127.0.0.1:$PORT_A/api/v1/actions/$ACTION/progress-updates" "$VERSION" \
    "{\"text\":\"$MARK\",\"status\":\"$STATUS\",\"progress\":42}")
[ "$code" = 201 ] || fail "save on A answered $code: $(cat "$WORK/resp.txt")"
NEW_VERSION=$(json "d['version']")
api GET "http://127.0.0.1:$PORT_B/api/v1/actions/$ACTION" >/dev/null
seen_progress=$(json "d['progress']"); seen_version=$(json "d['version']")
api GET "http://127.0.0.1:$PORT_B/api/v1/actions/$ACTION/progress-updates" >/dev/null
if [ "$seen_progress" = 42 ] && [ "$seen_version" = "$NEW_VERSION" ] && grep -q "$MARK" "$WORK/resp.txt"; then
    pass "a change on node A (action $ACTION: version $VERSION -> $NEW_VERSION, progress 42, note \"$MARK\") is seen on node B at once"
else
    fail "node B sees progress $seen_progress version $seen_version after A saved version $NEW_VERSION"
fi

# ---------------------------------------------------------------- 3. a stale save on B is refused
code=$(api POST "http://127.0.0.1:$PORT_B/api/v1/actions/$ACTION/progress-updates" "$VERSION" \
    "{\"text\":\"veralteter Stand von Knoten B\",\"status\":\"$STATUS\",\"progress\":7}")
detail=$(json "d.get('detail') or d.get('title')" 2>/dev/null)
if [ "$code" = 412 ]; then
    pass "a stale save on node B (If-Match \"$VERSION\" after A saved \"$NEW_VERSION\") is refused: $code \"$detail\""
else
    fail "stale save on B answered $code: $(cat "$WORK/resp.txt")"
fi
api GET "http://127.0.0.1:$PORT_B/api/v1/actions/$ACTION" >/dev/null
[ "$(json "d['progress']")" = 42 ] || fail "the refused save changed the action"

# ---------------------------------------------------------------- 4. kill -9 of node A under load
login() { # cookie-jar -> prints the node that serves the session, empty if the sign-in failed
    rm -f "$1"
    curl -sS -c "$1" -b "$1" -o /dev/null "$PROXY/login"
    curl -sS -c "$1" -b "$1" -o /dev/null -w '%{redirect_url}' --data-urlencode username=admin \
        --data-urlencode password=lenkwerk-demo "$PROXY/login" >"$1.redirect"
    if grep -q "error" "$1.redirect"; then echo ""; return; fi
    awk '$6 == "LWNODE" {print $7}' "$1"
}
page() { # cookie-jar -> the start page's HTTP status and whether it is the app or the sign-in page: "200 app" / "200 login"
    local code url
    read -r code url < <(curl -sS -b "$1" -c "$1" -o "$1.page" -w '%{http_code} %{url_effective}\n' -L "$PROXY/")
    if [ "$code" = 200 ] && [[ "$url" == */login ]]; then   # not signed in (any more): sent to the sign-in page
        echo "$code login"
    else
        echo "$code app"
    fi
}
info "sessions through the proxy: sign-ins until there is one on each node"
for i in 1 2 3 4 5 6; do
    node=$(login "$WORK/user$i.jar")
    echo "     browser user $i signed in on node ${node:-?}: $(page "$WORK/user$i.jar")"
done
USER_A=$(for i in 1 2 3 4 5 6; do [ "$(awk '$6 == "LWNODE" {print $7}' "$WORK/user$i.jar")" = a ] && echo "$i" && break; done)
USER_B=$(for i in 1 2 3 4 5 6; do [ "$(awk '$6 == "LWNODE" {print $7}' "$WORK/user$i.jar")" = b ] && echo "$i" && break; done)
[ -n "$USER_A" ] && [ -n "$USER_B" ] && pass "sticky sessions: user $USER_A stays on node A, user $USER_B on node B (cookie LWNODE)" \
    || fail "no session on each node (A: ${USER_A:-none}, B: ${USER_B:-none})"

# the load: API writers pinned to each node by the cookie, and the two browser users reloading their page
load_writer() { # node-cookie tag action
    local n=0 ok=0 err=0 v code st
    : >"$WORK/saved-$2.txt"
    while [ ! -f "$WORK/stop" ]; do
        n=$((n + 1))
        code=$(curl -sS -o "$WORK/w-$2.txt" -w '%{http_code}' -b "LWNODE=$1" -H "Authorization: Bearer $TOKEN" \
            "$PROXY/api/v1/actions/$3")
        if [ "$code" = 200 ]; then
            read -r v st < <(python3 -c "import json; d=json.load(open('$WORK/w-$2.txt')); print(d['version'], d['status'])")
            code=$(curl -sS -o "$WORK/w-$2.txt" -w '%{http_code}' -b "LWNODE=$1" -H "Authorization: Bearer $TOKEN" \
                -H "If-Match: \"$v\"" -H 'Content-Type: application/json' -X POST \
                -d "{\"text\":\"Last $2 $n\",\"status\":\"$st\",\"progress\":50}" \
                "$PROXY/api/v1/actions/$3/progress-updates")
        fi
        case "$code" in
            201) ok=$((ok + 1)); echo "Last $2 $n" >>"$WORK/saved-$2.txt" ;;
            *) err=$((err + 1)); echo "$(date +%T.%N | cut -c1-12) $code" >>"$WORK/errors-$2.txt" ;;
        esac
    done
    echo "$n $ok $err" >"$WORK/count-$2.txt"
}
browser() { # user tag
    local n=0 err=0 logins=0 r
    while [ ! -f "$WORK/stop" ]; do
        n=$((n + 1)); r=$(page "$WORK/user$1.jar")
        echo "$(date +%T.%N | cut -c1-12) $r $(awk '$6 == "LWNODE" {print $7}' "$WORK/user$1.jar")" >>"$WORK/trace-$2.txt"
        case "$r" in
            "200 app") ;;
            "200 login") logins=$((logins + 1)); login "$WORK/user$1.jar" >/dev/null ;;  # signed out: sign in again
            *) err=$((err + 1)); echo "$(date +%T.%N | cut -c1-12) $r" >>"$WORK/errors-$2.txt" ;;
        esac
        sleep 0.2
    done
    echo "$n $logins $err $(awk '$6 == "LWNODE" {print $7}' "$WORK/user$1.jar")" >"$WORK/count-$2.txt"
}
rm -f "$WORK/stop" "$WORK"/errors-*.txt "$WORK"/trace-*.txt
load_writer a api-a "$ACTION_LOAD_A" & W1=$!
load_writer b api-b "$ACTION_LOAD_B" & W2=$!
browser "$USER_A" web-a & W3=$!
browser "$USER_B" web-b & W4=$!
sleep 8
info "kill -9 node A (pid $PID_A) under load"
kill -9 "$PID_A"
KILLED=$(date +%s)
sleep 12
touch "$WORK/stop"; wait $W1 $W2 $W3 $W4
read -r n_a ok_a err_a <"$WORK/count-api-a.txt"; read -r n_b ok_b err_b <"$WORK/count-api-b.txt"
read -r p_a l_a e_a node_a <"$WORK/count-web-a.txt"; read -r p_b l_b e_b node_b <"$WORK/count-web-b.txt"
echo "     API writer on A: $n_a rounds, $ok_a saved, $err_a errors; API writer on B: $n_b rounds, $ok_b saved, $err_b errors"
echo "     browser user on A: $p_a page loads, signed in again $l_a time(s), $e_a errors, now on node $node_a"
echo "     browser user on B: $p_b page loads, signed in again $l_b time(s), $e_b errors, now on node $node_b"
[ -f "$WORK/errors-api-b.txt" ] || [ -f "$WORK/errors-web-b.txt" ] \
    && fail "node B's users saw errors: $(cat "$WORK"/errors-api-b.txt "$WORK"/errors-web-b.txt 2>/dev/null | tr '\n' ' ')" \
    || pass "node B's users saw no error while node A was killed ($n_b API rounds, $p_b page loads, 0 errors)"
if [ "$node_a" = b ] && [ "$l_a" -ge 1 ] && [ "$e_a" = 0 ]; then
    pass "node A's browser user was sent to node B and signed in again there ($l_a sign-in, $e_a errors)"
else
    fail "node A's browser user: now on ${node_a:-?}, $l_a sign-ins, $e_a errors $(cat "$WORK/errors-web-a.txt" 2>/dev/null | tr '\n' ' ')"
fi
echo "     requests of A's users that failed during the switch: $(cat "$WORK"/errors-api-a.txt "$WORK"/errors-web-a.txt 2>/dev/null | wc -l)"
python3 - "$WORK" "http://127.0.0.1:$PORT_B" "$TOKEN" "$ACTION_LOAD_A" "$ACTION_LOAD_B" <<'EOF' >"$WORK/lost.txt"
import json, sys, urllib.request
work, base, token, actions = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
texts = set()
for action in actions:
    page = 0
    while True:
        request = urllib.request.Request(f"{base}/api/v1/actions/{action}/progress-updates?size=200&page={page}",
                                         headers={"Authorization": "Bearer " + token})
        items = json.load(urllib.request.urlopen(request))
        texts |= {i["text"] for i in items}
        if len(items) < 200:
            break
        page += 1
for tag in ("api-a", "api-b"):
    for line in open(f"{work}/saved-{tag}.txt"):
        if line.strip() and line.strip() not in texts:
            print(line.strip())
EOF
lost=$(wc -l <"$WORK/lost.txt")
if [ "$lost" = 0 ] && [ "$ok_a" -ge 1 ]; then
    pass "nothing saved was lost: all $((ok_a + ok_b)) acknowledged saves ($ok_a by A's user, $ok_b by B's) are there, read on node B"
else
    fail "$lost acknowledged saves are missing on B: $(head -5 "$WORK/lost.txt" | tr '\n' ' ')"
fi

echo "---- took $(( $(date +%s) - STARTED )) s; logs in $WORK"
if [ "$FAILS" = 0 ]; then echo "PASS two nodes"; exit 0; else echo "FAIL two nodes: $FAILS check(s) failed"; exit 1; fi
