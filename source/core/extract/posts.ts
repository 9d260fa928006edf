/**
 * Posts a page embeds from a social network: the post's words stand as a paragraph of their own, with no quote marks,
 * and the next paragraph signs them ("— Jane Roe (@janeroe) March 3, 2027"). The words are the author's, verbatim: a
 * direct quote, though no reporting verb or quote mark says so.
 */
import {ORGANISATION_HEADS} from '../lexicon/organisations.js';
import type {ParsedArticle} from '../model.js';
import type {LocalQuote, LocalSpeaker} from './quotes.js';
import {surnameKey} from './speakers.js';

// A dash, the author's name, the handle in brackets, then the day the post went out, as the platform prints it.
const SIGNATURE = /^[—–\-]\s*([\p{Lu}--[\u{10000}-\u{10FFFF}]][^\(\)@\n]{1,79}?)\s*\(@\w{1,30}\)\s*(?:[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[\p{Lu}--[\u{10000}-\u{10FFFF}]][\p{Ll}--[\u{10000}-\u{10FFFF}]]+\s+\d{4})?\s*$/v;
// The post's links and picture ("pic.twitter.com/…", "https://t.co/…"): the platform's, not the author's words.
const LINKS = /\s*(?:pic\.twitter\.com\/\S+|https?:\/\/\S+)/gu;
const ORGANISATION_HEAD = new Set(ORGANISATION_HEADS);

/** The speakers and quotes of the posts an article embeds; an author the prose already names (in any of `named`) keeps that speaker. */
export function extractEmbeddedPosts(article: ParsedArticle, ...named: LocalSpeaker[][]): {speakers: LocalSpeaker[]; quotes: LocalQuote[]} {
	const speakers: LocalSpeaker[] = [];
	const quotes: LocalQuote[] = [];
	// (most pages embed nothing: one look at the body before any paragraph is read)
	if (!article.body.includes('(@')) return {speakers, quotes};
	const known = named.flat();
	article.paragraphs.forEach((paragraph, index) => {
		const signed = index > 0 ? SIGNATURE.exec(paragraph.text) : null;
		const post = signed ? article.paragraphs[index - 1] : undefined;
		const words = post && !post.heading ? post.text.replace(LINKS, '').trim() : '';
		if (!signed || !/[\p{L}--[\u{10000}-\u{10FFFF}]]{2}/v.test(words)) return;
		const name = signed[1].trim();
		const speaker = authorOf(name, [...known, ...speakers]) ?? newAuthor(name, speakers);
		quotes.push({speakerKey: speaker.key, text: words, kind: 'direct', evidence: {article: article.id, text: post!.text, offset: post!.start, rule: 'quote.embedded-post'}});
	});
	return {speakers, quotes};
}

/** The speaker the article already has for a post's author: the same name, or a person with the same surname. */
function authorOf(name: string, speakers: LocalSpeaker[]): LocalSpeaker | undefined {
	const lower = name.toLowerCase();
	return (
		speakers.find((speaker) => speaker.aliases.some((alias) => alias.toLowerCase() === lower)) ??
		speakers.find((speaker) => speaker.type === 'person' && !speaker.roleOnly && name.includes(' ') && surnameKey(speaker.name) === surnameKey(name))
	);
}

function newAuthor(name: string, speakers: LocalSpeaker[]): LocalSpeaker {
	const head = name.split(/\s+/).at(-1)!.toLowerCase();
	const speaker: LocalSpeaker = {key: `p${speakers.length + 1}`, name, aliases: [name], role: null, type: ORGANISATION_HEAD.has(head) ? 'organisation' : 'person'};
	speakers.push(speaker);
	return speaker;
}
