/**
 * Words a line of prose cannot end on unless the sentence runs on to the next line: articles, prepositions,
 * conjunctions, auxiliaries and possessives. (Not the particles that end
 * a phrasal verb in a headline: "handed in", "takes over", "signed on".) A scraped page whose paragraph was hard-wrapped ("… opposed to" /
 * "Myanmar's junta …") breaks after such words as often as anywhere; a headline or heading almost never ends on one.
 */
export const RUN_ON_WORDS = `a an the and or but nor of to for with from into onto between against among during than which
whom whose as its their his her our your my are was were been has have had will would could should must including such per
via`.split(/\s+/);
