import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractClaims} from '../../../source/core/extract/claims.js';
import {parseArticle} from '../../../source/core/parse-article.js';

/** The claims of a short article, one line each: place | claim | claimant | disputedBy. */
function claimsOf(text: string): string[] {
	const article = parseArticle('t.txt', `Lead line that is long enough to be body text and not a headline at all.\n\n${text}`);
	return extractClaims(article).map((claim) => [claim.place, claim.claim, claim.claimant, claim.disputedBy].join(' | '));
}

const cases: [string, string[]][] = [
	// ground taken, with extent carried over a list and a denial after it
	[
		'Azerbaijani forces claim to have seized the town of Marest and parts of Ostrel and Brana, although Armenia has denied these reports.',
		['Marest | seized | Azerbaijan | Armenia', 'Ostrel | parts of Ostrel seized | Azerbaijan | Armenia', 'Brana | parts of Brana seized | Azerbaijan | Armenia'],
	],
	['Russia says it has captured most of Dovhe. Ukraine denies the claim.', ['Dovhe | most of Dovhe captured | Russia | Ukraine']],
	// "fire bombs", "fire engines": a compound of fire is no fire reported there
	['"Our officers faced fire bombs at Lorne," the police chief said.', []],
	// ground held and built on is claimed too
	['Norland says Osterran troops have fortified Kell Rock, north of the reef.', ['Kell Rock | fortified | Norland | ']],
	['Rebel fighters are close to capturing the river port of Senna.', ['Senna | close to capturing Senna |  | ']],
	['Russian troops entered Hlyboke on Friday. Neither side’s account can be independently verified.', ['Hlyboke | entered | Russia | unverified']],
	['Paramilitary forces said they had taken full control of El Marun. The army denied the claim.', ['El Marun | taken | Paramilitary forces | The army']],
	['Ukraine says it has retaken the villages of Zolota and Pishchane, though this could not be independently verified.', ['Zolota | retaken | Ukraine | unverified', 'Pishchane | retaken | Ukraine | unverified']],
	['Israeli troops advanced into Rafah on Tuesday, the military said.', ['Rafah | advanced into | Israel |']],
	['Thai officials said Cambodian troops had taken the village of Ban Kruat, a claim Phnom Penh rejected.', ['Ban Kruat | taken | Thailand | Cambodia']],
	// a speaker's tag after a closing quote ends the list; a side's second "that" clause; an owner's base placed by its town
	['"Our troops retook Vessen on Monday and Orrik on Sunday," the minister added.', ['Vessen | retaken |  | ', 'Orrik | retaken |  | ']],
	['It says it withdrew "to spare lives" and that it still controls Marrow Ford and the road south.', ['Marrow Ford | controls |  | ']],
	['The firm said it would expand and that it controls Brakel Mills.', []],
	['Gunmen stormed the UN base outside Tavrosk before dawn.', ['Tavrosk | stormed |  | ']],
	['Rebel fighters stormed the Varnek base near Tavrosk before dawn.', ['Varnek base near Tavrosk | stormed |  | ']],
	// strikes on a place
	['An airstrike hit a market in the town of Wad Madani, killing 12 people.', ['Wad Madani | hit |  |']],
	['Drone attacks hit Dorvan for a third night, the mayor said.', ['Dorvan | hit | the mayor |']],
	['An Israeli airstrike on Khan Rafa killed 12 people, according to Health Minister Omar Saleh.', ['Khan Rafa | struck | Omar Saleh | ']],
	['India said it struck nine Pakistani sites. Pakistan said six Pakistani locations were targeted.', ['Pakistan | struck | India | Pakistan (says 6)', 'Pakistan | targeted | Pakistan | ']],
	['The army said its missiles hit two air bases and the Tarvo Air Base in the north.', ['air bases | hit | The army |', 'Tarvo Air Base | hit | The army |']],
	['The Kelvar airfield and Sorn Naval Station were also hit, the military said.', ['Kelvar airfield | hit | the military | ', 'Sorn Naval Station | hit | the military | ']],
	['The border district of Amber witnessed heavy shelling overnight.', ['Amber | came under shelling |  | ']],
	['Ukrainian drones hit an oil refinery in Russia’s Saratov region, the governor said.', ['Saratov | hit | the governor |']],
	['The rebels claimed an attack on a cargo ship in the Red Sea, which the US Navy disputed.', ['Red Sea | struck | The rebels | United States']],
	// a denial in the next sentence belongs to that sentence's own claim
	['Drones hit a depot in Dorna. Moscow said it had liberated Ostrava, a claim Kyiv did not confirm.', ['Dorna | hit |  |', 'Ostrava | liberated | Russia | Ukraine']],
	// disputes: a denial after a quote, a denial that reports the claim, 'all intercepted', a military target named for a deadly strike
	[
		'The army said its troops had captured Mount Ardo on Friday. "Mount Ardo is ours. The valley is open," a colonel said.\n\nThe rebels denied this.',
		['Mount Ardo | captured | The army | The rebels'],
	],
	['The militia again denied that the army had taken Mount Ardo.', ['Mount Ardo | taken | the army | The militia']],
	['The rebels said they had hit the naval base at Port Selm with drones. The navy said all the drones had been intercepted.', ['Port Selm | hit | The rebels | The navy']],
	[
		'In Varos, an air strike hit a crowded market, killing 12 people, according to local medics. A general said the strike had targeted an ammunition depot used by the militia.',
		['Varos | hit | local medics | A general'],
	],
	['In Varos, a missile hit the main depot, the army said.', ['Varos | hit | the army |']],
	['The army also said it had struck a command post in Kelm.', ['Kelm | struck | The army |']],
	['The Front said its fighters had seized the town of Kalvo. The defence ministry said the claim was false.', ['Kalvo | seized | The Front | The defence ministry']],
	['The army said its jets had struck a training camp outside Dorsa. The rebels dismissed the army’s claims as propaganda.', ['Dorsa | struck | The army | The rebels']],
	['Drones hit the Savo power station overnight, local officials said. There was no independent confirmation.', ['Savo power station | hit | local officials | unverified']],
	['The paramilitary group said it had taken control of the airport in Tarsen, a claim the army called "a lie".', ['Tarsen | taken | The paramilitary group | the army']],
	['Militants stormed a police post in Sadda, killing six officers, officials said.', ['Sadda | stormed | officials |']],
	['Forces loyal to the general advanced to the outskirts of Brell, witnesses said.', ['Brell | the outskirts of Brell advanced to | witnesses |']],
	[
		'The strike on the Halo refugee camp killed 31 people, according to the camp’s administrators. The army said it had targeted militants hiding in the camp.',
		['Halo | struck | camp’s administrators | The army'],
	],
	['The army said it struck a command post in Kelm, killing 12 militants. The army said it had targeted militants.', ['Kelm | struck | The army |']],
	['The mining company said it had taken over the Tarsen mine.', []],
	['Kyrin said its forces had captured the village of Lesno. Tavia called the report "fake news".', ['Lesno | captured | Kyrin | Tavia']],
	['Kyrin said its forces had captured the village of Lesno, but Tavia’s army insisted the village remained under its control.', ['Lesno | captured | Kyrin | Tavia’s army']],
	// "the ridge" points back to the one ridge named: the rebels' hold is a claim of its own, disputed by the army's
	['The army said it had taken Duvo Ridge. The rebels said their fighters still held the ridge.', ['Duvo Ridge | taken | The army | The rebels', 'Duvo Ridge | controls | The rebels | The army']],
	['Kyrin claims to have encircled Dvor, which Tavian officials deny.', ['Dvor | encircled | Kyrin | Tavian officials']],
	['Drones struck an oil depot in Marsk, the governor said. Kyrin said all 40 drones had been shot down.', ['Marsk | struck | the governor | Kyrin']],
	['The army said it had taken Lesno. There was no immediate comment from the rebels.', ['Lesno | taken | The army |']],
	// ground told by a noun, a relative clause, a place that has fallen, a siege told as fact
	['Tavian forces completed the liberation of Brisk on Sunday, the army said. Kyrin said its troops still held the eastern half of the town.', ['Brisk | liberated | the army | Kyrin']],
	['Kyrin’s army announced the capture of Lesno. The Tavian general staff denied the claim.', ['Lesno | captured | Kyrin’s army | The Tavian general staff']],
	['Fighting raged around Osk, a town on the river that Tavia says it has captured. Kyrin says its troops still hold the northern half.', ['Osk | captured | Tavia | Kyrin']],
	['The ministry says Tavian claims that Osk has fallen are “false”.', ['Osk | fallen | Tavian | The ministry']],
	['Aid convoys will enter the besieged town of Marn for the first time since June.', ['Marn | besieged |  |']],
	['“Claims from Tavia that Osk has fallen are false,” the general said.', ['Osk | fallen | Tavia |']],
	['Tavia says its forces retook Osk on Sunday; Kyrin insists its units still hold the town’s east. Neither account could be confirmed by Daily Wire.', ['Osk | retaken | Tavia | Kyrin']],
	// strikes forbidden or halted are a deal's terms, not claims; people of a side are no place; targets around a place
	['Both sides agreed to stop striking power plants and to halt their strikes on Kyrin’s grid.', []],
	['Tavian forces retook Osk and captured 23 Kyrini soldiers.', ['Osk | retaken |  |']],
	['Tavian strikes on substations around Marn left 9,000 homes without power.', ['Marn | struck |  |']],
	['Since the fall of Marn in 2019, the valley has been quiet.', []],
	['The city of Marn is surrounded by hills and vineyards.', []],
	// strikes told with other verbs, an accusation with its place, a force under fire placed after it
	['The army said a drone strike had destroyed an oil depot near Tarsk.', ['Tarsk | destroyed | The army |']],
	['A fire destroyed an oil depot near Tarsk on Monday.', []],
	['Armed Kyrin groups attacked the Lorva pumping station overnight, the interior ministry said. Kyrin has denied that its citizens attacked the station.', ['Lorva | attacked | the interior ministry | Kyrin']],
	['Tavia accuses Kyrin troops of crossing the border to blow up the bridge at Selm. Kyrin says its soldiers never crossed the border.', ['Selm | accused of crossing the border to blow up the bridge | Tavia | Kyrin']],
	['The opposition accused the government of selling out farmers in Selm.', []],
	['Kyrin accused Tavian forces of shelling the town of Brisk overnight. Tavia called the accusation “propaganda”.', ['Brisk | accused of shelling | Kyrin | Tavia']],
	['Kyrin accused Tavia of shelling Kyrin.', []],
	['Kyrin says its guards came under fire from Tavian gunmen at Orsk.', ['Orsk | came under fire | Kyrin |']],
	// disputes: a rival's claim rejected with its coreferent, a military target, the claimant's quote passed over
	[
		'A Kyrin military source said the road would open on Monday. The same source rejected Tavian accusations that Kyrin artillery shelled the centre of Osk, killing two civilians.',
		['Osk | shelled | Tavian | Kyrin'],
	],
	['Tavia said Kyrin artillery shelled Osk, killing two civilians. Kyrin said its guns fired only at military positions outside the town.', ['Osk | shelled | Tavia | Kyrin']],
	['Kyrin’s defence ministry said its forces had taken the village of Lesno.\n\n“Lesno is ours,” the spokesman said.\n\nTavia’s military denied the claim.', ['Lesno | taken | Kyrin’s defence ministry | Tavia’s military']],
	// a strike reported as fact, not a claim: no dispute invented; a denial that names no claim
	['Drones hit an oil depot in Varna overnight. The ministry denied any involvement.', ['Varna | hit |  |']],
	// a toll one side gives and another rejects
	[
		'Residents of the mountain village of Oruz say at least 40 people died there. The ministry lists 9 deaths in Oruz. The governor rejected the residents’ figure on Sunday.',
		['Oruz | at least 40 killed | Residents | The governor'],
	],
	['Residents say 40 people died in Oruz. The governor rejected the accusation of a cover-up.', []],
	// a crackdown on a crowd is a toll, not a side's claim on the place; "troops held X" told by a spokesman is one
	['Soldiers opened fire on demonstrators near Kestrow Square on Sunday, witnesses said.', []],
	['Its spokesman, Major Orwin Quorrin, said troops held Pellmarsh airport and the state radio. The protest movement disputes both claims.', ['Pellmarsh airport | controls |  | The protest movement']],
	['The minister said troops held talks with elders in Pellmarsh.', []],
	// a collision placed in the paragraph before one that opens on the two sides' accounts
	[
		"The trawler Morvan Star and the patrol cutter Estrel collided in the Harrow Sound on Friday. Two crew were hurt.\n\nEach side blames the other. Tavia's navy says the trawler rammed the cutter; Kyrin says the cutter cut across the trawler's bow.",
		["Harrow Sound | rammed | Tavia's navy | Kyrin"],
	],
	["The trawler Morvan Star and the patrol cutter Estrel collided in the Harrow Sound on Friday. Two crew were hurt.\n\nTavia's navy says the trawler rammed the cutter.", []],
	// a side's hold told as fact, which the other side calls illegal; a firm's is no claim
	['Norland has administered Kell Island since 1958 and built a runway there. Osterra says the occupation is illegal.', ['Kell Island | controls | Norland | Osterra']],
	['Acme has controlled the Brakel Mills since 2010, and its shares rose on Monday.', []],
	// a siege told in apposition rings the name before it; a nationality word before "city of" is no place besieged
	['Aid reached Varlow, the besieged district of the Kessari city of Tolm, on Monday.', ['Varlow | besieged |  | ']],
	['Aid reached the besieged district of the Kessari city of Tolm on Monday.', []],
	// another side laying the act on someone else disputes it; two sides doing so blame each other; a side's own blame is no dispute
	['Shells struck the market in Velgrad, the army said. The rebels blame army gunners.', ['Velgrad | struck | the army | The rebels']],
	['Shells struck the market in Velgrad on Monday, residents said. The government blamed rebel mortar crews; the rebels said the shells came from army positions.', ['Velgrad | struck | residents | each side']],
	['The army said its shells struck rebel positions in Velgrad. The army blamed the rebels for the war.', ['Velgrad | struck | The army | ']],
	['The governor rejected the residents’ figure of 40 deaths in the village of Oruz.', ['Oruz | 40 killed | residents | The governor']],
	['Local officials in Tarn say as many as 30 people died in the town. The interior minister dismissed the local figures as speculation.', ['Tarn | as many as 30 killed | Local officials | The interior minister']],
	// a nationality word the lexicon does not know, used before its noun, is no place; a city before its port still is
	['Marvish drones struck Tarnholm overnight, the governor said.', ['Tarnholm | struck | the governor |']],
	['Months of Velorian raids on Kessari ports closed the coast to shipping.', []],
	['The rebels said they had destroyed four Velorian tanks in an ambush near Orrin.', ['Orrin | destroyed | The rebels |']],
	['Rebel drones hit Tarnholm port overnight.', ['Tarnholm port | hit |  |']],
	// a vessel sunk off an island; the kind of target alone ("ports") is no place, a named one after it is
	['The navy said it had sunk a Velorian frigate off Kesh Island. Velor’s defence ministry denied that any of its ships had been lost.', ['Kesh Island | sunk | The navy | Velor’s defence ministry']],
	['Strikes on ports and grain silos have cut exports by half.', []],
	['The army said its missiles hit airbases, including Dorn Air Base.', ['Dorn Air Base | hit | The army |']],
	['The stock sank 4% in Tarnholm trading.', []],
	// disputes: "no tank was lost" with its speaker, a claim to have struck called fiction, every missile intercepted
	['The rebels said they had destroyed three tanks near Orrin. "One truck was damaged. No tank was lost," army spokesman Colonel Ivo Marek said.', ['Orrin | destroyed | The rebels | army spokesman Colonel Ivo Marek']],
	['The rebels’ claim to have destroyed three tanks near Orrin was “pure fiction”, the general said.', ['Orrin | destroyed | The rebels | the general']],
	['Velor says its missiles destroyed a fuel depot at Kesh; Marvia says every missile was intercepted.', ['Kesh | destroyed | Velor | Marvia']],
	['“Orrin is ours,” said General Ivo Marek. The rebels’ claim to have destroyed three tanks near Orrin was a lie, he said.', ['Orrin | destroyed | The rebels | General Ivo Marek']],
	['The rebels’ claim to have destroyed three tanks near Orrin was a lie, he said.', ['Orrin | destroyed | The rebels | its speaker']],
	['The Front also said it had destroyed two tanks near Orrin.', ['Orrin | destroyed | The Front |']],
	['Velor said its drones had hit an oil terminal at Kesh. Marvian officials said the drones had been shot down and the terminal was undamaged.', ['Kesh | hit | Velor | Marvian officials']],
	['The admiral dismissed Velorian propaganda that missiles had destroyed a depot at Kesh.', ['Kesh | destroyed | Velorian | The admiral']],
	// a whole region described as besieged is a war's setting, not a claim
	['The plan would end the war over the besieged Marran Coast.', []],
	// ground cleared; a facility on or near a named place names the place; a named facility with a number is its own place
	['The army said it had cleared the Harbour District on Sunday. The rebels said their fighters still held the fish market.', ['Harbour District | cleared | The army | The rebels']],
	['Parliament cleared the Trade Bill on Monday.', []],
	['Engineers cleared the Selvo road of rubble.', []],
	['Rebel fighters said they had taken the water tower on Pell Hill overnight.', ['Pell Hill | taken | Rebel fighters |']],
	['The rebels said they had destroyed two tanks near the village of Orrin.', ['Orrin | destroyed | The rebels |']],
	['The army said it had taken 40 prisoners near the village of Orrin.', []],
	['The army said it destroyed two T-72 tanks near Orrin.', ['Orrin | destroyed | The army |']],
	['Drones struck the Tarn-2 power station in Velor overnight, the ministry said.', ['Tarn-2 | struck | the ministry |']],
	['Drones attacked a pumping station on the Selva pipeline, the ministry said.', []],
	['The Front also claims to have captured the bridge at Orvo.', ['Orvo | captured | The Front |']],
	['Troops moved on Lisk, a river town the rebels said they had taken on Friday. The army says it recaptured the town on Sunday.', ['Lisk | taken | the rebels | The army', 'Lisk | recaptured | The army | the rebels']],
	// disputes: the other side is still there, took the place back, had left it before; a rejected claim; a denied accusation
	['The navy says it took Kasso Island on Friday; the rebels say their men are still there.', ['Kasso Island | taken | The navy | the rebels']],
	['The rebels said they had captured Morrow. A government spokesman told Radio Kell the town was still in army hands.', ['Morrow | captured | The rebels | A government spokesman']],
	['The army said its troops had taken Besk on Monday. The militia said on Tuesday that its fighters remained in control of the town.', ['Besk | taken | The army | The militia']],
	['The militia said it had seized Orlo on Saturday. The army said on Sunday that it had retaken the town.', ['Orlo | seized | The militia | The army']],
	[
		'The rebels said they had taken the radio mast on Pell Hill. Colonel Ivo Marek, who commands the northern sector, said the mast had been empty for a month.',
		['Pell Hill | taken | The rebels | Colonel Ivo Marek'],
	],
	['The rebels claim to have captured the barracks at Sarn, which the army says it had already abandoned.', ['Sarn | captured | The rebels | the army']],
	['The Front also says it captured the bridge at Orvo, a claim the army rejects.', ['Orvo | captured | The Front | the army']],
	['Residents accused soldiers of killing nine farmers in the village of Tarsa. The army denied the accusation.', ['Tarsa | accused of killing nine farmers | Residents | The army']],
	// strikes told after their target, by the fire they set, by their dead at a place; a claim to have taken with its day
	['On the eastern side, the Tarn-2 plant, hit by Velorian drones on the same night, was still dark.', ['Tarn-2 | hit |  |']],
	['Officials said the Selm bridge, destroyed by rebel artillery in May, would reopen.', ['Selm | destroyed | Officials |']],
	['The Tarn-2 plant, which was built by Velorian engineers, is old.', []],
	['Velorian drones set the Tarn-2 station ablaze on Saturday.', ['Tarn-2 | set ablaze |  |']],
	['Protesters set cars on fire in Dorva.', []],
	['On Monday its rockets killed four villagers in Lesk. Mr Ivo Dran, the rebels’ spokesman, calls that "a lie".', ['Lesk | struck |  | Mr Ivo Dran']],
	['The army says your fighters fired the rockets that killed four people in Lesk on Monday.', ['Lesk | struck | The army |']],
	// a long s folds onto s as in any case-insensitive Unicode pattern: the weapon is still read
	['On Monday its rocket ſhells killed four villagers in Lesk.', ['Lesk | struck |  | ']],
	['A suicide bomb killed five people in Dorva.', []],
	['The storm damaged homes in Dorva.', []],
	['Shells hit the market in Lesk. The mayor called it a tragedy.', ['Lesk | hit |  |']],
	["Kyrin's claim on Sunday to have taken the Osk district of Port Vell, which the Front denies, was a reminder.", ['Osk | taken | Kyrin | Front']],
	// a place told by a noun that points back ("the town", "the station"); a taking and its reversal dispute each other
	[
		'The rebels said they had captured Morrow, a market town on the river. The army said on Sunday that it had retaken the town.',
		['Morrow | captured | The rebels | The army', 'Morrow | retaken | The army | The rebels'],
	],
	['The Selm pumping station supplies half the valley. The ministry said two drones had struck the station overnight.', ['Selm | struck | The ministry |']],
	['The rebels said they had captured Morrow, a market town. The army denied that the town had fallen.', ['Morrow | captured | The rebels | The army']],
	['The Selm bridge is old. Officials said the bridge would close on Monday.', []],
	// ground a side says it holds; the account it contradicts disputes it; a holding against a taking
	['Kyrin says it now controls the Osk district of Port Vell; the Front says it still holds it.', ['Osk | controls | Kyrin | the Front']],
	['Contrary to the ministry’s claims, rebel fighters remained in control of Lisk and its airport on Tuesday, their spokesman said.', ['Lisk | controls |  | ministry']],
	['The army said its troops had taken Lisk. The rebels said their fighters remained in control of Lisk on Tuesday.', ['Lisk | taken | The army | The rebels', 'Lisk | controls | The rebels | The army']],
	['The company says it controls half the market in Dorva.', []],
	// killings a force is accused of at a place, and their denial; fire reported at a place
	['Rights campaigners say 47 villagers were killed in Lesk last week by soldiers and militiamen. The army denies having any forces there.', ['Lesk | killings |  | The army']],
	['The general dismissed reports that soldiers had killed civilians at Lesk as propaganda.', ['Lesk | killings |  | The general']],
	['Three people were killed in Lesk by a landslide.', []],
	['Police said the gunmen had killed three worshippers at the Selm mosque.', []],
	// a war's toll summed is a figure, not one strike
	['Strikes have killed more than 4,000 people in Lesk since May, the ministry said.', []],
	['Shelling killed 480 civilians in Lesk over the past six weeks.', []],
	['Monitors reported small-arms fire in the Harbour District and one mortar round near Pell Hill.', ['Harbour District | came under fire | Monitors |', 'Pell Hill | came under fire | Monitors |']],
	['A fire in the warehouse near Pell Hill spread overnight.', []],
	['A humanitarian corridor will let civilians leave Osk, a Tavian-held town of about 9,000 people that Kyrin forces have encircled since May.', ['Osk | encircled |  |']],
	// a labour strike is no military strike; a body named "Union" does not make one
	['Miners went on strike at the Tarn mine in May.', []],
	['The strike at the Velo copper mine entered its third week, the union said.', []],
	['Workers ended their strike at Port Kell on Monday.', []],
	['The strike hit production at the Velo mine, the company said.', []],
	['A general strike in Dorva closed shops and schools.', []],
	["Dockers' strikes in Port Kell have delayed grain exports.", []],
	['Prisoners began a hunger strike in Selm jail.', []],
	['A drone strike on the Velo mine killed three workers, the union said.', ['Velo | struck | the union |']],
	['The rebels’ strike on Dorva killed two, the Eastern Union of Churches said.', ['Dorva | struck | the Eastern Union of Churches |']],
	// an accused attack against a place, and the act denied
	["On Monday Kyrin accused Tavia of sending three drones against the Selm gas compressor station; Tavia's general staff denied launching any.", ["Selm | accused of sending three drones | Kyrin | Tavia's general staff"]],
	['Kyrin said Tavian artillery shelled Osk. Tavia denied firing on the town.', ['Osk | shelled | Kyrin | Tavia']],
	['Tavian drones struck the Selm depot. Tavia denied any involvement.', ['Selm depot | struck |  |']],
	// an article joined to the next word stays in the place's name
	['The army said rebel mortars struck the Souk al-Varra market on Friday, killing 19 people.', ['Souk al-Varra market | struck | The army |']],
	// a denial about another place is no dispute of this one
	['The army said its jets destroyed a depot near Varna. The general dismissed reports that soldiers had shot civilians at Kelso as propaganda.', ['Varna | destroyed | The army |']],
	// not claims: aims, causes, non-military verbs, people
	['Kyrin wants the ability to strike deep into Norland.', []],
	['The strikes came in retaliation for a deadly attack in Pell last month.', []],
	['China took countermeasures and the United States took note.', []],
	['Indian tourists entered Nepal through the northern crossing.', []],
	['Chinese investors took over Pirelli last year.', []],
	['Tariffs hit Chinese goods hard this year.', []],
	['The US and China struck a deal in Geneva after two days of talks.', []],
	['Stocks hit a record high in Tokyo.', []],
	['Strikes on the grid hit Norland hardest: 90,000 homes lost power.', []],
	['Washington hit Beijing with new tariffs on Friday.', []],
	['The storm hit Florida on Wednesday, knocking out power to thousands.', []],
	['Among those hit were three Rafales and a MiG-29.', []],
	// incidents told by one side, placed by the phrase after their object, and the other side's version as the dispute
	['Tarvian border guards opened fire on a Morlesh patrol near the Kessel crossing before dawn, the Morlesh army said. Tarvia said its guards had only returned fire.', ['Kessel | opened fire on | the Morlesh army | Tarvia']],
	['Air defences shot down a drone over the village of Ostrin, the Dalmar defence ministry said. Kelvia said the drone was unarmed and came down over its own territory.', ['Ostrin | shot down | the Dalmar defence ministry | Kelvia']],
	['The coast guard cutter Arvo rammed the trawler Maris about six nautical miles off Pellan Island, Selvan officials said. Ostrel says the trawler rammed the cutter.', ['Pellan Island | rammed | Selvan officials | Ostrel']],
	['Shelling hit civilian areas of Varno on Monday, the regional governor said. The rebels denied firing on the town.', ['Varno | hit | the regional governor | The rebels']],
	['An exchange of fire at the Dresk crossing killed two soldiers, with each side blaming the other.', ['Dresk | exchange of fire |  | each side']],
	// a shooting is claimed by the side it was done to, named by the article's own adjective for it
	['Orlovan border forces opened fire on a Tessaran patrol near the Dask crossing. Tessara called it a provocation.', ['Dask | opened fire on | Tessara |']],
	['Kelvan air defences brought down a drone over the village of Ister. Kelva said the wreckage was being examined.', ['Ister | shot down | Kelva |']],
	// the other side's version in its own quote, a denial that it fired at all, a denied ceasefire violation
	['Tessaran air defences shot down a drone over the village of Ister. "The drone was unarmed and came down over our own territory," the Orlovan defence ministry said.', ['Ister | shot down |  | the Orlovan defence ministry']],
	['The Orlovan coast guard fired warning shots at a Tessaran trawler near the Kell Banks, Tessara said. Orlova said its vessels had not fired at anyone.', ['Kell Banks | fired warning shots at | Tessara | Orlova']],
	['Separatists violated the ceasefire near Dolsk on Sunday, the army said. The separatists denied the incident.', ['Dolsk | violated the ceasefire | the army | The separatists']],
	// fire with its weapon named, a place told by its kind, a passive downing the drone's own side answers
	['Orlovan troops fired artillery at a Tessaran post in the village of Brisk overnight, Tessara said.', ['Brisk | fired on | Tessara |']],
	['The village of Ketta was shelled overnight, the governor said.', ['Ketta | shelled | the governor |']],
	['A Tessaran drone was shot down over Kell. Tessara said the drone had lost contact and crashed.', ['Kell | shot down |  | Tessara']],
	// a spokesman named by his side's adjective answers: the village stayed in its hands, the assault was repulsed
	['The Asperan army also said it had recaptured the hilltop village of Sorn. A Doreni military spokesman, Major Ilan Vask, said the village remained in Doreni hands and that the Asperan assault had been repulsed.', ['Sorn | recaptured | The Asperan army | A Doreni military spokesman', 'Sorn | controls | Doreni military | The Asperan army']],
	// "a Doreni town" describes the place before it
	['Artillery shells hit residential areas of Beltra, a Doreni town near the frontier, local officials said.', ['Beltra | hit | local officials |']],
	// whose waters is no place: the shoal named after it is; "an accident" is the other side's version
	["The Mariscan fisheries ministry said the frigate Valour had rammed the trawler Estrela in Mariscan waters, about 12 nautical miles north of Gannet Bank. Tolvenia's navy said the crash was an accident.", ["Gannet Bank | rammed | The Mariscan fisheries ministry | Tolvenia's navy"]],
	['Government forces and rebels traded fire overnight around Mesk, residents said, each blaming the other for breaking the truce.', ['Mesk | exchanged fire | residents | each side']],
	// peacekeepers under fire; "responded to mortar fire" answers a shelling; the list ends at its speaker ("the Front said")
	['Peacekeepers came under fire near the town of Ardis on Wednesday.', ['Ardis | came under fire |  |']],
	['Government artillery shelled separatist positions near Velk overnight, the Front said, killing three fighters. The defence ministry said its units had only responded to mortar fire from Velk.', ['Velk | shelled | the Front | The defence ministry']],
	// ground taken by driving the other side out, answered by a withdrawal said to be its own choice
	['The Front also claimed to have pushed government forces out of Tarsa, a village on the demarcation line. The ministry said its troops had withdrawn from Tarsa in line with the ceasefire.', ['Tarsa | pushed out | The Front | The ministry']],
	// ground regained, taken back, secured, or said to be under a side's control
	['Government forces regained the town of Ostra on Friday, the army said.', ['Ostra | regained | the army |']],
	['Rebels said they had taken back the village of Moro after a counterattack.', ['Moro | taken back | Rebels |']],
	['The rebels said Halden was now under their control. The army denied this.', ['Halden | controls | The rebels | The army']],
	['Brisk remains under rebel control, the Front said.', ['Brisk | controls | the Front |']],
	['Talks on the Aldemar text remained in the hands of the ministers.', []],
	// a landing accused at a place, answered by the place's long administration
	['Namuria accused Corvessa of landing marines on Quillon Cay, a sandbank east of the reef. Lisarro says the cay has been under Corvessan administration for decades.', ['Quillon Cay | accused of landing marines | Namuria | Lisarro', 'Quillon Cay | controls | Lisarro |']],
	// munitions that land or explode at a place; a plane landing or a gas main exploding is none
	['Two rockets landed near the village of Ossa overnight, the army said.', ['Ossa | struck | the army |']],
	['Mortar rounds exploded in the centre of Brisk, killing a child, residents said.', ['Brisk | struck | residents |']],
	["The president's plane landed in Velk on Monday.", []],
	['A gas main exploded in Velk, firefighters said.', []],
	// first-person claims in a quote: the speaker's side took or holds the place
	['"We have liberated Itra and the villages around it," Colonel Ivo Sand said.', ['Itra | liberated | Colonel Ivo Sand |']],
	['"Our troops hold Brisk and will not leave," the rebel commander said.', ['Brisk | controls | the rebel commander |']],
	['"We have taken over Kell Holdings," the chief executive said.', []],
	// no battlefield: a migrant boat stopped at sea, staff fired, a company taken over
	['The Italian coast guard intercepted a boat carrying 40 migrants off Lampedusa.', []],
	['A Chinese firm fired 200 managers at the Kell plant.', []],
	['Acme is now in Chinese hands after the takeover.', []],
	// "It said …": the body the sentence before named
	["Tessaran air defences shot down an Orlovan drone over Kell. Orlova's defence ministry issued a statement. It said the drone was unarmed.", ["Kell | shot down |  | Orlova's defence ministry"]],
	// a ban, an aim, a police action or a clash at a mine is no side's incident
	['Police say three people were killed in clashes at the Harl colliery.', []],
	['The pact bans ramming and forbids vessels to open fire near the Kell Banks.', []],
	['Police opened fire on protesters near the Lorne stadium.', []],
	['Kenyan police fired tear gas at protesters in Nairobi on Tuesday.', []],
	// the claimant through a spokesman set off by commas; "its fighters" are the body's
	["The Front's spokesman, Ivo Darel, said its fighters had recaptured the town of Selm.", ['Selm | recaptured | The Front |']],
	["The rebels say they still hold Itra and the hill villages around Sennik.", ['Itra | controls | The rebels |', 'Sennik | controls | The rebels |']],
	// ground said taken, answered: fighting goes on, the attack was repelled, the place never left the other's hands
	['The army says it has cleared the Dornik district. The rebels say fighting is continuing there.', ['Dornik | cleared | The army | The rebels']],
	['The Front says it seized the Velka bridge. The army says the attack was repelled within hours.', ['Velka | seized | The Front | The army']],
	['Rebels said they had taken the Ostra bridge. The army said the bridge never left government hands.', ['Ostra | taken | Rebels | The army']],
	["Colonel Ana Brel dismissed the rebels' claim to have seized the bridge at Tolk as propaganda.", ['Tolk | seized | rebels | Colonel Ana Brel']],
	// … but a taking back of another place in it answers nothing
	['The army said it had captured the village of Ossa. The rebels said they had retaken the town of Brisk.', ['Ossa | captured | The army |', 'Brisk | retaken | The rebels |']],
	// a next sentence with a claim of its own still answers this one with a side's words
	["The army said its troops had taken the Pel district. The Front's commander, Mira Osk, said its fighters still held the eastern end of the district and had retaken the Kors Hills.", ["Pel | taken | The army | The Front's commander", 'Kors Hills | retaken | The Front |']],
	// a protest movement's word that its people hold streets or a place; a quote's "We hold X" only when the name ends its clause
	['Hours before the vote, the movement said its supporters still held the streets of Lissa and Oram, two districts of the capital.', ['Lissa | controls the streets | the movement |', 'Oram | controls the streets | the movement |']],
	["Marta Sell, the union's spokeswoman, boasts that her \"peaceful protesters\" control the streets of Dorve.", ['Dorve | controls the streets |  |']],
	["'We hold Dunmere, and we will hold it until the talks end,' she said.", ['Dunmere | holds |  |']],
	["'We hold Acme Holdings responsible for every lost job,' she said.", []],
	['Hundreds of protesters marched through the streets of Dorve on Saturday, police said.', []],
	['The opposition says its supporters held a rally in Lissa.', []],
	// the authorities' word that a blockade was lifted is a claim only when the blockaders answer it
	["The police chief said the Vell bridge, blocked by protesters for a week, had been reopened on Monday. The movement's organiser in the city, Ana Roe, disputed that.", ['Vell | reopened | The police chief | Ana Roe']],
	['Police said the Vell bridge, blocked by farmers since Monday, had been reopened.', []],
	// a side's boats seized at sea near a named place, disputed by the side whose waters it says they were
	['The Ostran coast guard seized two Velmaran trawlers near Varnholt Island on Friday. Velmara says its boats have fished those waters for generations.', ['Varnholt Island | seized trawlers |  | Velmara']],
	['In June Velmara answered by detaining three Ostran boats off the Sable Ridge, which Ostra says lies in waters both fleets have always shared.', ['Sable Ridge | detained boats |  | Ostra']],
	['Police arrested two Ostran fishermen near Varnholt Island on drug charges.', []],
	['The company said it seized the chance to expand near Varnholt Island.', []],
	['Three Velmaran trawlers were seized near Varnholt Island by the Ostran coast guard on Friday.', ['Varnholt Island | seized trawlers |  |']],
	['The coast guard said it had detained the Velmaran-flagged trawler Aud off Kell Island.', ['Kell Island | detained trawler | The coast guard |']],
	['The Ostran navy seized a tanker off Kell Island on Sunday.', ['Kell Island | seized tanker |  |']],
	['Two Velmaran fishermen were arrested near Varnholt Island by police on drug charges.', []],
	['Customs officers seized a yacht near Port Vell.', []],
	// riot police retaking a site from protesters; police clearing an area for a suspicious package is no claim
	['The interior ministry said riot police had cleared Ferro Square, where protesters had camped for a month.', ['Ferro Square | cleared | The interior ministry |']],
	['Police cleared the area around Kings Cross after a suspicious package was found.', []],
	// a collision placed in one sentence and told two ways a sentence or two after it
	["The ferry Nordlys and the Ostran cutter Vigil collided in fog on the Harl Bank. Two crew were hurt. Ostra says the ferry turned across the cutter's bow; Velmara's coast guard says the Vigil rammed the ferry.", ["Harl Bank | rammed | Velmara's coast guard | Ostra"]],
	['Two cars collided on the Harl Bridge on Monday. The driver rammed the barrier.', []],
	// "says it holds": a side's word on ground it holds; "the pass never changed hands" disputes it
	['The Front says it holds the Dask Pass summit; the army says the pass never changed hands.', ['Dask Pass | controls | The Front | the army']],
	// a war's toll summed up names where strikes fell over months, not a claim of the day
	['At least 29 sailors have been killed in attacks on shipping since March, most of them in Tavian strikes on Port Varnholt, according to the union.', []],
	// an offensive "in" a valley is where a campaign was fought, not a place struck
	['The fighting began on 4 May, when the army launched an offensive in the Kova valley.', []],
	// not claims of the day: a war's history, a part of a country
	['The war began in 2019, when rebel fighters seized the town of Hallin.', []],
	["Rebel fighters seized much of Dravia's east.", []],
	// armed groups of no state take, expel and burn: the claim is theirs or their victims', the denial another's
	['The farmers say armed herders overran Kesto on Monday. Ambo Ruteri denied it.', ['Kesto | overran | The farmers | Ambo Ruteri']],
	['The Lowa Village Guards said they had driven gunmen out of Tembe on Friday. The police disputed that account.', ['Tembe | pushed out | The Lowa Village Guards | The police']],
	['Their spokesman said his men had ‘liberated’ the village of Tembe on Saturday.', ['Tembe | liberated |  |']],
	['Vigilantes say they recaptured the village of Tembe from gunmen on Saturday. Police say the village was secured by their own officers.', ['Tembe | recaptured | Vigilantes | Police']],
	["The herders' union accuses the Guards of burning the herders' settlement of Wuro Saba, killing three.", ['Wuro Saba | accused of burning |  |']],
	['A rights group said the settlement of Wuro Saba was burned on Sunday.', ['Wuro Saba | burned | A rights group |']],
	['Gunmen burned the village of Halvi on Sunday, the police said.', ['Halvi | burned | the police |']],
	['The workers burned tyres in Halvi on Sunday.', []],
	['Armed men set fire to houses in Gadan on Sunday, villagers said.', ['Gadan | set ablaze |  |']],
	['The navy towed the dinghy back to the Harl Shoals, survivors said. The navy denies any pushback.', ['Harl Shoals | towed |  | The navy']],
	// a natural feature named in lower case is part of the place's name
	['An officer said troops had cleared rebel camps in the Kolo forest and freed nine hostages.', ['Kolo forest | cleared | An officer |']],
	// at sea: a boat towed back towards a named shoal, a ship said to have entered waters off a cape
	['The survivors say a patrol boat towed their boat back towards the Mellan Shoals. The Ostran coast guard rejects that version.', ['Mellan Shoals | towed | The survivors | The Ostran coast guard']],
	['The coast guard said the ship Sea Lark had entered Ostran waters off Cape Torra, which the charity denies.', ['Cape Torra | entered waters | The coast guard | the charity']],
	// "a claim X called a fantasy"; the blasts were the other side's own air defence
	['The ministry said its troops had captured the village of Varsk, a claim Ostra called "a fantasy".', ['Varsk | captured | The ministry | Ostra']],
	["The Ostran-held city of Dornavo has been hit repeatedly. Gen Orin Strel, the Velmaran army's chief spokesman, has said the blasts in Dornavo were caused by Ostran air-defence missiles.", ['Dornavo | hit |  | Gen Orin Strel']],
	// fire at a part of a site, named by its common noun; access to it is no fire
	["Inspectors counted 14 shells near the plant's switchyard. Velmara says Ostran units fired on the site themselves.", ['switchyard | shelled |  | Velmara']],
	['Inspectors will have access to the switchyard and the cooling pond.', []],
	['No shells landed near the switchyard, the operator said.', []],
	// a first target that names no place joins the next over "and"; "and then" orders two acts, two places
	['The minister said Korvani forces had destroyed the Teshi radar and missile site at Ulbrek on Friday.', ['Ulbrek | destroyed | The minister |']],
	['Gunmen attacked a convoy of fuel trucks on the N12 highway and then the police post at Saldra.', ['N12 | attacked |  |', 'Saldra | attacked |  |']],
	// a convoy ambushed on a numbered road is placed on the road, unless a place is named first
	['Rebels ambushed an army convoy on Route 14 north of the Kessamo checkpoint.', ['Route 14 | ambushed |  |']],
	['Rebels ambushed a patrol near Dunvale on Route 14.', ['Dunvale | ambushed |  |']],
	// a city's named site is the place, not the city; a province after its country's name
	["A rocket salvo on Velmar's Vardeck International Airport killed nine people.", ['Vardeck International Airport | struck |  |']],
	["About 900 homes have been destroyed in Tarsany's northern province of Quellin, officials said.", ['Quellin | destroyed | officials |']],
	['Mourners gathered at the Brenholt rail station, where 12 people were killed in a drone strike last week.', ['Brenholt | struck |  |']],
	['Flights stopped a day after the first missile salvo on Moska.', []],
	// a battery knocked out, "a claim the X general staff called pure invention"; the other side's target was a depot
	['Its drones knocked out an air-defence battery near Quarry Ford, a claim the Halvani general staff called "pure invention".', ['Quarry Ford | knocked out |  | the Halvani general staff']],
	['Medics say a missile hit the town of Pellany and killed nine civilians. The army insists the target was an ammunition depot used by the rebels.', ['Pellany | hit | Medics | The army']],
	// ground a brigade says it holds, "claims to control", "remained in full control of the localities of"; the other side holds "both"
	['The statement said the brigade now controlled the villages of Arvo and Tesmin. The army rejected that account.', ['Arvo | controls | The statement | The army', 'Tesmin | controls | The statement | The army']],
	['It also claims to control the villages of Arvo and Tesmin. The army says it holds both.', ['Arvo | controls |  | The army', 'Tesmin | controls |  | The army']],
	['She said the armed forces remained in full control of the localities of Arvo and Tesmin.', ['Arvo | controls |  |', 'Tesmin | controls |  |']],
	["He repeats the brigade's claim that its fighters hold Arvo and Tesmin.", ['Arvo | controls | the brigade |', 'Tesmin | controls | the brigade |']],
	['A rebel spokesman told reporters by phone that its fighters "are in Kellow, in the east of the town".', ['Kellow | present in | the rebels |']],
	['The company said its staff are in Kellow for the audit.', []],
	// the post that "repelled the attack" answers the attack on it
	['Militants attacked the army post at Duvra on Sunday. The army says that the post repelled the attack.', ['Duvra | attacked |  | The army']],
	// a place "described as fully secured"; "Both sides claimed control of X" is two rival claims
	["The army says it retook Dolmen junction, and the minister has described Moska as 'fully secured'. The rebels deny both claims.", ['Dolmen junction | retaken | The army | The rebels', 'Moska | secured | The army | The rebels']],
	['Both sides claimed control of parts of Moska.', ['Moska | controls parts of Moska |  | each side']],
	// mines laid at sea; a pass an army holds, told as fact
	['Aldria accuses Bereny of laying mines in the Velgard Strait. Bereny denies it.', ['Velgard Strait | accused of laying mines | Aldria | Bereny']],
	['The army holds the Tarvo pass, which the rebels do not contest.', ['Tarvo pass | holds |  |']],
	// "the junction" named once before in the article is read back for ground retaken, not for a plant shelled in every paragraph
	['Troops will guard the Arlow pipeline junction under the deal.\n\nFighting centred on Arlow this month. The army said on Friday it had retaken the junction. The rebels denied that.', ['Arlow | retaken | The army | The rebels']],
	['Inspectors visited the Arlow power plant on Monday.\n\nThe deal came after a week of shelling near the plant.', []],
	// a rival hold before a semicolon; "never changed hands" is the army's word that it kept the place
	['Both sides say they do. The rebels say they hold both villages; the army says its troops are in Bressan, and that Dolmen "never changed hands".', ['Bressan | present in | the army | The rebels', 'Dolmen | never changed hands | the army | The rebels']],
	['We must pull back from Quintar, an island our marines hold and the enemy has never set foot on.', ['Quintar | controls |  |']],
	// a claim told by its rejection
	['Halvani officials have again rejected Korvani claims about Quellin. Quellin is intact, they said.', ['Quellin | claims rejected | Korvani | Halvani officials']],
	["The ministry rejected claims about Quellin's budget.", []],
	// a lighthouse taken at the place a where-clause hangs on; "still in Korvani hands" answers it
	['The minister said in Velgard that nothing had changed on the ground at Orme Point, where she said her forces had taken control of the lighthouse on Friday. Korvan says the lighthouse is still in Korvani hands.', ['Orme Point | taken | The minister | Korvan']],
	['Meanwhile, in Pellany, families are burying the nine people killed when a missile flattened an apartment block.', ['Pellany | flattened |  |']],
	// "the attack of <date> against a convoy and the X post in Y province": the post's own name, not the province
	['The two governments condemned the attack of 22 May against a fuel convoy and the Dolmen post in Quellin province.', ['Dolmen | struck |  |']],
	['Each side also claims the lighthouse at Orme Point.', ['Orme Point | controls |  | each side']],
	['Troops attacked the offices of the armed groups Velgard Front and Arlow Brigade, a source said.', []],
	// aid looted or a convoy blocked by an armed side; a convoy shelled near a place; a corridor under fire
	['Rebels looted the main aid warehouse in Tarkel on Sunday, the UN said.', ['Tarkel | looted | United Nations |']],
	['Crowds looted shops in Tarkel on Sunday.', []],
	['Militia fighters blocked a convoy of 20 aid trucks at the Pesko crossing.', ['Pesko | blocked |  |']],
	['The council blocked a plan for a market at the Pesko crossing.', []],
	['An aid convoy was shelled near Ostrik, the Red Crescent said.', ['Ostrik | shelled | the Red Crescent |']],
	['A car was hit near Ostrik on Monday.', []],
	['Aid workers said the corridor into Vosk came under mortar fire on Tuesday.', ['Vosk | came under fire |  |']],
	['Relief groups accuse the army of blocking aid to Kelva.', ['Kelva | accused of blocking aid |  |']],
	// disputes told as the other side's version: still there, only reached the edge, never lost it, a civilian target, overrun
	['The army says it retook Kessavo on Monday. Residents say rebel fighters are still in the town.', ['Kessavo | retaken | The army | Residents']],
	['The rebels said they had captured Dornal. The army said its troops were still in Dornal.', ['Dornal | captured | The rebels | The army', 'Dornal | present in | The army |']],
	['The army claims it has taken Velmo. The rebels say the army only reached the outskirts.', ['Velmo | taken | The army | The rebels']],
	['The army says it has liberated Krasnel. The rebels say they never lost it.', ['Krasnel | liberated | The army | The rebels']],
	['The army says it controls Havrel. A resident said fighters still patrol the streets at night.', ['Havrel | controls | The army | A resident']],
	['The army said its forces struck a weapons depot in Yarrin. Local officials said the building was a school.', ['Yarrin | struck | The army | Local officials']],
	['The army said the post at Tarsko held. A security source said the post had been partly overrun for several hours.', ['Tarsko | held | The army | A security source']],
	['The army said the post at Tarsko held. A security source said the convoy had been delayed.', ['Tarsko | held | The army |']],
	// a truce broken, told by both sides; aid workers killed by snipers; a warehouse hit, told in the passive
	['Each side accused the other of violating the truce near Pessavo.', ['Pessavo | accused of violating the truce | each side | each side']],
	['Snipers killed two aid workers near the Merrow checkpoint, the agency said.', ['Merrow | struck | the agency |']],
	['The UN said a warehouse in Belkor storing food aid was hit by an air strike.', ['Belkor | hit | United Nations |']],
	['A car in Belkor was hit by a bus.', []],
	// "despite the army's claim to control the whole town": the army's claim, disputed by the one who says otherwise
	['A reporter in Dornavel says the town was quiet, with rebel fighters still visible at checkpoints, despite the army\'s claim to control the whole town.', ['Dornavel | controls | the army | A reporter']],
	['A reporter says the streets were quiet, despite the army\'s claim to control the whole town of Dornavel.', ['Dornavel | controls | the army | A reporter']],
	// a witness says nobody holds the place; "nobody holds" another place answers nothing
	["The rebels say they hold Dornavel. 'Nobody holds Dornavel,' a trader said.", ['Dornavel | controls | The rebels | a trader']],
	['The rebels say they hold Dornavel. Nobody controls the town, residents say.', ['Dornavel | controls | The rebels | residents']],
	['The rebels say they hold Dornavel. Nobody holds Kessavo, residents say.', ['Dornavel | controls | The rebels |']],
	// shelling around a place, not around a feast; a convoy's road shelled; mortars fired at a corridor; pushed back from the edge
	['Both sides reported shelling around Tarvel overnight.', ['Tarvel | struck |  |']],
	['Rebels stepped up attacks around Christmas, the army said.', []],
	['Rebels shelled the road used by aid trucks near Drava, the UN said.', ['Drava | shelled | United Nations |']],
	['The army accused the rebels of firing mortars at the aid corridor near Lessavo.', ['Lessavo | accused of firing mortars at the aid corridor | The army |']],
	['The rebels say their fighters pushed the army back from the edge of Vostrel.', ['Vostrel | pushed out | The rebels |']],
	// a side of a town held
	['The rebels say they still control the northern half of Morrant.', ['Morrant | controls the northern half of Morrant | The rebels |']],
	// standoffs beyond armies: police and crowds hold named sites, "both" makes each side's claim disputed by the other
	['Police and protesters both said on Monday that they controlled Morrowgate Square, the plaza in the old town.', ['Morrowgate Square | controls |  | each side']],
	['Police insist Morrowgate Square, the roundabout by the station, was cleared overnight.', ['Morrowgate Square | cleared | Police |']],
	['The inmates said they still controlled the Harrowmede Prison wing.', ['Harrowmede Prison | controls | The inmates |']],
	['The union says its members control the Brannoch works council.', []],
	['The students are in Harrowmede for a conference, the university said.', []],
	['The union said its members remain at Brannoch Hospital until the strike ends.', []],
	['Students say they hold Velstrand Prize winners in high regard.', []],
	// "the campus" points back to the one university named before; a bare group's denial after "a claim"
	['Students occupying Pellmoor University said the campus remained in their hands, a claim police also disputed.', ['Pellmoor University | controls |  | police']],
	['The occupation of Pellmoor University entered its third week. Students say they still occupy the main campus.', ['Pellmoor University | controls | Students |']],
	// high ground: remaining on it, "the whole" of it, "both armies" claiming it, a second verb of the same side
	['Oskarvy says its troops remain on the Velstrand Ridge.', ['Velstrand Ridge | controls | Oskarvy |']],
	['Oskarvy says its soldiers hold the whole Velstrand Ridge.', ['Velstrand Ridge | controls | Oskarvy |']],
	['Both armies say they are in control of the Tarsk Pass.', ['Tarsk Pass | controls |  | each side']],
	['The clash broke out near the Velstrand Ridge, a saddle of rock that both governments claim.', ['Velstrand Ridge | claimed by both sides |  | each side']],
	['Dunvane says it holds the eastern shoulder and controls the Tarsk Pass below it.', ['Tarsk Pass | controls | Dunvane |']],
	['The envoy said the Ambrel Glacier had been "under our control" since June.', ['Ambrel Glacier | controls | The envoy |']],
	// an incident on a named feature, not in the town its reporters speak from; nor a place past a comma
	['Two soldiers died of wounds from the clash on the Ambrel Glacier, officials in Dunvane said.', ['Ambrel Glacier | clash |  |']],
	['Three soldiers captured in the clash were returned last week, at Dunvane.', []],
	// a road or a market named by its place is the site; a hold told in a relative clause; "of the X Front" after the holders
	['Colonel Ferrish said the gunmen had used the Tarsk-Kestova road, which he said the rebels have controlled since early November.', ['Tarsk-Kestova road | controls | the rebels |']],
	['An army spokesman told reporters that rebel fighters of the Velstrand People\'s Front had held the Tarsk-Kestova road "for at least three weeks".', ['Tarsk-Kestova road | controls | the army |']],
	['The two sides blame each other for the strike on the Sallow market on Tuesday.', ['Sallow market | struck |  | each side']],
	// police retaking a named site, back under a side's control, a force's "they were still inside", a compass part of a site
	['Riot police cleared Morrowgate Square overnight, the interior ministry said.', []],
	['Riot police cleared Morrowgate Square overnight, a claim the protesters denied.', ['Morrowgate Square | cleared |  | the protesters']],
	['Police cleared the snow from the roads overnight.', []],
	['The army insists that Pellmoor Barracks has been back under its control since Saturday afternoon.', ['Pellmoor Barracks | controls | The army |']],
	['The mutineers said they were still inside Pellmoor Barracks on Sunday.', ['Pellmoor Barracks | present in | The mutineers |']],
	['Inmates said they controlled the east wing of Harrowmede Prison.', ['Harrowmede Prison | controls the east wing of Harrowmede Prison | Inmates |']],
	// the claimant's own quote after the claim is passed over: the next paragraph's rejection answers both
	['Colonel Ferrish said the gunmen had used the Tarsk-Kestova road, which he said the rebels have controlled since May. "Our troops hold Sallow and nothing moves on that road without the rebels knowing it," he said.\n\nThe Front rejected that account.', ['Tarsk-Kestova road | controls | the rebels | The Front', 'Sallow | controls | Colonel Ferrish | The Front']],
	['The army has blamed the market strike on a PDF mortar round.', []],
	// a second verb of the same holder after any first; "of" repeated after "and"; a finished gerund of taking, and a plural's bare denial
	['The militia\'s leader said his fighters had never left the port and still controlled the checkpoints on the Brakemoor access road.', ['Brakemoor | controls | The militia\'s leader |']],
	['The minister insisted, however, that government marines were in control of the Sallow container terminal and of the Brakemoor road.', ['Sallow | controls | The minister |', 'Brakemoor road | controls | The minister |']],
	['He also said the army had completed clearing the district of Ambrel overnight, a claim the Kestova Defence Committees reject.', ['Ambrel | cleared |  | Kestova Defence Committees']],
];

for (const [text, expected] of cases)
	test(`claims: ${text}`, () => {
		assert.deepEqual(claimsOf(text).map((line) => line.trimEnd()), expected.map((line) => line.trimEnd()));
	});

test('a claim keeps its extent, sentence and rule', () => {
	const article = parseArticle('t.txt', 'Lead line that is long enough to be body text and not a headline at all.\n\nRussia claims it has taken most of Zorya.');
	const [claim] = extractClaims(article);
	assert.equal(claim.extent, 'most of');
	assert.equal(claim.evidence.rule, 'claim.take');
	assert.equal(claim.evidence.text, 'Russia claims it has taken most of Zorya.');
	assert.equal(article.body.slice(claim.evidence.offset!, claim.evidence.offset! + claim.evidence.text.length), claim.evidence.text);
});

test('a power station, a dam or a depot named after its place is the place taken', () => {
	const claims = extractClaims(parseArticle('a.txt', 'Fighting went on.\n\nThe rebels say they captured the Orvel power station on the city\'s northern edge this morning.', {outlet: 'Harbour Gazette'}));
	assert.deepEqual(claims.map((claim) => claim.place), ['Orvel power station']);
});

test('hilltops and positions taken in a named place are that place taken', () => {
	const claims = extractClaims(parseArticle('a.txt', 'Fighting went on.\n\nThe rebel spokesman said its fighters had recaptured two hilltops in the Keld Hills overnight.', {outlet: 'Harbour Gazette'}));
	assert.deepEqual(claims.map((claim) => claim.place), ['Keld Hills']);
});

test('a denial after a quote in the next paragraph disputes the claim; "denied losing any position" is a denial', () => {
	const text = 'Fighting went on.\n\nThe rebels said they had recaptured two hilltops in the Keld Hills overnight.\n\n"The bridge belongs to nobody tonight," their spokesman said. The army denied losing any position in the Keld Hills.';
	const claims = extractClaims(parseArticle('a.txt', text, {outlet: 'Harbour Gazette'}));
	assert.deepEqual(claims.map((claim) => [claim.place, claim.claimant, claim.disputedBy]), [['Keld Hills', 'The rebels', 'The army']]);
});

test('one side\'s word that a named other has fortified or taken ground is a claim, disputed by the other\'s denial', () => {
	const claims = extractClaims(parseArticle('a.txt', 'The standoff went on.\n\nOsterra in turn says Norland has fortified Kell Rock with a radar mast. Norland denies it.', {outlet: 'Harbour Gazette'}));
	assert.deepEqual(claims.map((claim) => [claim.place, claim.claim, claim.disputedBy]), [['Kell Rock', 'fortified', 'Norland']]);
	// a company's takeover is no claim
	assert.deepEqual(extractClaims(parseArticle('b.txt', 'Markets rose.\n\nAnalysts said Acme has taken over the Kell mine.', {outlet: 'Harbour Gazette'})), []);
});

test('a place where one side\'s control "has been restored" is a claim of control', () => {
	const read = (text: string) => extractClaims(parseArticle('a.txt', `The standoff went on.\n\n${text}`, {outlet: 'Harbour Gazette'})).map((claim) => [claim.place, claim.claim]);
	assert.deepEqual(read('Navy units escorted 14 trawlers back to the fishing grounds at Kell Shoal, where Osterran control has been fully re-established.'), [['Kell Shoal', 'control restored']]);
	assert.deepEqual(read('Traffic returned to the Orm Bridge, where government control had been restored by noon.'), [['Orm Bridge', 'control restored']]);
	// quality control is no control of ground
	assert.deepEqual(read('Work resumed at Kell Mills, where Quality control has been restored.'), []);
});

test('"the reef" points back to the one reef the article named, even paragraphs before', () => {
	const text = 'Both navies patrol the waters around Kestrel Reef.\n\nTalks went on for a week.\n\nThe Ostran coast guard says the cutter Vell rammed a trawler about four nautical miles east of the reef.';
	const claims = extractClaims(parseArticle('a.txt', text, {outlet: 'Harbour Gazette'}));
	assert.deepEqual(claims.map((claim) => [claim.place, claim.claim]), [['Kestrel Reef', 'rammed']]);
});

test('the besieged city a headline names is the story\'s setting, not a claim; a town taken there still is', () => {
	const text = 'Buses leave besieged Marnow as pause begins\n\nBuses carrying civilians out of besieged Marnow left at dawn. The army said it had taken the Osk district of the city.';
	const claims = extractClaims(parseArticle('a.txt', text, {outlet: 'Harbour Gazette'}));
	assert.deepEqual(claims.map((claim) => claim.place), ['Osk']);
});

test('an incident told under a subhead that names its place is claimed there; a subhead naming two places places nothing', () => {
	const read = (heading: string) =>
		extractClaims(parseArticle('a.txt', `The pact was signed on Monday after long talks in the capital.\n\n${heading}\n\nOrlova says Tessaran soldiers opened fire on its checkpoint before dawn. Tessara says its patrol was shot at first.`, {outlet: 'Harbour Gazette'})).map((claim) => [claim.place, claim.claim, claim.claimant, claim.disputedBy]);
	assert.deepEqual(read('What happened at Dask?'), [['Dask', 'opened fire on', 'Orlova', 'Tessara'], ['Dask', 'shot at', 'Tessara', null]]);
	assert.deepEqual(read('What happened at Dask and Velk?'), []);
});

test('a movement holding streets is disputed by the next paragraph\'s "calm and under police control", even when that paragraph makes claims of its own', () => {
	const text =
		'Talks went on.\n\nOpposition spokesman Piet Marl said demonstrators "control the streets" of the Dorve and Alsen districts.\n\nGeneral Ivo Tamm, commander of the Republican Guard, said troops had cleared Ferro Square overnight and that the two districts were "calm and under police control." Opposition activists said hundreds of people were back in the square by evening.';
	const claims = extractClaims(parseArticle('a.txt', text, {outlet: 'Harbour Gazette'}));
	assert.deepEqual(
		claims.map((claim) => [claim.place, claim.claim, claim.disputedBy]),
		[
			['Dorve', 'controls the streets', 'General Ivo Tamm'],
			['Alsen', 'controls the streets', 'General Ivo Tamm'],
			['Ferro Square', 'cleared', 'Opposition activists'],
		],
	);
});

test('waters a side says its coastguard or navy has controlled, kept control of or driven the other’s vessels from', () => {
	const cases: [string, string[]][] = [
		["Kell's coastguard says it has controlled the waters around Tarn Reef since early October, a claim Dorva rejects.", ["Tarn Reef | controls | Kell's coastguard | Dorva"]],
		['Dorva says its navy has controlled Mossel Shoal since October, which Kell rejects.', ['Mossel Shoal | controls | Dorva | Kell']],
		['The commander said Kellish cutters had kept control of the waters around Tarn Reef throughout the standoff.', ['Tarn Reef | controls | The commander | ']],
		['Dorva says its navy drove Kellish vessels away from Mossel Shoal in October, which Kell denies.', ['Mossel Shoal | pushed out | Dorva | Kell']],
		// a market is no ground
		['The company says it controls half the market.', []],
		['The firm says it drove rival vessels from the market.', []],
	];
	for (const [text, expected] of cases) assert.deepEqual(claimsOf(text), expected, text);
});
