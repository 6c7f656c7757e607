#!/bin/sh
# Backs up Utblick's PostgreSQL database with pg_dump and keeps the newest KEEP dumps.
#   utblick-pg-backup.sh DIR [KEEP]        (KEEP defaults to 14; DATABASE_URL from the environment)
# pg_dump reads one consistent snapshot while both instances keep running. Restore (servers stopped):
#   pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" DIR/utblick-….dump
set -eu
dir=${1:?usage: utblick-pg-backup.sh DIR [KEEP]}
keep=${2:-14}
: "${DATABASE_URL:?DATABASE_URL must be set (source /etc/utblick/utblick.env)}"
case $keep in '' | *[!0-9]*) echo "KEEP must be a number, not \"$keep\"" >&2; exit 1 ;; esac
mkdir -p "$dir"
name="utblick-$(date -u +%Y%m%dT%H%M%SZ).dump"
# Written beside the target and renamed, so that a failed dump never looks like a backup.
pg_dump --format=custom --file="$dir/.$name.partial" "$DATABASE_URL"
pg_restore --list "$dir/.$name.partial" >/dev/null
mv "$dir/.$name.partial" "$dir/$name"
ls -1 "$dir" | grep -E '^utblick-[0-9]{8}T[0-9]{6}Z\.dump$' | sort -r | tail -n +"$((keep + 1))" |
  while IFS= read -r old; do rm -f -- "$dir/$old"; done
