#!/usr/bin/env bash
# Runs each snippet folder's snippet.sh in its own bash, in that folder, with no standard
# input, keeping its output and exit status beside it for the driver to read.
for folder in "$@"; do
  (cd "$folder" && SAMPLE_RECORD_DIR="$folder" bash ./snippet.sh) </dev/null >"$folder/stdout" 2>"$folder/stderr"
  echo "$?" >"$folder/exit-status"
done
