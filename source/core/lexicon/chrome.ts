/** Words of page chrome: calls to action, tag-list and picker labels. Matched by rules in parse-article. */

/** Verbs and phrases of share/follow calls to action; a sentence with two or more is chrome. */
export const CALL_TO_ACTION: readonly string[] = [
	'follow', 'share', 'comment', 'subscribe', 'sign up', 'like us', 'join the conversation', 'newsletter',
	'download our app', 'click here', 'tap here', 'stay tuned', 'stay informed', 'staying informed', 'support our journalism',
	'follow us', 'share this', 'read more', 'watch live', 'turn on notifications',
];

/** Labels that open a trailing tag list or related-links block. */
export const TRAILING_LABELS: readonly string[] = [
	'tags', 'tagged', 'topics', 'related', 'related articles', 'related stories', 'related topics', 'read', 'read more',
	'read also', 'also read', 'more on this', 'more on this story', 'more on this topic', 'more stories', 'more coverage', 'latest stories', 'more from', 'keywords', 'filed under', 'see also', 'recommended',
	'you may also like', 'most read', 'most popular', 'most viewed', 'trending', 'advertisement', 'share this article', 'comments',
	'articles you may like', 'stories you may like', 'you might also like', 'you may like', 'read next', 'more articles', 'recommended for you',
];

/** Labels of pickers and page furniture that stand alone on a line. */
export const FURNITURE_LABELS: readonly string[] = [
	'select language', 'choose language', 'change language', 'language', 'select edition', 'edition',
	'listen to article', 'listen to this article', 'advertisement', 'skip to content', 'skip to main content',
	'menu', 'search', 'home', 'share', 'print', 'email', 'font size', 'text size', 'blog', 'opinion', 'live',
	'subscribe', 'sign in', 'log in', 'register',
	// a text-size picker ("A+ A-", "A- A A+") read as its letters
	'a a', 'a a a',
	// a live page's label over its title
	'live blog', 'live blog update', 'live updates', 'live update', 'live coverage',
	// a news site's feed labels over its headline
	'all news', 'latest news', 'news feed', 'top stories', 'latest stories', 'news in brief',
	// the label of a body's release over its title
	'press release', 'press statement', 'news release', 'media release', 'for immediate release', 'readout', 'transcript',
];

/**
 * Section names a page prints over or under its headline ("World", "Region", "Business"): one word beside a byline that
 * is a section, never the outlet.
 */
export const SECTION_LABELS: readonly string[] = [
	'world', 'news', 'politics', 'business', 'economy', 'markets', 'region', 'regions', 'national', 'international', 'local',
	'sport', 'sports', 'opinion', 'analysis', 'comment', 'culture', 'science', 'health', 'technology', 'tech', 'climate',
	'environment', 'africa', 'asia', 'europe', 'americas', 'diplomacy', 'security', 'defence', 'defense', 'foreign', 'domestic',
	'nation', 'metro', 'city', 'features', 'explainer', 'investigations', 'money', 'finance', 'trade', 'energy', 'border',
];

/**
 * Account and subscription actions a page's top bar shows, alone or in a row ("Subscribe   Sign in",
 * "Log in | Register"): a line made only of these is chrome, never a headline.
 */
export const ACCOUNT_ACTIONS: readonly string[] = [
	'subscribe', 'subscribe now', 'subscribe today', 'subscriptions', 'sign in', 'sign up', 'sign out', 'log in', 'login', 'log out', 'logout',
	'register', 'my account', 'account', 'create account', 'create an account', 'create a free account', 'donate', 'donate now', 'support us',
	'get the app', 'download the app', 'newsletters', 'newsletter', 'try for free', 'free trial', 'start free trial', 'become a member', 'join',
	'menu', 'search', 'or', 'and',
];

/** How a line that asks the reader to subscribe, sign in or get an app begins: such a line at the top is chrome, not the headline. */
export const CALL_TO_ACTION_OPENINGS: readonly string[] = [
	'subscribe', 'sign up', 'sign in', 'log in', 'already a subscriber', 'already have an account', 'become a member', 'become a subscriber',
	'create a free account', 'create an account', 'download our app', 'download the app', 'get our app', 'get the app', 'support our journalism',
	'support independent journalism', 'support us', 'try it free', 'start your free trial',
	// a paid newsletter's notice: "For subscribers only. Not for redistribution."
	'for subscribers only', 'subscribers only', 'for subscribers', 'not for redistribution', 'for internal use only',
	// a broadcaster's player bar: "Listen live ▶ <station> 94.6 FM"
	'listen live', 'listen now', 'watch live', 'watch now',
];

/**
 * What a cookie or consent banner is about: a line that names one of these, speaks to the reader and offers a
 * choice (CONSENT_CHOICES) is chrome wherever it stands ("This site uses cookies … [Accept all] [Manage settings]").
 */
export const CONSENT_SUBJECTS: readonly string[] = ['cookie', 'cookies', 'tracking technologies', 'similar technologies', 'personalised ads', 'personalized ads', 'personalised advertising', 'personalized advertising'];

/** The choices a consent banner offers, or how it takes the reader's silence for consent. */
export const CONSENT_CHOICES: readonly string[] = [
	'accept', 'accept all', 'reject all', 'decline', 'agree', 'i agree', 'allow all', 'got it', 'manage settings', 'manage preferences',
	'manage cookies', 'cookie settings', 'cookie policy', 'privacy settings', 'privacy policy', 'continuing to browse', 'continuing to use',
	'by continuing', 'learn more',
];

/** Street words of a postal address in a letterhead ("Union Hall, 14 Tessary Lane, Town"), as printed after the street's name. */
export const STREET_WORDS: readonly string[] = ['Street', 'St', 'Road', 'Rd', 'Lane', 'Avenue', 'Ave', 'Square', 'Place', 'Boulevard', 'Blvd', 'Way', 'Drive', 'Row', 'Quay', 'Terrace', 'Close', 'Crescent', 'Gardens', 'Embankment', 'Parade', 'Walk', 'Court'];

/** A document's label over its title in a body's letterhead: "For immediate release - 24 November", "Press Office", "VERBATIM RECORD (PROVISIONAL)". */
export const LETTERHEAD_LABELS: readonly string[] = ['for immediate release', 'for release', 'embargoed until', 'press office', 'press service', 'media office', 'information office', 'communications office', 'official report', 'verbatim record', 'hansard'];

/**
 * Verbs a page's controls and prompts open with ("Search the Courier", "Read in app", "View this email in your
 * browser"): a short line that opens with one, over a longer title, is the page speaking to the reader, not a headline.
 */
export const INTERFACE_VERBS: readonly string[] = [
	'search', 'find', 'skip', 'jump', 'go', 'back', 'return', 'view', 'open', 'read', 'listen', 'watch', 'share', 'follow',
	'subscribe', 'sign', 'log', 'register', 'download', 'get', 'install', 'print', 'email', 'save', 'copy', 'close', 'accept',
	'manage', 'show', 'hide', 'toggle', 'switch', 'select', 'choose', 'change', 'explore', 'browse', 'discover', 'see', 'load',
	'try', 'tap', 'click', 'type', 'enter', 'continue', 'donate', 'join', 'contact', 'advertise', 'forward', 'unsubscribe',
	'update', 'edit', 'play', 'expand', 'collapse', 'visit',
];

/**
 * Notes a document carries over its title about itself: how it is translated or delivered, when it may be printed
 * ("Unofficial translation from the … language", "Check against delivery", "As prepared for delivery").
 */
export const DOCUMENT_NOTES: readonly string[] = [
	'unofficial translation', 'informal translation', 'official translation', 'translation', 'translated from', 'original',
	'check against delivery', 'as prepared for delivery', 'as delivered', 'embargoed', 'embargo', 'not for publication',
	'draft', 'provisional', 'advance text', 'having trouble viewing', 'trouble viewing',
];

/** Openings of an archive notice a page prints over an old story ("This Article is From Dec 13, 2019", "This article is more than 5 years old"). */
export const ARCHIVE_NOTICE_OPENINGS: readonly string[] = [
	'this article is from', 'this article is more than', 'this article is over', 'this article was published', 'this article was first published',
	'this article was originally published', 'this story is from', 'this story is more than', 'this story was published', 'this content is from',
	'archived article', 'from the archive', 'from the archives',
];

/**
 * What a page says to a reader whose browser it cannot serve ("Your web browser is no longer supported", "Please
 * enable JavaScript"): a scraper keeps it as the first line, where it would be read as the headline.
 */
export const BROWSER_NOTICE_PHRASES: readonly string[] = [
	'browser is no longer supported', 'browser is not supported', 'browser is out of date', 'browser is outdated',
	'unsupported browser', 'outdated browser', 'older browser', 'update your browser', 'upgrade your browser',
	'enable javascript', 'javascript is disabled', 'javascript is required', 'javascript is turned off', 'turn on javascript',
	'javascript enabled', 'enable cookies and javascript',
	// a player's notice where a video was: "Media playback is unsupported on your device"
	'playback is not supported on your device', 'playback is unsupported on your device', 'playback is not supported on this device',
	'playback is unsupported on this device',
];

/**
 * Labels a page sets before a picture's or a video's caption or credit ("Image caption The port at dawn", "Image copyright
 * Kell Press", "Media caption Rescuers reach the village"; a machine translation's "Legend of the media …"): the line is
 * the picture's, not the story's.
 */
export const MEDIA_LABELS: readonly string[] = [
	'image caption', 'media caption', 'video caption', 'photo caption', 'image copyright', 'image source', 'copyright of the image',
	'legend of the media', 'legend of the image', 'caption of the image',
	// a page's text for a picture a reader cannot see, left where the picture was
	'image description', 'media description', 'photo description', 'alt text',
];

/** How a blog's comment form, under the story, opens its lines ("Leave a Reply", "Your email address will not be published."). */
export const COMMENT_FORM_OPENINGS: readonly string[] = [
	'leave a reply', 'leave a comment', 'post a comment', 'add a comment', 'add comment', 'cancel reply', 'no comments', 'comments are closed',
	'your email address will not be published', 'required fields are marked', 'you may use these html tags', 'notify me of follow-up comments',
	'notify me of new posts', 'save my name, email, and website', 'this site uses akismet',
];

/** Names on a share bar's buttons: a line of three or more of them alone is the bar ("Facebook Twitter Linkedin Email"). */
export const SHARE_BUTTONS: readonly string[] = [
	'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'digg', 'delicious', 'stumbleupon', 'tumblr', 'pinterest',
	'email', 'e-mail', 'print', 'messenger', 'flipboard', 'pocket', 'vk', 'threads', 'bluesky', 'mastodon', 'copy', 'link', 'copy link', 'share',
];

/** Labels of a document's reference and contact lines ("Ref: PR-2026-041", "No. 41/2026", "Media contact: …"). */
export const REFERENCE_LABELS: readonly string[] = ['ref', 'ref.', 'reference', 'our ref', 'your ref', 'no.', 'nr.', 'doc.', 'document', 'file', 'serial'];
export const CONTACT_LABELS: readonly string[] = ['contact', 'contacts', 'media contact', 'press contact', 'media enquiries', 'press enquiries', 'media inquiries', 'press inquiries', 'enquiries', 'inquiries', 'tel', 'phone', 'email', 'e-mail'];

/** Words that credit a picture at the end of its caption: "… Photo by Jo Lin/Kell Press", "… Photo: Kell Press". */
export const PHOTO_CREDIT_WORDS: readonly string[] = ['photo', 'photos', 'photograph', 'picture', 'image', 'file photo', 'photo credit', 'pic'];
/**
 * Labels a page sets before a caption of its picture, video or audio ("Video: 'We're trapped!' …", "Watch: …"), or
 * before the parts of a story it sets apart ("Quote: '…'", "Details: …", "Background: …"): a label, never a speaker.
 */
export const CAPTION_LABELS: readonly string[] = [
	...PHOTO_CREDIT_WORDS, 'video', 'watch', 'gallery', 'audio', 'listen',
	'quote', 'details', 'background', 'context', 'source', 'update', 'recap', 'reminder',
];
/** Picture agencies named before a photographer's name in a caption's credit: "… REUTERS/Jo Lin", "(Xinhua/Li Wei)". */
export const PHOTO_AGENCIES: readonly string[] = ['REUTERS', 'Reuters', 'AFP', 'AP', 'EPA', 'EPA-EFE', 'Xinhua', 'XINHUA', 'Anadolu', 'ANADOLU', 'Getty Images', 'SOPA Images', 'Sipa', 'Shutterstock', 'dpa', 'ANI', 'PTI', 'IANS'];

/** Labels a page prints before its writer's name ("Author: Ana Ruiz", "Written by Ana Ruiz"): with a name after them, a byline. */
export const BYLINE_LABELS: readonly string[] = ['author', 'authors', 'written by', 'words by', 'reporting by', 'posted by', 'story by', 'text by', 'published by'];

/** What a writer's job is called in a byline: "Hadrel Zandrow Senior political correspondent", "Li Wei, Diplomatic editor". */
export const JOURNALIST_ROLES: readonly string[] = ['correspondent', 'editor', 'reporter', 'writer', 'columnist', 'contributor', 'bureau chief', 'producer', 'presenter'];

/** Words that say which writer of a paper it is, before the job ("Senior political", "Deputy Middle East", "Chief economics"). */
export const JOURNALIST_ROLE_MODIFIERS: readonly string[] = [
	'senior', 'chief', 'deputy', 'associate', 'assistant', 'contributing', 'managing', 'special', 'staff', 'lead', 'principal', 'acting',
	'political', 'politics', 'diplomatic', 'foreign', 'defence', 'defense', 'security', 'military', 'economics', 'economic', 'economy',
	'business', 'world', 'international', 'home', 'affairs', 'science', 'health', 'environment', 'climate', 'legal', 'investigations',
	'investigative', 'news', 'digital', 'regional', 'global', 'trade', 'energy', 'technology', 'culture', 'social', 'parliamentary',
	'africa', 'asia', 'europe', 'americas', 'middle', 'east', 'west', 'north', 'south', 'latin', 'america', 'pacific', 'gulf', 'and',
];

/** Labels a page sets before its own title ("You're reading: Ceasefire agreed"): furniture, not words of the headline. */
export const TITLE_PREFIX_LABELS: readonly string[] = ["you're reading", 'you’re reading', 'you are reading', 'now reading', 'currently reading', 'now playing'];
