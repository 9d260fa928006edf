/**
 * A figure's value as screens and digests show it: "at least 1,200", "19%", "$750 billion", "dozens". Apart from the
 * extractor so renderers load no lexicon; the model keeps the bare number for the schema.
 */
import type {Figure} from './model.js';

const SCALES: [number, string][] = [
	[1e12, 'trillion'],
	[1e9, 'billion'],
	[1e6, 'million'],
];

// The currency a money figure was stated in, read back from its own phrase.
const CURRENCY_SIGN = /[$€£¥₹]/;

// A rate stated with a percent sign or word right after its number: "a 15% tariff", "30 per cent".
const PERCENT_AFTER_NUMBER = /\d\s*(?:%|per\s?cent\b|percent\b|pc\b)/i;

/** 1234567 -> "1,234,567"; decimals kept as given. */
export function formatNumber(value: number): string {
	if (!Number.isFinite(value)) return String(value);
	const [whole, fraction] = String(Math.abs(value)).split('.');
	const grouped = /e/.test(whole) ? whole : whole.replace(/\B(?=(\d{3})+$)/g, ',');
	return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** Sums of money in words past a million ("750 billion"), as articles state them; a reader should not count zeros. */
function moneyAmount(value: number): string {
	for (const [scale, word] of SCALES) {
		if (Math.abs(value) >= scale) return `${formatNumber(Math.round((value / scale) * 100) / 100)} ${word}`;
	}
	return formatNumber(value);
}

function unitOf(figure: Figure): {prefix: string; suffix: string} {
	if (figure.kind === 'percent_territory') return {prefix: '', suffix: '%'};
	if (figure.kind === 'other' && PERCENT_AFTER_NUMBER.test(figure.text)) return {prefix: '', suffix: '%'};
	if (figure.kind === 'money') return {prefix: CURRENCY_SIGN.exec(figure.text)?.[0] ?? '', suffix: ''};
	return {prefix: '', suffix: ''};
}

/** "at least 1,200", "19%", "some $750 billion"; the qualifier alone ("dozens") or null for a count with no number. */
export function figureValueText(figure: Figure): string | null {
	const qualifier = figure.qualifier?.trim() ?? '';
	if (figure.value === null) return qualifier || null;
	const {prefix, suffix} = unitOf(figure);
	const number = `${prefix}${figure.kind === 'money' ? moneyAmount(figure.value) : formatNumber(figure.value)}${suffix}`;
	return qualifier ? `${qualifier} ${number}` : number;
}
