#!/usr/bin/env bash
# Launch to first frame: starts a command in a tmux server of its own (100×30) and prints
# the milliseconds until its screen shows TEXT. Run it with `true` as the command's text
# source (`first_frame.sh ready sh -c 'echo ready; sleep 5'`) for tmux's own share.
#
#   bench/first_frame.sh TEXT COMMAND [ARGUMENTS...]
set -euo pipefail
text=$1
shift
socket="first-frame-$$-$RANDOM"
start=$(date +%s%N)
tmux -L "$socket" -f /dev/null new-session -d -x 100 -y 30 "$(printf '%q ' "$@")"
until tmux -L "$socket" capture-pane -p 2>/dev/null | grep -qF -- "$text"; do
  if (($(date +%s%N) - start > 20000000000)); then
    echo "no \"$text\" on the screen after 20 s" >&2
    tmux -L "$socket" kill-server
    exit 1
  fi
done
end=$(date +%s%N)
tmux -L "$socket" kill-server
echo $(((end - start) / 1000000))
