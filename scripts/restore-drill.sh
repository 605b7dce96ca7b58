#!/usr/bin/env bash
# Restore drill: restores a backup into an empty database and compares the rows of every table with the original.
#
#   scripts/restore-drill.sh h2 data/backups/lenkwerk-2026-12-03-021500.zip [lenkwerk.jar]
#       restores the nightly H2 backup (BACKUP TO) into an empty folder and compares it with the row counts that
#       were written beside the zip at backup time. The H2 driver is taken from the application's jar.
#   scripts/restore-drill.sh postgres lenkwerk
#       pg_dump of the database, pg_restore into a new, empty database lenkwerk_restore_drill, row counts of both
#       compared, the drill database dropped again. Connection as for psql (PGHOST, PGUSER, PGPASSWORD, or run it
#       as the postgres user); the user needs the right to create databases.
#
# Prints one line per table and "RESTORE DRILL PASSED" or "RESTORE DRILL FAILED"; exits 0 only when all rows match.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"

compare() { # expected-file actual-file
  local failed=0
  echo "table                                     backup   restored"
  while read -r table expected; do
    actual=$(awk -v t="$table" '$1 == t {print $2}' "$2")
    mark="ok"
    if [ "$expected" != "${actual:-missing}" ]; then mark="DIFFERENT"; failed=1; fi
    printf '%-40s %8s %10s  %s\n' "$table" "$expected" "${actual:-missing}" "$mark"
  done < "$1"
  local tables rows
  tables=$(wc -l < "$1"); rows=$(awk '{s += $2} END {print s + 0}' "$1")
  if [ "$failed" -eq 0 ] && [ "$tables" -gt 0 ]; then
    echo "RESTORE DRILL PASSED: $tables tables, $rows rows restored"
  else
    echo "RESTORE DRILL FAILED"
    return 1
  fi
}

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

case "${1:-}" in
  h2)
    zip="${2:?the backup zip}"
    counts="${zip%.zip}.counts"
    [ -f "$counts" ] || { echo "No row counts beside the backup: $counts" >&2; exit 2; }
    jar="${3:-$(ls "$here"/../target/lenkwerk-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)}"
    if [ -n "$jar" ] && [ -f "$jar" ]; then
      entry=$(unzip -Z1 "$jar" | grep '^BOOT-INF/lib/h2-.*\.jar$' | head -1)
      unzip -p "$jar" "$entry" > "$work/h2.jar"
    else
      cp "$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | grep -v sources | sort -V | tail -1)" "$work/h2.jar"
    fi
    mkdir "$work/restored"
    unzip -q "$zip" -d "$work/restored"
    db=$(cd "$work/restored" && ls *.mv.db | head -1)
    "$java_bin" -cp "$work/h2.jar" "$here/RowCounts.java" "jdbc:h2:file:$work/restored/${db%.mv.db}" sa "" \
      > "$work/restored.counts"
    echo "Restored $zip into an empty folder ($(du -h "$work/restored/$db" | cut -f1))."
    compare "$counts" "$work/restored.counts"
    ;;
  postgres)
    source_db="${2:?the database}"
    drill_db="${source_db}_restore_drill"
    count_pg() {
      for table in $(psql -X -At -d "$1" -c "select table_name from information_schema.tables
                     where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name"); do
        echo "$(echo "$table" | tr '[:lower:]' '[:upper:]') $(psql -X -At -d "$1" -c "select count(*) from public.\"$table\"")"
      done
    }
    count_pg "$source_db" > "$work/before.counts"
    pg_dump -Fc -d "$source_db" -f "$work/backup.dump"
    count_pg "$source_db" > "$work/source.counts"
    if ! cmp -s "$work/before.counts" "$work/source.counts"; then
      echo "The database changed while it was dumped; run the drill again in a quiet moment." >&2
      exit 2
    fi
    dropdb --if-exists "$drill_db"
    createdb "$drill_db"
    pg_restore --no-owner -d "$drill_db" "$work/backup.dump"
    count_pg "$drill_db" > "$work/restored.counts"
    echo "Restored a pg_dump of $source_db ($(du -h "$work/backup.dump" | cut -f1)) into the empty database $drill_db."
    status=0
    compare "$work/source.counts" "$work/restored.counts" || status=1
    dropdb "$drill_db"
    exit $status
    ;;
  *)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
