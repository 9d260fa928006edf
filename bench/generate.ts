/**
 * A deterministic synthetic corpus for the benchmark: articles (~3 KB) that read like coverage of one
 * story (a border war and a ceasefire plan) by invented outlets, with invented people and towns.
 * Sentences are recombined from templates with varied names and numbers, so the extractors do real
 * work on every article. Same seed, same bytes: `npx tsx bench/generate.ts [N...]` writes
 * bench/corpora/<N>/ (article files + sources.json).
 */
import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const DEFAULT_SEED = 20251125;

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; enough for picking templates. */
export function prng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const chance = (random: Random, p: number) => random() < p;
/** A count as papers print it: "43,000", sometimes "43000". */
const count = (random: Random, value: number) => (value >= 1000 && chance(random, 0.8) ? value.toLocaleString('en-US') : String(value));

const OUTLET_WORDS = ['Meridian', 'Frontier', 'Harbour', 'Northgate', 'Cobalt', 'Lantern', 'Granite', 'Atlas', 'Beacon', 'Summit', 'Riverside', 'Compass'];
const OUTLET_KINDS = ['Post', 'Ledger', 'Dispatch', 'Observer', 'Courier', 'Chronicle', 'Times', 'Wire', 'Review', 'Herald'];
const FIRST = ['Amara', 'Tomas', 'Ilse', 'Ravi', 'Yelena', 'Kwame', 'Sofia', 'Mateo', 'Hana', 'Oskar', 'Leyla', 'Farid', 'Nadia', 'Bruno', 'Ines', 'Dmitri', 'Aiko', 'Jonas', 'Marisol', 'Teodor'];
const LAST = ['Varga', 'Okonkwo', 'Lindqvist', 'Haddad', 'Moreau', 'Castellan', 'Petrov', 'Nakamura', 'Adeyemi', 'Halvorsen', 'Rojas', 'Kowal', 'Brandt', 'Sato', 'Mensah', 'Quintero', 'Novak', 'Albescu', 'Terzi', 'Dahl'];
const TOWNS = ['Velmora', 'Kestrin', 'Dornava', 'Silvask', 'Ostrel', 'Marvik', 'Tellun', 'Brisca', 'Korvan', 'Ashdel', 'Pelgrad', 'Juniva', 'Rostel', 'Halmuk', 'Zerin', 'Olvast'];
const REGIONS = ['Upper Varn', 'the Selka valley', 'Lower Dristan', 'the Morrow plateau', 'East Kalvan'];
/** Two sides at war and a mediator; real countries from the general lexicon, none of the seeds' or the practice stories'. */
const SIDES = [
	{country: 'Armenia', adjective: 'Armenian', capital: 'Yerevan'},
	{country: 'Azerbaijan', adjective: 'Azerbaijani', capital: 'Baku'},
];
const MEDIATORS = [
	{country: 'Finland', adjective: 'Finnish'},
	{country: 'Brazil', adjective: 'Brazilian'},
];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Interior Minister', 'army spokesman', 'chief negotiator', 'military spokeswoman', 'envoy'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SAID = ['said', 'told reporters', 'said in a statement', 'wrote on social media', 'told a news conference'];
const QUOTE_SUBJECTS = ['We', 'Our soldiers', 'Our people', 'The families of the missing', 'Our negotiators', 'The villages along the border'];
const QUOTE_PREDICATES = ['will not accept a deal that rewards aggression', 'will defend every metre of our land', 'want a truce that brings the prisoners home', 'are ready to talk but not to surrender', 'have waited too long for this ceasefire', 'need guarantees that the guns will fall silent', 'deserve a peace that respects our sovereignty', 'cannot trust a plan written without us'];
const QUOTE_TAILS = ['', '', ' until the shelling stops', ' as long as the monitors are in place', ' whatever the mediators say', ' and the world should know it'];
const PROVISIONS = [
	'a ceasefire along the current line of contact monitored by {n} international observers',
	'the withdrawal of heavy artillery {n} kilometres from the front',
	'an exchange of all prisoners of war within {n} days',
	'the reopening of the {town} crossing to civilian traffic',
	'a demilitarised zone around {town}',
	'the return of displaced families to {region} under a joint commission',
	'a cap of {n} troops on each side of the border',
	'reconstruction aid of ${n} million for damaged towns',
];
const CHROME_TOP = ['Select Language:', 'Skip to content', 'Home | World | Conflicts', 'Listen to this article', 'Menu'];
const CHROME_BOTTOM = ['Share this article', 'Subscribe to our newsletter for daily updates.', 'Related Stories', 'Tags: border, ceasefire, talks', 'Advertisement', 'Follow us on social media and share this story.'];

interface Person {
	name: string;
	last: string;
	title: string;
	side: string;
}

interface Story {
	outlets: string[];
	people: Person[];
	points: number;
}

/** The cast of one corpus: outlets and people, more of both for a bigger corpus. */
function castStory(random: Random, size: number): Story {
	const outlets = new Set<string>();
	const wanted = Math.min(60, 4 + Math.floor(Math.sqrt(size)));
	while (outlets.size < wanted) outlets.add(`The ${pick(random, OUTLET_WORDS)} ${pick(random, OUTLET_KINDS)}`.replace(/^The (\w+ Wire)$/, '$1'));
	const people = new Map<string, Person>();
	const cast = Math.min(120, 8 + Math.floor(Math.sqrt(size) * 1.5));
	while (people.size < cast) {
		const first = pick(random, FIRST);
		const last = pick(random, LAST);
		const side = pick(random, [...SIDES.map((entry) => entry.adjective), ...MEDIATORS.map((entry) => entry.adjective)]);
		people.set(`${first} ${last}`, {name: `${first} ${last}`, last, title: pick(random, TITLES), side});
	}
	return {outlets: [...outlets], people: [...people.values()], points: between(random, 8, 24)};
}

function quoteText(random: Random): string {
	return `${pick(random, QUOTE_SUBJECTS)} ${pick(random, QUOTE_PREDICATES)}${pick(random, QUOTE_TAILS)}`;
}

function provisionText(random: Random): string {
	return pick(random, PROVISIONS)
		.replace('{n}', String(pick(random, [5, 10, 15, 20, 30, 40, 60, 90, 120, 250, 400])))
		.replace('{town}', pick(random, TOWNS))
		.replace('{region}', pick(random, REGIONS));
}

/** One paragraph of a given kind; every kind names people, places or numbers the extractors look for. */
function paragraph(random: Random, story: Story, kind: number): string {
	const person = pick(random, story.people);
	const other = pick(random, story.people);
	const [attacker, defender] = chance(random, 0.5) ? SIDES : [SIDES[1], SIDES[0]];
	const town = pick(random, TOWNS);
	const day = pick(random, WEEKDAYS);
	switch (kind) {
		case 0:
			return `“${quoteText(random)},” ${person.side} ${person.title} ${person.name} ${pick(random, SAID)} on ${day}. ${person.last} added that talks would resume in ${pick(random, MEDIATORS).country} within ${between(random, 2, 14)} days.`;
		case 1:
			return `${person.side} ${person.title} ${person.name} said: “${quoteText(random)}. ${quoteText(random)}.”`;
		case 2:
			return `${other.name}, the ${other.side} ${other.title}, said the government would not sign the plan unless ${pick(random, ['the shelling stopped', 'the prisoners were released first', 'the monitors were in place', 'its troops could stay'])}. ${person.side} officials said they were studying the text.`;
		case 3:
			return `Shelling of ${town} killed at least ${between(random, 2, 140)} people and injured ${between(random, 10, 400)} more, according to ${person.side} ${person.title} ${person.name}. Some ${count(random, between(random, 1, 90) * 1000)} residents have been displaced from ${pick(random, REGIONS)} since the fighting began.`;
		case 4:
			return `${attacker.adjective} forces claim to have seized ${town} and parts of ${pick(random, TOWNS)}, although ${defender.country} has denied the reports. The ${defender.adjective} army said it still controlled ${between(random, 10, 95)} percent of the district.`;
		case 5:
			return `The ${story.points}-point plan, seen by ${pick(random, story.outlets)} but not published, would limit each army to ${count(random, between(random, 20, 300) * 1000)} troops near the border and include ${provisionText(random)}.`;
		case 6:
			return `A senior ${pick(random, MEDIATORS).adjective} official, speaking on condition of anonymity, said the draft had been shared with ${attacker.capital} and ${defender.capital} on ${day} and that ${person.name} had agreed to most of it.`;
		case 7:
			return `${defender.adjective} ${pick(random, TITLES)} ${other.name} called the offer “${pick(random, ['a capitulation', 'a serious start', 'dead on arrival', 'worth studying'])}” and said ${between(random, 3, 40)} soldiers had been killed in ${town} in the past week.`;
		default:
			return `Damage to power lines has left ${count(random, between(random, 20, 900) * 1000)} homes without electricity in ${pick(random, REGIONS)}, the ${person.side} energy ministry said, putting the cost at ${between(random, 2, 90)} million dollars.`;
	}
}

/** One article's text and manifest entry; `index` varies headline, order and chrome. */
export function generateArticle(random: Random, story: Story, index: number): {text: string; meta: {outlet: string | null; url: string | null; published: string | null}} {
	const outlet = pick(random, story.outlets);
	const [first, second] = chance(random, 0.5) ? SIDES : [SIDES[1], SIDES[0]];
	const headline = `${first.adjective} ${pick(random, ['leader weighs', 'rejects', 'backs', 'questions'])} ${story.points}-point ceasefire plan as fighting ${pick(random, ['rages', 'spreads', 'eases'])} near ${pick(random, TOWNS)}`;
	const lines: string[] = [];
	if (chance(random, 0.6)) lines.push(pick(random, CHROME_TOP));
	lines.push(headline, '');
	lines.push(`${first.adjective} and ${second.adjective} negotiators traded accusations on ${pick(random, WEEKDAYS)} over a ${pick(random, MEDIATORS).adjective}-backed plan to end the border war, as fighting continued around ${pick(random, TOWNS)}.`, '');
	const kinds = [0, 1, 2, 3, 4, 5, 6, 7, 8];
	for (let i = kinds.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[kinds[i], kinds[j]] = [kinds[j], kinds[i]];
	}
	let bytes = lines.join('\n').length;
	for (const kind of [...kinds, ...kinds]) {
		if (bytes > 2750) break;
		if (kind === 5 && chance(random, 0.5)) {
			const block = ['Key Provisions of the Plan', ...Array.from({length: between(random, 3, 5)}, () => provisionText(random).replace(/^./, (c) => c.toUpperCase()))];
			lines.push(block.join('\n'), '');
			bytes += block.join('\n').length;
			continue;
		}
		const text = paragraph(random, story, kind);
		lines.push(text, '');
		bytes += text.length;
	}
	if (chance(random, 0.7)) lines.push(pick(random, CHROME_BOTTOM), pick(random, CHROME_BOTTOM));
	const day = 1 + (index % 28);
	const published = chance(random, 0.7) ? `2025-11-${String(day).padStart(2, '0')}` : null;
	const slug = headline.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
	const meta = {outlet: chance(random, 0.85) ? outlet : null, url: chance(random, 0.8) ? `https://example.org/${index}/${slug}` : null, published};
	return {text: `${lines.join('\n').trimEnd()}\n`, meta};
}

export interface GeneratedCorpus {
	/** File name -> article text, in name order. */
	files: Map<string, string>;
	/** sources.json: file name -> metadata. */
	manifest: Record<string, {outlet: string | null; url: string | null; published: string | null}>;
}

/** A corpus of `size` articles from `seed`: the same arguments give the same bytes. */
export function generateCorpus(size: number, seed = DEFAULT_SEED): GeneratedCorpus {
	const random = prng(seed ^ size);
	const story = castStory(random, size);
	const files = new Map<string, string>();
	const manifest: GeneratedCorpus['manifest'] = {};
	const width = String(size - 1).length;
	for (let index = 0; index < size; index++) {
		const name = `${String(index).padStart(width, '0')}.txt`;
		const {text, meta} = generateArticle(random, story, index);
		files.set(name, text);
		manifest[name] = meta;
	}
	return {files, manifest};
}

/** Writes the corpus to `dir` unless a stamp says the same generator, seed and size already wrote it. */
export function writeCorpus(dir: string, size: number, seed = DEFAULT_SEED): {dir: string; bytes: number; written: boolean} {
	// The generator's own source is in the stamp: editing a template rewrites the corpora.
	const generator = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 16);
	const stamp = JSON.stringify({generator, seed, size});
	const stampPath = join(dir, '.generated');
	try {
		const previous = JSON.parse(readFileSync(stampPath, 'utf8')) as {stamp: string; bytes: number};
		if (previous.stamp === stamp) return {dir, bytes: previous.bytes, written: false};
	} catch {
		// no stamp or an unreadable one: write the corpus
	}
	rmSync(dir, {recursive: true, force: true});
	mkdirSync(dir, {recursive: true});
	const {files, manifest} = generateCorpus(size, seed);
	let bytes = 0;
	for (const [name, text] of files) {
		writeFileSync(join(dir, name), text);
		bytes += Buffer.byteLength(text);
	}
	writeFileSync(join(dir, 'sources.json'), `${JSON.stringify(manifest, null, 1)}\n`);
	writeFileSync(stampPath, JSON.stringify({stamp, bytes}));
	return {dir, bytes, written: true};
}

export const CORPORA_DIR = fileURLToPath(new URL('corpora/', import.meta.url));
export const corpusDir = (size: number) => join(CORPORA_DIR, String(size));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const sizes = process.argv.slice(2).map(Number).filter((size) => size > 0);
	for (const size of sizes.length ? sizes : [100, 1000, 10000]) {
		const result = writeCorpus(corpusDir(size), size);
		console.log(`${result.dir}: ${size} articles, ${(result.bytes / 1024 / 1024).toFixed(1)} MB${result.written ? '' : ' (unchanged)'}`);
	}
}
