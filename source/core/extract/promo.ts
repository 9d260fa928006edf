/** Links a page prints inside its body to other stories ("Also read: …", "Related: …"): chrome, no news of this story. */
import {TRAILING_LABELS} from '../lexicon/chrome.js';
import {alternation} from '../text-scan.js';

const PROMO_LINE = new RegExp(`^(?:${alternation(TRAILING_LABELS)})\\s*[:|]\\s*\\S`, 'i');

/** Whether a sentence is a link to another story ("Also read: the town that lost 47 of its people"): its counts and places are that story's. */
export const isPromoLine = (text: string) => PROMO_LINE.test(text.trimStart());
