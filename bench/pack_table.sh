#!/usr/bin/env bash
# The figures of docs/PERFORMANCE.md's "Large packs" section, from a release build.
#
# Writes packs of N, 2N, 4N and 8N entities with bench/make_pack.py, times the product's
# paths on them with `tvbrowse-bench packs`, then measures the peak resident memory
# (/usr/bin/time -v) of `tvbrowse validate` on the largest pack, and of the browser on it
# in a detached tmux session through the first frame, one search character, Enter and `q`
# (twice: the first closes the results).
#
# usage: bench/pack_table.sh [N] [RUNS]     (from the repository root; N defaults to 25000,
#                                           so that the largest pack has 200,000 entities)
set -euo pipefail
cd "$(dirname "$0")/.."
entities=${1:-25000}
runs=${2:-3}
work=$(mktemp -d)
socket=pack-table-$$-$RANDOM
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
command -v tmux >/dev/null || { echo "needs tmux (apt-get install tmux)" >&2; exit 1; }

swift build -c release --product tvbrowse >&2
swift build -c release --product tvbrowse-bench >&2
bin=$(swift build -c release --show-bin-path)

packs=()
for factor in 1 2 4 8; do
  pack="$work/pack-$((entities * factor)).json"
  python3 bench/make_pack.py $((entities * factor)) > "$pack"
  packs+=("$pack")
done
largest=${packs[3]}

"$bin/tvbrowse-bench" packs --runs "$runs" "${packs[@]}"

peak() { # the "Maximum resident set size" of a /usr/bin/time -v report, in KiB
  sed -n 's/.*Maximum resident set size (kbytes): //p' "$1"
}

# validate's peak on every pack, to see that memory too grows in step with the pack.
validate_peaks=()
for pack in "${packs[@]}"; do
  /usr/bin/time -v -o "$work/validate.time" "$bin/tvbrowse" validate "$pack" > /dev/null
  validate_peaks+=("$(stat -c %s "$pack"):$(peak "$work/validate.time")")
done

# The browser: first frame, "/", "h", Enter (keep the results), q.
screen_has() { # wait up to 120 s for TEXT on the screen
  for _ in $(seq 1 1200); do
    tmux -L "$socket" capture-pane -p -t browse 2>/dev/null | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  echo "the browser never showed \"$1\"" >&2
  tmux -L "$socket" capture-pane -p -t browse >&2 || true
  exit 1
}
tmux -L "$socket" -f /dev/null new-session -d -x 100 -y 30 -s browse \
  "/usr/bin/time -v -o '$work/browse.time' '$bin/tvbrowse' --pack '$largest'; touch '$work/browse.done'; sleep 600"
screen_has "Sections"
tmux -L "$socket" send-keys -t browse /
screen_has "/"
tmux -L "$socket" send-keys -t browse h
screen_has "Results for"
tmux -L "$socket" send-keys -t browse Enter
screen_has "Results for"
# The first q closes the results, the second quits.
tmux -L "$socket" send-keys -t browse q
screen_has "Sections"
tmux -L "$socket" send-keys -t browse q
for _ in $(seq 1 600); do [ -e "$work/browse.done" ] && break; sleep 0.1; done
[ -e "$work/browse.done" ] || { echo "the browser did not quit on q" >&2; exit 1; }

size=$(stat -c %s "$largest")
python3 - "$size" "$(peak "$work/validate.time")" "$(peak "$work/browse.time")" \
  "$entities" "${validate_peaks[@]}" <<'PY'
import sys
size, validate, browse, entities = (int(value) for value in sys.argv[1:5])
peaks = [tuple(int(part) for part in value.split(":")) for value in sys.argv[5:]]
mib = lambda kib: kib / 1024
print()
print("Peak resident memory of `tvbrowse validate PACK` (ratio to the row above):")
print()
print("| entities | pack | peak RSS | × pack size |")
print("|---:|---:|---:|---:|")
previous = None
for factor, (bytes_, kib) in zip((1, 2, 4, 8), peaks):
    step = f" ×{kib / previous:.2f}" if previous else ""
    print(f"| {entities * factor:,} | {bytes_ / 2**20:.1f} MiB | {mib(kib):,.1f} MiB{step} "
          f"| {kib * 1024 / bytes_:.2f} |")
    previous = kib
entities *= 8
print()
print(f"Peak resident memory on the {entities:,}-entity pack ({size / 2**20:.1f} MiB):")
print()
print("| process | peak RSS | × pack size | target (3×) |")
print("|---|---:|---:|---:|")
for name, kib in (("`tvbrowse validate PACK`", validate),
                  ("`tvbrowse --pack PACK`: first frame, `/`, `h`, Enter, `q`", browse)):
    ratio = kib * 1024 / size
    verdict = "met" if ratio < 3 else "missed"
    print(f"| {name} | {mib(kib):,.1f} MiB | {ratio:.2f} | {verdict} |")
PY
