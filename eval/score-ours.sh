#!/usr/bin/env bash
# Scores brief on our own invented evaluation corpora (eval/corpora/*, each with a gold.json in the
# format of ../shared/eval), with the shared scorer, one line each. VERBOSE=1 lists every miss.
# Usage, from the project root: eval/score-ours.sh [CLI...]   (default: node --import tsx cli.tsx)
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2
scorer=../shared/eval/score.mjs
[ -f "$scorer" ] || { echo "the shared scorer is not at $scorer" >&2; exit 2; }
if [ $# -gt 0 ]; then cli=("$@"); else cli=(node --import tsx cli.tsx); fi
for d in eval/corpora/*/; do
	out=$(mktemp)
	if ! "${cli[@]}" --json "$d" >"$out" 2>/dev/null; then echo "$(basename "$d"): brief --json failed"; rm -f "$out"; continue; fi
	if [ -n "${VERBOSE:-}" ]; then echo "== $(basename "$d")"; node "$scorer" --gold "$d/gold.json" --briefing "$out" --verbose | head -n -1
	else printf '%-18s %s\n' "$(basename "$d")" "$(node "$scorer" --gold "$d/gold.json" --briefing "$out" | tail -1)"; fi
	rm -f "$out"
done
