/** English function words, news boilerplate and the prefixes a hyphen leaves alone ("de-escalate") left out of distinctive terms. */
export const STOP_WORDS = `a about above across after afterwards again against all almost alone along already also although always am among
amongst an and another any anyhow anyone anything anyway anywhere are around as at back be became because become becomes
becoming been before beforehand behind being below beside besides between beyond both but by can cannot could did do does
doing done down due during each either else elsewhere enough etc even ever every everyone everything everywhere except few
first for former formerly from further had has hasn't have haven't having he he'd he'll he's hence her here hereafter hereby
herein hers herself him himself his how however i i'd i'll i'm i've if in indeed into is isn't it it's its itself just
last latter least less ll made make many may me meanwhile might mine more moreover most mostly much must my myself namely
neither never nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one only onto or other
others otherwise our ours ourselves out over own per perhaps please put rather re s same says said say see seem seemed
seeming seems several she she'd she'll she's should since so some somehow someone something sometime sometimes somewhere
still such t than that that's the their theirs them themselves then thence there there's thereafter thereby therefore
therein thereupon these they they'd they'll they're they've this those though through throughout thru thus to together too
toward towards under until up upon us very via was wasn't we we'd we'll we're we've were weren't what what's whatever when
whence whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither who who's whoever
whole whom whose why will with within without would yet you you'd you'll you're you've your yours yourself yourselves
also told according added adding including like get got go going went week weeks day days monday tuesday wednesday
thursday friday saturday sunday today yesterday tomorrow mr mrs ms dr two three four five six seven eight nine ten
year years time times new news report reports reported percent cent per despite amid called calls saying stated noted
make makes making made however took take takes whose
de co ex non pre`
	.split(/\s+/)
	.filter(Boolean);
