/**
 * The last word of a newspaper's or broadcaster's name ("The Harbour Gazette", "Kell Evening Post"): a short line at the
 * top of a page ending in one of them is the masthead over the headline, not the headline.
 */
export const MASTHEAD_HEADS: readonly string[] = [
	'Gazette', 'Times', 'Post', 'Herald', 'Tribune', 'Observer', 'Chronicle', 'Courier', 'Journal', 'Mercury', 'Examiner',
	'Pioneer', 'Standard', 'Telegraph', 'Express', 'Star', 'Mail', 'Record', 'Dispatch', 'Sentinel', 'Bulletin', 'Ledger',
	'Register', 'Guardian', 'Independent', 'Inquirer', 'Argus', 'Clarion', 'Echo', 'Advertiser', 'Citizen', 'Messenger',
	'Beacon', 'Leader', 'Daily', 'Weekly', 'Gleaner', 'Banner', 'Enquirer', 'Intelligencer', 'Eagle', 'Gazetteer', 'Mirror',
	'Monitor', 'Spectator', 'Despatch', 'Bugle', 'Reporter', 'Digest',
];


/** The last word of a broadcaster's name ("Kell Public Radio", "Harbour TV"): before a programme's name it is a masthead. */
export const BROADCASTER_HEADS: readonly string[] = ['Radio', 'TV', 'Television', 'Broadcasting', 'FM', 'Broadcast', 'Channel'];
