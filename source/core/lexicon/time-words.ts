/** Words that put a weekday ahead of the publication date rather than behind it. */

/** Markers of a future clause: "will begin talks Tuesday", "is due to sign on Friday", "next Monday". */
export const FUTURE_MARKERS = /\b(?:will|shall|'ll|is due|are due|is set to|are set to|is scheduled|are scheduled|scheduled for|is expected to|are expected to|is to|are to|plans? to|next|upcoming|coming)\b/i;

/** Markers of a past clause that override an earlier future word in the same clause ("will ... was signed"). */
export const PAST_MARKERS = /\b(?:was|were|had|did|last|ago)\b/i;
