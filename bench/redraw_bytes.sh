#!/usr/bin/env bash
# Bytes a program writes to the terminal for one Down keypress, against the cells that
# changed on screen. Runs the program in a detached tmux session, presses KEY to
# get to a list, snapshots the screen with its attributes, records everything the program
# writes while Down is pressed (pipe-pane), snapshots after each Down, and compares the
# bytes written with the text of the cells each Down changed (a blank counts as changed
# when what shows of it changed: its background, reverse video or underline, not an
# invisible bold or foreground), and says how the bytes split between text, attribute
# changes, cursor moves and other control sequences.
#
# usage: bench/redraw_bytes.sh 'COMMAND' [KEYS] [DOWNS]
#   KEYS are tmux key names separated by spaces, sent one by one before measuring;
#   DOWNS is how many Down presses are measured together (1 by default); SIZE=80x24 in the
#   environment sets the terminal's size (100x30 by default).
#   bench/redraw_bytes.sh .build/release/tvbrowse 3       # the Characters list
#   bench/redraw_bytes.sh .build/release/tvbrowse 4 5     # five Downs in Cast & crew
#   bench/redraw_bytes.sh .build/release/tvbrowse '/ h a Enter'   # search results
#   bench/redraw_bytes.sh tig                              # tig's main view, in a git repository
set -euo pipefail
command=$1
keys=${2:-}
downs=${3:-1}
size=${SIZE:-100x30}  # the terminal's size, WIDTHxHEIGHT
width=${size%x*}
height=${size#*x}
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

changed() { # wait until the screen differs from the file $1 (a Down may change nothing)
  for _ in $(seq 1 50); do
    [ "$(tmux -L "$socket" capture-pane -p -e -t bench)" != "$(cat "$1")" ] && return 0
    sleep 0.1
  done
}

started() { # wait until the program has drawn something: a slow start is no steady screen
  for _ in $(seq 1 300); do
    [ -n "$(tmux -L "$socket" capture-pane -p -t bench | tr -d ' \n')" ] && return 0
    sleep 0.1
  done
}

tmux -L "$socket" -f /dev/null new-session -d -x "$width" -y "$height" -s bench "$command"
started
settle
for key in $keys; do
  tmux -L "$socket" send-keys -t bench "$key"
  settle
done
tmux -L "$socket" capture-pane -p -e -t bench > "$work/screen-0"
tmux -L "$socket" pipe-pane -t bench "cat > '$work/written'"
sleep 0.2
for step in $(seq 1 "$downs"); do
  tmux -L "$socket" send-keys -t bench Down
  # On a busy machine the program may not have answered yet: a screen that stayed the
  # same twice in a row is the one before the Down, unless it has changed since.
  changed "$work/screen-$((step - 1))"
  settle
  tmux -L "$socket" capture-pane -p -e -t bench > "$work/screen-$step"
done
tmux -L "$socket" pipe-pane -t bench

python3 - "$work" "$downs" "$height" <<'PY'
import re, sys

def cells(path):
    """Each screen cell as (character, the SGR sequences in force as tmux wrote them,
    the attributes they set)."""
    rows = []
    for line in open(path, encoding="utf-8").read().split("\n")[:int(sys.argv[3])]:
        written, state, row, i = "", {}, [], 0
        while i < len(line):
            match = re.match(r"\x1b\[([0-9;]*)m", line[i:])
            if match:
                written = "" if match.group(1) in ("", "0") else written + match.group(0)
                state = select(dict(state), match.group(1))
                i += len(match.group(0))
                continue
            row.append((line[i], written, state))
            i += 1
        rows.append(row)
    return rows

def select(state, parameters):
    """The attributes after one SGR sequence (tmux writes each colour on its own)."""
    numbers = parameters.split(";") if parameters else ["0"]
    k = 0
    while k < len(numbers):
        n = numbers[k] or "0"
        if n == "0":
            state = {}
        elif n in ("38", "48"):
            state["fg" if n == "38" else "bg"] = ";".join(numbers[k + 1:k + 3])
            k += 2
        elif n in ("39", "49"):
            state.pop("fg" if n == "39" else "bg", None)
        elif len(n) == 2 and n[0] in "349":
            state["bg" if n[0] == "4" else "fg"] = n
        else:
            state[n] = True
        k += 1
    return state

def looks(cell):
    """What shows of a cell: its character and attributes, and of a blank only its
    background, reverse video and underline (and the foreground that draws those)."""
    char, _, state = cell
    if char != " " or "7" in state or "4" in state:
        return (char, tuple(sorted(state.items())))
    return (char, state.get("bg"))

# The cells each Down changed, summed over the Downs: every step's screen against the one
# before. "Changed" as first measured: the character, or the SGR sequences tmux's capture
# writes before the cell, differ (tmux writes each cell's attributes as a change from the
# cell on its left, so a cell whose own attributes stayed can count). "Seen": what shows
# of the cell differs.
work, downs = sys.argv[1], int(sys.argv[2])
changed = text = seen = seen_text = 0
for step in range(1, downs + 1):
    before, after = cells(f"{work}/screen-{step - 1}"), cells(f"{work}/screen-{step}")
    for old, new in zip(before, after):
        for k in range(max(len(old), len(new))):
            a = old[k] if k < len(old) else (" ", "", {})
            b = new[k] if k < len(new) else (" ", "", {})
            if a[:2] != b[:2]:
                changed += 1
                text += len(b[0].encode())
            if looks(a) != looks(b):
                seen += 1
                seen_text += len(b[0].encode())
data = open(f"{work}/written", "rb").read()
written = len(data)
if changed == 0:
    print(f"written {written} bytes; no cell changed (the list cannot move further)")
    sys.exit(0)
print(f"written {written} bytes; {changed} cells changed ({text} bytes of text); "
      f"ratio {written / max(text, 1):.2f}")
print(f"  {seen} cells changed as seen ({seen_text} bytes of text); "
      f"ratio {written / max(seen_text, 1):.2f}")

# Where the bytes went: attribute changes (SGR, and the shift-in some terminals' SGR ends
# with), cursor moves (CUP, CHA, VPA, relative moves, CR, LF, BS), other control
# sequences (erase, delete or insert characters, scroll regions), and the text itself.
kinds = dict(text=0, attributes=0, moves=0, other=0)
sequence = re.compile(rb"\x1b\[[0-9;?]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[@-_]")
i = 0
while i < len(data):
    match = sequence.match(data, i)
    if match:
        final = match.group(0)[-1:]
        if match.group(0).startswith(b"\x1b[") and final == b"m":
            kinds["attributes"] += len(match.group(0))
        elif match.group(0).startswith(b"\x1b[") and final in b"HfGdABCDEF" or final == b"M":
            kinds["moves"] += len(match.group(0))
        else:
            kinds["other"] += len(match.group(0))
        i = match.end()
    elif data[i] in (0x0E, 0x0F):
        kinds["attributes"] += 1
        i += 1
    elif data[i] in (0x08, 0x0A, 0x0D):
        kinds["moves"] += 1
        i += 1
    else:
        kinds["text"] += 1
        i += 1
print("  of which " + ", ".join(f"{name} {count}" for name, count in kinds.items()))
PY
