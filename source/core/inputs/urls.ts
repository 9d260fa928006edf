/** Web addresses as inputs: recognising them, a stable article id, a comparable form, an outlet fallback. */

/** An http(s) address given where a path could be. */
export function isWebAddress(input: string): boolean {
	return /^https?:\/\/[^\s/]+/i.test(input.trim());
}

function parsed(url: string): URL | null {
	try {
		const value = new URL(url.trim());
		return value.protocol === 'http:' || value.protocol === 'https:' ? value : null;
	} catch {
		return null;
	}
}

/** An absolute http(s) address for `href` read on the page at `base`, or null. */
export function absoluteUrl(href: string | null | undefined, base?: string | null): string | null {
	if (!href?.trim()) return null;
	try {
		const value = new URL(href.trim(), base ?? undefined);
		return value.protocol === 'http:' || value.protocol === 'https:' ? value.href : null;
	} catch {
		return null;
	}
}

// Campaign and click-tracking parameters: the same page shared through different channels.
const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid|ref|taid)$/i;

/** The form two addresses of one page share: no scheme, no "www.", no fragment, no tracking, no trailing slash. */
export function comparableUrl(url: string): string | null {
	const value = parsed(url);
	if (!value) return null;
	const params = [...value.searchParams].filter(([key]) => !TRACKING.test(key));
	const search = params.length ? `?${new URLSearchParams(params).toString()}` : '';
	return `${value.host.toLowerCase().replace(/^www\./, '')}${value.pathname.replace(/\/+$/, '')}${search}`;
}

/** The id an article read from the web gets: its comparable address (host and path), stable across runs and shares. */
export function urlId(url: string): string {
	return comparableUrl(url) ?? url;
}

/** The site's host name without "www.", the outlet of last resort. */
export function hostOf(url: string | null | undefined): string | null {
	const value = url ? parsed(url) : null;
	return value ? value.hostname.toLowerCase().replace(/^www\./, '') : null;
}
