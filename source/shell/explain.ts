/** `--explain`: one line per extracted item saying which rule found it in which sentence. */
import type {Briefing, Evidence} from '../core/model.js';
import {stripControlSequences} from '../core/sanitize.js';

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

function evidenceLines(evidence: Evidence[]): string[] {
	return evidence.map(
		(item) => `    ${item.rule ?? 'rule?'} in ${item.article}${item.offset === undefined ? '' : `@${item.offset}`}${item.hedge ? ` (${item.hedge})` : ''}: ${clip(stripControlSequences(item.text).replace(/\s+/g, ' '), 140)}`,
	);
}

/** Why each item of the briefing was found: its kind, its text and, per article, the rule and sentence. */
export function explainBriefing(briefing: Briefing): string {
	const speakerName = new Map(briefing.speakers.map((speaker) => [speaker.id, speaker.name]));
	const lines: string[] = [];
	for (const quote of briefing.quotes)
		lines.push(`quote (${quote.kind}) ${quote.speaker ? speakerName.get(quote.speaker) ?? quote.speaker : 'unattributed'}: "${clip(quote.text, 100)}"`, ...evidenceLines(quote.evidence));
	for (const provision of briefing.provisions) lines.push(`provision ${provision.id}: ${clip(provision.summary, 100)}`, ...evidenceLines(provision.evidence));
	for (const figure of briefing.figures)
		lines.push(`figure ${figure.kind} ${figure.qualifier ? `${figure.qualifier} ` : ''}${figure.value ?? figure.text}${figure.place ? ` in ${figure.place}` : ''}`, ...evidenceLines(figure.evidence));
	for (const claim of briefing.claims)
		lines.push(`claim ${claim.place}: ${claim.claim} (by ${claim.claimant ?? '?'}${claim.disputedBy ? `, disputed by ${claim.disputedBy}` : ''})`, ...evidenceLines(claim.evidence));
	for (const discrepancy of briefing.discrepancies) lines.push(`discrepancy: ${clip(discrepancy.summary, 120)}`, ...evidenceLines(discrepancy.evidence));
	return lines.length ? `${lines.join('\n')}\n` : 'nothing was extracted\n';
}
