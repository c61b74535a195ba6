#!/usr/bin/env bash
# The comparison of issue 23, point 4, from this repository alone: RufaBot, the peer (bench/peer, the official Bot
# Framework SDK for JavaScript) and the raw echo (bench/echo, ASP.NET Core with the shared framework only) under the
# same load driver (tests/RufaBot.LoadDriver) and its Connector stub, each bot pinned to CPU 0 and the driver to
# CPU 1, interleaved round by round so that a drift of the machine touches every target alike.
#
#   bash bench/compare.sh [--rounds 3] [--users 200] [--duration 20] [--warmup 5] [--think-ms 0] [--targets "rufabot peer echo"]
#
# Everything it restores or builds goes to BENCH_WORK (default /tmp/rufabot-bench): the peer's node_modules (npm ci
# from the pinned package-lock.json) and the echo's build (--artifacts-path). Each run's record goes to
# bench-results/ (ignored by git); the last lines are a table of medians. Exit 1 if any run failed.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=${BENCH_WORK:-/tmp/rufabot-bench}
rounds=3 users=200 duration=20 warmup=5 think=0 targets="rufabot peer echo"
while [[ $# -gt 0 ]]; do
    case $1 in
        --rounds) rounds=$2 ;;
        --users) users=$2 ;;
        --duration) duration=$2 ;;
        --warmup) warmup=$2 ;;
        --think-ms) think=$2 ;;
        --targets) targets=$2 ;;
        *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
    esac
    shift 2
done

mkdir -p "$work/peer" "$work/logs"
results="$repo/bench-results"

# The peer's packages, restored again only when the lock file changed.
if ! cmp -s "$repo/bench/peer/package-lock.json" "$work/peer/package-lock.json"; then
    echo "restoring the peer's packages into $work/peer" >&2
    cp "$repo/bench/peer/package.json" "$repo/bench/peer/package-lock.json" "$work/peer/"
    # botbuilder-dialogs' install script runs `npx rimraf`, which would otherwise stop to ask.
    (cd "$work/peer" && npm_config_yes=true npm ci --no-audit --no-fund --loglevel=error) >&2
fi

echo "building the echo, RufaBot and the load driver (Release)" >&2
dotnet build "$repo/bench/echo/Echo.csproj" -c Release --artifacts-path "$work/artifacts" -nologo -v quiet >&2
dotnet build "$repo/tests/RufaBot.LoadDriver" -c Release -nologo -v quiet >&2
echo_dll=$(find "$work/artifacts/bin" -name RufaBot.Bench.Echo.dll -path '*release*' | head -n 1)
driver="$repo/tests/RufaBot.LoadDriver/bin/Release/net10.0/RufaBot.LoadDriver.dll"

target_args() {
    case $1 in
        rufabot) ;;
        peer) printf '%s\0' --target peer --target-command "env NODE_PATH=$work/peer/node_modules node $repo/bench/peer/index.js" ;;
        echo) printf '%s\0' --target echo --target-command "dotnet $echo_dll" ;;
        *) echo "unknown target $1" >&2; exit 2 ;;
    esac
}

failed=0
records=()
for round in $(seq 1 "$rounds"); do
    for target in $targets; do
        echo "round $round/$rounds: $target" >&2
        mapfile -d '' extra < <(target_args "$target")
        log="$work/logs/$target-$round.log"
        if ! dotnet "$driver" --users "$users" --duration "$duration" --warmup "$warmup" --think-ms "$think" --pin \
            --results "$results" "${extra[@]}" >"$log" 2>&1; then
            failed=1
            echo "  $target failed; see $log" >&2
        fi
        grep -E '^(  |recorded)' "$log" | grep -vE 'slow step' >&2 || true
        record=$(sed -n 's/^recorded //p' "$log")
        [[ -n $record ]] && records+=("$record")
    done
done

[[ ${#records[@]} -gt 0 ]] && node "$repo/bench/summarise.js" "${records[@]}"
exit $failed
