/** The story's title as screens and digests show it; apart from story-subject.ts so renderers load no lexicon. */
/** The story's title for a screen or a digest: "Corwen Belle — package", the subject alone when it names the proposal ("Ostry Compact"), or null. */
export function storyTitle(story: {name: string | null; subject?: string | null}): string | null {
	const {name, subject} = story;
	if (!subject || !name) return subject || name || null;
	const last = (text: string) => text.split(/\s+/).at(-1)?.toLowerCase();
	return last(subject) === last(name) ? subject : `${subject} — ${name}`;
}
