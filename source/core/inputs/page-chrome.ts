/** What a web page wraps an article in, as data: removed before the main text is looked for. */

/** Elements that are never article text. */
export const CHROME_TAGS = [
	'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas',
	'form', 'button', 'select', 'input', 'textarea', 'nav', 'aside', 'footer', 'dialog',
];

/** ARIA roles of page furniture. */
export const CHROME_ROLES = ['navigation', 'banner', 'complementary', 'contentinfo', 'dialog', 'alertdialog', 'search', 'menu', 'menubar'];

/** Words in a class or id that name page furniture ("cookie-banner", "related_links", "newsletter-signup"). */
export const CHROME_CLASS_WORDS = [
	'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'subscribe', 'subscription', 'paywall', 'signup',
	'promo', 'advert', 'advertisement', 'ad', 'ads', 'adslot', 'sponsor', 'sponsored', 'related', 'recommended',
	'recirculation', 'outbrain', 'taboola', 'share', 'sharing', 'social', 'comments', 'comment', 'breadcrumb',
	'breadcrumbs', 'sidebar', 'popup', 'modal', 'overlay', 'toolbar', 'masthead', 'menu', 'trending', 'most-read',
	'mostread', 'newsletter', 'banner',
];

/** Inside the main text: media and captions, not sentences of the article. */
export const NON_TEXT_TAGS = ['figcaption', 'img', 'picture', 'video', 'audio', 'source', 'track', 'map', 'math'];

/** Meta tags naming the publication date, by attribute value, in order of trust. */
export const PUBLISHED_META = [
	'article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate',
	'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date',
];

/** JSON-LD types of a news article. */
export const ARTICLE_TYPES = [
	'NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
	'BackgroundNewsArticle', 'ReviewNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'Report', 'ScholarlyArticle',
];
