#!/usr/bin/env bash
# Usage: run-shell-snippets.sh COMMAND FOLDER...
# Runs each folder's snippet.sh with COMMAND stubbed by a shell function that records its calls
# (record-call.bash; a stub on PATH catches the rest). Each snippet is sourced in a subshell
# of this shell: one fork and no new program per snippet, and no variable or `cd` of one
# snippet reaches the next. Output and exit status are kept beside the snippet.
set -uo pipefail
command_name="$1"
shift
. "${SAMPLE_RECORDER:?SAMPLE_RECORDER must name record-call.bash}"
# command_name is checked by the caller to be a plain word.
eval "$command_name() { sample_record_call \"\$@\"; }"
for folder in "$@"; do
  (cd "$folder" && export SAMPLE_RECORD_DIR="$folder" && . ./snippet.sh) </dev/null >"$folder/stdout" 2>"$folder/stderr"
  echo "$?" >"$folder/exit-status"
done
