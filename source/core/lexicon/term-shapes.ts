/**
 * Words for term shapes of real news prose that the proposal lexicon does not carry (see extract/provisions.ts).
 */

/** Nouns of a settled arrangement that a relative "under which …" opens the terms of ("a power-sharing formula under which …"). */
export const UNDER_WHICH_NOUNS = ['formula', 'scheme', 'mechanism'] as const;

/** Verbs of a question heading that asks what a party takes or gives under a deal ("What will the Union get?"): bullets under it are terms. */
export const SHARE_QUESTION_VERBS = ['get', 'gets', 'gain', 'gains', 'receive', 'receives', 'win', 'wins', 'keep', 'keeps', 'give', 'gives', 'give up', 'gives up', 'concede', 'concedes', 'hand over', 'offer', 'offers', 'lose', 'loses'] as const;

/** Adverbs between a deal and its verb ("The agreement notably included …", "the accord explicitly requires …"). */
export const DEAL_VERB_ADVERBS = ['notably', 'mainly', 'chiefly', 'principally', 'primarily', 'essentially', 'explicitly', 'specifically', 'expressly', 'crucially', 'importantly', 'formally', 'officially', 'broadly'] as const;

/** A deal's verbs whose object is a kind of thing it then lists ("provides transitional measures that include A, B and C"). */
export const PROVIDING_VERBS = ['provides', 'provided', 'outlines', 'outlined', 'lays out', 'laid out', 'spells out', 'spelled out', 'spelt out', 'details', 'detailed', 'establishes', 'introduces', 'sets'] as const;

/**
 * Bodies a deal sets up ("A joint coordination centre is to be established", "an interim administration will be formed"):
 * the subject of a future "be established / set up / created / formed".
 */
export const SET_UP_BODIES = ['centre', 'center', 'commission', 'committee', 'council', 'fund', 'hotline', 'office', 'mechanism', 'unit', 'administration', 'authority', 'secretariat', 'panel', 'body', 'court', 'tribunal', 'force', 'group', 'cell', 'team', 'mission', 'zone', 'corridor', 'channel'] as const;

/** Adjectives that stand for people after "the" ("the sick and wounded", "the old and infirm"): a pair of them is one group. */
export const PEOPLE_ADJECTIVES = ['sick', 'wounded', 'injured', 'elderly', 'old', 'young', 'disabled', 'infirm', 'frail', 'vulnerable', 'dying'] as const;
