#!/usr/bin/env bash
# Installs (when missing) and starts the real services the tests use, then exports the
# DF_TEST_* variables that point the tests at them. Sourced by ./test.sh; safe to source
# again: a service already answering is left alone.
#   PostgreSQL 15 (machine image)  127.0.0.1:5432   DF_TEST_POSTGRES
#   Azurite (npm)                  127.0.0.1:10000  DF_TEST_AZURITE
#   maildev SMTP capture (npm)     127.0.0.1:1025   DF_TEST_SMTP_PORT, API 1080 DF_TEST_MAILDEV
#   clamd (Debian)                 127.0.0.1:3310   DF_TEST_CLAMD
#   Chromium (Debian)              /usr/bin/chromium DF_TEST_CHROMIUM
#   PayFiP simulator (this repo)   127.0.0.1:5090   DF_TEST_PAYFIP

DF_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DF_STATE="$DF_ROOT/.test-services"
mkdir -p "$DF_STATE"

df_fail() { echo "test services: $*" >&2; return 1; }

df_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

df_wait_port() { # port name seconds
  for _ in $(seq 1 "$3"); do df_port_open "$1" && return 0; sleep 1; done
  df_fail "$2 did not start listening on 127.0.0.1:$1 (log in $DF_STATE)"
}

df_apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "test services: installing ${missing[*]} from Debian"
  if [ ! -f "$DF_STATE/apt-updated" ]; then apt-get update -qq && touch "$DF_STATE/apt-updated"; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >"$DF_STATE/apt.log" 2>&1 \
    || df_fail "apt-get install ${missing[*]} failed, see $DF_STATE/apt.log"
}

df_start_postgres() {
  if ! df_port_open 5432; then
    command -v pg_ctlcluster >/dev/null || df_apt_install postgresql || return 1
    local version; version=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1)
    [ -n "$version" ] || df_fail "no PostgreSQL cluster in /etc/postgresql" || return 1
    pg_ctlcluster "$version" main start || df_fail "pg_ctlcluster $version main start failed" || return 1
    df_wait_port 5432 PostgreSQL 30 || return 1
  fi
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='dossierfamille'\"" | grep -q 1 \
    || su postgres -c "psql -qc \"CREATE ROLE dossierfamille LOGIN SUPERUSER PASSWORD 'dossierfamille'\"" \
    || df_fail "could not create the PostgreSQL role dossierfamille" || return 1
  export DF_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=dossierfamille;Password=dossierfamille;Database=postgres"
}

df_npm_tools() {
  [ -x "$DF_ROOT/tools/node_modules/.bin/azurite-blob" ] && [ -x "$DF_ROOT/tools/node_modules/.bin/maildev" ] && return 0
  command -v npm >/dev/null || df_fail "npm is missing: install Node.js 20" || return 1
  (cd "$DF_ROOT/tools" && npm ci --no-audit --no-fund --loglevel=error) >"$DF_STATE/npm.log" 2>&1 \
    || df_fail "npm ci in tools/ failed, see $DF_STATE/npm.log"
}

df_start_azurite() {
  if ! df_port_open 10000; then
    df_npm_tools || return 1
    mkdir -p "$DF_STATE/azurite"
    nohup "$DF_ROOT/tools/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 --blobPort 10000 \
      --loose --skipApiVersionCheck --disableTelemetry --location "$DF_STATE/azurite" \
      >"$DF_STATE/azurite.log" 2>&1 &
    df_wait_port 10000 Azurite 60 || return 1
  fi
  export DF_TEST_AZURITE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
}

df_start_maildev() {
  if ! df_port_open 1025; then
    df_npm_tools || return 1
    nohup "$DF_ROOT/tools/node_modules/.bin/maildev" --ip 127.0.0.1 --web-ip 127.0.0.1 \
      --smtp 1025 --web 1080 >"$DF_STATE/maildev.log" 2>&1 &
    df_wait_port 1025 maildev 60 || return 1
    df_wait_port 1080 "maildev web API" 30 || return 1
  fi
  export DF_TEST_SMTP_HOST=127.0.0.1 DF_TEST_SMTP_PORT=1025 DF_TEST_MAILDEV=http://127.0.0.1:1080
}

df_start_clamd() {
  if ! df_port_open 3310; then
    df_apt_install clamav clamav-daemon || return 1
    local db="$DF_STATE/clamav"
    mkdir -p "$db"
    # No signature download offline: a local signature file that detects the EICAR test file.
    printf '%s' 'X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*' >"$db/eicar.com"
    (cd "$db" && sigtool --md5 eicar.com >local.hdb && rm eicar.com)
    cat >"$DF_STATE/clamd.conf" <<CONF
DatabaseDirectory $db
TCPSocket 3310
TCPAddr 127.0.0.1
Foreground yes
LogFile $DF_STATE/clamd.log
StreamMaxLength 64M
MaxFileSize 64M
MaxScanSize 128M
CONF
    nohup clamd --config-file="$DF_STATE/clamd.conf" >"$DF_STATE/clamd.out" 2>&1 &
    df_wait_port 3310 clamd 120 || return 1
  fi
  export DF_TEST_CLAMD=127.0.0.1:3310
}

df_install_chromium() {
  [ -x /usr/bin/chromium ] || df_apt_install chromium || return 1
  export DF_TEST_CHROMIUM=/usr/bin/chromium
}

df_start_payfip() {
  if ! df_port_open 5090; then
    # Built into its own folder, so that building the solution later never rewrites the running files.
    local out="$DF_STATE/payfip-simulator"
    dotnet build "$DF_ROOT/src/PayFip.Simulator" -c Release -o "$out" >"$DF_STATE/payfip-build.log" 2>&1 \
      || df_fail "building the PayFiP simulator failed, see $DF_STATE/payfip-build.log" || return 1
    nohup dotnet "$out/DossierFamille.PayFip.Simulator.dll" --urls http://127.0.0.1:5090 >"$DF_STATE/payfip.log" 2>&1 &
    df_wait_port 5090 "PayFiP simulator" 60 || return 1
  fi
  export DF_TEST_PAYFIP=http://127.0.0.1:5090
}

df_start_all() {
  df_start_postgres && df_start_azurite && df_start_maildev && df_start_clamd && df_install_chromium && df_start_payfip
}
