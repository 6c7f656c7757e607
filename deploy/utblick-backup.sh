#!/bin/sh
# Takes an online backup of Utblick's database and keeps the newest KEEP of them.
#   utblick-backup.sh DIR [KEEP]        (KEEP defaults to 14)
# Runs next to the live server: `utblick admin backup` uses SQLite's online backup API, verifies the copy
# (integrity check) and only then renames it into place. Exit status 1 when the backup failed.
set -eu
dir=${1:?usage: utblick-backup.sh DIR [KEEP]}
keep=${2:-14}
app=${UTBLICK_HOME:-/opt/utblick}
case $keep in '' | *[!0-9]*) echo "KEEP must be a number, not \"$keep\"" >&2; exit 1 ;; esac
mkdir -p "$dir"
file="$dir/utblick-$(date -u +%Y%m%dT%H%M%SZ).sqlite"
node "$app/dist/src/cli/bin.js" admin backup "$file" --lang en
# The names sort by time: drop everything after the newest $keep.
ls -1 "$dir" | grep -E '^utblick-[0-9]{8}T[0-9]{6}Z\.sqlite$' | sort -r | tail -n +"$((keep + 1))" |
  while IFS= read -r old; do rm -f -- "$dir/$old"; done
