/** Words that put a weekday ahead of the publication date rather than behind it. */

/**
 * Markers of a future clause: "will begin talks Tuesday", "is due to sign on Friday", and a reported deadline ("the statement
 * said the changes would take effect by Wednesday": "would" alone may tell of a past plan, a term coming into force does not).
 */
export const FUTURE_MARKERS = /\b(?:will|shall|'ll|is due|are due|is set to|are set to|is scheduled|are scheduled|scheduled for|is expected to|are expected to|is to|are to|plans? to|would (?:take effect|come into (?:force|effect)|expire|kick in))\b/i;

/**
 * A word right before the weekday that settles it either way: "next Tuesday", "last Friday". "The next Sunday" of a
 * story told in the past is the Sunday after, not the one after publication, so it settles nothing.
 */
export const NEXT_BEFORE_WEEKDAY = /(?<!\bthe\s)\b(?:next|coming|upcoming)\s+$/i;
export const LAST_BEFORE_WEEKDAY = /\b(?:last|past|previous)\s+$/i;

/** Markers of a past clause that override an earlier future word in the same clause ("will ... was signed"). */
export const PAST_MARKERS = /\b(?:was|were|had|did|last|ago)\b/i;

/** Participles of a deal's past that name an earlier event inside a future clause: "will report on the accord signed on Sunday" (not after "be": "will be signed on Sunday"). */
export const EVENT_PARTICIPLE = /(?<!\b(?:be|been|being|get|gets)\s)\b(?:signed|agreed|reached|announced|brokered|struck|concluded|sealed|approved|adopted|passed|killed|held|launched|began|started)\b/i;

/** Time-zone codes a clock time carries ("9.30pm BST", "14:00 GMT"): capitals that name no body and never speak. */
export const TIME_ZONE_CODES: readonly string[] = ['GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT', 'MSK', 'IST', 'JST', 'AEST', 'AEDT', 'WAT', 'EAT', 'CAT', 'SAST', 'PKT', 'WIB', 'HKT', 'SGT', 'KST', 'AST', 'GST', 'MST', 'MDT', 'IRST', 'ICT'];

/**
 * A time said between a source and its verb or after it: "the authority on Thursday evening said", "a report released by
 * the agency late on Monday". When the source spoke is no part of who it is.
 */
export const SOURCE_TIME_ADVERBIAL = String.raw`(?:(?:late|early|earlier|later)\s+)?(?:(?:on|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|overnight|morning|afternoon|evening|night|week)(?:\s+(?:morning|afternoon|evening|night))?`;

/** "after revising the figures", "while updating its count": how a source came to its figure is no part of the source either. */
export const SOURCE_TRAILING_CLAUSE = /\s+(?:after|before|while|when|following)\s+[\p{Ll}--[\u{10000}-\u{10FFFF}]]+ing\b.*$/v;
