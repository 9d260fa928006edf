/** News agencies whose name on its own line, or in "With information from X", is a credit, not the outlet. */
export const WIRE_AGENCIES: readonly string[] = [
	'Reuters', 'AP', 'Associated Press', 'The Associated Press', 'AFP', 'Agence France-Presse', 'Bloomberg', 'dpa',
	'Deutsche Presse-Agentur', 'EFE', 'ANSA', 'Kyodo', 'Kyodo News', 'Yonhap', 'TASS', 'Interfax', 'RIA Novosti',
	'Xinhua', 'ANI', 'PTI', 'IANS', 'UNI', 'IBNS', 'Anadolu', 'Anadolu Agency', 'AAP', 'CP', 'The Canadian Press',
	'PA', 'PA Media', 'Press Association', 'UPI', 'Ukrinform', 'APP', 'Bernama', 'Antara', 'NTB', 'TT', 'Belga',
	'Sputnik', 'IRNA', 'SANA', 'KUNA', 'WAM', 'MENA', 'Prensa Latina', 'Lusa', 'PAP', 'BTA', 'Agerpres', 'Tanjug', 'Kyodo News Agency',
];

/** Lead-ins that credit a wire at the end of an article: "With information from Reuters", "Reporting by …". */
export const CREDIT_LEADS: readonly string[] = [
	'with information from', 'with inputs from', 'with input from', 'additional reporting by', 'reporting by',
	'written by', 'compiled by', 'source:', 'sources:', 'with files from', 'with agency inputs from',
];
