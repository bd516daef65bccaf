# CPU accounting for the bench scripts (sourced). Times are user + system CPU seconds from /proc, to the
# clock tick; a process's CPU includes its threads.

# CPU seconds of process $1 and all its descendants
cpu_tree() {
  local root="$1" tck
  tck=$(getconf CLK_TCK)
  [ -n "$root" ] || { echo 0; return; }
  for stat in /proc/[0-9]*/stat; do
    # the command name may hold spaces: the fields after the last ')' are fixed
    sed -n 's/^\([0-9]*\) (.*) \(.*\)$/\1 \2/p' "$stat" 2>/dev/null
  done | awk -v root="$root" -v tck="$tck" '
    { pid = $1; parent[pid] = $3; cpu[pid] = $13 + $14 }
    END { for (p in cpu) { q = p; while (q != "" && q != 0) { if (q == root) { sum += cpu[p]; break } q = parent[q] } }
          printf "%.1f\n", sum / tck }'
}

# seconds between two readings, to one decimal
cpu_delta() { echo "$2 $1" | awk '{ printf "%.1f", $1 - $2 }'; }

# CPU seconds of process $1 alone (all its threads)
cpu_proc() {
  local tck
  tck=$(getconf CLK_TCK)
  sed -n 's/^[0-9]* (.*) \(.*\)$/\1/p' "/proc/$1/stat" 2>/dev/null | awk -v tck="$tck" '{ printf "%.1f\n", ($12 + $13) / tck }'
}
