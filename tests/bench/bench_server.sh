#!/usr/bin/env bash
# API benchmarks of `sluice --server`, each next to nginx 1.22 measured in the same run (a
# private nginx on 127.0.0.1: worker_processes 1, sendfile on, a WebDAV PUT location and a
# static root). Prints medians of --runs runs (default 3) and ratios; never pass/fail.
#   1. upload: a 1 GiB sales CSV (or its first --upload-mib MiB) as tus PATCHes of 32 MiB (one
#      curl process, one request per chunk via --next, "Expect:" off) vs one WebDAV PUT of the
#      same file to nginx, timed alone and with a `sync --data` of the stored file after it: Sluice
#      makes every PATCH durable before answering (fdatasync), nginx makes nothing durable. The
#      server is started afresh for every run, so its peak RSS (VmHWM, read as the last PATCH is
#      answered) is that run's own. Only the PATCHes are timed; the import the completed upload
#      starts is stopped with the server, except after the last run, where it is waited for.
#   2. download: a CSV export of that imported dataset (about 1 GiB) from
#      /api/v1/tasks/{id}/result vs nginx serving the same file (a hard link); a Range check
#      (bytes=1000-, 206 and the right bytes); a client limited to 20 MB/s for 5 s, with the
#      server's VmRSS sampled each second (the pump must keep it flat).
#   3. /api/v1/health, keep-alive, 50 connections: wrk -t1 -c50 -d5s vs nginx serving a JSON
#      file with the same body.
#   4. events: bench_events (500 WebSocket clients) while a ~100 MB sales file is uploaded and
#      imported, subscribed to "datasets" only, then to "datasets" + "dataset:<id>" (which also
#      carries the dataset.profile snapshots): delivery latency p50/p99 and the server's RSS.
# Usage: tests/bench/bench_server.sh [--runs N] [--clients N] [--dir DIR] [--upload-mib N]
#                                    [--only health,upload,download,events]
# Environment: BUILD_DIR (default build/), SLUICE_BENCH_DIR (data files, default /tmp/sluice-bench),
# BENCH_EVENTS (path of bench_events, default $BUILD_DIR/tests/bench/bench_events).
# Everything listens on 127.0.0.1 only; everything started here is stopped on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"
RUNS=3
CLIENTS=500
DATA_DIR="${SLUICE_BENCH_DIR:-/tmp/sluice-bench}"
ONLY="health,upload,download,events"
UPLOAD_MIB=""
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS="$2"; shift 2 ;;
        --clients) CLIENTS="$2"; shift 2 ;;
        --dir) DATA_DIR="$2"; shift 2 ;;
        --only) ONLY="$2"; shift 2 ;;
        --upload-mib) UPLOAD_MIB="$2"; shift 2 ;;
        -h|--help) sed -n '2,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench_server: unknown argument $1" >&2; exit 2 ;;
    esac
done
[[ "$RUNS" =~ ^[1-9][0-9]?$ ]] || { echo "bench_server: --runs takes 1..99" >&2; exit 2; }
[[ "$CLIENTS" =~ ^[1-9][0-9]{0,3}$ ]] || { echo "bench_server: --clients takes 1..9999" >&2; exit 2; }
[[ -z "$UPLOAD_MIB" || "$UPLOAD_MIB" =~ ^[1-9][0-9]{0,3}$ ]] || { echo "bench_server: --upload-mib takes 1..1024" >&2; exit 2; }
wants() { [[ ",$ONLY," == *",$1,"* ]]; }

SLUICE="$BUILD_DIR/app/sluice"
DATAGEN="$BUILD_DIR/tests/datagen/sluice-datagen"
BENCH_EVENTS="${BENCH_EVENTS:-$BUILD_DIR/tests/bench/bench_events}"
for tool in "$SLUICE" "$DATAGEN"; do
    [ -x "$tool" ] || { echo "bench_server: $tool is missing: build first (scripts/bench.sh builds)" >&2; exit 1; }
done

# --- packages: only the missing ones, like scripts/setup.sh -----------------------------------
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
if ! command -v nginx >/dev/null 2>&1 && ! installed nginx-light && ! installed nginx; then
    if apt-cache show nginx-light >/dev/null 2>&1; then missing+=(nginx-light); else missing+=(nginx); fi
fi
for pkg in wrk curl jq; do installed "$pkg" || missing+=("$pkg"); done
if [ ${#missing[@]} -gt 0 ]; then
    echo "bench_server: installing missing packages: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    # policy-rc.d-less systems would start the packaged nginx on port 80; it is not ours to stop.
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

# --- clean-up: everything started here, by pid ---------------------------------------------------
TMP="$(mktemp -d /tmp/sluice-bench-server.XXXXXX)"
NGINX_PID=""
SLUICE_PID=""
SAMPLER_PID=""
cleanup()
{
    [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
    if [ -n "$SLUICE_PID" ] && kill -0 "$SLUICE_PID" 2>/dev/null; then
        kill -TERM "$SLUICE_PID" 2>/dev/null || true
        for _ in $(seq 100); do kill -0 "$SLUICE_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$SLUICE_PID" 2>/dev/null || true
    fi
    if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -QUIT "$NGINX_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$NGINX_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- small helpers --------------------------------------------------------------------------------
now() { date +%s.%N; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
kib() { awk -v f="$2" '$1 == f ":" { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }
mib() { calc "$1 / 1024" 1; }
free_port()
{
    local port
    for _ in $(seq 50); do
        port=$(( 20000 + RANDOM % 20000 ))
        [ -z "$(ss -Htln "sport = :$port" 2>/dev/null)" ] && { echo "$port"; return 0; }
    done
    return 1
}

start_sluice() # $1: data directory; sets SLUICE_PID, URL, TOKEN, AUTH
{
    local dir="$1" line=""
    mkdir -p "$dir"
    "$SLUICE" --server --port 0 --data-dir "$dir" >"$dir.out" 2>"$dir.log" &
    SLUICE_PID=$!
    for _ in $(seq 200); do
        line="$(head -n 1 "$dir.out" 2>/dev/null || true)"
        [ -n "$line" ] && break
        kill -0 "$SLUICE_PID" 2>/dev/null || break
        sleep 0.05
    done
    URL="$(sed -n 's/^Sluice .* serving \(http:\/\/127\.0\.0\.1:[0-9]*\);.*/\1/p' <<<"$line")"
    [ -n "$URL" ] || { echo "bench_server: sluice did not start: $line $(tail -3 "$dir.log")" >&2; exit 1; }
    TOKEN="$(cat "$dir/token")"
    AUTH="Authorization: Bearer $TOKEN"
}

stop_sluice()
{
    [ -n "$SLUICE_PID" ] || return 0
    kill -TERM "$SLUICE_PID" 2>/dev/null || true
    for _ in $(seq 300); do kill -0 "$SLUICE_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SLUICE_PID" 2>/dev/null || true
    wait "$SLUICE_PID" 2>/dev/null || true
    SLUICE_PID=""
}

api() { curl -sf --max-time 30 -H "$AUTH" "$@"; } # JSON API calls

# --- data files (generated once, reused) ------------------------------------------------------------
mkdir -p "$DATA_DIR"
BIG="$DATA_DIR/server-sales-1G.csv"
SMALL="$DATA_DIR/server-sales-100M.csv"
if wants upload || wants download; then
    [ -s "$BIG" ] || { echo "generating $BIG" >&2; "$DATAGEN" sales --bytes 1G -o "$BIG.part" && mv "$BIG.part" "$BIG"; }
fi
if wants events; then
    [ -s "$SMALL" ] || { echo "generating $SMALL" >&2; "$DATAGEN" sales --bytes 100M -o "$SMALL.part" && mv "$SMALL.part" "$SMALL"; }
fi
CHUNK=$((32 * 1024 * 1024))

# --- nginx, private ---------------------------------------------------------------------------------
NPORT="$(free_port)"
mkdir -p "$TMP/www" "$TMP/dav" "$TMP/nginx-body" "$TMP/nginx-dav-body" "$TMP/nginx-temp"
chmod 755 "$TMP"
user_line=""
[ "$(id -u)" -eq 0 ] && user_line="user root;"
cat >"$TMP/nginx.conf" <<EOF
$user_line
worker_processes 1;
daemon off;
pid $TMP/nginx.pid;
error_log $TMP/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    keepalive_requests 1000000;
    default_type application/octet-stream;
    types { application/json json; }
    client_body_temp_path $TMP/nginx-body;
    proxy_temp_path $TMP/nginx-temp;
    server {
        listen 127.0.0.1:$NPORT;
        location /dav/ {
            root $TMP;
            dav_methods PUT;
            create_full_put_path on;
            client_max_body_size 0;
            client_body_temp_path $TMP/nginx-dav-body;
        }
        location / { root $TMP/www; }
    }
}
EOF
"$NGINX" -c "$TMP/nginx.conf" -p "$TMP" 2>"$TMP/nginx-start.log" &
NGINX_PID=$!
NURL="http://127.0.0.1:$NPORT"
echo '{}' >"$TMP/www/probe.json"
for _ in $(seq 100); do curl -sf -o /dev/null "$NURL/probe.json" && break; sleep 0.05; done
curl -sf -o /dev/null "$NURL/probe.json" || { echo "bench_server: nginx did not start: $(cat "$TMP/nginx-start.log" "$TMP/nginx-error.log" 2>/dev/null)" >&2; exit 1; }

echo "Sluice API benchmarks vs $("$NGINX" -v 2>&1 | sed 's/.*: //') (worker_processes 1, sendfile on), median of $RUNS runs, $(nproc) cores, loopback"

# --- 3. health, keep-alive ------------------------------------------------------------------------------
if wants health; then
    start_sluice "$TMP/health-data"
    curl -sf "$URL/api/v1/health" >"$TMP/www/small.json"
    wrk_rps() # $1: url; prints requests/s, or 0 when any response was not 2xx
    {
        local out
        out="$(wrk -t1 -c50 -d5s "$1" 2>&1)"
        if grep -q "Non-2xx" <<<"$out"; then echo 0; else awk '/^Requests\/sec:/ { print $2 }' <<<"$out"; fi
    }
    ours=(); theirs=(); ratios=()
    for _ in $(seq "$RUNS"); do
        a="$(wrk_rps "$URL/api/v1/health")"
        b="$(wrk_rps "$NURL/small.json")"
        ours+=("$a"); theirs+=("$b"); ratios+=("$(calc "$a / ($b + 1e-9)" 3)")
    done
    m_ours="$(echo "${ours[*]}" | median)"; m_theirs="$(echo "${theirs[*]}" | median)"
    echo
    echo "/api/v1/health, keep-alive, wrk -t1 -c50 -d5s (requests/s; ratio = median of per-pair sluice/nginx)"
    printf "  %-40s %9.0f req/s   RSS %s MiB\n" "sluice GET /api/v1/health" "$m_ours" "$(mib "$(kib "$SLUICE_PID" VmHWM)")"
    printf "  %-40s %9.0f req/s\n" "nginx static $(stat -c %s "$TMP/www/small.json")-byte JSON file" "$m_theirs"
    printf "  %-40s %9sx nginx's rate (runs: %s vs %s)\n" "" "$(echo "${ratios[*]}" | median)" "${ours[*]}" "${theirs[*]}"
    stop_sluice
fi

# --- 1. upload ---------------------------------------------------------------------------------------------
tus_upload() # $1: file; uses URL/AUTH; prints "seconds status-list"; leaves the upload complete
{
    local file="$1" size loc args=() offset=0 length t0 t1 codes
    size="$(stat -c %s "$file")"
    loc="$(curl -si --max-time 30 -X POST -H "$AUTH" -H "Tus-Resumable: 1.0.0" -H "Upload-Length: $size" \
        -H "Upload-Metadata: filename $(printf %s "$(basename "$file")" | base64 -w0),kind $(printf dataset | base64 -w0)" \
        "$URL/files" | tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')"
    [ -n "$loc" ] || { echo "bench_server: POST /files gave no Location" >&2; return 1; }
    while [ "$offset" -lt "$size" ]; do
        length=$(( size - offset < CHUNK ? size - offset : CHUNK ))
        [ ${#args[@]} -gt 0 ] && args+=(--next)
        args+=(-s -o /dev/null -w '%{http_code} ' --max-time 120 -X PATCH -H "Expect:" -H "$AUTH"
            -H "Tus-Resumable: 1.0.0" -H "Upload-Offset: $offset" -H "Content-Type: application/offset+octet-stream"
            -T "$TMP/chunks/c$(printf %04d $(( offset / CHUNK )))" "$URL$loc")
        offset=$(( offset + length ))
    done
    t0="$(now)"
    codes="$(curl "${args[@]}")"
    t1="$(now)"
    echo "$(calc "$t1 - $t0" 3) $(tr ' ' '\n' | grep -v '^$' | sort | uniq -c | awk '{ printf "%sx%s ", $1, $2 }' <<<"$codes")"
}

IMPORTED_DIR=""
if wants upload || wants download; then
    UPLOAD_FILE="$BIG"
    if [ -n "$UPLOAD_MIB" ]; then
        UPLOAD_FILE="$TMP/upload-$UPLOAD_MIB-MiB.csv"
        head -c "$(( UPLOAD_MIB * 1024 * 1024 ))" "$BIG" >"$UPLOAD_FILE"
    fi
    mkdir -p "$TMP/chunks"
    split -b "$CHUNK" -a 4 -d "$UPLOAD_FILE" "$TMP/chunks/c"
    BIG_SIZE="$(stat -c %s "$UPLOAD_FILE")"
    ours=(); theirs=(); durable=(); ratios=(); durable_ratios=(); hwms=(); idles=(); upcpu=()
    for run in $(seq "$RUNS"); do
        # nginx first, so the import the upload starts cannot disturb it; its file is synced (and
        # that timed apart), so its write-back does not fall into Sluice's upload either
        t0="$(now)"
        code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 120 -H "Expect:" -T "$UPLOAD_FILE" "$NURL/dav/upload.csv")"
        t1="$(now)"
        sync --data "$TMP/dav/upload.csv" 2>/dev/null || sync
        t2="$(now)"
        [ "$code" = 201 ] || [ "$code" = 204 ] || echo "  (nginx PUT answered $code)"
        rm -f "$TMP/dav/upload.csv"
        theirs+=("$(calc "$t1 - $t0" 3)")
        durable+=("$(calc "$t2 - $t0" 3)")

        dir="$TMP/upload-data-$run"
        start_sluice "$dir"
        idles+=("$(kib "$SLUICE_PID" VmRSS)")
        before="$(awk '{ print $14 + $15 }' "/proc/$SLUICE_PID/stat")"
        read -r secs codes <<<"$(tus_upload "$UPLOAD_FILE")"
        hwms+=("$(kib "$SLUICE_PID" VmHWM)")
        after="$(awk '{ print $14 + $15 }' "/proc/$SLUICE_PID/stat")"
        upcpu+=("$(calc "($after - $before) / $(getconf CLK_TCK)" 2)")
        [[ "$codes" =~ ^[0-9]+x204\ *$ ]] || echo "  (run $run: PATCH answers $codes)"
        ours+=("$secs")
        ratios+=("$(calc "$secs / ${theirs[-1]}" 3)")
        durable_ratios+=("$(calc "$secs / ${durable[-1]}" 3)")
        if [ "$run" -lt "$RUNS" ] || ! wants download; then
            stop_sluice
            rm -rf "$dir"
        else
            IMPORTED_DIR="$dir"
        fi
    done
    rm -rf "$TMP/chunks"
    [ "$UPLOAD_FILE" = "$BIG" ] || rm -f "$UPLOAD_FILE"
    if wants upload; then
        m_ours="$(echo "${ours[*]}" | median)"; m_theirs="$(echo "${theirs[*]}" | median)"; m_durable="$(echo "${durable[*]}" | median)"
        echo
        echo "Upload of $BIG_SIZE bytes (sales CSV) over loopback (time, MB/s, server peak RSS; ratio = median of per-pair time ratios)"
        printf "  %-40s %7.2f s %6.0f MB/s   peak RSS %s MiB (VmHWM at the last 204; idle %s MiB; fresh server per run), server CPU %s s\n" \
            "sluice tus, $(( (BIG_SIZE + CHUNK - 1) / CHUNK )) PATCHes of 32 MiB" "$m_ours" \
            "$(calc "$BIG_SIZE / 1e6 / $m_ours" 0)" "$(mib "$(echo "${hwms[*]}" | median)")" "$(mib "$(echo "${idles[*]}" | median)")" \
            "$(echo "${upcpu[*]}" | median)"
        printf "  %-40s %7.2f s %6.0f MB/s\n" "nginx WebDAV PUT, one request" "$m_theirs" "$(calc "$BIG_SIZE / 1e6 / $m_theirs" 0)"
        printf "  %-40s %7sx nginx's time (runs: %s s vs %s s)\n" "" "$(echo "${ratios[*]}" | median)" "${ours[*]}" "${theirs[*]}"
        printf "  %-40s %7.2f s %6.0f MB/s\n" "nginx PUT, then sync --data of the file" "$m_durable" "$(calc "$BIG_SIZE / 1e6 / $m_durable" 0)"
        printf "  %-40s %7sx the durable nginx time (runs: %s s)\n" "" "$(echo "${durable_ratios[*]}" | median)" "${durable[*]}"
    fi
fi

# --- 2. download -------------------------------------------------------------------------------------------
if wants download && [ -n "$IMPORTED_DIR" ]; then
    echo
    t0="$(now)"
    dataset=""
    for _ in $(seq 900); do # at most ~30 min
        state="$(api "$URL/api/v1/datasets" | jq -r '[.datasets[] | .state] | join(",")' 2>/dev/null || true)"
        if [ "$state" = ready ]; then
            dataset="$(api "$URL/api/v1/datasets" | jq -r '.datasets[0].id')"
            break
        fi
        [[ "$state" == *failed* || "$state" == *canceled* ]] && break
        sleep 2
    done
    [ -n "$dataset" ] || { echo "bench_server: the 1 GiB import did not finish (state: $state)" >&2; exit 1; }
    echo "(the last run's import of the 1 GiB upload ended $(calc "$(now) - $t0" 0) s after its last PATCH; not a benchmark figure)"
    task="$(api -H "Content-Type: application/json" -d "{\"type\":\"export\",\"parameters\":{\"datasetId\":\"$dataset\",\"format\":\"csv\"}}" \
        "$URL/api/v1/tasks" | jq -r .id)"
    tstate=""
    for _ in $(seq 900); do
        tstate="$(api "$URL/api/v1/tasks/$task" | jq -r .state)"
        [[ "$tstate" == succeeded || "$tstate" == failed || "$tstate" == canceled ]] && break
        sleep 2
    done
    [ "$tstate" = succeeded ] || { echo "bench_server: the export task ended $tstate" >&2; exit 1; }
    RESULT="$URL/api/v1/tasks/$task/result"
    size="$(api "$URL/api/v1/tasks/$task" | jq -r .result.size)"
    # nginx serves the very same file: a hard link to the export in the data directory
    export_file="$(find "$IMPORTED_DIR" -type f -size "${size}c" -newer "$BIG" 2>/dev/null | head -n 1)"
    if [ -n "$export_file" ] && ln "$export_file" "$TMP/www/export.csv" 2>/dev/null; then
        served="the same file (hard link)"
    else
        cp "$BIG" "$TMP/www/export.csv"; served="the 1 GiB source CSV"
    fi
    nsize="$(stat -c %s "$TMP/www/export.csv")"
    download() { curl -s -o /dev/null --max-time 300 -w '%{http_code} %{size_download} %{time_total}' "$@"; }
    ours=(); theirs=(); ratios=(); cpu=()
    for _ in $(seq "$RUNS"); do
        before="$(awk '{ print $14 + $15 }' "/proc/$SLUICE_PID/stat")"
        read -r code bytes secs <<<"$(download -H "$AUTH" "$RESULT")"
        after="$(awk '{ print $14 + $15 }' "/proc/$SLUICE_PID/stat")"
        [ "$code" = 200 ] && [ "$bytes" = "$size" ] || echo "  (sluice download: $code, $bytes of $size bytes)"
        cpu+=("$(calc "($after - $before) / $(getconf CLK_TCK)" 2)")
        ours+=("$secs")
        read -r code bytes secs <<<"$(download "$NURL/export.csv")"
        [ "$code" = 200 ] || echo "  (nginx download: $code)"
        theirs+=("$secs"); ratios+=("$(calc "${ours[-1]} / $secs" 3)")
    done
    m_ours="$(echo "${ours[*]}" | median)"; m_theirs="$(echo "${theirs[*]}" | median)"
    echo "Download of a $size-byte CSV export, curl -o /dev/null (time, MB/s; ratio = median of per-pair time ratios)"
    printf "  %-40s %7.2f s %6.0f MB/s   server CPU %s s, VmHWM since start %s MiB (import included)\n" "sluice /api/v1/tasks/{id}/result" "$m_ours" \
        "$(calc "$size / 1e6 / $m_ours" 0)" "$(echo "${cpu[*]}" | median)" "$(mib "$(kib "$SLUICE_PID" VmHWM)")"
    printf "  %-40s %7.2f s %6.0f MB/s   (%s, %s bytes)\n" "nginx static file" "$m_theirs" "$(calc "$nsize / 1e6 / $m_theirs" 0)" "$served" "$nsize"
    printf "  %-40s %7sx nginx's time (runs: %s s vs %s s)\n" "" "$(echo "${ratios[*]}" | median)" "${ours[*]}" "${theirs[*]}"

    read -r code bytes _ <<<"$(curl -s -o "$TMP/range.bin" --max-time 300 -w '%{http_code} %{size_download} x' -H "$AUTH" -H "Range: bytes=1000-" "$RESULT")"
    same="bytes not compared"
    [ -f "$TMP/www/export.csv" ] && [ "$served" != "the 1 GiB source CSV" ] &&
        { cmp -s "$TMP/range.bin" <(tail -c +1001 "$TMP/www/export.csv") && same="bytes identical to the file's" || same="BYTES DIFFER"; }
    rm -f "$TMP/range.bin"
    printf "  %-40s %s, %s bytes (expected 206, %s), %s\n" "Range: bytes=1000-" "$code" "$bytes" "$(( size - 1000 ))" "$same"

    rss0="$(kib "$SLUICE_PID" VmRSS)"
    curl -s -o /dev/null --limit-rate 20M --max-time 6 -H "$AUTH" "$RESULT" &
    slow=$!
    samples=()
    for _ in 1 2 3 4 5; do sleep 1; samples+=("$(mib "$(kib "$SLUICE_PID" VmRSS)")"); done
    wait "$slow" 2>/dev/null || true # curl ends itself at --max-time (status 28)
    sleep 0.5
    printf "  %-40s VmRSS %s MiB before; %s MiB at 1..5 s; %s MiB after the client left\n" "client at 20 MB/s for ~6 s, then gone" \
        "$(mib "$rss0")" "$(IFS=/; echo "${samples[*]}")" "$(mib "$(kib "$SLUICE_PID" VmRSS)")"
    kill -0 "$SLUICE_PID" 2>/dev/null || echo "  (the server is gone after the aborted download)"
fi
stop_sluice
[ -n "$IMPORTED_DIR" ] && rm -rf "$IMPORTED_DIR"
rm -f "$TMP/www/export.csv"

# --- 4. events ------------------------------------------------------------------------------------------------
if wants events; then
    echo
    if [ ! -x "$BENCH_EVENTS" ]; then
        echo "Events: skipped, $BENCH_EVENTS is not built (set BENCH_EVENTS or build the bench_events target)"
    else
        ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
        small_lines=(); full_lines=()
        run_events() # extra arguments to bench_events; a fresh server per run; sets EV_OUT to its figures line
        {
            start_sluice "$TMP/events-data"
            EV_OUT="$("$BENCH_EVENTS" --url "$URL" --token "$TOKEN" --file "$SMALL" --clients "$CLIENTS" --pid "$SLUICE_PID" --timeout 300 "$@" || true)"
            [ -n "$EV_OUT" ] || EV_OUT="ok=0"
            [[ "$EV_OUT" == *ok=1* ]] || echo "  (bench_events $*: $EV_OUT)"
            stop_sluice
            rm -rf "$TMP/events-data" "$TMP/events-data.out" "$TMP/events-data.log"
        }
        for run in $(seq "$RUNS"); do
            run_events --datasets-only; small_lines+=("$EV_OUT")
            run_events; full_lines+=("$EV_OUT")
        done
        field() { local key="$1"; shift; for l in "$@"; do sed -n "s/.*\b$key=\([-0-9.]*\).*/\1/p" <<<"$l"; done | median; }
        echo "Event fan-out: $CLIENTS WebSocket clients while a $(stat -c %s "$SMALL")-byte sales CSV is uploaded (tus, 32 MiB) and imported; a fresh server per run"
        echo "  (latency = client receive time - the event's \"time\" stamp, same clock; includes the hub's coalescing to ~5/s per topic)"
        for mode in small full; do
            if [ "$mode" = small ]; then lines=("${small_lines[@]}"); what="\"datasets\" only"; else lines=("${full_lines[@]}"); what="\"datasets\" + \"dataset:<id>\""; fi
            printf "  %-40s all events p50 %s ms, p99 %s ms, max %s ms; dataset.progress p50 %s ms, p99 %s ms\n" "$what" \
                "$(field p50_ms "${lines[@]}")" "$(field p99_ms "${lines[@]}")" "$(field max_ms "${lines[@]}")" \
                "$(field progress_p50_ms "${lines[@]}")" "$(field progress_p99_ms "${lines[@]}")"
            printf "  %-40s %s messages (%s MB) received; %s dataset.profile of %s KB average; %s clients got dataset.ready, %s dropped by the server, %s failed to connect\n" "" \
                "$(field messages "${lines[@]}")" "$(field mbytes "${lines[@]}")" "$(field profiles "${lines[@]}")" \
                "$(calc "$(field profile_avg_bytes "${lines[@]}") / 1000" 0)" "$(field ready "${lines[@]}")" "$(field dropped "${lines[@]}")" "$(field failed "${lines[@]}")"
            printf "  %-40s server VmRSS %s MiB before, %s MiB with the clients, %s MiB peak during the import (sampled every 100 ms); connect+subscribe %s s, upload %s s\n" "" \
                "$(mib "$(field rss_before_kib "${lines[@]}")")" "$(mib "$(field rss_clients_kib "${lines[@]}")")" \
                "$(mib "$(field rss_peak_kib "${lines[@]}")")" "$(field connect_s "${lines[@]}")" "$(field upload_s "${lines[@]}")"
            printf "  %-40s CPU from the upload's start to the last dataset.ready: server %s s (import included), the %s clients' process %s s\n" "" \
                "$(field server_cpu_s "${lines[@]}")" "$CLIENTS" "$(field client_cpu_s "${lines[@]}")"
        done
        stop_sluice
    fi
fi
