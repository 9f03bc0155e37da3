#!/usr/bin/env bash
# The stubbed command as a program on PATH, for a snippet that reaches past the shell function
# of the same name (`command curl`, `env curl`, `xargs curl`). Records like the function does.
set -euo pipefail
. "${SAMPLE_RECORDER:?SAMPLE_RECORDER must name record-call.bash}"
sample_record_call "$@"
