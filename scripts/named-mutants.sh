#!/usr/bin/env bash
# npm run mutation:named: the four mutants issue 9 names, each applied by hand to a copy of the
# file, must make their tests FAIL (killed). Restores every file, whatever happens.
#   1. back-to-back meetings overlap          (overlaps(): < becomes <=)
#   2. the booking page hides clashes         (getBookableSlots: clashes: false)
#   3. a contact due on the cohort's last day counts as complete (nextDueAfter: > becomes >=)
#   4. a started slot / meeting can be cancelled (decideCancelSlot, decideCancel: <= becomes <)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
BACKUP="$(mktemp -d)"
trap 'for f in "$BACKUP"/*; do [ -e "$f" ] && cp "$f" "$(cat "$f.path" 2>/dev/null || echo /dev/null)"; done 2>/dev/null; rm -rf "$BACKUP"' EXIT

KILLED=0
SURVIVED=0
mutant() { # mutant NAME FILE FROM TO TEST [vitest args...]
  local name="$1" file="$2" from="$3" to="$4"
  shift 4
  local key
  key="$(printf '%s' "$file" | tr '/' '_')"
  cp "$file" "$BACKUP/$key" && printf '%s' "$file" >"$BACKUP/$key.path"
  if ! FROM="$from" TO="$to" node -e '
    const fs = require("fs"), f = process.argv[1], s = fs.readFileSync(f, "utf8");
    if (!s.includes(process.env.FROM)) { console.error("not found in " + f + ": " + process.env.FROM); process.exit(2); }
    fs.writeFileSync(f, s.replace(process.env.FROM, process.env.TO));' "$file"; then
    echo "mutant $name: the code changed; update scripts/named-mutants.sh"
    SURVIVED=$((SURVIVED + 1))
    return
  fi
  if vitest run "$@" >/dev/null 2>&1; then
    echo "SURVIVED  $name"
    SURVIVED=$((SURVIVED + 1))
  else
    echo "killed    $name"
    KILLED=$((KILLED + 1))
  fi
  cp "$BACKUP/$key" "$file"
  rm -f "$BACKUP/$key" "$BACKUP/$key.path"
}

mutant "back-to-back meetings overlap" lib/booking/rules.ts \
  "return a.startsAt.getTime() < b.endsAt.getTime()" "return a.startsAt.getTime() <= b.endsAt.getTime()" \
  tests/unit/booking-rules.test.ts
mutant "the booking page hides clashes" lib/booking/queries.ts \
  'clashes: offer.kind === "closed" && offer.reason === "overlap",' "clashes: false," \
  tests/integration/booking-actions.test.ts -t "one availability rule"
mutant "a contact due on the cohort's last day is complete" lib/contacts/rules.ts \
  "return due > cohort.endsOn ? null : due;" "return due >= cohort.endsOn ? null : due;" \
  tests/unit/contacts-cadence.test.ts
mutant "a started slot can be cancelled" lib/booking/rules.ts \
  'if (f.startsAt.getTime() <= f.now.getTime()) return { ok: false, message: msg("meetings.errors.slotStarted") };' \
  'if (f.startsAt.getTime() < f.now.getTime()) return { ok: false, message: msg("meetings.errors.slotStarted") };' \
  tests/unit/booking-rules.test.ts
mutant "a started meeting can be cancelled" lib/booking/rules.ts \
  'if (f.startsAt.getTime() <= f.now.getTime())
    return { kind: "refused", message: msg("meetings.errors.meetingStarted") };' \
  'if (f.startsAt.getTime() < f.now.getTime())
    return { kind: "refused", message: msg("meetings.errors.meetingStarted") };' \
  tests/unit/booking-rules.test.ts

echo "named mutants: $KILLED killed, $SURVIVED survived"
[ "$SURVIVED" = 0 ]
