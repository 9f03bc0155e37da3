# Defines sample_record_call: records one call of a stubbed command (curl, seam) into
# $SAMPLE_RECORD_DIR as call-N.argv, its arguments NUL-separated (no argument can hold a NUL),
# and call-N.stdin, its standard input. Builtins only, so a call starts no process.
sample_record_call() {
  local record_dir="${SAMPLE_RECORD_DIR:?SAMPLE_RECORD_DIR must name the folder to record into}"
  local call=0 argument stdin_text=''
  while [ -e "$record_dir/call-$call.argv" ]; do call=$((call + 1)); done
  : >"$record_dir/call-$call.argv"
  for argument in "$@"; do printf '%s\0' "$argument" >>"$record_dir/call-$call.argv"; done
  # Up to end of input, newlines and all: the delimiter is NUL, which a heredoc cannot hold.
  IFS= read -r -d '' stdin_text || true
  printf '%s' "$stdin_text" >"$record_dir/call-$call.stdin"
}
