#!/usr/bin/env bash
# Runs each snippet folder's snippet.sh in a subshell of this one (sourced: a fork, no new
# bash to start), in that folder, with no standard input, keeping its output and exit status
# beside it for the driver to read. The subshell keeps one snippet's variables and `cd`s from
# reaching the next.
for folder in "$@"; do
  (cd "$folder" && export SAMPLE_RECORD_DIR="$folder" && . ./snippet.sh) </dev/null >"$folder/stdout" 2>"$folder/stderr"
  echo "$?" >"$folder/exit-status"
done
