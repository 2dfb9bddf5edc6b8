#!/usr/bin/env bash
# The terminal torture test at full length: random keys, escape sequences and mouse
# reports, resizes between 1x1 and 300x100, Ctrl-Z/fg cycles under sh -c and signals, sent
# to the browser in tmux, then a check that it ended as told, the shell's prompt came back
# and stty -a is unchanged. swift test runs the same test with 2,000 events.
#
#   bench/terminal-torture.sh [EVENTS] [SEED]     (defaults: 100000 events, a random seed)
#
# A failure prints the seed; run again with it to repeat the same events.
set -euo pipefail

events="${1:-100000}"
seed="${2:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}"
cd "$(dirname "$0")/.."

swift build --build-tests >/dev/null
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
echo "terminal torture: $events events, seed $seed"
start=$(date +%s)
status=0
TVBROWSE_TORTURE_EVENTS="$events" TVBROWSE_TORTURE_SEED="$seed" \
  swift test --skip-build --filter TerminalTortureTests >"$log" 2>&1 || status=$?
if [ "$status" -eq 0 ]; then grep -E '^terminal torture:' "$log"; else cat "$log"; fi
echo "wall time: $(( $(date +%s) - start )) s, exit status $status"
exit "$status"
