#!/usr/bin/env bash
# Checks against Microsoft's real clients, offline: the packed Teams app against the official manifest schema, every
# dumped card through the official Adaptive Cards renderer, and one short conversation per Teams scope through the
# Microsoft 365 Agents Playground.
# Usage: .ci/client-checks.sh CARD_DUMP_DIR   (run after the tests, which write the cards)
set -euo pipefail
cd "$(dirname "$0")/.."
cards="$1"
tools=tools/clients
bash "$tools/setup.sh"

echo "== Teams app package: official manifest schema =="
package="$(mktemp -d)/rufabot-teams-app.zip"
dotnet run --no-build --project src/RufaBot.Cli -- pack-manifest --bot-id 5a0c2b1d-3e4f-4a6b-8c7d-9e0f1a2b3c4d --out "$package"
node "$tools/validate-manifest.js" "$package"

echo "== Adaptive Cards: official renderer =="
compgen -G "$cards/*.json" >/dev/null || { echo "no cards were dumped to $cards" >&2; exit 1; }
# One browser for every card; the list of cards is printed only when one fails.
render_log=$(mktemp)
node "$tools/render-card.js" --strict "$cards"/*.json >"$render_log" 2>&1 || { cat "$render_log"; exit 1; }
tail -n 1 "$render_log"
rm -f "$render_log"

echo "== Agents Playground: personal, group chat, channel, personal in Arabic =="
port=3978
dotnet run --no-build --project src/RufaBot --urls "http://127.0.0.1:$port" >/tmp/rufabot-bot.log 2>&1 &
bot=$!
pg_dir=$(mktemp -d)
cleanup() {
  kill "$bot" 2>/dev/null || true
  [ -f "$pg_dir/playground.pid" ] && kill "$(cat "$pg_dir/playground.pid")" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || { cat /tmp/rufabot-bot.log; exit 1; }
PG_DIR="$pg_dir" node "$tools/start-playground.js" "http://127.0.0.1:$port/api/messages" 56150 >/dev/null

fail=0
journey() {
  local out
  out=$(node "$tools/playground-test.js" "$@" 2>&1) || { echo "$out"; fail=1; }
  echo "$out" | tail -n 1
}
# Welcome buttons, pressed as the Playground posts them (card data, no imBack), in one journey since the welcome comes
# once per chat. First an intake with the essentials: after submit no card of it may keep an answer or a live button
# (its answers are the free text, the country and the groups; its buttons send "answer" or "command" data).
journey --conv personal "expect:Hello, I am RufaBot" "submit:Raise a concern" "expect:Question 1 of 7" \
  "say:no" "expect:write about this safely" "say:yes" "expect:What happened" \
  "say:Armed men burned houses in two villages and threatened the families." "expect:which country" \
  "say:Mali" "expect:When did it happen" "say:last week" "expect:Who is affected" "say:women, children" \
  "expect:Who may know" "say:anonymous" "expect:check it before you send" "submit:Submit" "expect:Concern submitted" \
  "noCardMatches:Armed men|Mali|women|\"rufa\":\"(answer|command)\"" \
  "submit:My responsibilities" "expect:Human Rights up Front depends on all staff" \
  "say:feedback" "expect:What is your feedback about" \
  "input:topic=other" "submit:Next" "expect:What is it about" \
  "say:induction" "expect:That would start something new" "say:yes" "expect:What is it about" \
  "say:the intranet" "expect:What worked well" \
  "say:cancel" "expect:stop here" "submit:Yes" "expect:Stopped" \
  "say:my concerns" "expect:HR-[0-9A-Z]{4}-[0-9A-Z]{4}"
journey --conv group "expect:Hello, I am RufaBot" "mention:feedback" "expect:What is your feedback about" \
  "submit:Help" "expect:Choose the part"
journey --conv channel "expect:private chat" "mention:what can you do" "expect:Here is what I can do"
# Arabic, last (the choice is remembered for the Playground's one user, and put back at the end). The Playground
# writes locale "en-US" into every activity it sends, with no option to change it, so Arabic is chosen the way a
# person whose client is in another language does: with the language command, in Arabic. Every card then says rtl.
journey --conv personal "say:اللغة" "expect:العربية" "submit:العربية" "expect:اللغة: العربية" \
  "say:الإبلاغ عن شاغل" "expect:سلامتك" "expect:\"rtl\":true" "say:no" "expect:\"rtl\":true" \
  "say:language en" "expect:Language: English"
exit "$fail"
