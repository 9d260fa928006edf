import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractQuotes} from '../../../source/core/extract/quotes.js';
import {parseArticle} from '../../../source/core/parse-article.js';

/** Quotes of an invented article as [speaker name, kind, text, rule]. */
function quotesOf(body: string) {
	const article = parseArticle('story.txt', `Invented story for a test\n\n${body}`);
	const {speakers, quotes} = extractQuotes(article);
	const nameOf = new Map(speakers.map((speaker) => [speaker.key, speaker.name]));
	return quotes.map((quote) => [quote.speakerKey ? nameOf.get(quote.speakerKey) : null, quote.kind, quote.text, quote.evidence.rule]);
}

const cases: Array<[string, string, Array<[string | null, string, string]>]> = [
	['said after, subject first', '“The ceasefire is holding,” Defence Minister Omar Haddad said on Monday.', [['Omar Haddad', 'direct', 'The ceasefire is holding']]],
	['said after, inverted order', '"We will not stop," said Interior Minister Ana Ruiz.', [['Ana Ruiz', 'direct', 'We will not stop']]],
	['single quotes', "'Aid is on the way,' said relief chief Tomas Vidal.", [['Tomas Vidal', 'direct', 'Aid is on the way']]],
	['colon before', 'Trade Minister Lars Berg said: “Nobody lost.”', [['Lars Berg', 'direct', 'Nobody lost.']]],
	['split by the attribution', '“The first phase starts now,” envoy Mara Solis said, “and the second in May.”', [
		['Mara Solis', 'direct', 'The first phase starts now'],
		['Mara Solis', 'partial', 'and the second in May.'],
	]],
	['role with its group before the name', 'The head of the farmers Grain Union, Ida Moss, spoke late. "We were ignored," she said.', [['Ida Moss', 'direct', 'We were ignored']]],
	['role of a group, no name after it', 'The head of the Grain Union spoke late. "We were ignored," he said.', [['head of the Grain Union', 'direct', 'We were ignored']]],
	['clergy title resolves the role', 'Archbishop Ena Sorl blessed the accord. "Go home in peace," the archbishop said.', [['Ena Sorl', 'direct', 'Go home in peace']]],
	['relative clause with a name before the verb', "A grain broker who trades in Lyon and asked not to be named said the ministry had 'caved in'.", [
		['grain broker', 'partial', 'caved in'],
		['grain broker', 'reported', "the ministry had 'caved in'"],
	]],
	['a columnist’s “wants us to believe”', 'Mayor Ivo Kral wants us to believe the levy was “a fair bargain”.', [['Ivo Kral', 'partial', 'a fair bargain']]],
	['“would have us believe”', 'Senator Ada Moor would have us believe the plan is "fully funded".', [['Ada Moor', 'partial', 'fully funded']]],
	['wanting to believe is no speech', 'Mayor Ivo Kral wants to believe the levy is "a fair bargain".', []],
	['“it” of a characterising verb inside reported speech', 'Police blocked the road. The Grain Confederation said it welcomed the deal but the cost would "fall on every consumer".', [
		['Grain Confederation', 'partial', 'fall on every consumer'],
		['Grain Confederation', 'reported', 'it welcomed the deal but the cost would "fall on every consumer"'],
	]],
	['a count and its fate is a short clause', 'The unions say four died.', [['unions', 'reported', 'four died']]],
	['a count with its noun', 'The FNU says three farmers died.', [['FNU', 'reported', 'three farmers died']]],
	['a year is no count', 'The mayor said 2026 started.', []],
	['a portfolio joined by "and" is one title, and "the Minister" is its holder', 'Speaking on Friday, the Minister of Foreign Affairs and Regional Integration, Mr Tovan Ekkeli, said: "We will sign." The Minister said the talks would "resume soon".', [
		['Tovan Ekkeli', 'direct', 'We will sign.'],
		['Tovan Ekkeli', 'partial', 'resume soon'],
		['Tovan Ekkeli', 'reported', 'the talks would "resume soon"'],
	]],
	['two titled people joined by "and" stay two', 'Under the auspices of President Ralo Ustra of the Republic of Osta and President Ibu Sarr of the Republic of Kemi, the talks ended. "It is done," President Sarr said.', [['Ibu Sarr', 'direct', 'It is done']]],
	['"told members that"', 'Envoy Pia Harro told members that the vote had been close.', [['Pia Harro', 'reported', 'the vote had been close']]],
	['a listener, then a clause in the past tense', 'Pia Harro told the council her government accepted the text.', [['Pia Harro', 'reported', 'her government accepted the text']]],
	['a listener, then an object', 'Pia Harro told the council the amended text of the plan.', []],
	['a role posted to a body, set off before the name', "Osta's envoy to the Assembly, Pia Harro, said the text was weak.", [['Pia Harro', 'reported', 'the text was weak']]],
	['a name after "in" is where the role was; the name after the role holds it', 'At a briefing in Port Velmo, the navy spokesman, Captain Ivo Varnik, has again insisted that the ship had not fired on the boat. "We fired nothing," he said.', [
		['Ivo Varnik', 'reported', 'the ship had not fired on the boat'],
		['Ivo Varnik', 'direct', 'We fired nothing'],
	]],
	['a body\'s kind before its name is a body, which "he" is not', 'The charity Kelso Aid said its ship saw the tow. Envoy Ivo Varnik met the crew. Asked about the log published by Kelso, he said the crew "saw nothing".', [
		['Kelso Aid', 'reported', 'its ship saw the tow'],
		['Ivo Varnik', 'partial', 'saw nothing'],
		['Ivo Varnik', 'reported', 'the crew "saw nothing"'],
	]],
	['"It" after a sentence a body opens is that body, not an earlier speaker', 'The navy said it rescued 61 people. Ombra\'s maritime rescue coordination centre has issued a statement. It says it received the alert at dawn.', [
		['navy', 'reported', 'it rescued 61 people'],
		["Ombra's maritime rescue coordination centre", 'reported', 'it received the alert at dawn'],
	]],
	['"the 24-year-old" is the person named before, not the place after "at"', "In a converted sailors' hostel, Ivo Varnik keeps his phone charged. It holds a photograph taken on the beach at Port Velmo.\n\n'I still hear them calling,' the 24-year-old said yesterday, speaking through an interpreter. 'You only know that they stop.'", [
		['Ivo Varnik', 'direct', 'I still hear them calling'],
		['Ivo Varnik', 'direct', 'You only know that they stop.'],
	]],
	['a time set off by a comma after "said" opens no reported clause', 'Ivo Varnik said on Monday, speaking to reporters in the capital after the vote.', []],
	['a body with a relative clause set off after it keeps no role from it', 'The Talu Rights Initiative, which has sent researchers to the area, says more than 160 people have been killed.', [['Talu Rights Initiative', 'reported', 'more than 160 people have been killed']]],
	['"said the X of Y, Full Name," with a title no lexicon knows', '"The guns must go quiet first," said the Ukan of Ruvi, Ivo Varnik, one of the two rulers who mediated.', [['Ivo Varnik', 'direct', 'The guns must go quiet first']]],
	['honorifics and police ranks are no part of the name', 'Alhaji Ivo Varnik met Superintendent Pia Harro. "We agree," said Alhaji Varnik.', [['Ivo Varnik', 'direct', 'We agree']]],
	['a body told apart by its possessor: "the farmers\' union", "the herders\' association"', "The herders' association said 37 herders had been killed.", [["herders' association", 'reported', '37 herders had been killed']]],
	['a contrast with another source ends the clause', 'The Talu Rights Initiative says more than 160 people have been killed, while the relief agency puts the number of displaced at 50,000.', [['Talu Rights Initiative', 'reported', 'more than 160 people have been killed']]],
	['a date inside a listener phrase', 'A senior military officer told journalists on 23 November that troops had cleared the camps.', [['senior military officer', 'reported', 'troops had cleared the camps']]],
	['the agent of a participle before the verb does not speak', 'Released captives interviewed by the Talu Rights Initiative said that gunmen still held two camps.', [['Released captives interviewed by the Talu Rights Initiative', 'reported', 'gunmen still held two camps']]],
	['"said a woman from X": an unnamed source keeps where she is from', 'Ivo Varnik spoke first. "They moved us every few days," said a woman from Ruvi who was released on Friday.', [['woman from Ruvi', 'direct', 'They moved us every few days']]],
	['"Asked about the log published by X, he said": X is what was asked about, not who answers', 'Commander Ivo Varnik denied it. "We saved 61 people," he said.\n\nAsked about the radar log published by Kelso, he said the charity "does not have the full picture".', [
		['Ivo Varnik', 'direct', 'We saved 61 people'],
		['Ivo Varnik', 'partial', 'does not have the full picture'],
		['Ivo Varnik', 'reported', 'the charity "does not have the full picture"'],
	]],
	['"said one diplomat accredited to X": a count before the source, and what places it', 'Previous arrangements lasted only days.\n\n"Everybody knows the clause will be broken first," said one diplomat accredited to the commission.', [['diplomat accredited to the commission', 'direct', 'Everybody knows the clause will be broken first']]],
	['"said a Western diplomat in X" stays a diplomat', '"It is done," said a Western diplomat in Ruvi.', [['Western diplomat', 'direct', 'It is done']]],
	['a body\'s possessive reads as "the": "Our general staff called that …"', 'A drone hit the pond. Our general staff called that "a staged provocation".', [['general staff', 'partial', 'a staged provocation']]],
	['an acronym the article spells out goes by its full name', 'Fighters of the Delmi Ridge Movement (DRM) took the pass. The DRM said it had lost two men.', [['Delmi Ridge Movement', 'reported', 'it had lost two men']]],
	['a time set off before “that”', 'Ida Moss was right when she said, on the night of the vote, that nobody had won.', [['Ida Moss', 'reported', 'nobody had won']]],
	['a set-off aside is no time', 'Ida Moss said, with a smile, that nobody had won.', []],
	['apposition after the name', '“Markets like certainty,” Ines Duarte, chief economist at Harbor Bank, said.', [['Ines Duarte', 'direct', 'Markets like certainty']]],
	['partial quote inside reported speech', 'Governor Ruth Adler called the damage “catastrophic” on Sunday.', [['Ruth Adler', 'partial', 'catastrophic']]],
	['two partial quotes', 'Foreign Minister Paul Ferre said the peace must be “just” and “lasting”.', [
		['Paul Ferre', 'partial', 'just'],
		['Paul Ferre', 'partial', 'lasting'],
		['Paul Ferre', 'reported', 'the peace must be “just” and “lasting”'],
	]],
	['what he termed', 'Mayor Ivo Kral asked for what he termed a “second wave” of aid.', [['Ivo Kral', 'partial', 'second wave']]],
	['according to', 'According to the health ministry, hospitals are “at capacity”.', [['health ministry', 'partial', 'at capacity']]],
	['statement by an office', 'A statement issued by the prime minister’s office said: “Talks will resume.”', [['prime minister’s office', 'direct', 'Talks will resume.']]],
	['document speaks', 'The draft says both sides would “withdraw heavy weapons” within a week.', [
		['draft', 'partial', 'withdraw heavy weapons'],
		['draft', 'reported', 'both sides would “withdraw heavy weapons” within a week'],
	]],
	['anonymous source', '“The text is not final,” a senior European official told reporters.', [['senior European official', 'direct', 'The text is not final']]],
	['scare quotes are left out', 'The so-called “buffer zone” stayed empty all week.', []],
	['a quoted name is not speech', 'Rescuers said the operation, dubbed “Operation Lifeline”, would last days.', [
		['Rescuers', 'reported', 'the operation, dubbed “Operation Lifeline”, would last days'],
	]],
	['so-called and dubbed are names, not speech', 'The ministry said the so-called “buffer zone” would stay, in an operation dubbed “clean sweep” by the army.', [
		['ministry', 'reported', 'the so-called “buffer zone” would stay, in an operation dubbed “clean sweep” by the army'],
	]],
	['according to, reported', 'According to the health ministry, at least 40 people died.', [['health ministry', 'reported', 'at least 40 people died']]],
	['according to after the clause', 'Meanwhile, the quake destroyed 200 homes, according to local officials.', [['officials', 'reported', 'the quake destroyed 200 homes']]],
	['a coined name keeps its speaker', 'President Ada Lin set new duties on what she called “Fair Trade Day”.', [['Ada Lin', 'partial', 'Fair Trade Day']]],
	['an acronym names a body', '“We will continue,” the KDF said.', [['KDF', 'direct', 'We will continue']]],
	['a characterising verb with a that-clause reports it', 'Governor Ruth Adler called the flood proof that the levees had failed.', [['Ruth Adler', 'reported', 'the flood proof that the levees had failed']]],
	['expressed hope that', 'The ministry expressed hope that the talks would resume soon.', [['ministry', 'reported', 'hope that the talks would resume soon']]],
	['inverted statement from an office', '“We are ready,” said a statement from the interior ministry.', [['interior ministry', 'direct', 'We are ready']]],
	['a parenthetical between speaker and verb', 'The ministry, in a statement, said the border would reopen on Monday.', [['ministry', 'reported', 'the border would reopen on Monday']]],
	['a word mentioned is not speech', 'The envoy spoke without using the word “truce”.', []],
	['reported speech', 'Finance Minister Ada Lin said that the tariff cut would take effect in June.', [['Ada Lin', 'reported', 'the tariff cut would take effect in June']]],
	['split quote with inverted attribution', '“The strikes,” said the army spokesman, “were precise.”', [
		['army spokesman', 'direct', 'The strikes'],
		['army spokesman', 'partial', 'were precise.'],
	]],
	['name particles', 'Commission President Ursula von der Lahn said: “We stand ready.”', [['Ursula von der Lahn', 'direct', 'We stand ready.']]],
	['appositive name after a role', 'The spokesman for the agency, Pedro Alves, said it was “deeply concerned”.', [
		['Pedro Alves', 'partial', 'deeply concerned'],
		['Pedro Alves', 'reported', 'it was “deeply concerned”'],
	]],
	['statement from an office, according to', '“Calm has returned,” according to a statement from the interior ministry.', [['interior ministry', 'direct', 'Calm has returned']]],
	['told a listener, then a colon', 'Farmer Jose Ortega told reporters: “Everything is gone.”', [['Jose Ortega', 'direct', 'Everything is gone.']]],
	['an unnamed official with a relative clause', '“Nothing is agreed,” the official, who spoke on condition of anonymity, said.', [['official', 'direct', 'Nothing is agreed']]],
	['a verb phrase between commas is not an apposition', 'Envoy Rosa Pinto, who also chairs the panel, met donors on Monday, stating that “aid must flow”.', [
		['Rosa Pinto', 'partial', 'aid must flow'],
	]],
	['a role of a named body in apposition: the person speaks', 'Omar Selim, spokesman of the Lowland Coast Liberation Front, said: "The siege is over."', [['Omar Selim', 'direct', 'The siege is over.']]],
	['a titled name, then a role with its body\'s short form in brackets: "he" is the name', 'Brigadier Arvo Tessin, spokesman of the Wyndrel Defence Forces (WDF), said the road was open. "Our troops hold the town," he said.', [
		['Arvo Tessin', 'reported', 'the road was open'],
		['Arvo Tessin', 'direct', 'Our troops hold the town'],
	]],
	['a role, then the name in apposition, then a second verb', "Norway's Trade Minister, Lars Holm, thanked the donors and said the money would be “counted twice”.", [
		['Lars Holm', 'partial', 'counted twice'],
		['Lars Holm', 'reported', 'the money would be “counted twice”'],
	]],
	['a message in a prepositional phrase is the subject’s', 'Commander Ivo Brandt addressed his troops in a recorded message: “We hold the pass.”', [['Ivo Brandt', 'direct', 'We hold the pass.']]],
	['"which" after a person refers to the statement, and the statement to its issuer', 'The Hill Union backed the deal in a statement signed by its chairman, Rui Sales, which called it “a fair start”.', [
		['Hill Union', 'partial', 'a fair start'],
	]],
	['an unnamed source placed by a phrase after the noun', 'A senior official involved in the talks, who asked not to be named, said the text was “nearly done”.', [
		['senior official involved in the talks', 'partial', 'nearly done'],
		['senior official involved in the talks', 'reported', 'the text was “nearly done”'],
	]],
	['a plain noun before a title, and a phrase placing the source', 'A rescue worker with a local charity, speaking on condition of anonymity, said the count was “far too low”.', [
		['rescue worker with a local charity', 'partial', 'far too low'],
		['rescue worker with a local charity', 'reported', 'the count was “far too low”'],
	]],
	['the people at a body speak, not the body', 'A senior official at the Flood Control Board said the dams were “holding”.', [
		['senior official at the Flood Control Board', 'partial', 'holding'],
		['senior official at the Flood Control Board', 'reported', 'the dams were “holding”'],
	]],
	['a document after a participle phrase and "which"', 'The Hill Union backed the truce in a statement posted on its website, which described it as “a first step”.', [['Hill Union', 'partial', 'a first step']]],
	['a colon after a document with no speaking verb', 'The statement read: “All crossings reopen at dawn.”', [['statement', 'direct', 'All crossings reopen at dawn.']]],
	['a possessor and a plain noun before a title, then the name', 'The UN’s relief chief, Rosa Delgado, warned that aid was “running out”.', [
		['Rosa Delgado', 'partial', 'running out'],
		['Rosa Delgado', 'reported', 'aid was “running out”'],
	]],
	['participle after a colon-less quote', 'Envoy Karl Moss praised the talks, stating “progress is real”.', [['Karl Moss', 'partial', 'progress is real']]],
	// the speaker after the clause, or set off by commas inside it
	['speaker after, with a time', 'The pipeline will reopen within ten days, Energy Minister Ana Ruiz said on Monday.', [['Ana Ruiz', 'reported', 'The pipeline will reopen within ten days']]],
	['speaker after, with a listener', 'The first flights will land in Tarsk on Friday, airline chief Omar Haddad told reporters.', [['Omar Haddad', 'reported', 'The first flights will land in Tarsk on Friday']]],
	['speaker inside, the subject before', 'The new levy, Mayor Ivo Kral noted, will mostly fall on hotels.', [['Ivo Kral', 'reported', 'The new levy will mostly fall on hotels']]],
	['speaker inside, after a preposition', 'In a heatwave, Mayor Ivo Kral said, the city will open its pools at night.', [['Ivo Kral', 'reported', 'the city will open its pools at night']]],
	['a pronoun clause without that', 'The Red Cross confirmed it will inspect the camps next week.', [['Red Cross', 'reported', 'it will inspect the camps next week']]],
	['an object, not a clause', 'The Red Cross confirmed the visit on Monday.', []],
	['at least opens a clause', 'The agency says at least 300 homes were flooded.', [['agency', 'reported', 'at least 300 homes were flooded']]],
	['a semicolon ends the clause', 'The Green Party says the levy is too low; the Labour Party says it is too high.', [['Green Party', 'reported', 'the levy is too low'], ['Labour Party', 'reported', 'it is too high']]],
	['according to, then who said', 'The levy was the last term agreed, according to a diplomat, who said the mayor had resisted it for weeks.', [['diplomat', 'reported', 'The levy was the last term agreed'], ['diplomat', 'reported', 'the mayor had resisted it for weeks']]],
	['"it says" inside a sentence is its subject', 'Tavia blames Kyrin border troops who, it says, crossed the frontier to close the gates.', [['Tavia', 'reported', 'crossed the frontier to close the gates']]],
	['however before that', 'Mayor Ivo Kral warned, however, that the dam was old.', [['Ivo Kral', 'reported', 'the dam was old']]],
	// a role, then the name in apposition, after an inverted verb or "according to"
	['inverted verb, a role and the name in apposition', '“Talks resume in May,” said the Veltan trade minister, Ana Duarte, who chaired the round.', [['Ana Duarte', 'direct', 'Talks resume in May']]],
	['inverted verb, a role and the name at the sentence end', '“Talks resume in May,” said the Veltan trade minister, Ana Duarte.', [['Ana Duarte', 'direct', 'Talks resume in May']]],
	['inverted verb, a role with no name after it', '“Talks resume in May,” said the Veltan trade minister, adding nothing.', [['Veltan trade minister', 'direct', 'Talks resume in May']]],
	['according to a role and its name, right after the quote', 'The Hill Union said it would decide “within hours,” according to its chief negotiator, Pia Lund.', [
		['Pia Lund', 'partial', 'within hours'],
		['Hill Union', 'reported', 'it would decide “within hours”'],
	]],
	// "the <head>" of a body named before
	['"the association" is the association named before', 'The Hill Growers Association wants a bigger fund. “Farmers need cash now,” the association said.', [['Hill Growers Association', 'direct', 'Farmers need cash now']]],
	['"the union" with no union named before is nobody', 'The Hill Growers Association wants a bigger fund. “Farmers need cash now,” the union said.', []],
	// a partial quote inside what a named person reported, after a verb with no speaker of its own
	['a partial quote after a body named by its head alone', 'Relief chief Ana Duarte said the organisation welcomed the truce and would send trucks “from the first hour”.', [
		['Ana Duarte', 'partial', 'from the first hour'],
		['Ana Duarte', 'reported', 'the organisation welcomed the truce and would send trucks “from the first hour”'],
	]],
	['a partial quote after a passive verb in a told-that clause', 'Mayor Ivo Kral told the Herald that the police had been told to clear the square “only at night” until the vote.', [
		['Ivo Kral', 'partial', 'only at night'],
		['Ivo Kral', 'reported', 'the police had been told to clear the square “only at night” until the vote'],
	]],
	['a scare quote with no speaker in reach stays out', 'The police had been told to clear the square “only at night” until the vote.', []],
	// reported speech: a time or "in turn" between the parts, a place and its adjective kept apart
	['a time between the verb and a clause without that', 'The navy said on Sunday it had rescued nine fishermen off the cape.', [['navy', 'reported', 'it had rescued nine fishermen off the cape']]],
	['a time alone after the verb reports nothing', 'The navy said so on Sunday.', []],
	['"in turn" between the speaker and the verb', 'Tavia in turn said its drones had hit a fuel depot near the pass.', [['Tavia', 'reported', 'its drones had hit a fuel depot near the pass']]],
	['a place is not its adjective spelt another way', 'Kyrin says the pass is open to trucks. A Kyrini patrol crossed at dawn. Kyrin says its troops stayed home.', [
		['Kyrin', 'reported', 'the pass is open to trucks'],
		['Kyrin', 'reported', 'its troops stayed home'],
	]],
	['a place named in the clause is not the "he" who said it', 'Admiral Ivo Brandt spoke on Monday. The Veltan patrol boat sank off Mora Island at dawn, he said.', [['Ivo Brandt', 'reported', 'The Veltan patrol boat sank off Mora Island at dawn']]],
	['a port before its name is not a title', 'Admiral Ivo Brandt spoke on Monday. Ships will dock at Port Ysel at dawn, he said.', [['Ivo Brandt', 'reported', 'Ships will dock at Port Ysel at dawn']]],
	['a plain noun before a plural title after a comma names the group', 'The jetty burned for a day, port officials said.', [['port officials', 'reported', 'The jetty burned for a day']]],
	['a verb before a plural title is not part of it', 'The envoy met officials in the capital on Monday.', []],
	// a speaker inside or after a clause that holds a partial quote, and "and" joining a second statement after the speaker
	['a clause with a partial quote, then its speaker', 'Mayor Ana Duarte spoke. The rumour of a breach was “pure invention”, she said.', [
		['Ana Duarte', 'partial', 'pure invention'],
		['Ana Duarte', 'reported', 'The rumour of a breach was “pure invention”'],
	]],
	['a comma inside the closing mark keeps the mark with the clause', 'Mayor Ana Duarte spoke. Crews would "work through the night," she said.', [
		['Ana Duarte', 'partial', 'work through the night'],
		['Ana Duarte', 'reported', 'Crews would "work through the night"'],
	]],
	['a second statement joined after the speaker', 'The levee is intact and fully manned, Mayor Ana Duarte said, and all four pumps were running by noon.', [
		['Ana Duarte', 'reported', 'The levee is intact and fully manned'],
		['Ana Duarte', 'reported', 'all four pumps were running by noon'],
	]],
	['a verb phrase joined after the speaker is not a second statement', 'The council has approved the levy, Mayor Ana Duarte said, and is weighing the rest “with care”.', [
		['Ana Duarte', 'partial', 'with care'],
		['Ana Duarte', 'reported', 'The council has approved the levy'],
	]],
	['a direct quote opening the sentence is not reported speech', '“The levee held,” Mayor Ana Duarte said, and walked away.', [['Ana Duarte', 'direct', 'The levee held']]],
	['a plain noun between "the" and a body', 'The disaster agency said the toll had risen to 40 people.', [['disaster agency', 'reported', 'the toll had risen to 40 people']]],
	['"about" before a number opens a clause', 'The relief office says that about 1,600 people have been displaced.', [['relief office', 'reported', 'about 1,600 people have been displaced']]],
	['"over" before a number opens a clause', 'The relief office says over 200 homes were flooded.', [['relief office', 'reported', 'over 200 homes were flooded']]],
	// "who demanded that …", a place after a preposition, "which" after a one-word place
	['demanded that reports a clause', '“We are paying for peace with prisoners,” said opposition leader Ana Duarte, who demanded that the cabinet publish the full list.', [
		['Ana Duarte', 'direct', 'We are paying for peace with prisoners'],
		['Ana Duarte', 'reported', 'the cabinet publish the full list'],
	]],
	['demanded with an object reports nothing', 'The union demanded compensation for the lost harvest.', []],
	['a place after "in" is not the speaker', 'Opposition politicians in Kyrin demanded that the government publish the full text.', []],
	['a body before "in" a place speaks', 'The embassy in Tarsk said the border would reopen on Monday.', [['embassy', 'reported', 'the border would reopen on Monday']]],
	['"with" a speaker and a participle still attributes', 'Donors praised the plan, with relief chief Rosa Pinto stating, “This is a start.”', [['Rosa Pinto', 'direct', 'This is a start.']]],
	['"which" after a one-word place: the place speaks', 'Kyrin, which hosts the refugees, said it wanted a seat at the talks.', [['Kyrin', 'reported', 'it wanted a seat at the talks']]],
	['a role with its article after an inverted name is hers, so "she" is that person', '“The dam is safe,” said Colonel Ana Duarte, the army’s spokeswoman. The flood warnings, she added, were “a false alarm”.', [
		['Ana Duarte', 'direct', 'The dam is safe'],
		['Ana Duarte', 'partial', 'a false alarm'],
		['Ana Duarte', 'reported', 'The flood warnings were “a false alarm”'],
	]],
	['two plain nouns before a body', 'The UN’s human rights office says more than 300 people have been killed.', [['UN’s human rights office', 'reported', 'more than 300 people have been killed']]],
	['a verb after a name is not a noun before a body', 'President Ana Duarte thanks police for their “courage”.', []],
	['"while" after the speaker ends the clause', 'About 4,800 have been killed in the valley, the local health authority says, while the army counts 1,200 dead soldiers.', [
		['local health authority', 'reported', 'About 4,800 have been killed in the valley'],
	]],
	// dismissing, rejecting, thanking and conceding verbs
	['dismissed as: the quoted words are the speaker’s, the dismissed claim is not', 'Mayor Ivo Kral dismissed the rumour that the dam had cracked as “idle talk”.', [['Ivo Kral', 'partial', 'idle talk']]],
	['rejected as', 'The ministry rejected the report as “a fabrication”.', [['ministry', 'partial', 'a fabrication']]],
	['thanked for', 'Envoy Rosa Pinto thanked both delegations for their “patience and courage”.', [['Rosa Pinto', 'partial', 'patience and courage']]],
	['conceded that', 'Mayor Ivo Kral conceded that the levee was never built for this.', [['Ivo Kral', 'reported', 'the levee was never built for this']]],
	['a name, its role, then a colon', 'Major Ivo Brandt, the General Staff spokesman: “Our units hold the bridge.”', [['Ivo Brandt', 'direct', 'Our units hold the bridge.']]],
	['a role alone before a colon', 'The General Staff spokesman: “Our units hold the bridge.”', [['General Staff spokesman', 'direct', 'Our units hold the bridge.']]],
	['a quote split by its speaker stays a quote', '“We will rebuild,” Mayor Ivo Kral said, “street by street.”', [['Ivo Kral', 'direct', 'We will rebuild'], ['Ivo Kral', 'partial', 'street by street.']]],
	// "…, it said." closing a sentence speaks for the body named before, not for the clause's own subject
	['"it said" after the clause is the body before', 'Floods cut the main road to Vellan, the transport ministry said. Around 2,000 families in the valley lost their homes, it said.', [
		['transport ministry', 'reported', 'Floods cut the main road to Vellan'],
		['transport ministry', 'reported', 'Around 2,000 families in the valley lost their homes'],
	]],
	['"he said" after the clause is the man before', 'Looters emptied the port warehouses, the port director said. Its cranes were also burned, he said.', [
		['port director', 'reported', 'Looters emptied the port warehouses'],
		['port director', 'reported', 'Its cranes were also burned'],
	]],
	// a listener of lower-case words between "told" and "that"
	['told a news conference that', 'Seismologist Ida Varga has told a news conference that the aftershocks are weakening.', [['Ida Varga', 'reported', 'the aftershocks are weakening']]],
	['told a meeting of donors that', 'The envoy told a meeting of donors that the fund was nearly empty.', [['envoy', 'reported', 'the fund was nearly empty']]],
	['told a story, not a listener', 'The mayor told the story of a bridge that the river had carried away.', []],
	['underlined that', 'Trade Minister Olu Bassey underlined that the quota would be reviewed every year.', [['Olu Bassey', 'reported', 'the quota would be reviewed every year']]],
	['underlined a word is no clause', 'The editor underlined the headline twice.', []],
	['highlighted that', 'The central bank highlighted that inflation had eased for a third month.', [['central bank', 'reported', 'inflation had eased for a third month']]],
	// a clause without "that" whose subject is a number or a longer noun phrase; an adverb between speaker and verb
	['now say, a number as the subject', 'Local officials now say about 3,000 people across the delta are still homeless.', [['Local officials', 'reported', 'about 3,000 people across the delta are still homeless']]],
	['the operator says, a quantity as the subject', 'The pipeline operator says 40 million cubic metres a day is flowing again.', [['pipeline operator', 'reported', '40 million cubic metres a day is flowing again']]],
	['the general staff said', 'The general staff said the blast at the depot was most likely caused by a gas leak.', [['general staff', 'reported', 'the blast at the depot was most likely caused by a gas leak']]],
	['the air force said', 'The air force said it had shot down nine of the drones.', [['air force', 'reported', 'it had shot down nine of the drones']]],
	['the operator says, after the clause', 'The first ferries have left the harbour under the deal, the port operator says.', [['port operator', 'reported', 'The first ferries have left the harbour under the deal']]],
	['a crane operator is no body', 'A crane operator said the quay was flooded.', []],
	['a name set off after a body is that body', 'The grid operator, Nordgrid, said two substations were still dark. The operator said later that repairs had begun.', [
		['Nordgrid', 'reported', 'two substations were still dark'],
		['Nordgrid', 'reported', 'repairs had begun'],
	]],
	// an opinion column's partials: "assures us", "swear they"; a clock time inside an opening participle phrase
	['assures us, then a partial', 'The trade minister, Omar Haddad, assures us the quota is "a ceiling, not a floor". Nobody believes him.', [
		['Omar Haddad', 'partial', 'a ceiling, not a floor'],
		['Omar Haddad', 'reported', 'the quota is "a ceiling, not a floor"'],
	]],
	['assured investors that', 'The central bank assured investors that the reserves were ample.', [['central bank', 'reported', 'the reserves were ample']]],
	['told state television the', 'The governor told state television the levee had held overnight.', [['governor', 'reported', 'the levee had held overnight']]],
	['told lies is no listener', 'The smuggler told lies the court would never forgive.', []],
	['swear they, a partial', 'The rebel commanders, naturally, swear they "fired nothing".', [['rebel commanders', 'partial', 'fired nothing']]],
	['swore an oath is no clause', 'The new mayor swore an oath to the city charter.', []],
	['a clock time before the subject', 'Speaking at the port in Vesk shortly before the curfew began at 22:00, the minister was clear: "Nobody will be evicted."', [['minister', 'direct', 'Nobody will be evicted.']]],
	// "Kovia's coast guard" then "the coast guard": the lower-case body ending an earlier name is that body
	['the general staff after its full name', 'Kovia’s general staff denied the raid. The general staff said the blast at the depot was caused by a gas leak.', [
		['Kovia’s general staff', 'reported', 'the blast at the depot was caused by a gas leak'],
	]],
	// "Minister for Trade Ana Lund" then "Minister Lund": she holds the title a bare "the Minister" refers to, not a guest minister
	['"the Minister" in a readout is its host', 'Minister for Trade Ana Lund today hosted talks with delegations led by Minister of Trade Mira Kell and Minister of Trade Tor Brandt. In her remarks, Minister Lund thanked both delegations. "This is not the end of the dispute," the Minister said.', [
		['Ana Lund', 'direct', 'This is not the end of the dispute'],
	]],
	['"the Minister" is the latest minister named', 'Fisheries Minister Ana Lund opened the talks. Trade Minister Tor Brandt then spoke. "We need more time," the Minister said.', [
		['Tor Brandt', 'direct', 'We need more time'],
	]],
	// a role in apposition and a relative clause after it: the name speaks
	['name, role, relative clause, verb', 'Ana Vesk, the union’s chief negotiator, who signed for the miners, said her members would work “to the letter”.', [
		['Ana Vesk', 'partial', 'to the letter'],
		['Ana Vesk', 'reported', 'her members would work “to the letter”'],
	]],
	// a name called upon is no apposition of the role after it
	['vocative before a role', 'Minister Vesk, the head of your coast guard says the crews acted “in self-defence”.', [
		['head', 'partial', 'in self-defence'],
		['head', 'reported', 'the crews acted “in self-defence”'],
	]],
	// a person of a body whose name holds title words
	['person of a party with title words', 'In the capital, opposition leader Ivo Rask of the Party of National Unity said the deal rewarded “men with rifles”.', [
		['Ivo Rask', 'partial', 'men with rifles'],
		['Ivo Rask', 'reported', 'the deal rewarded “men with rifles”'],
	]],
	// a rank with a full stop, then a role naming a body with a title word in it
	['rank, name, role of a body', 'Col. Ede Marn, spokesman of the National Guard, said the square was “calm”.', [
		['Ede Marn', 'partial', 'calm'],
		['Ede Marn', 'reported', 'the square was “calm”'],
	]],
	// a person of a body named after lower-case words, and a courtesy title with one name word
	['person of a body after lower-case words', 'Senator Ana Vesk of the opposition Balder party said the state had “paid for a crash it did not cause”.', [
		['Ana Vesk', 'partial', 'paid for a crash it did not cause'],
		['Ana Vesk', 'reported', 'the state had “paid for a crash it did not cause”'],
	]],
	['courtesy title, one name word, of a body', 'Mr Rask of the opposition said marchers “hold the streets” of two districts.', [
		['Rask', 'partial', 'hold the streets'],
		['Rask', 'reported', 'marchers “hold the streets” of two districts'],
	]],
	// a full name before a place, a coast guard, "always" before the verb, a bare "estimates"
	['name, then where the person is', 'Correspondent Orsolya Kestrin in Tarsk says the mood is one of “tired relief”.', [
		['Orsolya Kestrin', 'partial', 'tired relief'],
		['Orsolya Kestrin', 'reported', 'the mood is one of “tired relief”'],
	]],
	['coast guard, always, estimates', 'The coast guard says the cutter rammed the trawler. Norvia has always maintained that its boats fished legally. Norvia estimates its fleet lost 900 tonnes.', [
		['coast guard', 'reported', 'the cutter rammed the trawler'],
		['Norvia', 'reported', 'its boats fished legally'],
		['Norvia', 'reported', 'its fleet lost 900 tonnes'],
	]],
	// a surname with a title is someone a later "he" can be; "is right to say"
	['titled surname, then he', 'President Tavros, to his credit, kept calm. “The count will stand,” he told the nation.', [['Tavros', 'direct', 'The count will stand']]],
	['is right to say that', 'Senator Ana Vesk is right to say that the state has “paid for a crash it did not cause”.', [
		['Ana Vesk', 'partial', 'paid for a crash it did not cause'],
		['Ana Vesk', 'reported', 'the state has “paid for a crash it did not cause”'],
	]],
	// bodies and groups that speak in lower case, a repeated line, a listener with a time after it
	['health directorate, opposition, witnesses, repeated', 'The provincial health directorate in Tarsk said 40 people had died. The opposition said its marchers still held the bridge. The guards fired; witnesses said the crowd was unarmed. The ministry repeated that the pass had never fallen.', [
		['provincial health directorate', 'reported', '40 people had died'],
		['opposition', 'reported', 'its marchers still held the bridge'],
		['witnesses', 'reported', 'the crowd was unarmed'],
		['ministry', 'reported', 'the pass had never fallen'],
	]],
	['listener, time, then that', 'Envoy Ana Vesk told both delegations on the fourth day that the border would close. Dr Ivo Rask told the Courier by telephone that the ward had no power.', [
		['Ana Vesk', 'reported', 'the border would close'],
		['Ivo Rask', 'reported', 'the ward had no power'],
	]],
	// the sentence closes on its attribution: the quote inside is that speaker's, whatever noun looks like a verb before it
	['attribution closing the sentence', 'Rebel claims to hold the ridge were “pure invention”, army spokesman Col Ede Marn told reporters.', [
		['Ede Marn', 'partial', 'pure invention'],
		['Ede Marn', 'reported', 'Rebel claims to hold the ridge were “pure invention”'],
	]],
	// rival counts: each source's number on its own, or with a pronoun and a verb, is what it says
	['a bare count is what its source says', 'The relief agency counts 310 dead. The health ministry says 412. The rebels say about 2,000; the army says at least 700.', [
		['health ministry', 'reported', '412'],
		['rebels', 'reported', 'about 2,000'],
		['army', 'reported', 'at least 700'],
	]],
	['a count with a pronoun and a verb, a name as the object', 'The Dunmarl Front says it has 4,000. The rebels admit they lost Vorna but say they still hold Tellec.', [
		['Dunmarl Front', 'reported', 'it has 4,000'],
		['rebels', 'reported', 'they lost Vorna'],
		['rebels', 'reported', 'they still hold Tellec'],
	]],
	['a year is still no count', 'The mayor said 2027.', []],
	['a clause whose subject runs to six words', 'A coast guard spokesman says the total number of boats sunk so far is nine.', [['coast guard spokesman', 'reported', 'the total number of boats sunk so far is nine']]],
	['an outlet’s own journalist is told apart by where she reports from', 'Our correspondent in Tellvik says the square was empty by nightfall. Our reporter at the dockyard says the mood among welders is grim.', [
		['correspondent in Tellvik', 'reported', 'the square was empty by nightfall'],
		['reporter at the dockyard', 'reported', 'the mood among welders is grim'],
	]],
	['"the brigade" is the brigade named before, and its fighters speak for it', 'Fighters of the Dunmarl Brigade ambushed a convoy on Sunday. The brigade says it holds both villages and has dismissed the pact as “a deal of occupiers”.', [
		['Dunmarl Brigade', 'partial', 'a deal of occupiers'],
		['Dunmarl Brigade', 'reported', 'it holds both villages and has dismissed the pact as “a deal of occupiers”'],
	]],
	['a preposition opening the sentence is nobody', "Within an hour of the signing, Oskel Rask, the defence minister, was on television explaining that the truce 'proved our guns did their job'.", [
		['Oskel Rask', 'partial', 'proved our guns did their job'],
		['Oskel Rask', 'reported', "the truce 'proved our guns did their job'"],
	]],
	['"as X put it" attributes the quote after it, and "put it on" does not', "The depot, as the port's spokeswoman Mirel Tellvik put it, 'is intact and open'. The crews put it on a truck. As one envoy put it bluntly: \"We bought a month.\"", [
		['Mirel Tellvik', 'partial', 'is intact and open'],
		['envoy', 'direct', 'We bought a month.'],
	]],
	['"said it quickly" reports no clause; "said it quickly became clear" does', 'Oskel Rask said it quickly. Mirel Tellvik said it quickly became clear the talks had failed.', [['Mirel Tellvik', 'reported', 'it quickly became clear the talks had failed']]],
	['a name after "in" before a colon is where, not who', 'Foreign Minister Mirel Tellvik deserves credit. She said it plainly in Dunmarl: "The mines were laid, and we know by whom."', [['Mirel Tellvik', 'direct', 'The mines were laid, and we know by whom.']]],
	['a quote in what a spokeswoman says her body did is hers', 'Mirel Tellvik, a spokeswoman for Dunmarl Freight, said the company welcomed the fund but would not send ships "until the first report is out". The ministry welcomed the "good start".', [
		['Mirel Tellvik', 'partial', 'until the first report is out'],
		['Mirel Tellvik', 'reported', 'the company welcomed the fund but would not send ships "until the first report is out"'],
		['ministry', 'partial', 'good start'],
	]],
	['an entry title labelled with a group is the body the entry opens on; one labelled with a person, the first quoted', "Live: the truce day by day\n\nRebels: 'Tellec is ours'\n\nThe Dunmarl Front says its fighters seized the village of Tellec overnight.\n\n\"Tellec is ours, and it will stay ours,\" said Oskel Rask, the Front's spokesman.\n\nMinister: 'We will hold'\n\nThe defence ministry said the army was regrouping. \"We will hold,\" said Defence Minister Mirel Tellvik.", [
		['Dunmarl Front', 'reported', 'its fighters seized the village of Tellec overnight'],
		['Oskel Rask', 'direct', 'Tellec is ours, and it will stay ours'],
		['defence ministry', 'reported', 'the army was regrouping'],
		['Mirel Tellvik', 'direct', 'We will hold'],
		['Dunmarl Front', 'partial', 'Tellec is ours'],
		['Mirel Tellvik', 'partial', 'We will hold'],
	]],
	['a body named "X for Y" is one body; "the Minister for Trade" stays a title', 'The Rally for Dunmarl Reform, the party of the jailed president, says it has not seen him. In a statement, it says it "takes note" of the clause. The Centre for Harbour Studies says the plan is weak. The Minister for Trade, Oskel Rask, said the talks were over.', [
		['Rally for Dunmarl Reform', 'reported', 'it has not seen him'],
		['Rally for Dunmarl Reform', 'partial', 'takes note'],
		['Rally for Dunmarl Reform', 'reported', 'it "takes note" of the clause'],
		['Centre for Harbour Studies', 'reported', 'the plan is weak'],
		['Oskel Rask', 'reported', 'the talks were over'],
	]],
	['entry titles: a label with the editor\'s words after its colon, and a label after the quote', "Live: the truce day by day\n\n'A sell-out,' says opposition\n\nOskel Rask, leader of the Hearth Party, spoke at noon.\n\n'This is a sell-out dressed up as a deal,' he said.\n\nJunta: airport and port 'under control'\n\nThe junta's spokesman, Captain Mirel Tellvik, was on the radio. \"The airport is calm,\" he said.\n\nAgency: camps must be 'open and fair'\n\nThe Dunmarl Relief Agency says it has not been asked to run the camps.", [
		['Oskel Rask', 'direct', 'This is a sell-out dressed up as a deal'],
		['Mirel Tellvik', 'direct', 'The airport is calm'],
		['Dunmarl Relief Agency', 'reported', 'it has not been asked to run the camps'],
		['Oskel Rask', 'partial', 'A sell-out'],
		['Mirel Tellvik', 'partial', 'under control'],
		['Dunmarl Relief Agency', 'partial', 'open and fair'],
	]],
	['"put it … :" and "put the cost at" attribute what follows; "put the boxes at the gate" does not', 'Oskel Rask of the dockers\' union put it better than I can: it "was always ours". The company put the extra cost at \'about 640 million marks\' in 2027. The crews put the boxes at the gate.', [
		['Oskel Rask', 'partial', 'was always ours'],
		['company', 'partial', 'about 640 million marks'],
	]],
	['"Madame" is a courtesy title, no part of the name', 'The toll was put at thirty by Madame Edda Mornet, whose group counts the dead. Madame Mornet said the army had fired first.', [['Edda Mornet', 'reported', 'the army had fired first']]],
	['a titled possessor ("Minister Mornet’s motives") is the person, and "she" after it is her', 'Minister Edda Mornet spoke first. I do not doubt Minister Mornet’s motives, and I believe her when she says the city is “held hostage”.', [
		['Edda Mornet', 'partial', 'held hostage'],
		['Edda Mornet', 'reported', 'the city is “held hostage”'],
	]],
	['a pronoun and a past tense make a clause; "but he repeated" ends the first', "The Front acknowledges it left Vorna. The rebel leader, Oskel Rask, told journalists in Tellvik that his men would respect the truce, but he repeated his demand for land.", [
		['Front', 'reported', 'it left Vorna'],
		['Oskel Rask', 'reported', 'his men would respect the truce'],
	]],
	['"made clear" with a pronoun clause, a stand\'s "that" clause, a colon clause, "reminds the public that"', "The unions have made clear they intend to strike. Information Minister Oskel Rask repeated the government's position that the rebels fired the shells, and said the army had held. Our correspondent Edda Mornet writes: The exchange of prisoners is the hardest part. The Ministry of Works reminds the public that the bridge stays shut.", [
		['unions', 'reported', 'they intend to strike'],
		['Oskel Rask', 'reported', 'the rebels fired the shells'],
		['Oskel Rask', 'reported', 'the army had held'],
		['Edda Mornet', 'reported', 'The exchange of prisoners is the hardest part'],
		['Ministry of Works', 'reported', 'the bridge stays shut'],
	]],
	['a subject\'s own "which" clause with its day ends at its comma; an object\'s "who stated" clause runs on', 'Tellvik’s health ministry, which on Monday said nine people had died, yesterday revised its toll to 11. They met the commander, Oskel Rask, who stated that holding the sky, striking deep, and holding the line are crucial. The Chamber of Trade estimates that the closure has cost traders 85 million marks.', [
		['Tellvik’s health ministry', 'reported', 'nine people had died'],
		['Oskel Rask', 'reported', 'holding the sky, striking deep, and holding the line are crucial'],
		['Chamber of Trade', 'reported', 'the closure has cost traders 85 million marks'],
	]],
	['a quote set off by a comma after a characterising verb\'s object belongs to the reporter before it', 'Governor Edda Mornet has said Kelwatt only called her office at 1:55 a.m., "fifteen minutes before the wall gave way." The minister called the plan, in private, "a disaster".', [
		['Edda Mornet', 'partial', 'fifteen minutes before the wall gave way.'],
		['Edda Mornet', 'reported', 'Kelwatt only called her office at 1:55 a.m., "fifteen minutes before the wall gave way"'],
		['minister', 'partial', 'a disaster'],
	]],
	['"the movement" after "the Tellec Front" is the Front, and speaks for itself', 'The Tellec Front blamed army artillery. The defence ministry said the shells had been fired by the Front itself, an accusation the movement rejected as "grotesque".', [
		['Tellec Front', 'partial', 'grotesque'],
		// (the reporter's aside on the clause, ", an accusation the movement rejected", is no part of what the ministry said)
		['defence ministry', 'reported', 'the shells had been fired by the Front itself'],
	]],
	['"has spoken of" attributes a quote', 'Oskel Rask, the union negotiator, has spoken of “a winter nobody will forget” if the mines close.', [['Oskel Rask', 'partial', 'a winter nobody will forget']]],
	// a quoted phrase that opens the reported clause as its subject
	['a quoted subject opens a reported clause', 'Dr Ulla Moresby said “more than 90” people had died and that 4,000 were in camps.', [
		['Ulla Moresby', 'partial', 'more than 90'],
		['Ulla Moresby', 'reported', '“more than 90” people had died and that 4,000 were in camps'],
	]],
	['a quoted subject in single quotes', "Ms Kettil said 'a handful' would come from the regional forum.", [
		['Kettil', 'partial', 'a handful'],
		['Kettil', 'reported', "'a handful' would come from the regional forum"],
	]],
	['a quote after "said" with no verb after it is no clause', 'The mayor said "never" and left the hall.', [['mayor', 'partial', 'never']]],
	// the two parties together
	['"Both sides say" is the pair of parties', 'The two navies clashed near the reef. Both sides still say they won the encounter.', [['Both sides', 'reported', 'they won the encounter']]],
	['"Both capitals say", then the reporter\'s own clause', 'Both capitals say the islet is theirs, and the treaty declares itself neutral on the question.', [['Both capitals', 'reported', 'the islet is theirs']]],
	['"Both say" at a clause\'s start', 'Kovia and Tavia signed on Monday. Both say the other side fired first.', [['Both', 'reported', 'the other side fired first']]],
	['"both" after its own subject is not a speaker of its own', 'The mayor and the governor both say the dam held.', []],
	// a second speaker joined after a comma ends the first one's clause
	['", and the union says" ends the clause before it', 'In Dorvel, the opposition MP Kalinda Moresby says parliament was never consulted, and the drivers\' union says it wants compensation.', [
		['Kalinda Moresby', 'reported', 'parliament was never consulted'],
		['drivers\' union', 'reported', 'it wants compensation'],
	]],
	// unnamed groups and listeners
	['a plural body after a plain word speaks after the clause', 'Some 3,000 people remain in the valley, aid agencies say.', [['aid agencies', 'reported', 'Some 3,000 people remain in the valley']]],
	['a listener with a number in its name', 'Sergeant Orvo Kettil told Radio24 that his men would sign only for cash.', [['Orvo Kettil', 'reported', 'his men would sign only for cash']]],
	['a listener named in two words, one a number', 'Dr Pela Vostrin tells Channel 9 her staff admitted 43 wounded people on Saturday.', [['Pela Vostrin', 'reported', 'her staff admitted 43 wounded people on Saturday']]],
	['"told the country on Saturday that"', 'The army told the country on Saturday that the barracks had been retaken.', [['army', 'reported', 'the barracks had been retaken']]],
	['a family told a lower-case listener', 'Among the dead is Pavo Linter, a 20-year-old student, his family told local radio.', [['family', 'reported', 'Among the dead is Pavo Linter, a 20-year-old student']]],
	['"boasts" reports a clause', 'The so-called Fuel Committee boasts it is still camped out in the square.', [['so-called Fuel Committee', 'reported', 'it is still camped out in the square']]],
	['"the government\'s defenders" speak as a group', "The government's defenders say there was no choice.", [["government's defenders", 'reported', 'there was no choice']]],
	// the speaker after the clause
	['an aside after the speaker and the day is no part of the clause', 'Thirty bodies have been recovered so far, the coast guard said on Tuesday, up from 11 on the first day.', [['coast guard', 'reported', 'Thirty bodies have been recovered so far']]],
	['a "that" past a comma after the verb opens no clause of the verb\'s', 'Kovia and Tavia have agreed to a buffer zone, the commission said on Tuesday, after talks that lasted nine days.', [['commission', 'reported', 'Kovia and Tavia have agreed to a buffer zone']]],
	['"…, said Dr X, director of …" inverted after the clause', 'At the market in Orlin, 19 people were killed and 37 wounded, said Dr Pela Vostrin, director of the clinic.', [['Pela Vostrin', 'reported', 'At the market in Orlin, 19 people were killed and 37 wounded']]],
	['"…, said the ministry." inverted', 'Nine soldiers were wounded, said the ministry.', [['ministry', 'reported', 'Nine soldiers were wounded']]],
	['a speaker set off inside the sentence is no inverted report', 'The town, said the mayor, was quiet by nightfall.', []],
	['"that" then a time opens a clause', 'The ministry confirms that on 19 November navy units escorted 14 trawlers home.', [['ministry', 'reported', 'on 19 November navy units escorted 14 trawlers home']]],
	// attribution forms of wire copy
	['a role with no article set off after the name', '"Survivors can hold on," Ulla Moresby, disaster relief director at the ministry, said.', [['Ulla Moresby', 'direct', 'Survivors can hold on']]],
	['a name with a lower-case particle joined by a hyphen', '"Tank bombardments have stopped," Kamal al-Dervani told Radio Dorvan.', [['Kamal al-Dervani', 'direct', 'Tank bombardments have stopped']]],
	['a name with a particle after an inverted verb', '"They are testing us," said Omar al-Dervani, a commander.', [['Omar al-Dervani', 'direct', 'They are testing us']]],
	['"quoted X as saying that": X speaks, not the outlet', 'State television quoted Ulla Moresby, a regional official, as saying that 2,300 people survived.', [['Ulla Moresby', 'reported', '2,300 people survived']]],
	['"quoted her as saying": the person named before', 'Ulla Moresby flew to Dorvan. The agency quoted her as saying the road was open.', [['Ulla Moresby', 'reported', 'the road was open']]],
	['"told OUTLET there had been": the outlet is no part of the clause', 'The spokesman, Col. Tavo Orlay, told Radio Dorvan there had been clashes near the bridge.', [['Tavo Orlay', 'reported', 'there had been clashes near the bridge']]],
	['the rights group, a rights group, a name ending in "Watch"', [
		'"The camp is full," the rights group said.',
		'Soldiers killed 41 people in the camp, a rights group said.',
		'Coastal Rights Watch said that 20 people were killed in Dorvan.',
	].join('\n\n'), [
		['rights group', 'direct', 'The camp is full'],
		['rights group', 'reported', 'Soldiers killed 41 people in the camp'],
		['Coastal Rights Watch', 'reported', '20 people were killed in Dorvan'],
	]],
	['a place and a colon opening the paragraph is no part of the clause', 'Dorvan: The toll in the floods has risen to 70, according to the disaster agency on Monday.\n\nNew Dorvan: The toll rose to 71, the agency said.', [
		['disaster agency', 'reported', 'The toll in the floods has risen to 70'],
		['disaster agency', 'reported', 'The toll rose to 71'],
	]],
	['"loyal to X" / "linked to X" after the speaker: the head noun speaks, not X', 'Northern rebels loyal to former vice-president Tavo Orlay said they had captured the river town.\n\nDoctors linked to the protest movement said at least 128 people died.', [
		['Northern rebels loyal to former vice-president Tavo Orlay', 'reported', 'they had captured the river town'],
		['Doctors linked to the protest movement', 'reported', 'at least 128 people died'],
	]],
	// "spoke" gives a quote only with "of" or "about" before it
	['"said the family spoke to her ‘…’" is the words of who said it', 'Ms Orlay’s mother, Ann, said the family spoke to her ‘whenever the signal allows’.', [
		['Ann', 'partial', 'whenever the signal allows'],
		['Ann', 'reported', 'the family spoke to her ‘whenever the signal allows’'],
	]],
	['"spoke to reporters about “…”"', 'The envoy spoke to reporters on Monday about “a fragile peace”.', [['envoy', 'partial', 'a fragile peace']]],
	// a claim and who disputed it
	['", a claim police disputed, saying" ends the claim; the participle is the disputer\'s', 'Students said the campus was theirs, a claim police also disputed, saying officers had secured the gate.', [
		['Students', 'reported', 'the campus was theirs'],
		['police', 'reported', 'officers had secured the gate'],
	]],
];

for (const [name, body, expected] of cases) {
	test(`quotes: ${name}`, () => {
		assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, kind, text]), expected);
	});
}

test('quotes: pronouns and descriptions resolve to the person or office named before', () => {
	const got = quotesOf(
		[
			'Health Minister Sara Okafor visited the shelters on Tuesday.',
			'“We have enough water for a week,” she said.',
			'A Turkish diplomat was more cautious. “These are hard days,” the diplomat said.',
			'The prime minister’s office said: “Every family will be housed.”',
			'“Winter is coming,” it added.',
		].join('\n\n'),
	);
	assert.deepEqual(got.map(([speaker]) => speaker), ['Sara Okafor', 'Turkish diplomat', 'prime minister’s office', 'prime minister’s office']);
});

test('quotes: a role-only description resolves only to a person whose role has all its title words', () => {
	const got = quotesOf('Prime Minister Anna Berg met Foreign Minister Ola Dallvik on Monday.\n\n“We are close,” the foreign minister said.\n\nThe prime minister said the deal was “fair”.');
	assert.deepEqual(got.filter(([, kind]) => kind !== 'reported').map(([speaker]) => speaker), ['Ola Dallvik', 'Anna Berg']);
});

test('quotes: roles come from appositions before and after the name, not from courtesy titles', () => {
	const article = parseArticle('story.txt', [
		'Invented story for a test',
		'',
		"'It's a good day for our farmers,' said Mr Berg, the trade secretary.",
		'',
		"The party's trade spokesperson, Emily Thorn, said the deal was 'thin'.",
		'',
		'Officials in Brussels described the talks as "constructive".',
	].join('\n'));
	const {speakers} = extractQuotes(article);
	assert.deepEqual(speakers.map((speaker) => [speaker.name, speaker.role]), [
		['Berg', 'trade secretary'],
		['Emily Thorn', "party's trade spokesperson"],
		['Officials in Brussels', 'Officials in Brussels'],
	]);
});

test('quotes: a possessor is remembered for "he", and an office takes its holder\'s side', () => {
	const article = parseArticle('story.txt', [
		'Invented story for a test',
		'',
		'Kenyan President Amos Otieno flew to the coast.',
		'',
		'Otieno’s tour included a stop with Governor Ruth Adler. He said the roads were “passable”.',
		'',
		'Otieno’s office said the visit would last “two days”.',
	].join('\n'));
	const {speakers, quotes} = extractQuotes(article);
	const nameOf = new Map(speakers.map((speaker) => [speaker.key, speaker]));
	assert.deepEqual(quotes.filter((quote) => quote.kind === 'partial').map((quote) => [nameOf.get(quote.speakerKey!)!.name, nameOf.get(quote.speakerKey!)!.side]), [
		['Amos Otieno', 'Kenya'],
		['Otieno’s office', 'Kenya'],
	]);
});

test('quotes: a sentence ending in a colon introduces the quote after it', () => {
	const got = quotesOf('Mayor Ivo Kral had a blunt message for residents:\n\n“Stay home tonight.”\n\nThe state news agency reported that 40 homes were destroyed.');
	assert.deepEqual(got, [
		['Ivo Kral', 'direct', 'Stay home tonight.', 'quote.colon-before'],
		['state news agency', 'reported', '40 homes were destroyed', 'quote.reported'],
	]);
});

test('quotes: an unnamed spokesperson is named by the first name given to that role; family-name-first names', () => {
	const got = quotesOf([
		'“The tariffs stay,” a Korean trade ministry spokesperson said on Monday.',
		'Spokesperson Park Min made the remarks at a briefing.',
		'Park said the talks would resume in “a few weeks”.',
	].join('\n\n'));
	assert.deepEqual(got.filter(([, kind]) => kind !== 'reported').map(([speaker]) => speaker), ['Park Min', 'Park Min']);
});

test('quotes: an unnamed spokesperson after a sentence a body opens speaks for that body, and only a name given that body unmasks them', () => {
	const reported = (text: string) => quotesOf(text).filter(([, kind]) => kind === 'reported').map(([speaker, , said]) => [speaker, said]);
	const opening = 'Kelso Airways says it is ready to fly within a week. A spokesman said the airline had cancelled 1,800 flights.';
	assert.deepEqual(reported(`${opening}\n\n"We strike military targets only," spokesman Brig. Gen. Dastrand Orlay said.`), [
		['Kelso Airways', 'it is ready to fly within a week'],
		['Kelso Airways spokesman', 'the airline had cancelled 1,800 flights'],
	]);
	assert.deepEqual(reported(`${opening}\n\nKelso Airways spokesman Ivo Prenn said the planes were ready.`).map(([speaker]) => speaker), ['Kelso Airways', 'Ivo Prenn', 'Ivo Prenn']);
});

test('quotes: a role-only speaker is named by a later name with the same role and side', () => {
	const got = quotesOf([
		"Chile's foreign minister said the talks were “useful”.",
		'Chilean Foreign Minister Rosa Vial later met the envoy. “We will return,” Vial said.',
	].join('\n\n'));
	assert.deepEqual(got.filter(([, kind]) => kind !== 'reported').map(([speaker]) => speaker), ['Rosa Vial', 'Rosa Vial']);
});

test('quotes: a group is not the one person who holds its title', () => {
	const got = quotesOf('Ana Diaz, a senior analyst at Harbor Bank, was upbeat.\n\nAnalysts said the deal was “fragile”.');
	assert.deepEqual(got.map(([speaker]) => speaker), ['Analysts', 'Analysts']);
});

test('quotes: a sentence-case headline is read too, with no body offset; a title-case one is not', () => {
	const read = (headline: string) => extractQuotes(parseArticle('story.txt', `${headline}\n\nThe talks ended on Friday in Oslo after three days.`)).quotes;
	const [quote] = read('Minister Lars Berg says talks ‘on track’ after Oslo round');
	assert.equal(quote.text, 'on track');
	assert.equal(quote.evidence.text, 'Minister Lars Berg says talks ‘on track’ after Oslo round');
	assert.equal(quote.evidence.offset, undefined);
	assert.equal(quote.evidence.rule, 'quote.said-before.headline');
	assert.deepEqual(read('Minister Lars Berg Says Talks ‘On Track’ After Oslo Round'), []);
});

test('quotes: an agency with a lower-case possessor and a "known as" apposition speaks, and "it" refers to it', () => {
	const got = quotesOf("The country's disaster agency, known by its acronym DMA, said in a statement that 1,200 buildings had collapsed. It described the situation as “extremely serious.”");
	assert.deepEqual(got.map(([speaker, kind]) => [speaker, kind]), [
		["country's disaster agency", 'reported'],
		["country's disaster agency", 'partial'],
	]);
});

test('quotes: "he" finds a person described by role, and skips someone a title makes a woman', () => {
	const got = quotesOf([
		'Foreign Minister Omar Haddad met reporters on Monday.',
		'The commander, a veteran of two wars, visited the front. “We hold the line,” he said.',
		'Haddad and army spokeswoman Lena Berg briefed reporters later.',
		'“Nothing has changed,” she said.',
	].join('\n\n'));
	assert.deepEqual(got.map(([speaker]) => speaker), ['commander', 'Lena Berg']);
});

test('quotes: a quote running across paragraphs keeps its speaker', () => {
	const got = quotesOf('The agency said: "Roads in the north are closed.\n\n"Crews will work through the night."');
	assert.deepEqual(got.map(([speaker, kind, , rule]) => [speaker, kind, rule]), [
		['agency', 'direct', 'quote.said-before'],
		['agency', 'direct', 'quote.continues'],
	]);
});

test('quotes: a quote in single marks over paragraphs, with its attribution only where it closes, is the closing speaker\'s', () => {
	const got = quotesOf('“The river is back,” Mayor Ivo Kral said.\n\nThe dam talks ended late on Friday.\n\n‘We came here to share the water, not to fight over it. Nobody leaves with everything.\n\n‘What we signed keeps both valleys green,’ the Veltan envoy Rosa Pinto said.');
	assert.deepEqual(got.map(([speaker, kind, text, rule]) => [speaker, kind, text, rule]), [
		['Ivo Kral', 'direct', 'The river is back', 'quote.said-after'],
		['Rosa Pinto', 'direct', 'We came here to share the water, not to fight over it. Nobody leaves with everything.', 'quote.closing-attribution'],
		['Rosa Pinto', 'direct', 'What we signed keeps both valleys green', 'quote.said-after'],
	]);
});

test('quotes: a single quote left open mid-paragraph runs on when the next paragraph opens with one; an apostrophe does not', () => {
	const got = quotesOf('Mayor Ana Duarte toured the dam on Monday. ‘We will rebuild,’ she said. ‘The levee held. The pumps ran all night.\n\n‘Now we start on the roads.’\n\nThe farmers’ union met on Monday.');
	assert.deepEqual(got.map(([speaker, kind, text]) => [speaker, kind, text]), [
		['Ana Duarte', 'direct', 'We will rebuild'],
		['Ana Duarte', 'direct', 'The levee held. The pumps ran all night.'],
		['Ana Duarte', 'direct', 'Now we start on the roads.'],
	]);
});

test('quotes: "the union" read a second time (from the remembered mentions) still needs a union named before', () => {
	const body = 'The Hill Growers Association wants a bigger fund. “Farmers need cash now,” the union said.';
	assert.deepEqual(quotesOf(body), []);
	assert.deepEqual(quotesOf(body), []);
});

test('quotes: a place that spoke, named again after "In", is not the "he" of the next sentence', () => {
	const got = quotesOf('Tavia says the pass is open to trucks.\n\nIn Tavia, Water Minister Ivo Brandt has defended the deal. He said the gates would stay “open, not idle”.');
	assert.deepEqual(got.map(([speaker, kind, text]) => [speaker, kind, text]), [
		['Tavia', 'reported', 'the pass is open to trucks'],
		['Ivo Brandt', 'partial', 'open, not idle'],
		['Ivo Brandt', 'reported', 'the gates would stay “open, not idle”'],
	]);
});

test('quotes: every quote carries its verbatim sentence, offset and rule', () => {
	const article = parseArticle('story.txt', 'Invented story for a test\n\nThe valley was quiet. “We are safe,” Mayor Ivo Kral said.');
	const {quotes} = extractQuotes(article);
	const {evidence} = quotes[0];
	assert.equal(evidence.text, '“We are safe,” Mayor Ivo Kral said.');
	assert.equal(article.body.slice(evidence.offset!, evidence.offset! + evidence.text.length), evidence.text);
	assert.equal(evidence.rule, 'quote.said-after');
});

test('quotes: an apposition is the named person, so "he" after it is that person', () => {
	const got = quotesOf([
		'Omar Selim, spokesman of the Lowland Coast Liberation Front, said the siege was over.',
		'He said the front would free 20 captives on Sunday.',
		'“We keep our word,” Selim said.',
	].join('\n\n'));
	assert.deepEqual(got.map(([speaker]) => speaker), ['Omar Selim', 'Omar Selim', 'Omar Selim']);
});

test('quotes: "the diplomat" is the source placed before, and "he" after an official at a body is that official', () => {
	const got = quotesOf([
		'A diplomat briefed on the talks said that the two sides had not agreed on the border.',
		'“That was simply postponed,” the diplomat said.',
		'Volunteer Pavel Ross dug through the night.',
		'A senior official at the Flood Control Board, who was not authorised to speak, said the levees had failed.',
		'He said some streets had been “washed away”.',
	].join('\n\n'));
	assert.deepEqual(got.map(([speaker]) => speaker), [
		'diplomat briefed on the talks',
		'diplomat briefed on the talks',
		'senior official at the Flood Control Board',
		'senior official at the Flood Control Board',
		'senior official at the Flood Control Board',
	]);
});

test('quotes: a title with a bracketed short form before the name is that person\'s role; "he" later is that person', () => {
	const article = parseArticle('story.txt', [
		'Invented story for a test',
		'',
		'The army repelled the raid, Director General of Public Affairs (DGPA) Maj Gen Ilyas Dar said on Monday.',
		'',
		'“No aircraft crossed the line,” he said.',
	].join('\n'));
	const {speakers, quotes} = extractQuotes(article);
	assert.deepEqual(speakers.map((speaker) => [speaker.name, speaker.role]), [['Ilyas Dar', 'Director General of Public Affairs']]);
	assert.equal(quotes.length, 1);
});

test('quotes: a headline quote repeating words quoted in the body is the body speaker\'s', () => {
	const article = parseArticle('story.txt', [
		'‘We are out of water’: villages wait for the convoy',
		'',
		'“The wells are dry. We are out of water,” said Tamar Hess, a teacher in the valley.',
		'',
		'The ministry said the convoy would arrive on Friday.',
	].join('\n'));
	const {speakers, quotes} = extractQuotes(article);
	const nameOf = new Map(speakers.map((speaker) => [speaker.key, speaker.name]));
	const echo = quotes.find((quote) => quote.evidence.rule === 'quote.headline-echo');
	assert.deepEqual(echo && [nameOf.get(echo.speakerKey!), echo.text, echo.kind], ['Tamar Hess', 'We are out of water', 'partial']);
});

test('quotes: a headline quote no body quote repeats stays out', () => {
	const article = parseArticle('story.txt', 'The ‘Iron Winter’ Plan Explained\n\nThe ministry said the plan would cost $2 billion.');
	assert.equal(extractQuotes(article).quotes.filter((quote) => quote.kind !== 'reported').length, 0);
});

test('quotes: "Her message was blunt:" gives the quote to the woman named before', () => {
	const got = quotesOf('Health Minister Aino Lehto visited the ward.\n\nHer message was blunt: “We need nurses.”');
	assert.deepEqual(got, [['Aino Lehto', 'direct', 'We need nurses.', 'quote.colon-owner']]);
});

test('quotes: roles from a possessive apposition before the name', () => {
	const {speakers} = extractQuotes(parseArticle('story.txt', 'Invented story for a test\n\nThe UN’s relief chief, Rosa Delgado, warned that aid was “running out”.'));
	assert.deepEqual(speakers.map((speaker) => [speaker.name, speaker.role]), [['Rosa Delgado', 'UN’s relief chief']]);
});

test('quotes: groups placed by a phrase are told apart', () => {
	const got = quotesOf('Local officials in the province said the road was “impassable”.\n\nOfficials at the Water Board said the reservoir was “full”.');
	assert.deepEqual(got.filter(([, kind]) => kind === 'partial').map(([speaker]) => speaker), ['Local officials in the province', 'Officials at the Water Board']);
});

test('a manner adverb between the verb and "that" leaves the clause reported', () => {
	const cases: [string, [string | null, string, string][]][] = [
		['Harbour officials said privately that the pier would reopen in May.', [['Harbour officials', 'the pier would reopen in May', 'reported']]],
		['The mayor said only that the count was still rising.', [['mayor', 'the count was still rising', 'reported']]],
		['The mayor spoke briefly that morning about the flood.', []],
	];
	for (const [body, expected] of cases) assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, text, kind]), expected, body);
});

test('trades speaking as a group are the speaker of what they say', () => {
	const cases: [string, [string | null, string, string][]][] = [
		['Shipping agents said more than 9,000 containers were still waiting on the quays.', [['Shipping agents', 'more than 9,000 containers were still waiting on the quays', 'reported']]],
		['Grain brokers say the price of a tonne is already falling.', [['Grain brokers', 'the price of a tonne is already falling', 'reported']]],
		['The agent said nothing.', []],
	];
	for (const [body, expected] of cases) assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, text, kind]), expected, body);
});

test('groups and bodies that speak together: rebels, campaigners, exiles, families, people familiar with a matter, governments, police', () => {
	const cases: [string, [string | null, string, string][]][] = [
		['The rebels said they had taken the hill town on Friday.', [['rebels', 'they had taken the hill town on Friday', 'reported']]],
		['Rights campaigners say 30 fishermen were detained last month by coastguards.', [['Rights campaigners', '30 fishermen were detained last month by coastguards', 'reported']]],
		['Exports fell, though exiles in Tarsk said the harvest would recover while prices stayed high.', [['exiles in Tarsk', 'the harvest would recover while prices stayed high', 'reported']]],
		['Families of the missing demanded that the commission publish every name.', [['Families of the missing', 'the commission publish every name', 'reported']]],
		['The nine include Mella Steel and Orsa Foods, two of the biggest firms on the list, people familiar with the matter said.', [['people familiar with the matter', 'The nine include Mella Steel and Orsa Foods, two of the biggest firms on the list', 'reported']]],
		['Kovia and Renland agreed on Monday to lift the curfew and free detained workers, the two governments said.', [['two governments', 'Kovia and Renland agreed on Monday to lift the curfew and free detained workers', 'reported']]],
		['Both governments said the talks would resume in March.', [['governments', 'the talks would resume in March', 'reported']]],
		['Two people were killed in the blast, police said.', [['police', 'Two people were killed in the blast', 'reported']]],
		['Repairs to the dam will cost $2bn, engineers estimate.', [['engineers', 'Repairs to the dam will cost $2bn', 'reported']]],
		// an office after "whose" is the person's, and speaks only with an article
		['Mayor Ivo Kral, whose office said he had seen the plan, said that the town would sign it.', [['Ivo Kral', 'the town would sign it', 'reported']]],
		['Two people were killed in the blast.', []],
	];
	for (const [body, expected] of cases) assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, text, kind]), expected, body);
});

test('reporting verbs after the clause in every person and tense; estimates; a clause without "that" after any clause verb', () => {
	const cases: [string, [string | null, string, string][]][] = [
		['Rival boatmen are still waiting at the locks, rights groups say.', [['rights groups', 'Rival boatmen are still waiting at the locks', 'reported']]],
		['The levy runs to the end of March, the statement confirms.', [['statement', 'The levy runs to the end of March', 'reported']]],
		['Dr Ana Lind, an economist at Vesk Bank, estimates that the quake cost the region 2% of its output.', [['Ana Lind', 'the quake cost the region 2% of its output', 'reported']]],
		['Dr Ana Lind estimates the repairs will take at least a year.', [['Ana Lind', 'the repairs will take at least a year', 'reported']]],
		['The minister stressed the cut was temporary.', [['minister', 'the cut was temporary', 'reported']]],
		['A fisherman told the Daily Post the harbour was still closed.', [['fisherman', 'the harbour was still closed', 'reported']]],
		['A rebel spokesman told Radio Kovia the airport was still in rebel hands.', [['rebel spokesman', 'the airport was still in rebel hands', 'reported']]],
		['Villagers told us they would wait and see.', [['Villagers', 'they would wait and see', 'reported']]],
		['The mayor told the state broadcaster the plan was ready.', [['mayor', 'the plan was ready', 'reported']]],
		// objects, not clauses
		['The ministry announced the names of those who were killed.', []],
		['The envoy confirmed the visit.', []],
		['Officials estimated the damage at $3bn.', []],
		['An estimated 3,000 people fled the valley.', []],
	];
	for (const [body, expected] of cases) assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, text, kind]), expected, body);
});

test('short clauses with a subject and a verb; relative clauses are not reported; a who-clause between speaker and verb', () => {
	const cases: [string, [string | null, string, string][]][] = [
		['Mayor Tove Lind insists all is well.', [['Tove Lind', 'all is well', 'reported']]],
		['Tarsk says Velm blinked.', [['Tarsk', 'Velm blinked', 'reported']]],
		['Velm says Tarsk came begging.', [['Velm', 'Tarsk came begging', 'reported']]],
		['Prices will fall, farmers say.', [['farmers', 'Prices will fall', 'reported']]],
		['Analysts who track the market say prices will fall.', [['Analysts', 'prices will fall', 'reported']]],
		['A Norwegian diplomat who asked not to be named said the donors would wait until the summer.', [['Norwegian diplomat', 'the donors would wait until the summer', 'reported']]],
		// no subject and verb, or a relative clause on a noun
		['The ministry said nothing.', []],
		['The envoy said so too.', []],
		['No comment, the mayor said.', []],
		['Fighting went on near Orda, a village that Kovia says it has captured.', []],
		['The flood, which the agency says has killed about 600 people, is receding.', [['agency', 'has killed about 600 people', 'reported']]],
		['The dam, which the ministry says it built in 1990, is failing.', []],
	];
	for (const [body, expected] of cases) assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, text, kind]), expected, body);
});

test('a person named with the body they speak for, and the press\'s own voices', () => {
	const cases: [string, [string | null, string, string][]][] = [
		['Exporters were already absorbing the cost, according to Ana Lind of Vesk Bank. She estimates the cut is worth about $1 billion a year.', [
			['Ana Lind', 'Exporters were already absorbing the cost', 'reported'],
			['Ana Lind', 'the cut is worth about $1 billion a year', 'reported'],
		]],
		['“We buried the dead,” said Mira Oto of the Women’s Peace Network.', [['Mira Oto', 'We buried the dead', 'direct']]],
		['The Bank of Tarsk said rates would rise.', [['Bank of Tarsk', 'rates would rise', 'reported']]],
		['CBX’s economics correspondent says the real test will come in March.', [['CBX’s economics correspondent', 'the real test will come in March', 'reported']]],
	];
	for (const [body, expected] of cases) assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, text, kind]), expected, body);
});

test('who a quote with no attribution of its own belongs to: an opening participle is nobody, a question mark ends the quote\'s sentence, the paragraph before introduces the speaker', () => {
	const cases: [string, [string | null, string, string][]][] = [
		['Addressing the crowd, the mayor was clear: “We will rebuild every house.” He said the council had saved for years.', [
			['mayor', 'direct', 'We will rebuild every house.'],
			['mayor', 'reported', 'the council had saved for years'],
		]],
		['“Who will pay for it?” asked Ivo Marsh, a baker.', [['Ivo Marsh', 'direct', 'Who will pay for it?']]],
		['"Enough is enough!" said the port director.', [['port director', 'direct', 'Enough is enough!']]],
		['The celebrations were loud, and ministers spoke of a “historic” opening.', [['ministers', 'partial', 'historic']]],
		['Speaking to farmers by video link, Gen Ivo Kral was in a sombre mood.\n\n‘We did not come here to beg.\n\n‘If they keep their word, we will keep ours.’', [
			['Ivo Kral', 'direct', 'We did not come here to beg.'],
			['Ivo Kral', 'direct', 'If they keep their word, we will keep ours.'],
		]],
		['Mayor Ana Roe toured the flooded streets on Monday.\n\n“We will rebuild every house.”', [['Ana Roe', 'direct', 'We will rebuild every house.']]],
		// nobody introduced: the quote stays out
		['The storm hit the coast on Monday.\n\n“We will rebuild every house.”', []],
		['More on this story\n\n- ‘We are still waiting’: mothers of Orda speak', []],
	];
	for (const [body, expected] of cases) assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, kind, text]), expected, body);
});

test('"made clear that" reports a clause', () => {
	const cases: [string, [string | null, string, string][]][] = [
		['Kovia has made clear that any final deal must include the islands.', [['Kovia', 'any final deal must include the islands', 'reported']]],
		['The Dockers’ Union made it clear that the strike would go on.', [['Dockers’ Union', 'the strike would go on', 'reported']]],
		['The rain made the roads impassable.', []],
	];
	for (const [body, expected] of cases) assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, text, kind]), expected, body);
});

test('"it" is a document named before, never a body in the plural; places after a comma; an executive is a role', () => {
	const cases: [string, [string | null, string, string][]][] = [
		['The two ministries have now published the joint statement. “Both sides agree to lift the curfew for 90 days,” it reads.', [['joint statement', 'direct', 'Both sides agree to lift the curfew for 90 days']]],
		['“We will lift the curfew,” the statement read.', [['statement', 'direct', 'We will lift the curfew']]],
		['Refugees in Marl camp, just across the border, told us they would wait and see.', [['Refugees in Marl camp', 'reported', 'they would wait and see']]],
		['Ana Berg, chief executive of Orra Chips, welcomed the deal. An executive at a rival firm, who asked not to be named, said the deal had come as a shock. “Orra got everything,” the executive said.', [
			['executive at a rival firm', 'reported', 'the deal had come as a shock'],
			['executive at a rival firm', 'direct', 'Orra got everything'],
		]],
	];
	for (const [body, expected] of cases) assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, kind, text]), expected, body);
});

test('a gap of many "who"s between a speaker and a verb is read in linear time', () => {
	// the who-clause pattern is one character class: a pathological gap must not backtrack
	const body = `A diplomat${' who'.repeat(40)} said the talks would resume.`;
	assert.ok(Array.isArray(quotesOf(body)));
});

test('when it was said (a bare weekday in American style), more verbs around a speaker set off by commas, a bank speaks', () => {
	const cases: [string, [string | null, string, string][]][] = [
		['The minister said Monday the deal would be signed in June.', [['minister', 'the deal would be signed in June', 'reported']]],
		['The talks, Mayor Ana Roe argued, had failed because neither side trusted the other.', [['Ana Roe', 'The talks had failed because neither side trusted the other', 'reported']]],
		['Separately, the central bank said late Tuesday that rates would stay on hold.', [['central bank', 'rates would stay on hold', 'reported']]],
		['The Bank of Tarsk raised rates. The bank said inflation was too high.', [['Bank of Tarsk', 'inflation was too high', 'reported']]],
		['The envoy said Monday.', []],
		['Talks will resume in Geneva next week, the minister said, according to state media.', [['minister', 'Talks will resume in Geneva next week', 'reported']]],
		['Asked whether the truce would hold, Mayor Ana Roe said it would.', []],
		['The union’s leader, Ivo Kral, insisted the strike was legal, but warned that it could spread to the ports.', [['Ivo Kral', 'the strike was legal', 'reported'], ['Ivo Kral', 'it could spread to the ports', 'reported']]],
		['Mayor Ana Roe said prices and rents had risen sharply.', [['Ana Roe', 'prices and rents had risen sharply', 'reported']]],
	];
	for (const [body, expected] of cases) assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, text, kind]), expected, body);
});

test('a live-blog entry titled with a quote quotes the entry’s first speaker', () => {
	const entries: Array<[string, string, string | null]> = [
		['Harbour master: ‘Nobody will sail today’', '“The swell is too high for any boat,” harbour master Ole Brandt said.', 'Ole Brandt'],
		["'Back to the fields'", 'Farm leader Petra Holm spoke at noon. "We are going back to the fields tomorrow," Holm said.', 'Petra Holm'],
		['Rain expected tonight', '“Stay indoors,” said forecaster Jana Lind.', null],
		['A long label that goes on and on here: ‘No deal’', '“There is no deal yet,” envoy Kai Rask said.', null],
	];
	for (const [title, entry, speaker] of entries) {
		const body = `10:15\n\n${title}\n\n${entry}\n\n09:40\n\nQuiet morning\n\nThe port stayed shut all morning, officials said.`;
		const titled = quotesOf(body).filter((quote) => quote[3] === 'quote.entry-title');
		assert.deepEqual(titled.map((quote) => quote[0]), speaker ? [speaker] : [], title);
	}
});

test('a statement introduced after an opening phrase and a colon, running over two paragraphs, is its speaker\'s', () => {
	const text = 'Talks ended.\n\nAt the conclusion of the mission, Mr. Tomas Ketteridge issued the following statement:\n\n"Norland has faced a hard year. Prices rose and jobs went.\n\n"The program agreed today is designed to restore stability."\n\nThe board will meet in December.';
	const {quotes, speakers} = extractQuotes(parseArticle('a.txt', text, {outlet: 'Harbour Gazette'}));
	assert.equal(quotes.length, 2);
	const speaker = speakers.find((entity) => /Ketteridge/.test(entity.name));
	assert.ok(speaker);
	for (const quote of quotes) assert.equal(quote.speaker, speaker.id);
});

test('a passive verb reports nothing; a coastguard, a junta, a firm and organisers speak; a role held somewhere sets off its name', () => {
	const cases: [string, [string | null, string, string][]][] = [
		// the subject of "was warned" heard the words: the clause after it is no statement of a body named before
		['The mine board met at dawn. Teskel says it was warned ten minutes before the collapse.', [['Teskel', 'it was warned ten minutes before the collapse', 'reported']]],
		['The minister was repeatedly warned that the bridge was weak.', []],
		['Residents were told to leave by noon, the mayor said.', [['mayor', 'Residents were told to leave by noon', 'reported']]],
		['Nine crew were hurt in the collision, three of them seriously, the coastguard said on Tuesday.', [['coastguard', 'Nine crew were hurt in the collision, three of them seriously', 'reported']]],
		['The junta said elections would be held in 2029.', [['junta', 'elections would be held in 2029', 'reported']]],
		['The firm said it had followed procedure.', [['firm', 'it had followed procedure', 'reported']]],
		['Police said 12 officers were hurt; the protest organisers said 40 marchers were injured.', [['Police', '12 officers were hurt', 'reported'], ['protest organisers', '40 marchers were injured', 'reported']]],
		["The party's organiser in the city, Mara Velk, disputed that. 'We hold the bridge,' she said.", [['Mara Velk', 'We hold the bridge', 'direct']]],
	];
	for (const [body, expected] of cases) assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, text, kind]), expected, body);
});

test('a one-word name the article uses as a place speaks for a body, not a person', () => {
	const article = parseArticle('story.txt', 'Invented story for a test\n\nThe flood hit towns in Teskel province on Monday.\n\nTeskel says it was warned ten minutes before the collapse.\n\nVeska Trebisk said the dam had been inspected. Trebisk said the report was clear.');
	const {speakers} = extractQuotes(article);
	assert.deepEqual(speakers.map((speaker) => [speaker.name, speaker.type]).sort(), [['Teskel', 'organisation'], ['Veska Trebisk', 'person']]);
});

test('a body named after its place speaks and is shortened to its first word; a statement it issued is its own; plural groups and "told our reporter"', () => {
	const cases: [string, [string | null, string, string][]][] = [
		['Kesto River Lines has issued a short statement saying it is "cooperating fully" with the authorities. It says the ferry was hit by "a sudden squall".', [
			['Kesto River Lines', 'cooperating fully', 'partial'],
			['Kesto River Lines', 'it is "cooperating fully" with the authorities', 'reported'],
			['Kesto River Lines', 'a sudden squall', 'partial'],
			['Kesto River Lines', 'the ferry was hit by "a sudden squall"', 'reported'],
		]],
		['Kesto River Lines runs the route. In a statement on Monday, Kesto said the crew had been trained.', [['Kesto River Lines', 'the crew had been trained', 'reported']]],
		['Harnby Bay Shipping says 212 people were aboard.', [['Harnby Bay Shipping', '212 people were aboard', 'reported']]],
		// a place's feature word at one end still makes a place that does not speak
		['Officials in Tavish Island said the boat was full.', [['Officials in Tavish Island', 'the boat was full', 'reported']]],
		['Port workers told our reporter that dozens more people boarded.', [['Port workers', 'dozens more people boarded', 'reported']]],
		['Pavo Drenik told reporters the ferry began to list after midnight.', [['Pavo Drenik', 'the ferry began to list after midnight', 'reported']]],
		// "that" before a verb is the clause's own subject
		['Families say that is impossible.', [['Families', 'that is impossible', 'reported']]],
		['Fishermen say the boat was full.', [['Fishermen', 'the boat was full', 'reported']]],
		['Traders in both countries say the closure has cost them millions.', [['Traders in both countries', 'the closure has cost them millions', 'reported']]],
		['The border will reopen on Monday, Interior Minister Pavo Drenik announced.', [['Pavo Drenik', 'The border will reopen on Monday', 'reported']]],
		// a clause, its speaker, then a quote that goes on: the clause is reported too
		['Members have lost around $4 million, Orsa Wenlow said, "and nobody has said who will pay".', [['Orsa Wenlow', 'and nobody has said who will pay', 'partial'], ['Orsa Wenlow', 'Members have lost around $4 million', 'reported']]],
		// voices of a wreck: divers, passengers, a ferryman set off by two who-clauses
		['Coast guard divers say most of the missing are still inside the hull.', [['Coast guard divers', 'most of the missing are still inside the hull', 'reported']]],
		["A ferryman who has worked the route for 20 years, who asked not to be named, said overloading on the late run was 'normal, every week'.", [['ferryman', 'normal, every week', 'partial'], ['ferryman', "overloading on the late run was 'normal, every week'", 'reported']]],
	];
	for (const [body, expected] of cases) assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, text, kind]), expected, body);
});

test('quotes: a headline quote before a colon is the person the headline names after it, when the body quotes her', () => {
	const quotesOfArticle = (text: string) => {
		const {speakers, quotes} = extractQuotes(parseArticle('story.txt', text));
		const nameOf = new Map(speakers.map((speaker) => [speaker.key, speaker.name]));
		return quotes.map((quote) => [quote.speakerKey ? nameOf.get(quote.speakerKey) : null, quote.kind, quote.text]);
	};
	const body = 'Foreign Minister Edda Mornet signed the accord on Tuesday. "We will clear every mine," Mornet said.';
	assert.deepEqual(quotesOfArticle(`'They were laid, and we know by whom': Mornet signs strait deal\n\n${body}`), [
		['Edda Mornet', 'direct', 'We will clear every mine'],
		['Edda Mornet', 'direct', 'They were laid, and we know by whom'],
	]);
	// a name the body quotes no one by is no speaker
	assert.deepEqual(quotesOfArticle(`'They were laid, and we know by whom': Tellvik signs strait deal\n\n${body}`), [['Edda Mornet', 'direct', 'We will clear every mine']]);
});

test('people a participle phrase describes speak, not the body or place the phrase names', () => {
	const cases: Array<[string, Array<[string | null, string, string]>]> = [
		['Clerics shuttling between the army and the rebels in Tolvern said on Friday that a deal was "a matter of hours" away.', [
			['Clerics', 'a matter of hours', 'partial'],
			['Clerics', 'a deal was "a matter of hours" away', 'reported'],
		]],
		["Students occupying Marrowick University, on the town's edge, said the campus remained in their hands.", [['Students', 'the campus remained in their hands', 'reported']]],
		['A diplomat following the talks said the pause would be extended.', [['diplomat', 'the pause would be extended', 'reported']]],
		['Officials during the talks said the convoy had left.', [['Officials', 'the convoy had left', 'reported']]],
		// a participle phrase set off by a comma ends before the speaker
		['Police removed students occupying the campus, the ministry said.', [['ministry', 'Police removed students occupying the campus', 'reported']]],
	];
	for (const [body, expected] of cases) assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, text, kind]), expected, body);
});

test('a body’s statement is the body speaking; a plan keeps its own voice', () => {
	assert.deepEqual(quotesOf('A police statement said officers had "secured the perimeter" on Thursday.').map(([speaker, kind]) => [speaker, kind]), [['police', 'partial'], ['police', 'reported']]);
	assert.deepEqual(quotesOf('A Pellisande Front communique said its fighters held the bridge.').map(([speaker, kind]) => [speaker, kind]), [['Pellisande Front', 'reported']]);
});

test('reported clauses: "this" and "as many as" open a clause, a contrast after closed quote marks ends it, a named subject with its apposition is no listener', () => {
	const cases: Array<[string, Array<[string | null, string, string]>]> = [
		['The interior ministry insists this is not an amnesty.', [['interior ministry', 'this is not an amnesty', 'reported']]],
		['The hospital is treating 22 soldiers, and doctors said that as many as nine may need surgery.', [['doctors', 'as many as nine may need surgery', 'reported']]],
		['Police said the square had been "fully cleared" overnight, while the Dunmarrow Fuel Committee said its members were still there.', [
			['Police', 'fully cleared', 'partial'],
			['Police', 'the square had been "fully cleared" overnight', 'reported'],
			['Dunmarrow Fuel Committee', 'its members were still there', 'reported'],
		]],
		['Police insist Orvasse Square, the roundabout at the heart of the town, was cleared on Friday.', [['Police', 'Orvasse Square, the roundabout at the heart of the town, was cleared on Friday', 'reported']]],
	];
	for (const [body, expected] of cases) assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, text, kind]), expected, body);
});

test('a quote credited right after it, "in X’s words" or "in the words of X", is that speaker’s', () => {
	const cases: Array<[string, Array<[string | null, string, string]>]> = [
		["Tolvern says its troops hold the ridge and \"never left it for a minute,\" in Quandt's words.", [
			['Quandt', 'never left it for a minute', 'partial'],
			['Tolvern', 'its troops hold the ridge and "never left it for a minute," in Quandt\'s words', 'reported'],
		]],
		['The pact is "a beginning, not an end", in the words of one diplomat.', [['diplomat', 'a beginning, not an end', 'partial']]],
	];
	for (const [body, expected] of cases) assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, text, kind]), expected, body);
});

test('a quote that opens a sentence with no attribution is the person the sentence before introduces, not an earlier paragraph’s speaker', () => {
	const body = [
		"'We will open the roads,' the minister, Brisella Quandt, said.",
		'At the harbour, the teams work in silence.',
		"Corwenna Tolvern, a fisherman, watched from the school. 'My brother's house was there, by the well. I have waited eight days.",
		"'Yesterday they came. They found my brother at four.'",
	].join('\n\n');
	assert.deepEqual(quotesOf(body).map(([speaker, , text]) => [speaker, text]), [
		['Brisella Quandt', 'We will open the roads'],
		['Corwenna Tolvern', "My brother's house was there, by the well. I have waited eight days."],
		['Corwenna Tolvern', 'Yesterday they came. They found my brother at four.'],
	]);
});

test('a quote after a colon that ends a clause reported inside another is the outer speaker’s', () => {
	const body = 'The Saffron Fund, a lender, issued a statement. Its chief, Brisella Quandt, said the fund had insisted that the transfers start before the first cut: "The sequencing was not negotiable."';
	assert.deepEqual(quotesOf(body).filter(([, kind]) => kind === 'direct').map(([speaker, , text]) => [speaker, text]), [['Brisella Quandt', 'The sequencing was not negotiable.']]);
	// a colon right after the inner verb and its listener opens the inner speaker's words
	assert.deepEqual(quotesOf('Brisella Quandt said the minister told reporters: "We will sign."').filter(([, kind]) => kind === 'direct').map(([speaker]) => speaker), ['minister']);
});

test('a rank before a name takes the office set off after it', () => {
	const {speakers} = extractQuotes(parseArticle('story.txt', 'Invented story for a test\n\nColonel Brisella Quandt, the army spokesman, said the bridge was held.'));
	assert.deepEqual(speakers.map((speaker) => [speaker.name, speaker.role]), [['Brisella Quandt', 'Colonel, army spokesman']]);
});

test('a clause before its speaker ends there: a time after the verb, then what went on as they spoke, is the reporter’s', () => {
	const cases: Array<[string, Array<[string | null, string, string]>]> = [
		['A twelfth soldier has died of his injuries, officials in Tolvern said yesterday, as the first troops began the descent.', [['officials in Tolvern', 'A twelfth soldier has died of his injuries', 'reported']]],
		['The road to the coast is open again, officials said today.', [['officials', 'The road to the coast is open again', 'reported']]],
	];
	for (const [body, expected] of cases) assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, text, kind]), expected, body);
});

test('"there" between a source and its verb places it: "Officials there said"', () => {
	assert.deepEqual(quotesOf('Officials there said the road was open.').map(([speaker, kind, text]) => [speaker, text, kind]), [['Officials', 'the road was open', 'reported']]);
});

test('an outlet reports the clause before it: "…, state media reported.", "…, the official told state broadcaster X."', () => {
	const cases: Array<[string, Array<[string | null, string, string]>]> = [
		['At least 30 people were killed in Brevikar, state media reported.', [['state media', 'At least 30 people were killed in Brevikar', 'reported']]],
		['At least 30 people were killed in Brevikar, state media said.', [['state media', 'At least 30 people were killed in Brevikar', 'reported']]],
		['At least 30 people were killed in Brevikar, the Zentalia news agency reported.', [['Zentalia news agency', 'At least 30 people were killed in Brevikar', 'reported']]],
		['At least 30 people were killed in Brevikar, the local official told state broadcaster Olmstrand TV.', [['local official', 'At least 30 people were killed in Brevikar', 'reported']]],
	];
	for (const [body, expected] of cases) assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, text, kind]), expected, body);
});

test('a body\'s name joined by "for" or "to" is whole: "Physicians for X", "the Committee to Protect X"', () => {
	const cases: Array<[string, string]> = [
		['Physicians for Zentalia Peace said that 20 people were killed.', 'Physicians for Zentalia Peace'],
		['The Committee to Protect Brevikar Olmstrand said that 20 people were killed.', 'Committee to Protect Brevikar Olmstrand'],
	];
	for (const [body, speaker] of cases) assert.deepEqual(quotesOf(body).map(([name]) => name), [speaker], body);
});

test('"A, X said earlier, adding that B": two reported clauses of one speaker', () => {
	const body = 'Around 39 people were pulled from the Brevikar mill overnight, Tamo Zentalia said earlier, adding that 22 people remained trapped.';
	assert.deepEqual(quotesOf(body).map(([speaker, kind, text]) => [speaker, text, kind]), [
		['Tamo Zentalia', 'Around 39 people were pulled from the Brevikar mill overnight', 'reported'],
		['Tamo Zentalia', '22 people remained trapped', 'reported'],
	]);
});
