# Sourced by the GUI tests that watch a running dashboard's log.
# wait_for_log LOG PATTERN WHAT: waits up to 30 s for a line of LOG matching PATTERN (grep);
# fails the test saying "no WHAT after 30 s" and showing the log if none comes.
wait_for_log() {
  wait_log=$1 wait_pattern=$2 wait_what=$3
  wait_tries=0
  while ! grep -q "$wait_pattern" "$wait_log"; do
    wait_tries=$((wait_tries + 1))
    if [ "$wait_tries" -gt 150 ]; then
      echo "no $wait_what after 30 s; log:"; cat "$wait_log"; exit 1
    fi
    sleep 0.2
  done
}
