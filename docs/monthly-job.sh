#!/bin/sh
# Kapsel's monthly job: import the month's exports, print the visitor summary as JSON, check the cookie policy
# and fail on findings.
#
#   monthly-job.sh WORKSPACE EXPORTS_FOLDER POLICY_TEXT [YYYY-MM]
#
# Every file in EXPORTS_FOLDER is imported (analytics exports, cookie scans, chat transcripts: kind and format
# are detected). The visitor summary of the month (default: last month) goes to standard output as JSON
# (schema kapsel/visitors/1, docs/cli-json.md); everything else goes to standard error. Exit code 0 when all is
# well, 3 when the policy text has findings, 1 or 2 when a step failed.
set -eu

cli=${KAPSEL_CLI:-kapsel-cli}
workspace=$1
exports=$2
policy=$3
month=${4:-$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)}
first=$month-01
last=$(date -d "$first +1 month -1 day" +%Y-%m-%d)

"$cli" --db "$workspace" import "$exports"/* >&2

"$cli" --db "$workspace" visitors --by month --from "$first" --to "$last" --format json

status=0
"$cli" --db "$workspace" policy-check "$policy" >&2 || status=$?
exit "$status"
