/**
 * One article's text -> ParsedArticle: front matter, page chrome removed by general rules,
 * headline found, paragraphs and sentences with offsets into the cleaned body.
 */
import {dateInLine, parsePublished, WEEKDAYS} from './dates.js';
import {metaValue, splitFrontMatter} from './front-matter.js';
import {ACCOUNT_ACTIONS, ARCHIVE_NOTICE_OPENINGS, BROWSER_NOTICE_PHRASES, BYLINE_LABELS, CALL_TO_ACTION, CALL_TO_ACTION_OPENINGS, COMMENT_FORM_OPENINGS, CONSENT_CHOICES, CONSENT_SUBJECTS, CONTACT_LABELS, DOCUMENT_NOTES, FURNITURE_LABELS, INTERFACE_VERBS, JOURNALIST_ROLE_MODIFIERS, JOURNALIST_ROLES, LETTERHEAD_LABELS, MEDIA_LABELS, PHOTO_AGENCIES, PHOTO_CREDIT_WORDS, REFERENCE_LABELS, SECTION_LABELS, SHARE_BUTTONS, STREET_WORDS, TITLE_PREFIX_LABELS, TRAILING_LABELS} from './lexicon/chrome.js';
import {BROADCASTER_HEADS, MASTHEAD_HEADS} from './lexicon/mastheads.js';
import {MONTHS} from './lexicon/numbers.js';
import {ORGANISATION_HEADS} from './lexicon/organisations.js';
import {CREDIT_LEADS, WIRE_AGENCIES} from './lexicon/wires.js';
import type {Paragraph, ParsedArticle, Sentence} from './model.js';
import {backticksAsQuotes, stripControlSequences} from './sanitize.js';
import {splitSentences} from './segment/sentences.js';
import {unwrapLines} from './segment/unwrap.js';
import {alternation, plainLetterCount, plainLettersAtMost, plainWords, titleCaseWords, wordCount, wordsAtMost} from './text-scan.js';
import {matchesSlug, slugWords} from './url-slug.js';

/** Metadata that came with the article from outside its text (a manifest, a feed, an export). */
export interface ArticleMeta {
	outlet?: string | null;
	url?: string | null;
	published?: string | null;
	headline?: string | null;
	credit?: string | null;
}

const WIRES = new Map(WIRE_AGENCIES.map((name) => [name.toLowerCase(), name]));
const FURNITURE = new Set(FURNITURE_LABELS);
const TRAILING = new Set(TRAILING_LABELS);

// Lines are compared by their words alone: case, punctuation and spacing aside.
const normLine = plainWords;

/** A line that could be a title: short, no closing full stop, not a list bullet. */
export function isTitleLike(line: string): boolean {
	const trimmed = line.trim();
	if (!trimmed || trimmed.length > 220 || !wordsAtMost(trimmed, 25)) return false;
	if (/[.;,]["'”’)]*$/.test(trimmed) && !/\b(?:U\.S|U\.K|Inc|Jr|Co)\.$/.test(trimmed)) return false;
	if (/^[-•*·▪–]\s/.test(trimmed)) return false;
	return /[\p{L}--[\u{10000}-\u{10FFFF}]]/v.test(trimmed);
}

/** A line short enough and unpunctuated enough to be a section heading inside the body. */
function isHeadingLine(line: string): boolean {
	const trimmed = line.trim();
	return wordsAtMost(trimmed, 12) && isTitleLike(trimmed) && !/[:]$/.test(trimmed) && /^[[\p{Lu}\p{N}"“‘']--[\u{10000}-\u{10FFFF}]]/v.test(trimmed);
}

/** The wire a line credits: "Reuters", "With information from Reuters.", "Jane Doe | Reuters", "(AFP)". */
export function creditOf(line: string): string | null {
	const trimmed = line.trim().replace(/[.)]+$/, '').replace(/^\(/, '');
	const lower = trimmed.toLowerCase();
	if (WIRES.has(lower)) return WIRES.get(lower)!;
	// "By Xinhua": a wire's byline (a writer's byline names a person, and no wire is one)
	if (lower.startsWith('by ') && WIRES.has(lower.slice(3).trim())) return WIRES.get(lower.slice(3).trim())!;
	for (const lead of CREDIT_LEADS) {
		if (lower.startsWith(lead)) {
			const rest = trimmed.slice(lead.length).trim();
			const wire = rest.split(/\s*(?:,|;| and )\s*/)[0];
			return WIRES.get(wire.toLowerCase()) ?? (wordsAtMost(rest, 6) ? rest : null);
		}
	}
	const piped = /[|/]\s*([^|/]+)$/.exec(trimmed);
	if (piped && wordsAtMost(trimmed, 8)) return WIRES.get(piped[1].trim().toLowerCase().replace(/ via .*$/, '')) ?? null;
	return null;
}

// Longest first, so "sign in" is taken whole before "sign" could be.
const ACCOUNT = [...ACCOUNT_ACTIONS].sort((a, b) => b.length - a.length);
const CONSENT_BUTTONS = [...CONSENT_CHOICES, 'reject', 'settings', 'preferences', 'ok', 'or', 'and'].sort((a, b) => b.length - a.length);

/** A row of account actions only ("Subscribe   Sign in", "Log in | Register", "Sign in or create an account"), by its line key. */
export function isAccountRow(norm: string, phrases: readonly string[] = ACCOUNT): boolean {
	let rest = norm;
	let actions = 0;
	while (rest) {
		const action = phrases.find((phrase) => rest === phrase || rest.startsWith(`${phrase} `));
		if (!action) return false;
		if (action !== 'or' && action !== 'and') actions++;
		rest = rest.slice(action.length).trimStart();
	}
	return actions > 0;
}

const CALL_TO_ACTION_OPENING = new RegExp(`^(?:${CALL_TO_ACTION_OPENINGS.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i');

/** A line at the top that asks something of the reader (subscribe, sign in, get the app): chrome before the headline. */
function isLeadingCallToAction(line: string): boolean {
	return isCallToAction(line) || (wordsAtMost(line, 14) && (CALL_TO_ACTION_OPENING.test(line.trim()) || isNewsletterOffer(line)));
}

/** A newsletter offered to the reader: "Unlock the Capital Watch newsletter for free", "Get our Morning Brief newsletter". */
const isNewsletterOffer = (line: string) => /\bnewsletters?\b/i.test(line) && /\b(?:free|unlock|sign up|subscribe|get|receive|delivered)\b/i.test(line) && !/[.?!]["”’]?$/.test(line.trim());

/** The tagline a newsletter's offer carries on the line under it: "Your guide to what the new term means for …". */
const isOfferTagline = (line: string) => wordsAtMost(line, 20) && /^your\s/i.test(line.trim()) && !/["“”]/.test(line);

const CONSENT_SUBJECT = new RegExp(`\\b(?:${alternation(CONSENT_SUBJECTS)})\\b`, 'i');
const CONSENT_CHOICE = new RegExp(`\\b(?:${alternation(CONSENT_CHOICES)})\\b`, 'i');
// a banner speaks to the reader about the site; a story about a cookie law speaks about others
const SPEAKS_TO_READER = /\b(?:you|your|we use|this (?:site|website|page)|our (?:site|website|use|partners))\b/i;
const BUTTON = /\[[^\]\n]{1,30}\]/g;
const QUOTED_CHOICE = new RegExp(`["“](?:${alternation(CONSENT_CHOICES)})["”]`, 'gi');

/** A cookie or consent banner, or its row of buttons ("[Accept all] [Manage settings]"): chrome wherever it stands. */
export function isConsentBanner(line: string): boolean {
	const trimmed = line.trim();
	if (/^(?:\[[^\]\n]{1,30}\]\s*){2,}$/.test(trimmed)) return true;
	// its buttons alone, unbracketed: "Accept all   Reject all   Manage preferences"
	if (wordsAtMost(trimmed, 8) && /\b(?:accept|reject|agree|allow|manage)\b/i.test(trimmed) && isAccountRow(plainWords(trimmed), CONSENT_BUTTONS)) return true;
	// a line with a quotation is someone's words, never a banner, unless what it quotes is a button: By clicking "Accept all"
	if (/["“”]/.test(trimmed) && /["“”]/.test(trimmed.replace(QUOTED_CHOICE, ''))) return false;
	// a banner offers bracketed buttons or names its subject: most lines do neither, and their words are not counted
	const bracketed = trimmed.includes('[');
	// unbracketed, it must speak to the reader, name its subject and offer a choice (below): the shortest test first
	if (!bracketed) return SPEAKS_TO_READER.test(trimmed) && CONSENT_SUBJECT.test(trimmed) && wordsAtMost(trimmed, 80) && CONSENT_CHOICE.test(trimmed);
	if (!wordsAtMost(trimmed, 80)) return false;
	const buttons = trimmed.match(BUTTON) ?? [];
	// buttons that offer a choice about the reader's privacy, whether or not the banner says "cookies"
	if (buttons.some((button) => CONSENT_CHOICE.test(button)) && (CONSENT_SUBJECT.test(trimmed) || /\b(?:privacy|consent|your data|our partners)\b/i.test(trimmed))) return true;
	return CONSENT_SUBJECT.test(trimmed) && SPEAKS_TO_READER.test(trimmed) && CONSENT_CHOICE.test(trimmed);
}

// The most letters (and numbers and apostrophes) a furniture label, or a row of up to eight account actions, holds.
const ARCHIVE_NOTICE = new RegExp(`^(?:${alternation(ARCHIVE_NOTICE_OPENINGS)})\\b`, 'i');
const ARCHIVE_NOTICE_LETTERS = 60;
const BROWSER_NOTICE = new RegExp(`\\b(?:${alternation(BROWSER_NOTICE_PHRASES)})\\b`, 'i');
const BROWSER_NOTICE_LETTERS = 140;
const FURNITURE_LETTERS = Math.max(...FURNITURE_LABELS.map((label) => label.replace(/ /g, '').length));
const ACCOUNT_ROW_LETTERS = 8 * Math.max(...ACCOUNT.map((action) => action.replace(/ /g, '').length));

/**
 * A picture's or video's caption or credit under its label, wherever the scraper left it: "Image caption The port at dawn",
 * "Image copyright Kell Press", "Legend of the mediaRescuers reach …" (the label glued to the caption by a scraper).
 */
function isMediaLabelled(line: string): boolean {
	const lower = line.slice(0, MEDIA_LABEL_CHARS + 1).toLowerCase();
	for (const label of MEDIA_LABELS) {
		if (!lower.startsWith(label)) continue;
		const next = line.charAt(label.length);
		if (next === '' || next === ':' || next === ',' || /\s/.test(next) || (next !== next.toLowerCase() && next === next.toUpperCase())) return true;
	}
	return false;
}
const MEDIA_LABEL_CHARS = Math.max(...MEDIA_LABELS.map((label) => label.length));

/**
 * The line with a title above it cut off its head when it opens by repeating that title and the rest starts a
 * sentence: a title of a few words, glued on ("…in DorvaDorva and …") or set apart by a space before a capital.
 */
function withoutRepeatedTitle(line: string, title: string): string {
	if (line.length <= title.length || !line.startsWith(title) || /[.!?:]$/.test(title)) return line;
	const rest = line.slice(title.length);
	const words = title.split(/\s+/).length;
	if (words < 3 || words > 25) return line;
	if (/^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(rest) || (words >= 5 && /^\s+[[\p{Lu}\p{N}"“‘']--[\u{10000}-\u{10FFFF}]]/v.test(rest))) return rest.trimStart();
	return line;
}

/** Menu, category, breadcrumb and picker lines: page furniture, never article text. */
function isFurniture(line: string, letters: number, normOf: () => string): boolean {
	const trimmed = line.trim();
	if (!letters) return true; // punctuation only
	if (isConsentBanner(trimmed)) return true;
	// a label or a row of account actions is short: a longer line's key is not made for them
	if (letters <= FURNITURE_LETTERS && FURNITURE.has(normOf())) return true;
	if (letters <= ACCOUNT_ROW_LETTERS && wordsAtMost(normOf(), 8) && isAccountRow(normOf())) return true;
	if (/:$/.test(trimmed) && wordsAtMost(trimmed, 3) && /\b(?:language|edition|region|country)\b/i.test(trimmed)) return true;
	// a link to another story inside the body: "Also read: <its headline>", "Related | <its headline>" (its words are that story's)
	if (wordsAtMost(trimmed, 30) && isPromoLink(trimmed)) return true;
	// an archive notice over an old story: "This Article is From Dec 13, 2019"
	if (letters <= ARCHIVE_NOTICE_LETTERS && ARCHIVE_NOTICE.test(trimmed)) return true;
	// a notice to a reader whose browser the page cannot serve: "Your web browser is no longer supported. To improve …"
	if (letters <= BROWSER_NOTICE_LETTERS && BROWSER_NOTICE.test(trimmed)) return true;
	if (wordsAtMost(trimmed, 60) && isMediaLabelled(trimmed)) return true;
	// a media placeholder a scraper left in brackets: "[Image: Lorries wait at the crossing. Photo: …]", "[Video: …]"
	if (/^\[(?:image|photo|picture|video|graphic|caption|audio|gallery)\b[^\]]*\]$/i.test(trimmed)) return true;
	// Breadcrumbs and category rows: capitalised words joined by separators, no lower-case words at all (the
	// separators themselves are not words: "Home | World | Climate | Business | Opinion | Podcasts").
	// A breadcrumb from the home page down, whatever the case of its last crumbs: "Home > Newsroom > Speeches and transcripts".
	if (/^home\s*[|›»>\/]\s*\S/i.test(trimmed) && wordsAtMost(trimmed, 12) && !/[.!?]$/.test(trimmed)) return true;
	// Most lines are prose with no separator at all: the rows below are read only where one stands.
	if (/[&|›»>·•\/]/.test(trimmed)) {
		if (wordsAtMost(trimmed, 30) && isBarredFurniture(trimmed)) return true;
		const words = trimmed.replace(/[&|›»>·•\/]/g, ' ');
		// (not a page's time stamps: "25.11.2026, 21:47 | Updated 26.11.2026, 08:15" dates the article)
		if (wordsAtMost(words, 8) && !/\b[\p{Ll}--[\u{10000}-\u{10FFFF}]]{3,}\b/v.test(words) && dateInLine(trimmed) === null) return true;
	}
	return false;
}

/** A site's menu, a short breadcrumb or a share bar: rows of short items set apart by separators. */
function isBarredFurniture(trimmed: string): boolean {
	// A site's menu: four or more short items set apart by bars ("Home | About us | News | Join the union | Contact").
	const items = trimmed.split(/\s+[|·•]\s+/);
	if (items.length >= 4 && items.every((item) => wordsAtMost(item, 4) && !/[.!?]$/.test(item))) return true;
	if (items.length === 3 && items.every((item) => wordsAtMost(item, 1) && /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(item))) return true; // "Search | Français | English"
	// A breadcrumb of a few short crumbs: "News > Press releases", "Security › Border regions".
	const crumbs = trimmed.split(/\s+[›»>]\s+/);
	if (crumbs.length >= 2 && crumbs.length <= 6 && crumbs.every((crumb) => wordsAtMost(crumb, 3) && /^[[\p{Lu}\p{N}]--[\u{10000}-\u{10FFFF}]]/v.test(crumb) && !/[.!?,;:]$/.test(crumb))) return true;
	// A share bar: "Share: Facebook | X | Email | Copy link", "Follow us · Telegram · WhatsApp".
	return /^(?:share(?: this(?: article| story| page)?)?|follow us)\s*:?\s+\S/i.test(trimmed) && /\s[|·•]\s/.test(trimmed) && wordsAtMost(trimmed, 14) && !/[.!?]$/.test(trimmed);
}

/** A flattened menu: three or more capitalised items set apart by runs of spaces or tabs ("Menu  News  World  Video"). */
function isMenuRow(raw: string): boolean {
	const items = raw.trim().split(/\t+| {2,}|\u00A0{2,}/);
	return items.length >= 3 && items.length <= 12 && items.every((item) => /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(item) && wordsAtMost(item, 3) && !/[.,;:!?]$/.test(item));
}

/** What names the site: its outlet and the brand in its address ("globecurrent" of www.globecurrent.com), as line keys. */
interface Masthead {
	outlet?: string | null;
	url?: string | null;
}

const withoutThe = (key: string) => key.replace(/^the /, '');

/**
 * Whether the first line is the site's name over its headline: the outlet itself ("Daily Harrow"), the brand in the
 * address, or a short brand-like line (capitalised words, no digits) that a short line further down names again (a
 * byline "By … | Brand", "© 2026 Brand Media Ltd. All rights reserved. | Privacy | Terms", "Sign up for the Brand …"),
 * with a longer title-like line after it.
 */
function isMasthead(lines: string[], rawLines: string[], masthead: Masthead): boolean {
	const first = lines[0];
	const key = normLine(first);
	// A public body's own site: "Ministry of Trade of the Republic of X" over its release's title.
	if (lines.length >= 3 && INSTITUTION_MASTHEAD.test(first === first.toUpperCase() ? titleCaseWords(first) : first) && wordsAtMost(first, 10) && !/[.!?:;]$/.test(first) && isTitleLike(lines[1]) && wordCount(lines[1]) > wordCount(first)) return true;
	if (!key || !wordsAtMost(first, 6)) return false;
	if (masthead.outlet && withoutThe(normLine(masthead.outlet)) === withoutThe(key)) return true;
	const host = masthead.url ? /^[a-z]+:\/\/(?:www\d?\.)?([^./:]+)/i.exec(masthead.url.trim())?.[1].toLowerCase() : undefined;
	if (host && host.length > 3 && [key, withoutThe(key)].some((name) => name.replace(/ /g, '') === host)) return true;
	if (lines.length < 3 || !wordsAtMost(first, 4) || !isTitleLike(lines[1]) || wordCount(lines[1]) <= wordCount(first)) return false;
	if (!/^(?:(?:The|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\&.\-]--[\u{10000}-\u{10FFFF}]]*)\s+)*[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\&.\-]--[\u{10000}-\u{10FFFF}]]*$/v.test(first)) return false;
	// in any case: a masthead set in capitals is named in title case at the foot ("© 2026 Wyndrel Ledger")
	const named = new RegExp(`(?:^|[^\\p{L}--[\\u{10000}-\\u{10FFFF}]])${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}--[\\u{10000}-\\u{10FFFF}]])`, 'iv');
	// named again in chrome (a short line, kept or dropped: a byline, a copyright, a newsletter), not in a sentence of the story
	const at = rawLines.findIndex((raw) => raw.replace(/[ \t\u00A0]+/g, ' ').trim() === first);
	return at >= 0 && rawLines.slice(at + 1).some((raw) => (wordsAtMost(raw, 10) || COPYRIGHT_OPENING.test(raw)) && named.test(raw));
}

// Each phrase's pattern, and the text it must hold to match: the phrase itself when it is plain words (most lines hold none).
const CALL_TO_ACTION_PATTERNS = CALL_TO_ACTION.map((phrase) => ({pattern: new RegExp(`\\b${phrase}\\b`), holds: /^[a-z' ]+$/.test(phrase) ? phrase : ''}));
const MIGHT_CALL_TO_ACTION = /follow|share|comment|subscri|sign up|like us|conversation|newsletter|download|click|tap here|stay|support|read more|watch live|notification/i;

/** A share/follow call to action: two or more of its verbs in one sentence. */
export function isCallToAction(sentence: string): boolean {
	if (!MIGHT_CALL_TO_ACTION.test(sentence)) return false;
	const lower = sentence.toLowerCase();
	let hits = 0;
	for (const {pattern, holds} of CALL_TO_ACTION_PATTERNS) if (lower.includes(holds) && pattern.test(lower) && ++hits >= 2) return true;
	return false;
}

const MASTHEAD_HEAD = new Set(MASTHEAD_HEADS.map((head) => head.toLowerCase()));
const BODY_HEAD = new Set(ORGANISATION_HEADS);

/**
 * "The Harbour Gazette", "THE KELL PIONEER", "International Council for Civilian Relief" over a longer title: a
 * newspaper's name (its last word a masthead word) or a body's (an organisation head among its words) set as a line
 * of its own at the top of the page.
 */
function isNamedMasthead(lines: string[]): boolean {
	const first = lines[0].trim();
	if (lines.length < 3 || !wordsAtMost(first, 7) || /[.,;:!?"“”|·•\d]/.test(first)) return false;
	const name = first === first.toUpperCase() ? titleCaseWords(first) : first;
	if (!/^(?:(?:The|of|for|and|on|the)\s+|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\&\-]--[\u{10000}-\u{10FFFF}]]*\s+)*[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\&\-]--[\u{10000}-\u{10FFFF}]]*$/v.test(name)) return false;
	const words = name.toLowerCase().split(/\s+/);
	// a body's head word ends its name or governs what follows ("Council for …"): "Army Retakes Town After Siege" is a headline
	const named = MASTHEAD_HEAD.has(words.at(-1)!) || (words.length >= 3 && words.some((word, i) => BODY_HEAD.has(word) && (i === words.length - 1 || /^(?:of|for|on)$/.test(words[i + 1]))));
	const next = lines[1];
	return named && (isDateLine(next) || isKicker(next) || (isTitleLike(next) && wordCount(next) > wordCount(first)));
}

/** A line that is only a date, as an edition's top carries it ("Thursday, November 26, 2026"). */
const isDateLine = (line: string) => isBareDateLine(line) && !/[!?]$/.test(line.trim()) && !/[\p{L}--[\u{10000}-\u{10FFFF}]]{3,}\s+[\p{L}--[\u{10000}-\u{10FFFF}]]{3,}\s+[\p{L}--[\u{10000}-\u{10FFFF}]]{3,}\s+[\p{L}--[\u{10000}-\u{10FFFF}]]{3,}/v.test(line.replace(CALENDAR_WORD, ''));
const CALENDAR_WORD = new RegExp(`\\b(?:${[...WEEKDAYS, ...MONTHS].join('|')})\\b`, 'gi');

/** An edition's number under a masthead, its date often beside it: "Issue 46/2026 | Wednesday, 18 November 2026", "Vol. 12, No. 3". */
const isEditionLine = (line: string) => /^(?:Issue|Vol\.?|Volume|No\.|Number|Edition)\s+[\dIVXLC]/i.test(line.trim()) && wordsAtMost(line, 12) && !/[.!?]$/.test(line.trim());

/** A short line that holds a date and is no sentence ("24 November 2026", "Updated 06:15, 26 Nov"). */
const isBareDateLine = (line: string) => wordsAtMost(line, 6) && dateInLine(line) !== null && !/[.]$/.test(line);

const INSTITUTION_MASTHEAD = /^(?:The\s+)?(?:Ministry|Department|Office|Embassy|Presidency|Secretariat|Permanent Mission|Mission|High Commission|Government)\s+(?:of|for)\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v;
const COPYRIGHT_OPENING = /^\s*(?:©|\(c\)|copyright\b)/i;

/** A copyright or rights line at the foot of a page: "© 2026 Kell Media. All rights reserved.", "Copyright 2026 …". */
function isCopyright(line: string): boolean {
	// "© 2026 Harbour Post. All rights reserved. | Terms | Privacy | Contact us": a footer may carry its links along.
	return (COPYRIGHT_OPENING.test(line) && wordsAtMost(line, 30)) || (wordsAtMost(line, 16) && /\ball rights reserved\b/i.test(line));
}

/** "Listen: The long road home (28 mins)", "Watch: Inside the camp (3:12)": a promotion of a programme, not the story. */
const PROMO = /^(?:listen|watch|podcast|video|audio)\s*:\s*.{3,120}\((?:\d+\s*(?:mins?|minutes|secs?|seconds)|\d{1,2}:\d{2})\)$/i;

// The most letters (and numbers and apostrophes) a trailing label has: a longer line's words are not read.
const TRAILING_LETTERS = Math.max(...TRAILING_LABELS.map((label) => label.replace(/ /g, '').length));

const COMMENT_FORM = new RegExp(`^(?:${alternation(COMMENT_FORM_OPENINGS)})\\b`, 'i');
const SHARE_BUTTON_NAMES = new Set(SHARE_BUTTONS);

/** A line of a blog's comment form under the story: "Leave a Reply", "You may use these HTML tags and attributes: …". */
const isCommentForm = (line: string) => wordsAtMost(line, 80) && COMMENT_FORM.test(line.trim());

/** A label of a link list with the linked headline after a colon or bar: "Also read: …", "Related | …". */
function isPromoLink(line: string): boolean {
	const mark = /\s*[:|]\s*\S/.exec(line);
	return mark !== null && mark.index > 0 && plainLettersAtMost(line.slice(0, mark.index), TRAILING_LETTERS) && TRAILING.has(normLine(line.slice(0, mark.index)));
}

/** A tag's line: up to three capitalised words with no sentence mark ("Kell Strait", "War", "Ferries"). */
const isTagLine = (line: string) => wordsAtMost(line, 3) && /^[[\p{Lu}\p{N}]--[\u{10000}-\u{10FFFF}]][[\p{L}\p{N}'’\&\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[[\p{L}\p{N}'’\&\-]--[\u{10000}-\u{10FFFF}]]+)*$/v.test(line.trim());

/** A share bar flattened to its buttons' names: "Facebook Twitter Linkedin Digg Email". */
function isShareRow(line: string): boolean {
	const words = line.trim().toLowerCase().split(/[\s|·•,]+/).filter(Boolean);
	return words.length >= 3 && words.length <= 16 && words.every((word) => SHARE_BUTTON_NAMES.has(word));
}

function isTrailingLabel(line: string): boolean {
	const trimmed = line.trim();
	const colon = trimmed.indexOf(':');
	const before = colon < 0 ? trimmed : trimmed.slice(0, colon);
	if (!plainLettersAtMost(before, TRAILING_LETTERS)) return false;
	const head = normLine(before);
	return TRAILING.has(head) && (wordsAtMost(trimmed, 5) || /:/.test(trimmed));
}

/**
 * A site's name and its section over a headline, set apart by a spaced bar or dot: "Saltmarsh | Energy markets",
 * "Kell Post · World". Two or three short parts, the first a capitalised name, none a sentence.
 */
function isSiteSectionBar(line: string): boolean {
	const parts = line.trim().split(/\s+[|·•]\s+/);
	if (parts.length < 2 || parts.length > 3 || !wordsAtMost(line, 7)) return false;
	return /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(parts[0]) && parts.every((part) => wordsAtMost(part, 3) && /^[[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]]/v.test(part) && !/[.,;:!?"“”]/.test(part));
}

/** A section label over a headline: one to three words in capitals, no punctuation or digits. */
function isKicker(line: string): boolean {
	const trimmed = line.trim();
	if (!wordsAtMost(trimmed, 3) || /[.,;:!?"“”]/.test(trimmed) || /\d/.test(trimmed)) return false;
	return trimmed === trimmed.toUpperCase() && /[\p{Lu}--[\u{10000}-\u{10FFFF}]]{2,}/v.test(trimmed);
}

/** A name in capitalised words ("The Lake Review", "Centre for Coastal Rights"): no digits, no sentence. */
const BRAND_LINE = /^(?:The\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\&.\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+(?:of|for|and|on|the|&|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\&.\-]--[\u{10000}-\u{10FFFF}]]*))*$/v;
const isBrandLine = (line: string) => wordsAtMost(line, 6) && BRAND_LINE.test(line.trim());

/**
 * The brand over a headline with its chrome between: up to two short lines (a motto "Independent. Since 1998.", a menu)
 * then a section label in capitals or the title itself: "Lake Review" / "EXPLAINER" / headline. The index of the
 * last line before the headline, else -1.
 */
function brandOverKicker(lines: string[]): number {
	if (!isBrandLine(lines[0])) return -1;
	const headlineAt = (at: number) => at + 1 < lines.length && isTitleLike(lines[at]) && wordCount(lines[at]) > wordCount(lines[0]);
	for (let k = 1; k <= 3 && k + 1 < lines.length; k++) {
		if (isKicker(lines[k])) return headlineAt(k + 1) ? k : -1;
		// a motto is no title ("Independent. Non-partisan."): the first title-like line after it is the headline
		if (k > 1 && headlineAt(k)) return k - 1;
		if (!wordsAtMost(lines[k], 8) || isTitleLike(lines[k])) return -1;
	}
	return -1;
}

// A site's name in capitalised words, capitals, numbers or an acronym in brackets ("NEWS 24", "Mission in X (MX)").
const NAME_LINE = /^(?:[[\p{Lu}\p{N}]--[\u{10000}-\u{10FFFF}]][[\p{L}\p{N}'’\&.\-]--[\u{10000}-\u{10FFFF}]]*|of|for|and|on|in|the|de|\([\p{Lu}--[\u{10000}-\u{10FFFF}]]{2,8}\))(?:\s+(?:[[\p{Lu}\p{N}]--[\u{10000}-\u{10FFFF}]][[\p{L}\p{N}'’\&.\-]--[\u{10000}-\u{10FFFF}]]*|of|for|and|on|in|the|de|\([\p{Lu}--[\u{10000}-\u{10FFFF}]]{2,8}\)))*$/v;

/**
 * How many short name lines open a page over chrome the cleaner dropped (a menu, a breadcrumb trail) with a longer
 * title after it: the site's names, not the headline. 0 when there are none.
 */
function namesOverChrome(lines: string[], rawLines: string[]): number {
	const kept = new Set(lines.slice(0, 6).map((line) => line.trim()));
	let from = rawLines.findIndex((raw) => raw.trim() === lines[0].trim());
	if (from < 0) return 0;
	for (let k = 0; k < 3 && k + 2 < lines.length; k++) {
		if (!wordsAtMost(lines[k], 9) || !NAME_LINE.test(lines[k].trim())) return 0;
		const next = rawLines.findIndex((raw, index) => index > from && raw.trim() === lines[k + 1].trim());
		if (next < 0) return 0;
		const dropped = rawLines.slice(from + 1, next).some((raw) => raw.trim() !== '' && !kept.has(raw.trim()));
		if (dropped && isTitleLike(lines[k + 1]) && lines.slice(0, k + 1).every((line) => wordCount(lines[k + 1]) > wordCount(line))) return k + 1;
		from = next;
	}
	return 0;
}

/**
 * Under a masthead or a brand in capitals, a short line over chrome the cleaner dropped (a menu, a breadcrumb) is the site's tagline or its
 * office's name ("Search and rescue at sea", "Office of the Governor | Government House"), when a longer title follows
 * within two short lines (a label, a date): the number of lines before that title, else 0.
 */
function taglineOverChrome(lines: string[], rawLines: string[]): number {
	if (lines.length < 3 || !wordsAtMost(lines[0], 9) || !isTitleLike(lines[0])) return 0;
	const from = rawLines.findIndex((raw) => raw.trim() === lines[0].trim());
	const next = from < 0 ? -1 : rawLines.findIndex((raw, index) => index > from && raw.trim() === lines[1].trim());
	if (next < 0) return 0;
	const kept = new Set(lines.slice(0, 6).map((line) => line.trim()));
	if (!rawLines.slice(from + 1, next).some((raw) => raw.trim() !== '' && !kept.has(raw.trim()))) return 0;
	for (let k = 1; k <= 3 && k + 1 < lines.length; k++) {
		if (isTitleLike(lines[k]) && wordCount(lines[k]) > wordCount(lines[0]) + 2) return k;
		if (!wordsAtMost(lines[k], 4)) return 0;
	}
	return 0;
}

/** A page's trail: "Africa / Lake crisis", "Home > World > Europe": two to five short capitalised parts, no sentence. */
function isBreadcrumb(line: string): boolean {
	const parts = line.trim().split(/\s+[/>»›]\s+/);
	return parts.length >= 2 && parts.length <= 5 && wordsAtMost(line, 10) && parts.every((part) => wordsAtMost(part, 4) && /^[[\p{Lu}\p{N}]--[\u{10000}-\u{10FFFF}]]/v.test(part) && !/[.!?;:,"“”]/.test(part));
}

/** An agency's acronym beside its name, "TNA - Tovel News Agency": the name's capitals spell the acronym. */
export function isAcronymMasthead(line: string): boolean {
	const match = /^([\p{Lu}--[\u{10000}-\u{10FFFF}]]{2,6})\s+[\-–—:\|]\s+([\p{Lu}--[\u{10000}-\u{10FFFF}]].*)$/v.exec(line.trim());
	if (!match || !wordsAtMost(match[2], 8) || /[.!?,;]$/.test(match[2])) return false;
	const initials = match[2].split(/\s+/).filter((word) => /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(word)).map((word) => word[0]).join('');
	return initials === match[1];
}

/** A statement's office or number over its title: "Office of the Spokesperson", "PRESS STATEMENT No. 214/2026". */
const DOCUMENT_LABEL = /^(?:(?:press|media|news)\s+(?:release|statement|advisory|briefing)|statement|communiqu[eé]|readout|office of the\s+[\p{L}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{L}--[\u{10000}-\u{10FFFF}]]+){0,3})(?:\s+no\.?\s*[\d\/.\-]+)?$/iv;

const isAllCaps = (line: string) => line === line.toUpperCase() && /[\p{Lu}--[\u{10000}-\u{10FFFF}]]{2,}/v.test(line);

// "For immediate release - 24 November 2026", "VERBATIM RECORD (PROVISIONAL)": a label, a date or a note after it
const LETTERHEAD_LABEL = new RegExp(`^(?:${alternation(LETTERHEAD_LABELS)})\\b(?:\\s*[\\-–—:,]\\s*[^.!?]{1,40}|\\s*\\([^\\)]{1,60}\\))?$`, 'iu');
// "14 Tessary Lane", "P.O. Box 114": the street or box of a postal address
const ADDRESS = new RegExp(`(?:^|,\\s*)\\d{1,4}[A-Za-z]?\\s+(?:[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}'’\\-]--[\\u{10000}-\\u{10FFFF}]]*\\s+){1,3}(?:${alternation(STREET_WORDS)})\\b|\\bP\\.?\\s?O\\.?\\s+Box\\s+\\d`, 'v');
const isAddressLine = (line: string) => wordsAtMost(line, 12) && !/[.!?]$/.test(line.trim()) && ADDRESS.test(line);

/**
 * A body's own name set as its letterhead: "NATIONAL COUNCIL OF THE REPUBLIC OF X", "Ministry of Ports of the
 * Republic of Y", "Z Federation of Dock Workers": capitalised words (of, for, and, the between) with a body's head word.
 */
function isBodyNameLine(line: string): boolean {
	const trimmed = line.trim();
	if (!wordsAtMost(trimmed, 10) || /[.,;:!?"“”|·•\d()]/.test(trimmed)) return false;
	const name = trimmed === trimmed.toUpperCase() ? titleCaseWords(trimmed) : trimmed;
	if (!/^(?:The\s+)?[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\&\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+(?:of|for|and|on|the|&|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\&\-]--[\u{10000}-\u{10FFFF}]]*))*$/v.test(name)) return false;
	// the head word ends the name or governs what follows ("Federation of …", "… Workers' Union"): "Army Retakes Town" is a headline
	const words = name.toLowerCase().split(/\s+/);
	return INSTITUTION_MASTHEAD.test(name) || words.some((word, i) => BODY_HEAD.has(word) && (i === words.length - 1 || /^(?:of|for|on)$/.test(words[i + 1])));
}

/** A letterhead's line about the document or its sender: a label ("Press Office", "For immediate release"), an office, an address, a trail. */
const isDocumentLine = (line: string) => {
	const trimmed = line.trim();
	return isAddressLine(trimmed) || (wordsAtMost(trimmed, 10) && LETTERHEAD_LABEL.test(trimmed)) || DOCUMENT_LABEL.test(trimmed) || isBreadcrumb(trimmed);
};

/** A line of a letterhead or a page's trail: a breadcrumb, an agency's acronym and name, an office, a number, a dated place, capitals, an address. */
function isLetterheadLine(line: string): boolean {
	const trimmed = line.trim();
	if (isBodyNameLine(trimmed) || isAddressLine(trimmed) || (wordsAtMost(trimmed, 10) && LETTERHEAD_LABEL.test(trimmed))) return true;
	if (!wordsAtMost(trimmed, 8) || /[!?]$/.test(trimmed)) return false;
	return isBreadcrumb(trimmed) || isAcronymMasthead(trimmed) || DOCUMENT_LABEL.test(trimmed) || (isAllCaps(trimmed) && !/[.]$/.test(trimmed)) || (wordsAtMost(trimmed, 6) && dateInLine(trimmed) !== null);
}

/**
 * How many lines of a letterhead or a page's trail stand over a longer title: "MINISTRY OF X" / "Office of the
 * Spokesperson" / "PRESS STATEMENT No. 4" / "Town, 2 May 2026" / title, or "Africa / Lake crisis" / title. A lone line in
 * capitals is not enough (a headline set in capitals over its standfirst), so one more line or one other mark is needed.
 */
function letterheadOverTitle(lines: string[]): number {
	let count = 0;
	let marked = false;
	while (count < 5 && count + 2 < lines.length && isLetterheadLine(lines[count])) {
		// a body's name in title case may be a headline ("Council of Elders Backs Truce"): a letterhead only over its office, label or address
		if (!isAllCaps(lines[count].trim()) && isBodyNameLine(lines[count]) && !isDocumentLine(lines[count]) && !isDocumentLine(lines[count + 1])) break;
		if (!isAllCaps(lines[count].trim())) marked = true;
		count++;
	}
	if (!count || (!marked && count < 2)) return 0;
	const title = lines[count];
	if (!isTitleLike(title) || wordCount(title) < 5 || isLetterheadLine(title)) return 0;
	// a body's long name or a labelled document line may outrun a short title ("NATIONAL COUNCIL OF THE REPUBLIC OF X" / "Y: Second Reading")
	const named = (line: string) => isBodyNameLine(line) || LETTERHEAD_LABEL.test(line.trim());
	return lines.slice(0, count).every((line) => wordCount(title) > wordCount(line) || (count >= 2 && named(line))) ? count : 0;
}

const INTERFACE_VERB = new RegExp(`^(?:${alternation(INTERFACE_VERBS)})\\b`, 'i');
const DOCUMENT_NOTE = new RegExp(`^(?:${alternation(DOCUMENT_NOTES)})\\b`, 'i');
// a note of one word that a headline may open with ("Draft deal would …", "Original plan …"): a note only set off from what
// follows ("DRAFT - not for circulation", "Provisional (subject to correction)"); notes of more words are notes anywhere
const NOTE_THEN_DETAIL = new RegExp(`^(?:${alternation(DOCUMENT_NOTES.filter((note) => note.includes(' ')))})\\b|^(?:${alternation(DOCUMENT_NOTES)})\\s*(?:$|[\\-–—:,;\\(\\|\\/])`, 'i');
// "No. 41/2026", "Ref: PR-2026-041": a label and one token that holds a number
const REFERENCE_LINE = new RegExp(`^(?:${alternation(REFERENCE_LABELS)})\\s*(?:no\\.?\\s*)?[:#]?\\s*[[\\p{L}\\p{N}\\/.\\-]--[\\u{10000}-\\u{10FFFF}]]*[\\p{N}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}\\p{N}\\/.\\-]--[\\u{10000}-\\u{10FFFF}]]*$`, 'iv');
const CONTACT_LINE = new RegExp(`^(?:${alternation(CONTACT_LABELS)})\\s*:`, 'i');
// "Updated 5 minutes ago", "Published 3 March 2026, 18:02", "6 min read": when, not what
const STATUS_LINE = /^(?:(?:last\s+)?updated|(?:first\s+)?published|posted|breaking|developing|(?:reading|read|listening)\s+time)\b.*(?:\d|\bago)|\b(?:ago|min(?:ute)?s?\s+read)$/i;
// "Image caption: …", "Photo: …", "… on Monday. (Photo: Jo Lin)": a picture's caption or credit
const CAPTION_LINE = /^(?:(?:image|photo|picture|video)\s+)?(?:caption|credit)\s*:|^(?:photo|picture|image|file photo)\s*:|\((?:photo|picture|image|file photo|credit)\b[^()]*\)$/i;

/** A newspaper's name on a line of its own ("Brimwater Daily", "THE KELL COURIER"): its last word a masthead word. */
function isPaperName(line: string): boolean {
	const trimmed = line.trim();
	if (!isBrandLine(isAllCaps(trimmed) ? titleCaseWords(trimmed) : trimmed)) return false;
	return MASTHEAD_HEAD.has(trimmed.slice(trimmed.lastIndexOf(' ') + 1).toLowerCase());
}

/** A bar of short parts, no sentence among them: "The Harbour Briefing | Issue 212", "Region · Coast · Video". */
function isShortBar(line: string): boolean {
	const parts = line.trim().split(/\s+[|·•]\s+/);
	return parts.length >= 2 && parts.every((part) => wordsAtMost(part, 4) && !/[.!?]$/.test(part));
}

/**
 * Top matter that is never a headline, whatever its place: a byline, a date or time stamp, an edition, a document's
 * note, reference or contact, a control's prompt, a body's or a paper's name, a label, an address, a trail or a bar.
 */
function isTopMatter(line: string): boolean {
	const trimmed = line.trim();
	if (isByline(trimmed) || isBareDateLine(trimmed) || isEditionLine(trimmed) || (wordsAtMost(trimmed, 12) && STATUS_LINE.test(trimmed)) || CAPTION_LINE.test(trimmed)) return true;
	// one word is a label, a badge or a section ("Breaking", "Podcast", "Sections"), never a title over a longer one
	if (wordsAtMost(trimmed, 1)) return true;
	// (a note is a label: "DRAFT", "Embargoed - 09:00 GMT"; "Draft deal would put patrols in the hills" is a headline)
	if (wordsAtMost(trimmed, 10) && ((DOCUMENT_NOTE.test(trimmed) && (wordsAtMost(trimmed, 4) || NOTE_THEN_DETAIL.test(trimmed))) || REFERENCE_LINE.test(trimmed) || CONTACT_LINE.test(trimmed))) return true;
	// a control speaks to the reader in a few words and asks nothing ("Join the queue: why …" is a headline)
	if (wordsAtMost(trimmed, 6) && INTERFACE_VERB.test(trimmed) && !/[:?]/.test(trimmed)) return true;
	// a body's name in capitals, or a short one (its department): "Council of Elders Backs Truce Plan" is a headline
	if (isBodyNameLine(trimmed) && (isAllCaps(trimmed) || wordsAtMost(trimmed, 5))) return true;
	if (isTrailingLabel(trimmed) || isBreadcrumb(trimmed.replace(/^you are here\s*:\s*/i, ''))) return true;
	return isPaperName(trimmed) || isKicker(trimmed) || isShortBar(trimmed) || isAcronymMasthead(trimmed) || isDocumentLine(trimmed) || isProgrammeMasthead(trimmed);
}

const BROADCASTER_HEAD = new RegExp(`\\s(?:${alternation(BROADCASTER_HEADS)})$`);
/** A broadcaster's name and its programme's: "Kell Public Radio - The Morning Hour", "Harbour TV | Evening News". */
function isProgrammeMasthead(line: string): boolean {
	const parts = line.split(/\s+[-–—|]\s+/);
	return parts.length === 2 && BROADCASTER_HEAD.test(parts[0]) && isBrandLine(parts[0]) && wordsAtMost(parts[1], 5) && /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(parts[1]) && !/[.!?:;,]/.test(parts[1]);
}

const TITLE_PREFIX = new RegExp(`^(?:${alternation(TITLE_PREFIX_LABELS)})\\s*:\\s*(?=\\S)`, 'i');

/** A page's title with the paper's name after a bar or dash ("Ferry accord signed | The Kell Courier"): the headline alone. */
function withoutSiteSuffix(title: string): string {
	title = title.replace(TITLE_PREFIX, '');
	const match = /^(.{12,}?)\s+[|–—-]\s+([^|–—-]+)$/.exec(title.trim());
	return match && isPaperName(match[2]) && !wordsAtMost(match[1], 3) ? match[1] : title;
}

/**
 * Whether `title` is `below` with up to eight more words after a comma, bar or dash: a section's or a site's name on
 * the page's title ("…, Latest World News - The Kell Paper").
 */
function isSectionTail(title: string, below: string): boolean {
	const clean = below.trim();
	if (!isTitleLike(clean) || wordsAtMost(clean, 3) || !title.startsWith(clean)) return false;
	const tail = /^\s*[,|–—:-]\s*(.+)$/.exec(title.slice(clean.length));
	return tail !== null && wordsAtMost(tail[1], 8) && !/[.!?]$/.test(tail[1]);
}

/**
 * Where the headline stands when the first line left is top matter: the first title line of four words or more below
 * it, above any byline and the lead. 0 when the first line is a headline, or no title stands below it.
 */
function headlineBelowTopMatter(lines: string[]): number {
	// (or a label the title below repeats: "Joint statement" / "Joint statement by the ministers on …")
	if (lines.length < 3) return 0;
	const labelOfNext = wordsAtMost(lines[0], 3) && normLine(lines[1]).startsWith(`${normLine(lines[0])} `);
	if (!isTopMatter(lines[0]) && !labelOfNext) return 0;
	for (let i = 1; i < Math.min(lines.length - 1, 8); i++) {
		const line = lines[i];
		// a byline stands under the headline, and the lead (no title) after it: the headline is above both
		if (isByline(line) || !isTitleLike(line)) return 0;
		if (isTopMatter(line)) continue;
		return wordsAtMost(line, 3) ? 0 : i;
	}
	return 0;
}

// ("… on March 31. - Kell News via AP": a credit after a dash, carried via a picture agency)
// "… after the quake hit X. Photo by Jo Lin/Kell Press", "… on May 6. (PHOTO / Kell Press)", "… Image source, Kell Press" (glued to the caption by a scraper), "… Photo: Kell Press", "… REUTERS/Jo Lin", "… (Xinhua/Li Wei)": a caption's credit closing it
const PHOTO_CREDIT_END = new RegExp(
	String.raw`(?:image|photo|picture|video)\s+(?:source|credit)\s*,\s*[^.!?]{2,60}$|(?:[.!?”"]\s*|\s[\-–—\|]\s*|^)(?:${alternation(PHOTO_CREDIT_WORDS)})\s*(?:by|:|credit\s*:)\s*[^.!?]{2,60}$|\b(?:${alternation(PHOTO_AGENCIES)})\s*/\s*[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.'’ \-]--[\u{10000}-\u{10FFFF}]]{1,40}\)?$|\((?:${alternation(PHOTO_AGENCIES)})(?:\s+photo)?\s*/\s*[^\(\)]{2,40}\)$|[.!?”"]\s*\((?:${alternation(PHOTO_CREDIT_WORDS)})\s*/\s*[^\(\)]{2,40}\)$|\b(?:via|/)\s*Getty\s+Images$|[.!?”"]\s*[\-–—]\s*[^.!?]{2,60}\bvia\s+(?:${alternation(PHOTO_AGENCIES)})$`,
	'iv',
);

/** A photo's caption with its credit at its end: never the lead. */
function isCreditedCaption(line: string): boolean {
	return wordsAtMost(line, 60) && PHOTO_CREDIT_END.test(withoutGalleryChrome(line));
}

// a gallery's counter and its buttons around a caption: "1 of 3 | <caption> | License Photo", "2/5 · <caption>"
const GALLERY_COUNTER = /^\s*\d{1,3}\s*(?:of|\/)\s*\d{1,3}\s*[|·•]\s*/;
const GALLERY_BUTTON = /\s*\|\s*(?:license|buy|enlarge|view|download)\s+(?:photo|image|picture)$/i;

/** A line without a gallery's counter before it: a caption anywhere in the body counts pictures there, not news. */
const withoutGalleryCounter = (line: string) => line.replace(GALLERY_COUNTER, '');

/** A caption without its gallery's counter and buttons. */
const withoutGalleryChrome = (line: string) => withoutGalleryCounter(line).replace(GALLERY_BUTTON, '');

// a title's line ending on a comma, a conjunction, a preposition, an article or a degree word: the title goes on below
// ("goes on", "takes over", "signed up to", "stands by", "what it is for" may end a title: those words do not count)
const TITLE_GOES_ON = /(?:,|\s(?:and|or|but|of|the|a|an|with|from|its|their|his|her|most|than|into))$/i;

/** Whether a title is a line below it with up to five short capitalised words of a page's trail glued before it. */
function isTrailGluedTo(title: string, below: string): boolean {
	const whole = normLine(title);
	const clean = normLine(below);
	if (!isTitleLike(below) || !wordsAtMost(below, 25) || clean.split(' ').length < 4 || !whole.endsWith(` ${clean}`)) return false;
	const trail = title.trim().split(/\s+/).slice(0, whole.split(' ').length - clean.split(' ').length);
	return trail.length <= 5 && trail.every((word) => /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\&]--[\u{10000}-\u{10FFFF}]]*$|^[>»›\/\|]$/v.test(word));
}

/** The blank-line blocks of a page's top, each line (spacing folded) with the index of its block and whether it opens it. */
/** Where a top line stands among the page's blocks, and the raw line right under it in its block (dropped later or not). */
interface TopPlace {
	block: number;
	opens: boolean;
	below?: string;
}

function topBlocks(rawLines: string[]): {blockOf: Map<string, TopPlace>; leads: string[]; sizes: number[]} {
	const blockOf = new Map<string, TopPlace>();
	const leads: string[] = [];
	const sizes: number[] = [];
	let inBlock = false;
	let above: TopPlace | undefined;
	for (const raw of rawLines.slice(0, TOP_LINES + 10)) {
		const line = raw.replace(/[ \t\u00A0]+/g, ' ').trim();
		if (!line) {
			inBlock = false;
			continue;
		}
		if (!inBlock) {
			leads.push(raw);
			sizes.push(0);
			inBlock = true;
		} else if (above && above.below === undefined) above.below = line;
		sizes[sizes.length - 1]++;
		if (!blockOf.has(line)) blockOf.set(line, {block: leads.length - 1, opens: sizes.at(-1) === 1});
		above = blockOf.get(line);
	}
	return {blockOf, leads, sizes};
}

/**
 * A block a page's chrome opens: a bar of parts ("BRAND | News | Listen live"), a trail, a menu, a consent banner, a
 * masthead in capitals over a tagline, a document's label ("PRESS STATEMENT"). Its other lines are the chrome's too.
 */
function opensChromeBlock(raw: string, size: number): boolean {
	const line = raw.replace(/[ \t\u00A0]+/g, ' ').trim();
	if (isMenuRow(raw) || isConsentBanner(line) || isBreadcrumb(line)) return true;
	if ((line.match(/\s[|·•]\s|\s>{2,}\s/g) ?? []).length >= (size > 1 ? 1 : 2)) return true;
	return size > 1 && wordsAtMost(line, 6) && isAllCaps(line) && !/[.!?]$/.test(line);
}

/**
 * Where the headline stands when the first line left belongs to a block of chrome ("RADIO X | News | Listen live" /
 * "Section name", blank, headline): the first line of a later block that is a title of four words or more, above any
 * line of body text. 0 when the first line's block is no chrome, or no such title stands below it.
 */
/** Whether a line of the first block is a title with its byline, date or update stamp right under it (kept or dropped since). */
function isStampedTitle(line: string, place: TopPlace | undefined, firstBlock: number): boolean {
	const below = place?.below;
	if (!below || place.block !== firstBlock || !isTitleLike(line) || wordsAtMost(line, 3) || isTopMatter(line)) return false;
	return isByline(below) || isBareDateLine(below) || STATUS_LINE.test(below);
}

function headlineBelowChromeBlock(lines: string[], rawLines: string[]): number {
	if (lines.length < 3) return 0;
	const {blockOf, leads, sizes} = topBlocks(rawLines);
	const first = blockOf.get(lines[0]);
	// (a long first line only when it is the chrome itself: "BRAND | News | Sport | Sign in | Subscribe")
	if (!first || !opensChromeBlock(leads[first.block], sizes[first.block]) || (!first.opens && !wordsAtMost(lines[0], 16))) return 0;
	let titleAbove = false;
	for (let k = 0; k < Math.min(lines.length - 1, 8); k++) {
		// the chrome block's first title, over its own stamp ("LIVE" / title / "Updated 19:40 GMT"): the headline (a
		// standfirst over the byline is the second title)
		if (!titleAbove && isStampedTitle(lines[k], blockOf.get(lines[k]), first.block)) return k;
		titleAbove ||= blockOf.get(lines[k])?.block === first.block && isTitleLike(lines[k]) && !wordsAtMost(lines[k], 3) && !isTopMatter(lines[k]);
		if (k === 0) continue;
		const line = lines[k];
		const at = blockOf.get(line);
		if (!at) return 0;
		// a byline or a date standing apart under the first line: that line is the headline ("LIVE" / title, blank, "Last updated …")
		if (at.block !== first.block && (isByline(line) || isBareDateLine(line) || STATUS_LINE.test(line))) return 0;
		const chrome = isTopMatter(line) || isConsentBanner(line) || (at.block === first.block && wordsAtMost(line, 16));
		if (chrome) continue;
		// a line of body text before any title: the page starts with its lead, and has no headline to find here
		if (!isTitleLike(line)) return 0;
		if (at.opens && at.block !== first.block && !opensChromeBlock(leads[at.block], sizes[at.block]) && !wordsAtMost(line, 3)) return k;
	}
	return 0;
}

interface CleanResult {
	lines: string[];
	headline: string | null;
	credit: string | null;
	datelineDate: string | null;
	/** The outlet the page names in its top matter or masthead, when no metadata does. */
	outlet: string | null;
}

const DESK_BYLINE = /^(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\&\-]--[\u{10000}-\u{10FFFF}]]*\s+){1,4}(?:Staff|Staff Reporters?|Staff Writers?|Newsroom|News Desk|Desk)$/v;
// "Author: Ana Ruiz", "Written by Ana Ruiz and Li Wei": a label, then names only (no sentence after them)
// (the label in either case, the names capitalised: the flag for case would let \p{Lu} match any letter)
const LABELLED_BYLINE = new RegExp(`^(?:${alternation(BYLINE_LABELS.flatMap((label) => [label, label[0].toUpperCase() + label.slice(1), label.toUpperCase()]))})\\s*:?\\s+[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}'’.\\-]--[\\u{10000}-\\u{10FFFF}]]*(?:\\s+(?:[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][[\\p{L}'’.\\-]--[\\u{10000}-\\u{10FFFF}]]*|and|&))*$`, 'v');

// "Hadrel Zandrow Senior political correspondent", "Li Wei, Diplomatic editor": a name, then a writer's job in a few words of the
// byline lexicon (only those: "Kell Times sacks its editor" is a headline)
const NAMED_ROLE_BYLINE = new RegExp(
	String.raw`^[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*){1,2}\s*[,\|–—\-]?\s+(?:(?:${alternation(JOURNALIST_ROLE_MODIFIERS)})\s+){0,3}(?:${alternation(JOURNALIST_ROLES)})$`,
	'iv',
);
const NAME_THEN_ROLE = new RegExp(String.raw`^[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{L}'’\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*){1,2}[\s,\|–—\-]`, 'v');

/** A byline: "By Ana Ruiz", "By Ana Ruiz and Li Wei, Defence Correspondent", "By Ana Ruiz | 25 November 2026 | 5 min read". */
const BYLINE_NAME = String.raw`[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*){0,3}`;
const NAME_LIST_BYLINE = new RegExp(String.raw`^By\s+${BYLINE_NAME}(?:(?:,\s+|,?\s+and\s+|,\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+by\s+)${BYLINE_NAME})+$`, 'v');

export function isByline(line: string): boolean {
	const trimmed = line.trim();
	// "Harbour Post Staff", "Kell Radio News Desk": a desk signs instead of a writer.
	// ("WEB DESK": a desk in capitals signs the same way)
	if (DESK_BYLINE.test(trimmed) || (/[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(trimmed) && trimmed === trimmed.toUpperCase() && DESK_BYLINE.test(titleCaseWords(trimmed)))) return true;
	// (the name's capitals checked apart: the role's case is free, and the flag for case would let \p{Lu} match any letter)
	if (wordsAtMost(trimmed, 8) && NAMED_ROLE_BYLINE.test(trimmed) && NAME_THEN_ROLE.test(trimmed)) return true;
	if (wordsAtMost(trimmed, 10) && LABELLED_BYLINE.test(trimmed)) return true;
	// "By A B, C D and E F, Graphics by G H and I J": writers and their credits listed, however many
	if (wordsAtMost(trimmed, 40) && NAME_LIST_BYLINE.test(trimmed)) return true;
	// "By the time…", "By Monday…": a sentence, not a byline; a byline names someone (or a desk) and does not end a sentence.
	// ("By Kanal24 newsroom": a desk named with its digits)
	return wordsAtMost(trimmed, 16) && /^by\s+(?!the\b|then\b|now\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*[\p{N}--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\-]--[\u{10000}-\u{10FFFF}]]*)+/iv.test(trimmed) && !/[a-z]{3}\.$/.test(trimmed);
}

/** The line under a byline that says who the writer is: "Africa correspondent, Port Kell", "Diplomatic Editor". */
function isBylineRole(line: string): boolean {
	return wordsAtMost(line, 6) && /\b(?:correspondent|editor|reporter|writer|staff|desk|columnist|contributor|bureau chief)\b/i.test(line) && !/[.!?]$/.test(line.trim());
}

/** A line that could name an outlet: up to five capitalised words ("The Harbour Post", "ABC News", "Kanal24"), no sentence. */
function isOutletLike(line: string): boolean {
	const trimmed = line.trim();
	// (digits only after a word's letters: "Kanal24", not "24 November")
	return wordsAtMost(trimmed, 5) && /^(?:(?:The|of|and|&|on|[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\&\-]--[\u{10000}-\u{10FFFF}]]*[\p{N}--[\u{10000}-\u{10FFFF}]]*)\s+)*[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}'’.\&\-]--[\u{10000}-\u{10FFFF}]]*[\p{N}--[\u{10000}-\u{10FFFF}]]*$/v.test(trimmed) && !/^(?:The|of|and|on)$/i.test(trimmed);
}

const SECTIONS = new Set(SECTION_LABELS);
/** A page's section name standing alone on a line ("World", "Region"): top matter, not an outlet. */
const isSectionLabel = (line: string) => SECTIONS.has(line.trim().toLowerCase());

/** An outlet's name as it would be printed: a masthead set in capitals becomes title case. */
function outletName(line: string): string {
	const trimmed = line.trim().replace(/\s+/g, ' ');
	if (trimmed !== trimmed.toUpperCase()) return trimmed;
	return titleCaseWords(trimmed);
}

/**
 * Bylines in the top matter, taken out of the body, and the outlet named beside them: a short line of capitalised words
 * right above or below a byline or a bare date line ("By Ana Ruiz" / "The Harbour Post" / "24 November 2026").
 */
function topMatterOutlet(lines: string[]): string | null {
	let outlet: string | null = null;
	const top = Math.min(lines.length - 1, 6);
	const isAnchor = (line: string | undefined) => line !== undefined && (isByline(line) || isBareDateLine(line));
	const anchors = lines.slice(0, top).map((line) => isAnchor(line));
	if (!anchors.some(Boolean)) return null;
	// A one-word line ("Politics") beside a date is more often a section than an outlet: it needs a byline beside it.
	const besideAnchor = (i: number) =>
		wordsAtMost(lines[i], 1) ? [lines[i - 1], lines[i + 1]].some((line) => line !== undefined && isByline(line)) : Boolean(anchors[i - 1] || anchors[i + 1]);
	const drop = new Set<number>();
	for (let i = 0; i < top; i++) {
		if (isByline(lines[i])) {
			drop.add(i);
			if (i + 1 < top && isBylineRole(lines[i + 1])) drop.add(i + 1);
		} else if (isSectionLabel(lines[i]) && besideAnchor(i)) {
			drop.add(i);
		} else if (!outlet && isOutletLike(lines[i]) && !creditOf(lines[i]) && besideAnchor(i)) {
			outlet = outletName(lines[i]);
			drop.add(i);
		}
	}
	// Bylines go only when a line of body text follows: an article that is all byline keeps its one line.
	if (drop.size >= lines.length) return outlet;
	for (const index of [...drop].sort((a, b) => b - a)) lines.splice(index, 1);
	return outlet;
}

/** How far down a page its top matter may stand, in raw lines (chrome, headline, blank lines and bylines above the lead). */
const TOP_LINES = 14;

interface TopMatterBar {
	outlet: string | null;
	date: string | null;
	credit?: string | null;
}

const BAR_SEPARATOR = /\s+[|·•]\s+/;
// "Updated 11:02", "09:14", "21:00 CET" (and "6 min read"): a time in a bar says nothing of the outlet.
const TIME_PART = /^(?:(?:updated|published|posted|last updated)\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))?$/i;
// "Updated 21:55 local time, 23 November 2026": a page's time stamp standing alone.
const STAMP = /^(?:updated|published|posted|last updated|first published|for immediate release|embargoed until)\b/i;

/**
 * A line of top matter set as a bar: "The Harrow · Explainer · 24 November 2026", "OPINION | Harbour Post | 25 November
 * 2026", "24 November 2026 · Analysis · By Jo Lin", "Kell Radio | The Evening Edition". Every part is a date, a time, a
 * byline, a section label or a name, and the bar holds a date or a byline, or stands first on the page or beside a
 * byline (`placed`). Its outlet is its first name of two words or more, or a lone first part over a section.
 */
function readTopMatterBar(line: string, placed: () => boolean): TopMatterBar | null {
	if (STAMP.test(line) && wordsAtMost(line, 12)) {
		const date = dateInLine(line);
		return date ? {outlet: null, date} : null;
	}
	if (!/\s[|·•]\s/.test(line)) return outletCommaDate(line);
	const parts = line.split(BAR_SEPARATOR).map((part) => part.trim());
	if (parts.length < 2 || parts.length > 4 || !wordsAtMost(line, 14)) return null;
	let date: string | null = null;
	let signed = false;
	const names: string[] = [];
	for (const part of parts) {
		const when = wordsAtMost(part, 6) ? dateInLine(part) : null;
		if (when) date ??= when;
		else if (isByline(part)) signed = true;
		else if (TIME_PART.test(part) || /^\d+\s*min(?:ute)?s?\s+read$/i.test(part)) continue;
		else if (isOutletLike(part) && !/^home$/i.test(part)) names.push(part);
		else return null;
	}
	if (!date && !signed && !placed()) return null;
	// Past the first part, a single word is a section ("Analysis", "OPINION"); a name of two words or more is the outlet.
	const outlet = names.find((name) => !wordsAtMost(name, 1)) ?? (parts.length === 2 && names.length === 2 && names[0] === parts[0] ? names[0] : null);
	if (!outlet && !date) return null;
	// "Reuters | Updated: 10-04-2022": a wire's name in the bar is its credit, not the outlet
	const wire = names.map((name) => WIRES.get(name.toLowerCase())).find(Boolean) ?? null;
	return {outlet: outlet && !WIRES.has(outlet.toLowerCase()) ? outletName(outlet) : null, date, credit: wire};
}

/**
 * "The Harbour Post, Thursday 26 November 2026": a paper's name, a comma, then the date alone. The name ends as a
 * paper's does ("… Herald", "… News"): "Port Tamsk, 24 November 2026" is a place's dateline.
 */
function outletCommaDate(line: string): TopMatterBar | null {
	const comma = line.indexOf(', ');
	if (comma < 0 || !wordsAtMost(line, 12)) return null;
	const name = line.slice(0, comma);
	const rest = line.slice(comma + 2);
	const date = wordsAtMost(rest, 5) && !/[.!?]$/.test(rest) ? dateInLine(rest) : null;
	const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
	// (or "The" and two names or more: "The Varno Weathervane", never "The Hague")
	const paper = MASTHEAD_HEAD.has(last) || last === 'news' || last === 'today' || last === 'review' || (name.startsWith('The ') && !wordsAtMost(name, 2));
	return date && paper && !wordsAtMost(name, 1) && isOutletLike(name) && !isByline(name) ? {outlet: outletName(name), date} : null;
}

/** Whether a byline stands on the next or the previous non-blank line. */
function besideByline(rawLines: string[], index: number): boolean {
	const near = (step: number) => {
		for (let at = index + step; at >= 0 && at < rawLines.length; at += step) if (rawLines[at].trim()) return rawLines[at].trim();
		return '';
	};
	return isByline(near(1)) || isByline(near(-1));
}

const DATE_FIELD = /^(?:[Dd]ate|[Pp]ublished|[Dd]ated)\s*:?\s*(\d{4}-\d{2}-\d{2})\s+(?=[\p{Lu}--[\u{10000}-\u{10FFFF}]])/v;

/** How many lines of top matter stand over the title the page's address names (0 when the first line is it, or none is). */
function titleNamedByUrl(lines: string[], url: string | null | undefined): number {
	const slug = slugWords(url);
	if (!slug || lines.length < 2 || matchesSlug(lines[0], slug)) return 0;
	// only chrome stands over it: a label, a bar of sections, top matter. A title over a title is the page's own headline
	// over the one its address kept (a site may rename a story after its address is made).
	for (let at = 1; at < Math.min(lines.length - 1, 6); at++) {
		const above = lines[at - 1];
		if (!(wordsAtMost(above, 3) || (wordsAtMost(above, 12) && /[|»›]/.test(above)) || isTopMatter(above))) return 0;
		if (isTitleLike(lines[at]) && matchesSlug(lines[at], slug)) return at;
	}
	return 0;
}

/** Removes chrome from the article's lines and finds its headline and credit. */
function cleanLines(rawLines: string[], masthead: Masthead = {}): CleanResult {
	let credit: string | null = null;
	let datelineDate: string | null = null;
	const seen = new Map<number, {line: string; key?: string}[]>();
	// a title-like line shown twice near the top: a page's title, which some scrapes give below the lead
	let twiceShownTitle: string | null = null;
	const lines: string[] = [];
	let bar: TopMatterBar | null = null;
	for (const [index, raw] of rawLines.entries()) {
		// Most lines have single spaces only: the replace would give the same string.
		let line = (raw.includes('  ') || raw.includes('\t') || raw.includes('\u00A0') ? raw.replace(/[ \t\u00A0]+/g, ' ') : raw).trim();
		if (!line || (line !== raw.trim() && isMenuRow(raw))) continue;
		// "date 2019-11-15 Ceasefire takes effect …": a print edition's date field glued before its title
		const dated = index < TOP_LINES ? DATE_FIELD.exec(line) : null;
		if (dated) {
			datelineDate ??= dateInLine(dated[1]);
			line = line.slice(dated[0].length);
		}
		// "OPINION | The Harbour Post | 25 November 2026": the outlet and date a page's top matter gives in one bar.
		if (index < TOP_LINES && !bar) {
			bar = readTopMatterBar(line, () => index === 0 || besideByline(rawLines, index));
			if (bar) continue;
		}
		// A line's key (its words) is made only when needed: lines with equal keys hold as many letters, and most lines'
		// letter counts are their own.
		const letters = plainLetterCount(line);
		let key: string | undefined;
		const keyOfLine = () => (key ??= normLine(line));
		if (isFurniture(line, letters, keyOfLine)) continue;
		// a headline a scraper repeated as the opening of the lead, glued on or after a space ("Truce agreed in
		// DorvaDorva and Kell have agreed …"): the lead starts after it
		if (index < TOP_LINES && lines.length) line = withoutRepeatedTitle(line, lines.at(-1)!);
		// a headline or paragraph repeated below itself
		const sameCount = seen.get(letters);
		if (sameCount?.some((kept) => (kept.key ??= normLine(kept.line)) === keyOfLine())) {
			if (index < TOP_LINES && twiceShownTitle === null && isTitleLike(line)) twiceShownTitle = keyOfLine();
			continue;
		}
		if (sameCount) sameCount.push({line, key});
		else seen.set(letters, [{line, key}]);
		lines.push(line);
	}
	// Trailing tag lists, related links and credits, read from the end.
	// "… the minister said.-AFP", "… on Friday. — Reuters": the wire's credit glued to the last sentence
	if (lines.length > 1) {
		lines[lines.length - 1] = lines.at(-1)!.replace(END_MARK, '');
		if (!lines.at(-1)) lines.pop();
	}
	const glued = lines.length > 1 ? GLUED_CREDIT.exec(lines.at(-1)!) : null;
	if (glued && WIRES.has(glued[1].toLowerCase())) {
		credit = WIRES.get(glued[1].toLowerCase())!;
		lines[lines.length - 1] = lines.at(-1)!.slice(0, glued.index + 1);
	}
	while (lines.length > 1) {
		const last = lines.at(-1)!;
		const wire = wordsAtMost(last, 8) ? creditOf(last) : null;
		if (wire) {
			credit ??= wire;
			lines.pop();
			continue;
		}
		// (a pitch only when every sentence of the line is one: a closing sentence of the story may carry a pitch along)
		if (isTrailingLabel(last) || PROMO.test(last) || isCommentForm(last) || isShareRow(last) || (isCallToAction(last) && splitSentences(last).every((span) => isCallToAction(span.text))) || /^\(?(?:editor|edited by|reporting by)\b[^)]*\)?$/i.test(last) || isCopyright(last)) {
			lines.pop();
			continue;
		}
		// a page's tags flattened one per line under the story: "Dorva" / "Prisoners" / "Kell Strait" (three or more)
		let tags = 0;
		while (tags < lines.length - 2 && isTagLine(lines[lines.length - 1 - tags])) tags++;
		if (tags >= 3) {
			lines.length -= tags;
			continue;
		}
		// a label over up to ten links: "Most read" and its numbered headlines
		// the nearest label first: a "Most read" box under a "Related" list goes before the list does
		let labelAt = -1;
		for (let i = lines.length - 2; i > 0 && i >= lines.length - 11 && labelAt < 0; i--) if (isTrailingLabel(lines[i])) labelAt = i;
		// the links under the label: short, or a list of headlines, bulleted or numbered ("Most read" / "2. Central bank holds rates at 3.25%")
		// (a bulleted link may be a headline in sentence case: "- Rebels say they hold the airport")
		if (labelAt > 0 && lines.slice(labelAt + 1).every((line) => wordsAtMost(line, 6) || isTitleLike(line.replace(/^[-•*·▪–]\s+/, '')) || (/^[-•*·▪–]\s+/.test(line) && wordsAtMost(line, 16) && !/\.$/.test(line)))) {
			lines.length = labelAt;
			continue;
		}
		break;
	}
	// Above the headline, in any order: the site's name ("Daily Harrow"), calls to action ("Subscribe to read more"),
	// and section kickers ("POLITICS", "WORLD NEWS": short, in capitals, no sentence, a longer title-like line after).
	let mastheadSeen = false;
	let mastheadName: string | null = null;
	// what namesOverChrome and brandOverKicker found, kept from the test to the branch it chose
	let overChrome = 0;
	let overKicker = -1;
	let overLetterhead = 0;
	for (let top = 0; top < 6 && lines.length > 1; top++) {
		if (!mastheadSeen && (isMasthead(lines, rawLines, masthead) || isNamedMasthead(lines))) {
			mastheadSeen = true;
			mastheadName = outletName(lines.shift()!);
		} else if (top > 0 && mastheadSeen && lines.length > 2 && (isDateLine(lines[0]) || isEditionLine(lines[0]))) {
			// "THE KELL PIONEER" / "Thursday, November 26, 2026" / headline: the edition's date under the masthead
			datelineDate ??= dateInLine(lines.shift()!);
		} else if (top <= 1 && (overChrome = namesOverChrome(lines, rawLines)) > 0) {
			// "REPUBLIC OF X" / "Ministry of …" / (a menu or a trail the cleaner dropped) / title: the site's names
			if (!mastheadSeen && isBrandLine(lines[overChrome - 1])) [mastheadSeen, mastheadName] = [true, outletName(lines[overChrome - 1])];
			lines.splice(0, overChrome);
		} else if (top === 1 && (overChrome = taglineOverChrome(lines, rawLines)) > 0) {
			// "BRAND" / a tagline / (a menu the cleaner dropped) / "Press release" / "24 November 2026" / title
			for (const line of lines.splice(0, overChrome)) datelineDate ??= dateInLine(line);
		} else if (top === 0 && (overKicker = brandOverKicker(lines)) > 0) {
			// "Harbour Review" / (a motto, a menu) / "EXPLAINER" / headline: the brand, its chrome and the section's label
			mastheadSeen = true;
			mastheadName = outletName(lines[0]);
			lines.splice(0, overKicker + 1);
		} else if (top === 0 && lines.length > 2 && isKicker(lines[0]) && isKicker(lines[1]) && isTitleLike(lines[2])) {
			// "KASTEL" / "EXPLAINER" / headline: a one-word brand in capitals over the section's label
			mastheadSeen = true;
			mastheadName = outletName(lines.shift()!);
		} else if (lines.length > 2 && isLeadingCallToAction(lines[0])) {
			const offer = isNewsletterOffer(lines.shift()!);
			if (offer && lines.length > 1 && isOfferTagline(lines[0])) lines.shift();
		}
		else if (lines.length > 2 && isKicker(lines[0]) && isTitleLike(lines[1]) && wordCount(lines[1]) > wordCount(lines[0])) lines.shift();
		else if (lines.length > 2 && isSiteSectionBar(lines[0]) && isTitleLike(lines[1]) && wordCount(lines[1]) > wordCount(lines[0])) {
			// the bar's first part names the site: the outlet, when no masthead has
			const site = lines.shift()!.split(/\s+[|·•]\s+/)[0];
			if (!mastheadSeen) [mastheadSeen, mastheadName] = [true, outletName(site)];
		} else if ((overLetterhead = letterheadOverTitle(lines)) > 0) {
			for (const line of lines.splice(0, overLetterhead)) {
				if (!mastheadSeen && (isAcronymMasthead(line) || isBodyNameLine(line))) [mastheadSeen, mastheadName] = [true, outletName(line)];
				if (!isBreadcrumb(line)) datelineDate ??= dateInLine(line);
			}
		}
		else break;
	}
	// Still top matter first (a control's prompt, a letterhead's note or number): the headline is the title below it.
	const headlineAt = headlineBelowTopMatter(lines);
	for (const line of lines.splice(0, headlineAt)) {
		if (!mastheadSeen && (isPaperName(line) || isBodyNameLine(line))) [mastheadSeen, mastheadName] = [true, outletName(line)];
		if (isBareDateLine(line) || STATUS_LINE.test(line)) datelineDate ??= dateInLine(line);
	}
	// A masthead's own lines (its tagline, section, trail, dateline) left over its headline standing apart below them.
	const overChromeBlock = headlineBelowChromeBlock(lines, rawLines);
	for (const line of lines.splice(0, overChromeBlock)) {
		if (!mastheadSeen && (isPaperName(line) || isBodyNameLine(line))) [mastheadSeen, mastheadName] = [true, outletName(line)];
		datelineDate ??= isBreadcrumb(line) ? null : dateInLine(line);
	}
	// The title the page's address names, standing under chrome no rule above knew ("Live blog update | <section>"): the
	// headline, and the lines over it top matter.
	const slugAt = titleNamedByUrl(lines, masthead.url);
	for (const line of lines.splice(0, slugAt)) {
		if (!mastheadSeen && (isPaperName(line) || isBodyNameLine(line))) [mastheadSeen, mastheadName] = [true, outletName(line)];
		datelineDate ??= isBreadcrumb(line) ? null : dateInLine(line);
	}
	// Headline: a title-like first line followed by more text.
	let headline: string | null = null;
	// (one word is a section's label over its text, "Overview" over bullets, never a headline; nor is a photo's credited caption)
	// (a desk's byline first, "WEB DESK" over the lead, signs the page and is no headline)
	if (lines.length > 1 && isByline(lines[0]) && DESK_BYLINE.test(titleCaseWords(lines[0].trim()))) lines.shift();
	if (lines.length > 1 && isTitleLike(lines[0]) && !isCallToAction(lines[0]) && !wordsAtMost(lines[0], 1) && !isCreditedCaption(lines[0])) {
		headline = withoutSiteSuffix(lines.shift()!);
		// the page's title over its headline: the same words once the site's name is gone
		if (lines.length > 1 && normLine(lines[0]) === normLine(headline)) lines.shift();
		// the page's title with a section's name left on it ("Ferry accord signed, Latest World News") over the clean title
		else if (lines.length > 1 && isSectionTail(headline, lines[0])) headline = lines.shift()!;
		// "Home World News Rights group denounces …" over "Rights group denounces …": the trail glued to the title, the clean title below
		else if (lines.length > 1 && isTrailGluedTo(headline, lines[0])) headline = lines.shift()!;
		// a title wrapped over short lines ("Tariff deal, energy pledge, and" / "investment reshape the world's most" / "…"):
		// a line that ends on a word that cannot end a title goes on in the next
		for (let wrapped = 0; wrapped < 3 && lines.length > 1 && TITLE_GOES_ON.test(headline) && isTitleLike(lines[0]) && !isTopMatter(lines[0]) && wordsAtMost(lines[0], 12) && wordsAtMost(`${headline} ${lines[0]}`, 30); wrapped++)
			headline = `${headline} ${lines.shift()!}`;
	}
	// no title over the lead, but one shown twice just under it ("In a resurgence of … ." / "Truce reached in …" / the same
	// line again): the page's headline, out of the body
	if (headline === null && twiceShownTitle !== null) {
		const at = lines.findIndex((line, index) => index > 0 && index < 4 && normLine(line) === twiceShownTitle);
		if (at > 0 && lines.length > 2) headline = lines.splice(at, 1)[0];
	}
	for (const line of lines.slice(0, 6)) if (isByline(line)) datelineDate ??= dateInLine(line); // "By Ana Ruiz | 25 November 2026"
	datelineDate ??= bar?.date ?? null;
	const outlet = topMatterOutlet(lines) ?? bar?.outlet ?? (mastheadSeen ? mastheadName : null);
	credit ??= bar?.credit ?? null;
	// Top matter before the lead: credit lines, captions credited to a wire, bylines with dates.
	for (let i = 0; i < Math.min(lines.length, 6); i++) {
		const line = lines[i];
		if (!wordsAtMost(line, 8) && !(wordsAtMost(line, 16) && AGO_STAMP.test(line))) continue;
		// "Reuters Published 10 Apr, 2023 07:44pm", "Agencies": a wire's stamp over the lead, or the wires unnamed
		const stamp = WIRE_STAMP.exec(line);
		const stampWire = stamp ? (stamp[3] ? 'Agencies' : WIRES.get(stamp[1].toLowerCase())) : undefined;
		if (stamp && stampWire && (!stamp[2] || dateInLine(stamp[2]) || dateInLine(stamp[2].replace(/,/g, '')))) {
			credit ??= stampWire;
			if (stamp[2]) datelineDate ??= dateInLine(stamp[2]) ?? dateInLine(stamp[2].replace(/,/g, ''));
			lines.splice(i, 1);
			i--;
			continue;
		}
		const wire = creditOf(line);
		const date = dateInLine(line);
		if ((date && wordsAtMost(line, 6) && !/[.]$/.test(line)) || AGO_STAMP.test(line)) {
			datelineDate ??= date;
			lines.splice(i, 1);
			i--;
			continue;
		}
		if (wire) {
			credit ??= wire;
			// The line before a photo credit is the photo's caption.
			const drop = i > 0 && !isHeadingLine(lines[i - 1]) && wordsAtMost(lines[i - 1], 40) ? 2 : 1;
			lines.splice(i - drop + 1, drop);
			i -= drop;
		}
	}
	// a photo's caption over the lead is no lead: it goes below it (its names still introduce the people the story names)
	// (a gallery may stack its captions: they all go below the lead, each without its gallery's counter and buttons)
	let captions = 0;
	while (captions < lines.length - 1 && isCreditedCaption(lines[captions])) captions++;
	if (captions) {
		const moved = lines.splice(0, captions).map(withoutGalleryChrome);
		lines.splice(1, 0, ...moved);
	}
	// "QUELLMOOR, March 24 (Wire) -- …", "QUELLMOOR (Wire) — …": the lead's dateline names its wire (or the paper), and goes
	let datelineOutlet: string | null = null;
	for (let i = 0; i < Math.min(lines.length, 3); i++) {
		const dated = DATED_CREDIT_DATELINE.exec(lines[i]);
		if (dated && wordCount(lines[i]) - wordCount(dated[0]) >= 4) {
			credit ??= dated[1].split(/\s*[\/|]\s*|\s+[\-–—]\s+/).map((part) => WIRES.get(part.trim().toLowerCase())).find(Boolean) ?? null;
			datelineDate ??= dateInLine(dated[1]);
			lines[i] = lines[i].slice(dated[0].length);
			break;
		}
		const bracketed = BRACKETED_COUNTRY_DATELINE.exec(lines[i]);
		if (bracketed && wordCount(lines[i]) - wordCount(bracketed[0]) >= 4) {
			lines[i] = lines[i].slice(bracketed[0].length);
			break;
		}
		// ("Kell, Sep 6 (Wire) The government …": a place in mixed case and a date, or no dash, only before a wire's name)
		const loose = WIRE_DATELINE.test(lines[i]) ? null : LOOSE_WIRE_DATELINE.exec(lines[i]);
		const dateline = loose && WIRES.has(loose[1].toLowerCase()) ? loose : WIRE_DATELINE.exec(lines[i]);
		// "QUEDLIN/MARRISH - Tolvane has brokered …", "KELL, Tolvania — …": places in capitals and a dash, no wire named
		const plain = dateline ? null : PLAIN_DATELINE.exec(lines[i]);
		if (plain && wordCount(lines[i]) - wordCount(plain[0]) >= 4) {
			lines[i] = lines[i].slice(plain[0].length);
			break;
		}
		if (!dateline || !/^[\p{Lu}--[\u{10000}-\u{10FFFF}]]/v.test(lines[i]) || wordCount(lines[i]) - wordCount(dateline[0]) < 4) continue;
		const wire = WIRES.get(dateline[1].toLowerCase());
		if (wire) credit ??= wire;
		else if (isOutletLike(dateline[1]) && !/^[\p{Lu}--[\u{10000}-\u{10FFFF}]]{2,6}$/v.test(dateline[1])) datelineOutlet = dateline[1]; // (an acronym alone names no outlet)
		lines[i] = lines[i].slice(dateline[0].length);
		break;
	}
	return {lines, headline, credit, datelineDate, outlet: outlet ?? datelineOutlet};
}

// "Jo Lin (@jolin) 30 seconds ago Mon 10th August 2020 | 01:10 PM": a writer's stamp of how long ago, then the date
const AGO_STAMP = /\b\d{1,2}\s+(?:second|minute|min|hour|hr|day)s?\s+ago\b.*\d/i;
// a wire's name then its stamp ("Reuters Published 10 Apr, 2023", "AFP | Updated 3 March"), or "Agencies" alone
const WIRE_STAMP = /^(?:([\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.\-]--[\u{10000}-\u{10FFFF}]]*)?)\s*(?:[\|,·•\-]\s*(?:(?:updated|published|posted|created|last updated)\s*:?\s*)?|(?:updated|published|posted|created|last updated)\s*:?\s*)(.*\d.*)|(?:news\s+)?(agencies))$/iv;
// "… injured in the attacks. (end) wab.maa" / "… on Friday. -- ENDS --": a wire's end mark, and its editors' initials after it
const END_MARK = /(?:(?<=[.!?"”’)])\s*|^)(?:\((?:end|End|END|ENDS)\)|[\-–—]{1,2}\s*ENDS?\s*[\-–—]{1,2}|#{3})(?:\s+[a-z.\/]{1,24}){0,2}\s*$/;
const GLUED_CREDIT = /[.!?"”’]\s*[\-–—]{1,2}\s*\(?([\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}. \-]--[\u{10000}-\u{10FFFF}]]{1,30}?)\)?\s*$/v;
// "KELL (Harbour News / Wire - 23rd November, 2026) One person …", "KELL, Tolvania (October 26, 2026) - A blockade …", "Kell, (Harbour News - 10th Aug, 2026 ) :A protester …":
// a place, then the paper and its wire with the date in brackets, before the lead
const DATED_CREDIT_DATELINE = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.'’\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.'’\-]--[\u{10000}-\u{10FFFF}]]*){0,2}(?:,\s*[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+)?)?,?\s*\(([^\(\)\n]{2,60}?\d{4})\s*\)\s*[:\-–—]{0,2}\s*(?=[\p{Lu}--[\u{10000}-\u{10FFFF}]])/v;
// "Kell Harbour [Tolvania], October 13 : ": a place, its country in square brackets and the date, then a colon
const BRACKETED_COUNTRY_DATELINE = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.'’\-]--[\u{10000}-\u{10FFFF}]]*(?:\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.'’\-]--[\u{10000}-\u{10FFFF}]]*){0,2}\s*\[[^\[\]\n]{2,30}\],?\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?)\s*[:\-–—]\s*(?=[\p{Lu}--[\u{10000}-\u{10FFFF}]])/v;
// "QUELLMOOR, March 24 (Wire) -- ", "QUELLMOOR, Tolvania (Wire) — ", "Jan. 25 (Wire) -- ": a place or date, the wire or paper in brackets, a dash
const LOOSE_WIRE_DATELINE = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.'’\-]--[\u{10000}-\u{10FFFF}]]+(?:[ \/][\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}.'’\-]--[\u{10000}-\u{10FFFF}]]+){0,2},\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?)\s*\(([^\(\)\n]{2,28})\)\s*(?:[:\-–—]{1,2}\s*)?(?=[[\p{Lu}"“‘]--[\u{10000}-\u{10FFFF}]])/v;
const PLAIN_DATELINE = /^[\p{Lu}--[\u{10000}-\u{10FFFF}]]{2}[[\p{Lu}.'’\-]--[\u{10000}-\u{10FFFF}]]+(?:[ \/][\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Lu}.'’\-]--[\u{10000}-\u{10FFFF}]]+)*(?:,\s*[\p{Lu}--[\u{10000}-\u{10FFFF}]][^,\(\)\n\-–—]{1,30}?)?\s+[\-–—]{1,2}\s+(?=[[\p{Lu}"“‘]--[\u{10000}-\u{10FFFF}]])/v;
const WIRE_DATELINE = /^(?:(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Lu}.'’\-]--[\u{10000}-\u{10FFFF}]]+(?:[ \/\-][\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{Lu}.'’\-]--[\u{10000}-\u{10FFFF}]]+)*(?:,\s*[^\(\),]{1,30}?)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\s+)?\(([\p{Lu}--[\u{10000}-\u{10FFFF}]][[\p{L}\p{N}.\&' \-]--[\u{10000}-\u{10FFFF}]]{1,28})\)\s*(?:[\-–—]{1,2})\s+/v;

/** Builds the cleaned body, paragraphs and sentences, dropping call-to-action sentences. */
function segment(lines: string[]): {body: string; paragraphs: Paragraph[]; sentences: Sentence[]} {
	// The body's pieces are joined once at the end: a string grown by += is a chain of pieces, which every extractor's
	// read of a character of the body would have to go through.
	const pieces: string[] = [];
	let length = 0;
	const paragraphs: Paragraph[] = [];
	const sentences: Sentence[] = [];
	for (const line of lines) {
		const all = splitSentences(line);
		// a sentence is a part of its line: when the line holds no call-to-action word, no sentence of it does
		const spans = MIGHT_CALL_TO_ACTION.test(line) ? all.filter((span) => !isCallToAction(span.text)) : all;
		if (!spans.length) continue;
		const text = spans.length === all.length ? line : spans.map((span) => span.text).join(' ');
		const start = length ? length + 2 : 0;
		if (length) pieces.push('\n\n');
		pieces.push(text);
		length = start + text.length;
		const paragraph = paragraphs.length;
		paragraphs.push({text, start, end: start + text.length, heading: isHeadingLine(text)});
		// The common case keeps every sentence: shift the spans instead of splitting again.
		const placed = spans.length === all.length ? all.map((span) => ({text: span.text, start: span.start + start, end: span.end + start})) : splitSentences(text, start);
		for (const span of placed) sentences.push({text: span.text, start: span.start, end: span.end, paragraph});
	}
	return {body: pieces.join(''), paragraphs, sentences};
}

/**
 * Parses one article. `id` is its path relative to the corpus root; `meta` is what a manifest
 * said of it. Front matter in the text wins over the manifest.
 */
export function parseArticle(id: string, text: string, meta: ArticleMeta = {}): ParsedArticle {
	const {fields, rest} = splitFrontMatter(backticksAsQuotes(stripControlSequences(text)));
	const pick = (key: keyof ArticleMeta, ...names: string[]) => {
		for (const name of names) if (name in fields) return metaValue(fields[name]);
		return metaValue(meta[key] ?? null);
	};
	const cleaned = cleanLines(unwrapLines(rest.split('\n')), {outlet: pick('outlet', 'outlet', 'source', 'publisher', 'site'), url: pick('url', 'url', 'link')});
	const {body, paragraphs, sentences} = segment(cleaned.lines.map(withoutGalleryCounter));
	const headlineField = 'headline' in fields || 'title' in fields ? pick('headline', 'headline', 'title') : undefined;
	return {
		id,
		outlet: pick('outlet', 'outlet', 'source', 'publisher', 'site') ?? cleaned.outlet,
		credit: pick('credit', 'credit') ?? cleaned.credit,
		url: pick('url', 'url', 'link'),
		headline: headlineField !== undefined ? headlineField : (metaValue(meta.headline ?? null) ?? cleaned.headline),
		published: parsePublished(pick('published', 'published', 'date')) ?? cleaned.datelineDate,
		words: wordCount(body),
		body,
		paragraphs,
		sentences,
	};
}
