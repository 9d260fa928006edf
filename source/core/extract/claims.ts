/** Battlefield claims in one article: who claims to have taken or struck which place, and who disputes it. */
import type {Evidence, ParsedArticle} from '../model.js';

export interface LocalClaim {
	place: string;
	claim: string;
	claimant: string | null;
	disputedBy: string | null;
	evidence: Evidence;
}

export function extractClaims(_article: ParsedArticle): LocalClaim[] {
	return [];
}
