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

echo "== Agents Playground: personal, group chat, channel; the three journeys in Arabic, Chinese, Russian, Spanish =="
# Ports overridable, so the checks can run beside another bot or Playground on this machine.
port=${BOT_PORT:-3978}
pg_port=${PLAYGROUND_PORT:-56150}
# The Playground has one user, who here does the work of many people in a few minutes: past the per-user limit
# (30 messages a minute) the bot would rightly tell them to slow down.
export RateLimiting__PerUser__PermitLimit=1000 RateLimiting__PerConversation__PermitLimit=1000
dotnet run --no-build --project src/RufaBot --urls "http://127.0.0.1:$port" >/tmp/rufabot-bot.log 2>&1 &
bot=$!
pg_dir=$(mktemp -d)
cleanup() {
  kill "$bot" 2>/dev/null || true
  [ -f "$pg_dir/playground.pid" ] && kill "$(cat "$pg_dir/playground.pid")" 2>/dev/null || true
}
trap cleanup EXIT
# Up to two minutes: a busy machine starts the bot slowly.
wait_for_bot() {
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && return 0; sleep 0.5; done
  cat /tmp/rufabot-bot.log
  exit 1
}
wait_for_bot
PG_DIR="$pg_dir" M365_AGENTS_PLAYGROUND_CONFIG_PATH="$PWD/$tools/playground-config.yml" \
  node "$tools/start-playground.js" "http://127.0.0.1:$port/api/messages" "$pg_port" >/dev/null

fail=0
journey() {
  local out
  out=$(node "$tools/playground-test.js" --base "http://127.0.0.1:$pg_port" "$@" 2>&1) || { echo "$out"; fail=1; }
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

# The three journeys in each language, as a person whose client is in it: the language chosen with the command in that
# language, a concern raised to its reference with answers typed in that language, the focal point's card acted on in
# it, the reporter told in it, and a question answered with a citation. The bot restarts with the Playground's user
# as the tier-1 focal point, so the escalation card comes to the same chat (the journeys above need no route).
kill "$bot" 2>/dev/null || true
wait "$bot" 2>/dev/null || true
Escalation__Routing__Tiers__B1__Default__FocalPoints__0__AadObjectId=7d1c1e2a-5b3f-4c6d-9e8f-0a1b2c3d4e5f \
Escalation__Routing__Tiers__B1__Default__FocalPoints__0__DisplayName="Alex Wilber" \
  dotnet run --no-build --project src/RufaBot --urls "http://127.0.0.1:$port" >/tmp/rufabot-bot.log 2>&1 &
bot=$!
wait_for_bot
# language_journey LANG CHOOSE CHOSEN RAISE NO YES WHAT COUNTRY WHEN GROUPS ANONYMOUS SUBMIT ACKNOWLEDGE ACKNOWLEDGED TOLD QUESTION
language_journey() {
  local direction='noCardMatches:"rtl":true'
  [ "$1" = ar ] && direction='expect:"rtl":true'
  journey --conv personal --timeout 40000 "say:$2" "expect:$3" \
    "say:$4" "expect:\"step\":\"danger\"" "say:$5" "expect:\"step\":\"safeToTalk\"" "say:$6" "expect:\"step\":\"what\"" \
    "say:$7" "expect:\"step\":\"country\"" "say:$8" "expect:\"step\":\"when\"" "say:$9" "expect:\"step\":\"groups\"" \
    "say:${10}" "expect:\"step\":\"consent\"" "say:${11}" "expect:\"step\":\"summary\"" \
    "say:${12}" "expect:HR-[0-9A-Z]{4}-[0-9A-Z]{4}" "expect:${13}" "execute:${13}" "expectCard:${14}" "expect:${15}" \
    "say:${16}" "expect:\\[1\\]" "$direction"
}
language_journey ar "اللغة العربية" "اللغة: العربية" "الإبلاغ عن شاغل" "لا" "نعم" \
  "أحرق مسلحون منازل في قريتين وهددوا العائلات التي بقيت بأنها ستكون التالية." "مالي" "الأسبوع الماضي" \
  "النساء والفتيات، الأطفال" "مجهول الهوية" "إرسال" "الإقرار بالاستلام" "تم الإقرار بالاستلام" "تولته جهة تنسيق" \
  "ما يجب فعله إذا علمت بانتهاك جسيم"
language_journey zh "语言 中文" "语言：中文" "提出关切" "否" "是" "武装人员烧毁了两个村庄的房屋，并威胁留下的家庭说下一个就是他们。" \
  "马里" "上周" "妇女和女童，儿童" "匿名" "提交" "确认受理" "已确认受理" "已有一名协调人接手处理" "如果您得知发生了严重侵权行为，应该怎么做"
language_journey ru "язык русский" "Язык: Русский" "подать обращение" "нет" "да" \
  "Вооружённые люди сожгли дома в двух деревнях и пригрозили оставшимся семьям, что они будут следующими." "Мали" \
  "на прошлой неделе" "женщины и девочки, дети" "анонимно" "отправить" "Принять в работу" "Принято в работу" \
  "им занялся координатор" "Что делать, если вы узнали о серьезном нарушении"
language_journey es "idioma español" "Idioma: Español" "plantear una preocupación" "no" "sí" \
  "Hombres armados quemaron casas en dos aldeas y amenazaron a las familias que se quedaron con que serían las siguientes." \
  "Malí" "la semana pasada" "mujeres y niñas, niños" "anónima" "enviar" "Acusar recibo" "Recibo acusado" \
  "se ha hecho cargo" "Qué hacer si se entera de una violación grave"
journey --conv personal "say:language en" "expect:Language: English"
exit "$fail"
