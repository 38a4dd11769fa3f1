#!/usr/bin/env bash
# CPU and wake-ups of the facilitator screen against tty-clock, in one run.
#
#   bash benches/idle_cpu.sh [SECONDS]     (default 60)
#
# Runs, side by side in tmux (100x30): tablee's demo with its clock running,
# and `tty-clock -s` (Debian package tty-clock, installed if missing). Reads
# utime+stime from /proc/PID/stat (10 ms ticks), the nanoseconds on CPU from
# /proc/PID/task/*/schedstat (precise), and voluntary_ctxt_switches from
# /proc/PID/task/*/status before and after, summed over threads. Then pauses tablee's clock and measures
# again. Targets: tablee CPU <= tty-clock's; <= 1.5 wake-ups/s running; ~0 paused.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}

command -v tmux >/dev/null || { apt-get update -qq && apt-get install -y -qq tmux >/dev/null; }
command -v tty-clock >/dev/null || { apt-get update -qq && apt-get install -y -qq tty-clock >/dev/null; }
cargo build --release -q

work=$(mktemp -d)
sock="tablee-bench-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$work"' EXIT
bin="$PWD/target/release/tablee"
tick=$(getconf CLK_TCK)

tmux -L "$sock" new-session -d -s tablee -x 100 -y 30 \
  "cd '$work' && exec env XDG_STATE_HOME='$work/state' XDG_CONFIG_HOME='$work/config' '$bin' --lang en"
tmux -L "$sock" new-session -d -s ttyclock -x 100 -y 30 "exec tty-clock -s"
sleep 2
tmux -L "$sock" send-keys -t tablee Space
sleep 1

pid_of() { tmux -L "$sock" list-panes -t "$1" -F '#{pane_pid}'; }
cpu() { awk -v t="$tick" '{ printf "%.3f", ($14 + $15) / t }' "/proc/$1/stat"; }
# Summed over every thread (tablee also has a terminal reader and a folder
# watcher that rescans every 2 s).
ns() { cat /proc/"$1"/task/*/schedstat | awk '{ s += $1 } END { print s }'; }
wake() { cat /proc/"$1"/task/*/status | awk '/^voluntary_ctxt_switches/ { s += $2 } END { print s }'; }

measure() { # name pid seconds -> prints a row
  local name=$1 pid=$2 s=$3
  local c0 w0 n0 c1 w1 n1
  c0=$(cpu "$pid"); w0=$(wake "$pid"); n0=$(ns "$pid")
  sleep "$s"
  c1=$(cpu "$pid"); w1=$(wake "$pid"); n1=$(ns "$pid")
  awk -v n="$name" -v c0="$c0" -v c1="$c1" -v w0="$w0" -v w1="$w1" -v n0="$n0" -v n1="$n1" -v s="$s" \
    'BEGIN { printf "%-24s %6.2f s CPU (stat)  %8.2f ms on CPU (schedstat)  %5d wake-ups  %5.2f wake-ups/s\n", n, c1 - c0, (n1 - n0) / 1e6, w1 - w0, (w1 - w0) / s }'
}

tp=$(pid_of tablee); cp=$(pid_of ttyclock)
echo "== ${secs} s, same run, $(date -u +%Y-%m-%dT%H:%MZ) =="
measure "tablee (clock running)" "$tp" "$secs" > "$work/a" &
measure "tty-clock -s" "$cp" "$secs" > "$work/b" &
wait
cat "$work/a" "$work/b"
tmux -L "$sock" send-keys -t tablee Space   # pause
sleep 1
measure "tablee (clock paused)" "$tp" "$secs"
