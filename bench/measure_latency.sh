#!/usr/bin/env bash
# Measures how long the browser takes to answer a quit key, Ctrl-C, SIGTERM or SIGHUP
# while it shows a ten-million-character name, lays out a ten-million-character article
# for the reader, or searches that name; and how long q and Esc take to close the reader,
# and Esc and Ctrl-C to close the search line.
# Each figure is the time from sending the key or signal to the screen showing the exit
# (or the closed reader), polled through tmux every few milliseconds.
#
#   bench/measure_latency.sh [BINARY] [RUNS]
#
# BINARY defaults to .build/release/tvbrowse; RUNS (per case) to 5. Needs tmux, python3.
set -euo pipefail

binary=${1:-.build/release/tvbrowse}
runs=${2:-5}
[ -x "$binary" ] || { echo "no binary at $binary (swift build -c release)" >&2; exit 1; }
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")

work=$(mktemp -d)
socket=""
trap 'stop_server; rm -rf "$work"' EXIT

stop_server() { [ -z "$socket" ] || tmux -L "$socket" kill-server 2>/dev/null || true; }

python3 - "$work/pack.json" <<'PY'
import json, sys
length = 10_000_000
citation = {"source": "a", "quote": "The end."}
json.dump({
    "format": "tvbrowse-pack", "version": 1,
    "show": {"id": "s", "name": "Long texts", "summary": "A show."},
    "sources": [{"id": "a", "kind": "article", "name": "Article",
                 "text": "word " * (length // 5) + "The end."}],
    "characters": [{"id": "c", "name": "N" * length, "citations": [citation]}],
    "threads": [{"id": "t", "name": "Thread", "characters": ["c"], "citations": [citation]}],
}, open(sys.argv[1], "w"))
PY

now() { date +%s%N; }
screen() { tmux -L "$socket" capture-pane -p -t latency; }

# Waits (up to 120 s) until the screen contains $1.
wait_for() {
  local deadline=$(( $(now) + 120000000000 ))
  until screen | grep -qF -- "$1"; do
    [ "$(now)" -lt "$deadline" ] || { echo "timed out waiting for: $1" >&2; screen >&2; exit 1; }
  done
}

# Waits until the screen no longer contains $1.
wait_gone() {
  local deadline=$(( $(now) + 120000000000 ))
  while screen | grep -qF -- "$1"; do
    [ "$(now)" -lt "$deadline" ] || { echo "timed out waiting for: $1 to go" >&2; exit 1; }
  done
}

# Starts the browser on the pack in a tmux server of its own (a new socket for each run).
start() {
  stop_server
  socket="tvb-latency-$$-$RANDOM$RANDOM"
  tmux -L "$socket" -f /dev/null new-session -d -x 100 -y 30 -s latency \
    "sh -c 'trap : INT; \"$binary\" --pack \"$work/pack.json\"; echo EXIT \$?; exec cat'"
  wait_for "Long texts"
}

# Sends a tmux key name, or a signal to the program when $1 is TERM or HUP.
send() {
  case $1 in
    TERM | HUP)
      local shell child
      shell=$(tmux -L "$socket" display -p -t latency '#{pane_pid}')
      child=$(cut -d' ' -f1 "/proc/$shell/task/$shell/children")
      kill -s "$1" "$child" ;;
    *) tmux -L "$socket" send-keys -t latency "$1" ;;
  esac
}

# Prints the time in milliseconds from sending $2 until $3 (a command) succeeds.
measure() {
  local begin end
  begin=$(now)
  send "$1"
  "${@:2}"
  end=$(now)
  echo $(( (end - begin) / 1000000 ))
}

open_article() {
  send 3; send Enter; send G
  wait_for "“The end.” — Article"
  send Enter
  wait_for "Laying out the article…"
}

search_name() {
  send /
  wait_for "Type to search"
  tmux -L "$socket" send-keys -t latency -l n
  wait_for "Search “n”"
}

report() {
  sort -n | awk -v what="$1" '
    { v[NR] = $1 }
    END { printf "| %-52s | %5d | %5d | %5d |\n", what, v[1], v[int((NR + 1) / 2)], v[NR] }'
}

echo "| Case (ten million characters) | min ms | median ms | max ms |"
echo "|------------------------------------------------------|------:|------:|------:|"
for stop in Q q C-c TERM HUP; do
  for _ in $(seq "$runs"); do
    start
    send 3
    measure "$stop" wait_for "EXIT"
  done | report "$stop, the name in the list and details, until exit"
done
for stop in Q C-c TERM HUP; do
  for _ in $(seq "$runs"); do
    start
    open_article
    measure "$stop" wait_for "EXIT"
  done | report "$stop, the article being laid out, until exit"
done
for key in q Escape; do
  for _ in $(seq "$runs"); do
    start
    open_article
    measure "$key" wait_gone "Laying out the article…"
  done | report "$key, the article being laid out, until the reader closes"
done
for stop in TERM HUP; do
  for _ in $(seq "$runs"); do
    start
    search_name
    measure "$stop" wait_for "EXIT"
  done | report "$stop, the name being searched, until exit"
done
for key in Escape C-c; do
  for _ in $(seq "$runs"); do
    start
    search_name
    measure "$key" wait_gone "Search “n”"
  done | report "$key, the name being searched, until the line closes"
done
