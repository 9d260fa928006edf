/** Casualty, force, territory and other figures in one article. */
import type {Evidence, FigureKind, ParsedArticle} from '../model.js';

export interface LocalFigure {
	value: number | null;
	qualifier: string | null;
	kind: FigureKind;
	text: string;
	place: string | null;
	source: string | null;
	evidence: Evidence;
}

export function extractFigures(_article: ParsedArticle): LocalFigure[] {
	return [];
}
