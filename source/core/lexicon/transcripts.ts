/** Words of transcripts (press conferences, interviews, hearings): labels of turns that are nobody's own words. */

/**
 * Speaker labels that name no one whose words the briefing wants: the questioner, the chair of the session, the
 * transcriber's notes. Compared with the label upper-cased, without a bracketed affiliation ("REPORTER (Kell Radio)"),
 * and with that affiliation when it is a role ("ILSE BRANDVIK (presenter)").
 */
export const NON_SPEAKER_LABELS: readonly string[] = [
	'Q', 'QUESTION', 'QUESTIONS', 'A', 'ANSWER', 'REPORTER', 'REPORTERS', 'JOURNALIST', 'JOURNALISTS', 'PRESS', 'MODERATOR',
	'HOST', 'CO-HOST', 'ANCHOR', 'PRESENTER', 'NEWSREADER', 'INTERVIEWER', 'AUDIENCE', 'AUDIENCE MEMBER', 'OPERATOR', 'PARTICIPANT', 'PARTICIPANTS',
	'UNIDENTIFIED', 'UNIDENTIFIED SPEAKER', 'UNIDENTIFIED MALE', 'UNIDENTIFIED FEMALE', 'VOICE', 'VOICES', 'CROWD', 'CHAIR',
	'CHAIRMAN', 'CHAIRWOMAN', 'CHAIRPERSON', 'NOTE', "EDITOR'S NOTE", 'EDITOR’S NOTE', 'UPDATE', 'UPDATED', 'BREAKING',
	'CORRECTION', 'CLARIFICATION', 'KEY POINTS', 'SOURCE', 'SOURCES', 'PHOTO', 'VIDEO', 'WATCH', 'LISTEN', 'READ MORE',
	'RELATED', 'READ ALSO', 'ALSO READ', 'SEE ALSO', 'MORE', 'MORE ON THIS', 'RECOMMENDED', 'MOST READ', 'TRENDING', 'TOPICS',
	'TAGS', 'SHARE', 'FOLLOW', 'SUBSCRIBE', 'ADVERTISEMENT', 'SPONSORED', 'GALLERY', 'PHOTOS', 'IN PICTURES', 'TRANSCRIPT', 'END', 'ENDS', 'LIVE', 'DISCLAIMER', 'SUMMARY', 'BACKGROUND', 'CONTEXT', 'ANALYSIS', 'OPINION',
];

/**
 * Turns that are nothing but a courtesy ("Thank you.", "Good morning, everyone."): said, but no one's words worth
 * quoting. Lower case, without the closing stop; a turn that goes on after the courtesy is quoted whole.
 */
export const COURTESY_TURNS: readonly string[] = [
	'thank you', 'thanks', 'thank you very much', 'thanks very much', 'thank you all', 'thank you everyone', 'thank you again',
	'good morning', 'good afternoon', 'good evening', 'good night', 'goodbye', 'bye', 'you are welcome', "you're welcome",
	'my pleasure', 'pleasure', 'not at all', 'hello', 'hi',
];

/**
 * What a chair says to run a briefing ("The minister will make a short statement and then take questions", "Last
 * question."): a voice whose every turn is short and says one of these runs the floor and is not quoted. Lower case.
 */
export const CHAIR_PHRASES: readonly string[] = [
	'take questions', 'take your questions', 'last question', 'next question', 'one more question', 'final question',
	'give your name', 'state your name', 'we have time for', 'time for one', 'the floor', 'go ahead', 'over to you',
	'will make a short statement', 'will make a statement', 'will now take', 'that concludes', 'this concludes',
];

/**
 * Labels of a chamber's chair in a parliament's report ("Mr Speaker: Order."): the chair runs the floor and is not
 * quoted, and the chair's presence makes the questioners members whose words count. Upper case, stops dropped.
 */
export const CHAIR_LABELS: readonly string[] = [
	'SPEAKER', 'THE SPEAKER', 'MR SPEAKER', 'MADAM SPEAKER', 'MADAME SPEAKER', 'DEPUTY SPEAKER', 'THE DEPUTY SPEAKER',
	'MR DEPUTY SPEAKER', 'MADAM DEPUTY SPEAKER', 'THE CHAIR', 'THE CHAIRMAN', 'THE CHAIRWOMAN', 'THE CHAIRPERSON',
	'PRESIDING OFFICER', 'THE PRESIDING OFFICER', 'DEPUTY PRESIDING OFFICER', 'THE DEPUTY PRESIDING OFFICER',
	'MR PRESIDENT', 'MADAM PRESIDENT', 'THE PRESIDENT OF THE SENATE', 'THE PRESIDENT OF THE ASSEMBLY',
	'HON MEMBERS', 'SOME HON MEMBERS', 'SEVERAL HON MEMBERS', 'AN HON MEMBER', 'MEMBERS', 'HON MEMBER',
];

/** Labels of an interview's answers ("A: …"): the words of the one person the questions address. Upper case. */
export const ANSWER_LABELS: readonly string[] = ['A', 'ANSWER'];

/** Labels of an interview's questions ("Q: …"), which may address the one who answers by name. Upper case. */
export const QUESTION_LABELS: readonly string[] = ['Q', 'QUESTION'];
