import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Briefing} from '../../source/core/model.js';
import {renderDigest} from '../../source/digest/digest.js';
import {figureValueText} from '../../source/core/figure-value.js';
import {dayOf} from '../../source/digest/refs.js';
import {emptyBriefing, fixtureBriefing} from './fixtures/briefing.js';

const HEADINGS = ['Plan provisions', 'Quotes by speaker', 'Figures and claims', 'Framing by outlet', 'Where outlets disagree', 'Sources'];

/** The digest as one line, so phrases a wrap split can be found. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const wide = (briefing: Briefing, explain = false) => renderDigest(briefing, {width: 400, explain});

/** Asserts the phrases occur in this order. */
function assertOrder(text: string, phrases: string[]): void {
	const at = phrases.map((phrase) => text.indexOf(phrase));
	phrases.forEach((phrase, i) => assert.ok(at[i] >= 0, `missing: ${phrase}`));
	for (let i = 1; i < at.length; i++) assert.ok(at[i - 1] < at[i], `"${phrases[i - 1]}" should come before "${phrases[i]}"`);
}

test('prints the seven parts in order, each heading underlined', () => {
	const text = renderDigest(fixtureBriefing());
	assertOrder(text, ['Briefing: six-point truce\n=========================', ...HEADINGS.map((heading) => `${heading}\n${'-'.repeat(heading.length)}`), 'Skipped files:']);
});

test('the header names the story, counts articles and outlets, and gives the dates', () => {
	const text = flat(renderDigest(fixtureBriefing()));
	assert.match(text, /5 articles from 2 outlets \(2 articles name no outlet\), 3-7 Mar 2026 \(3 of 5 articles dated\)\./);
	assert.match(text, /Found: 4 plan provisions, 7 quotes from 4 speakers, 5 figures, 2 claims on the ground, 1 disagreement\./);
	assert.match(text, /Corpus: stories\/teloria-truce \(2 files skipped, listed at the end\)/);
});

test('orders provisions by how many outlets report them, each with its outlets', () => {
	const text = flat(wide(fixtureBriefing()));
	assertOrder(text, [
		'1. Guns fall silent along the river line from midnight Reported by 3 outlets: Harbour Ledger [1], Valley Courier [2], “Dravian army says it still holds the ridge” [4]',
		'2. Monitors from neighbouring states patrol a 10 km buffer zone (hedged: “according to a draft seen by the Harbour Ledger”)',
		'3. Talks on the ridge resume within a month',
		'4. Prisoners exchanged all-for-all within ten days Reported by 1 outlet: Valley Courier [3]',
	]);
});

test('lists speakers by number of quotes, direct quotes in full, reported speech marked', () => {
	const text = flat(wide(fixtureBriefing()));
	assertOrder(text, [
		'- Amara Okonkwo, Foreign Minister of Teloria (Teloria): 4 quotes',
		'Also called: Okonkwo, Teloria’s foreign minister',
		'“This is *not* a surrender_ plan; it is a <b>start</b> & nothing less” — Harbour Ledger [1], Valley Courier [2]',
		'“We have buried too many of our sons and daughters',
		'the prisoners come home” — Harbour Ledger [1]',
		'“historic” (partial quote) — Harbour Ledger [1]',
		'(reported) prisoners will be exchanged within days — Valley Courier [3]',
		'- Ruslan Vesk, Dravian army spokesman (Dravia): 1 quote',
		'- senior mediator (anonymous source): 1 quote',
		'(hedged: “speaking on condition of anonymity”)',
		'- Unattributed: 1 quote',
		'Named but not quoted: Lina Haas, UN envoy.',
	]);
});

test('tabulates figures with aligned columns, and lists claims with claimant and dispute', () => {
	const text = renderDigest(fixtureBriefing(), {width: 100});
	const table = text.slice(text.indexOf('Kind'), text.indexOf('Claims on the ground:')).trimEnd().split('\n');
	assert.match(table[0], /^Kind +Figure +Place +Source +As stated +Refs$/);
	assert.match(table[1], /^-+( {2}-+){5}$/);
	const columnStarts = (line: string) => [...line.matchAll(/(?:^| {2})(\S)/g)].map((match) => match.index! + match[0].length - 1);
	const starts = columnStarts(table[1]);
	for (const row of table.slice(2).filter((line) => /^\S/.test(line))) {
		for (const start of columnStarts(row)) assert.ok(starts.includes(start), `misaligned at ${start}: ${row}`);
	}
	assertOrder(text, ['killed', 'at least 212', 'displaced', 'about 40,000', 'hostages', 'dozens', 'territory', '12%']);
	const claims = flat(wide(fixtureBriefing()));
	assert.ok(claims.includes('- Kestrel Ridge: still held. Claimed by Dravian army; disputed by Teloria’s defence ministry. Reported by Valley Courier [2], “Dravian army says it still holds the ridge” [4].'));
	assert.ok(claims.includes('- Port Amsel: retaken. Claimed by an unnamed claimant; no dispute reported. Reported by Harbour Ledger [1].'));
});

test('frames each outlet: headline, terms, voices, provisions omitted', () => {
	const text = flat(wide(fixtureBriefing()));
	assertOrder(text, [
		'- Harbour Ledger [1]',
		'Headline: “Teloria and Dravia sign six-point truce”',
		'Distinctive terms: lakeside talks, river line',
		'Voices quoted: Amara Okonkwo (3; Teloria)',
		'Provisions (of 4): reports 1, 2 and 3; omits 4',
		'Hedges: “according to a draft” (1)',
		'Loaded words: “historic” (2)',
		'Carries 1 figure and 1 claim on the ground',
		'- Valley Courier [2, 3]',
		'Voices quoted: Amara Okonkwo (2; Teloria), resident (1)',
		'- “Dravian army says it still holds the ridge” [4]',
		'Distinctive terms: none found',
		'- “Mediators from three neighbouring states gathered at the lakeside…” [5] Headline: none',
		'Voices quoted: none',
	]);
});

test('shows where outlets disagree with the sentences that disagree', () => {
	const text = flat(wide(fixtureBriefing()));
	assert.ok(text.includes('- figure: Civilian deaths in Teloria: at least 212 or 250 [1, 3] - [1] “At least 212 civilians were killed, the health ministry said.” - [3] “Some 250 civilians were killed.”'));
});

test('numbers the sources and lists skipped files with their reasons at the end', () => {
	const text = flat(wide(fixtureBriefing()));
	assertOrder(text, [
		'[1] Harbour Ledger — “Teloria and Dravia sign six-point truce” — 3 Mar 2026 harbour/01-truce.txt · 812 words https://harbour-ledger.example/',
		'[2] Valley Courier — “Truce holds on first night along the river line” — 4 Mar 2026, via Meridian Wire',
		'[3] Valley Courier — “Prisoner swap set for Friday 🕊️ 和平” — 7 Mar 2026 valley/03-prisoners.txt · 455 words Days named: Friday (6 Mar 2026), Monday (2 Mar 2026)',
		'[4] “Dravian army says it still holds the ridge” (outlet unknown) — date unknown, via Meridian Wire wire-copy.txt · 300 words Days named: Sunday (date unknown)',
		'[5] “Mediators from three neighbouring states gathered at the…” (outlet unknown, no headline) — date unknown untitled.txt · 220 words',
		'Skipped files: - notes/draft.docx: not an article (.docx is not read) - empty.txt: empty file',
	]);
});

test('a section with no data says so in one line', () => {
	const text = renderDigest(emptyBriefing());
	for (const line of [
		'Briefing: no proposal named',
		'dates unknown.',
		'No plan provisions were found in the articles.',
		'No quotes were found in the articles.',
		'No figures were found in the articles.',
		'No claims on the ground were found in the articles.',
		'No outlet framing was found in the articles.',
		'No disagreements between outlets were found.',
		'No files were skipped.',
	]) {
		assert.ok(text.includes(line), line);
	}
	assertOrder(text, HEADINGS);
});

test('--explain follows each item with the rule ids that found it', () => {
	const plain = flat(wide(fixtureBriefing()));
	const explained = flat(wide(fixtureBriefing(), true));
	assert.ok(!plain.includes('[rule'));
	for (const phrase of [
		'from midnight [rule provision.numbered-point]',
		'Valley Courier [2] [rule quote.said-after, quote.colon-before]',
		'Harbour Ledger [1]. [rule claim.retaken]',
		'at least 212 or 250 [1, 3] [rule discrepancy.figure]',
	]) {
		assert.ok(explained.includes(phrase), phrase);
	}
	assert.match(explained, /Rule/);
	assert.match(explained, /figure\.vague-count/);
});

test('ANSI codes only when colour is asked for, and never in markdown', () => {
	const ansi = /\u001B\[/;
	assert.doesNotMatch(renderDigest(fixtureBriefing()), ansi);
	assert.doesNotMatch(renderDigest(fixtureBriefing(), {format: 'markdown', color: true}), ansi);
	const colored = renderDigest(fixtureBriefing(), {color: true});
	assert.ok(colored.includes('\u001B[1mPlan provisions\u001B[22m'));
	assert.equal(colored.replace(/\u001B\[\d+m/g, ''), renderDigest(fixtureBriefing()));
});

test('the same briefing gives the same bytes, whatever the time zone', () => {
	const zone = process.env.TZ;
	try {
		const outputs = ['UTC', 'Pacific/Kiritimati', 'America/Adak'].map((tz) => {
			process.env.TZ = tz;
			return [renderDigest(fixtureBriefing()), renderDigest(fixtureBriefing(), {format: 'markdown'})].join('\0');
		});
		assert.equal(outputs[1], outputs[0]);
		assert.equal(outputs[2], outputs[0]);
	} finally {
		if (zone === undefined) delete process.env.TZ;
		else process.env.TZ = zone;
	}
});

test('every fact of the briefing appears in the digest', () => {
	const briefing = fixtureBriefing();
	const text = flat(wide(briefing, true));
	const md = flat(renderDigest(briefing, {format: 'markdown', width: 400, explain: true}).replace(/\\(?=[!-/:-@[-`{-~])/g, '').replace(/\*\*/g, ''));
	const evidence = [...briefing.quotes, ...briefing.provisions, ...briefing.figures, ...briefing.claims, ...briefing.discrepancies].flatMap((item) => item.evidence);
	const facts = [
		briefing.story.name!,
		briefing.corpus.root,
		...briefing.corpus.skipped.flatMap((file) => [file.file, file.reason]),
		...briefing.articles.flatMap((a) => [a.id, a.outlet, a.credit, a.url, a.headline, a.published && dayOf(a.published), `${a.words} words`]),
		...briefing.articles.flatMap((a) => (a.weekdays ?? []).flatMap((day) => [day.text, day.date && dayOf(day.date)])),
		...briefing.speakers.flatMap((s) => [s.name, s.role, s.side, ...s.aliases]),
		...briefing.quotes.map((q) => q.text),
		...briefing.provisions.map((p) => p.summary),
		...briefing.figures.flatMap((f) => [f.text, f.place, f.source, f.qualifier, figureValueText(f)]),
		...briefing.claims.flatMap((c) => [c.place, c.claim, c.claimant, c.disputedBy]),
		...briefing.outlets.flatMap((o) => [o.name, o.headline, o.lede, ...o.terms.map((t) => t.term), ...(o.hedges ?? []).map((h) => h.phrase), ...(o.loaded ?? []).map((h) => h.phrase)]),
		...briefing.discrepancies.flatMap((d) => [d.summary, d.kind]),
		...evidence.flatMap((e) => [e.hedge, e.rule]),
		...briefing.discrepancies.flatMap((d) => d.evidence.map((e) => e.text)),
	].filter((fact): fact is string => Boolean(fact));
	for (const fact of facts) {
		assert.ok(text.includes(flat(fact)), `text lacks: ${fact}`);
		assert.ok(md.includes(flat(fact)), `markdown lacks: ${fact}`);
	}
});
