#!/usr/bin/env bash
# Stands in for a command (curl, seam) that a shell sample runs: records the arguments it got,
# NUL-separated since no argument can hold a NUL, and its standard input, and prints nothing.
set -euo pipefail
record_dir="${SAMPLE_RECORD_DIR:?SAMPLE_RECORD_DIR must name the folder to record into}"
call=0
while [ -e "$record_dir/call-$call.argv" ]; do call=$((call + 1)); done
: >"$record_dir/call-$call.argv"
for argument in "$@"; do printf '%s\0' "$argument" >>"$record_dir/call-$call.argv"; done
cat >"$record_dir/call-$call.stdin"
