#!/usr/bin/env bash
# Bytes a program writes to the terminal for one Down keypress, against the cells that
# changed on screen. Runs the program in a detached 100x30 tmux session, presses KEY to
# get to a list, snapshots the screen with its attributes, records everything the program
# writes while Down is pressed (pipe-pane), snapshots again, and compares.
#
# usage: bench/redraw_bytes.sh 'COMMAND' [KEY]
#   bench/redraw_bytes.sh .build/release/tvbrowse 3     # the Characters list
#   bench/redraw_bytes.sh tig                            # tig's main view, in a git repository
set -euo pipefail
command=$1
key=${2:-}
socket=redraw-$$
work=$(mktemp -d)
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

settle() { # wait until the screen stops changing
  local previous="" current
  for _ in $(seq 1 100); do
    current=$(tmux -L "$socket" capture-pane -p -e -t bench)
    [ "$current" = "$previous" ] && return 0
    previous=$current
    sleep 0.1
  done
}

tmux -L "$socket" -f /dev/null new-session -d -x 100 -y 30 -s bench "$command"
settle
[ -n "$key" ] && tmux -L "$socket" send-keys -t bench "$key" && settle
tmux -L "$socket" capture-pane -p -e -t bench > "$work/before"
tmux -L "$socket" pipe-pane -t bench "cat > '$work/written'"
sleep 0.2
tmux -L "$socket" send-keys -t bench Down
settle
tmux -L "$socket" pipe-pane -t bench
tmux -L "$socket" capture-pane -p -e -t bench > "$work/after"

python3 - "$work/before" "$work/after" "$work/written" <<'PY'
import re, sys

def cells(path):
    """Each screen cell as (character, SGR state in force)."""
    rows = []
    for line in open(path, encoding="utf-8").read().split("\n")[:30]:
        state, row, i = "", [], 0
        while i < len(line):
            match = re.match(r"\x1b\[([0-9;]*)m", line[i:])
            if match:
                state = "" if match.group(1) in ("", "0") else state + match.group(0)
                i += len(match.group(0))
                continue
            row.append((line[i], state))
            i += 1
        rows.append(row)
    return rows

before, after = cells(sys.argv[1]), cells(sys.argv[2])
changed = text = 0
for old, new in zip(before, after):
    for k in range(max(len(old), len(new))):
        a = old[k] if k < len(old) else (" ", "")
        b = new[k] if k < len(new) else (" ", "")
        if a != b:
            changed += 1
            text += len(b[0].encode())
written = len(open(sys.argv[3], "rb").read())
print(f"written {written} bytes; {changed} cells changed ({text} bytes of text); "
      f"ratio {written / max(text, 1):.2f}")
PY
