import { describe, expect, it } from "vitest";
import { CODED_RULES } from "../../../functions/engine/detectors/coded.js";
import { judge } from "./helpers.js";

/** Each coded phrase with a comment that uses it and civil comments that share its words. */
const CASES: Record<string, { abusive: string[]; civil: string[] }> = {
  "threat.coded.burn-it-down": {
    abusive: [
      "His brother still runs the garage on Mill Lane. Burn it down with him inside.",
      "Torch the hotel before they move in, plenty of towns have.",
      "Put her on a plane back to Raqqa, out of a plane even, and forget the parachute.",
    ],
    civil: ["Firefighters said the garage burned down with nobody inside."],
  },
  "threat.coded.day-of-the-rope": {
    abusive: ["Time for the day of the rope.", "Rope day soon, traitors."],
    civil: ["We spent the day of the regatta coiling rope on the quay."],
  },
  "threat.coded.deal-with-them": {
    abusive: [
      "Somebody should let them know he's coming home on Friday.",
      "Print the donors' names and let people deal with them.",
      "We kept screenshots and addresses from back then.",
      "A few of us will be waiting outside the count for him.",
    ],
    civil: ["The council should let residents know when the road reopens."],
  },
  "identity_abuse.coded.whose-country": {
    abusive: [
      "A mosque where the Co-op was. Tells you whose country it is now.",
      "She only got picked because she's Asian, the club loves a token.",
      "It starts with a prayer room, it ends with a caliphate.",
    ],
    civil: ["Whose idea was it to close the library on a Saturday?"],
  },
  "identity_abuse.coded.sectarian": {
    abusive: ["Flags up again on the estate. Taigs out of Tullyvarna.", "Bunch of bog-trotting scroungers."],
    civil: ["The Huns invaded Europe in the fifth century, the museum's new room explains."],
  },
  "personal_attack.coded.the-idiot-who": {
    abusive: [
      "The idiot who commented 'innocent until proven guilty' should read the evidence.",
      "@Joe you're a mug if you believe that.",
    ],
    civil: ["The man who commented on the first story has since apologised."],
  },
  "identity_abuse.coded.bankers": {
    abusive: ["It's always the Rothschild bankers behind every war."],
    civil: ["The bankers' bonuses were cut after the crash."],
  },
  "identity_abuse.coded.nazi-praise": {
    abusive: ["Hitler had the right idea tbh", "Bring back the gas chambers.", "Six million wasn't enough."],
    civil: [
      "Hitler was a monster and the Nazis were evil.",
      "Hitler was right about the autobahn, but that's the only thing.",
    ],
  },
  "identity_abuse.coded.same-sex-parents": {
    abusive: [
      "Two dads is not a family, whatever the school tells my kids.",
      "Gay couples adopting is an experiment on children and we'll all see the results in twenty years.",
    ],
    civil: ["Two mums are a family like any other.", "Same-sex couples can adopt in England since 2005."],
  },
  "personal_attack.coded.stock-put-down": {
    abusive: [
      "Sharp as a marble, this one.",
      "@JR you must be the reason they print DO NOT EAT on silica gel packets.",
      "@Linda1964 How do you remember to breathe in and out without a note stuck to the fridge?",
      "@Ahmed when they were handing out common sense you were clearly stuck in the queue.",
      "@Susie_Q Did you come up with that all by yourself?",
      "@Jase read it again, slowly. Move your lips if it helps.",
    ],
    civil: [
      "My gran is still sharp as a tack at 94.",
      "The new nurse is bright as a button and twice as kind.",
      "Quick as a flash, the lifeguard was in the water.",
      "The labels on the bottles are there for a reason: they print warnings because people need them.",
    ],
  },
  "identity_abuse.coded.mock-chinese": {
    abusive: ["Ching chong, open another nail bar and call it integration", "ching-chong go home"],
    civil: ["Chong and Ching are both common surnames at the school."],
  },
  "identity_abuse.coded.they-control": {
    abusive: ["They control the media, so of course it's reported this way. Just asking questions."],
    civil: ["The council control the car parks, so ask them about the charges."],
  },
  "threat.coded.bringing-more-than": {
    abusive: ["When the MP comes back to the library hall I'll be bringing more than a placard."],
    civil: ["The MP's surgery drew more than questions about potholes: forty people came."],
  },
  "threat.coded.never-makes-it": {
    abusive: [
      "There are lads on the estate who'll make sure he never makes it to trial.",
      "The next burglar in our street gets a baseball bat, not a court date.",
      "Sink that ferry with the whole board of directors on board and see how they like it.",
    ],
    civil: ["The defence will make sure the jury hears every word of the tape before the trial ends."],
  },
  "threat.coded.get-what-they-got": {
    abusive: ["He should get what the shopkeeper got. Fair's fair."],
    civil: ["The shopkeeper got the award he deserved for twenty years on the parade."],
  },
  "identity_abuse.coded.alphabet-people": {
    abusive: ["Library story hour run by the alphabet people again."],
    civil: ["The alphabet song is still the nursery's favourite."],
  },
  "identity_abuse.coded.lost-our-country": {
    abusive: ["Flags in the park for a festival nobody here asked for. We've lost our country to this lot."],
    civil: ["We lost the county cup to Harrowby on penalties."],
  },
  "identity_abuse.coded.particular-community": {
    abusive: ["Funny how the grant always goes to that particular community."],
    civil: ["The grant goes to the community centre on Mill Lane this year."],
  },
  "personal_attack.coded.feral-and-thick": {
    abusive: [
      "Councillor Platt: three jobs, single-figure IQ.",
      "@Kaz_W sort out your own feral kids first.",
    ],
    civil: ["The IQ test results were published by the school last week."],
  },
  "vulgarity.coded.drop-the-soap": {
    abusive: ["Eight years inside for him. Hope he drops the soap a lot."],
    civil: ["The prison showers were condemned by inspectors and the soap ran out for a week."],
  },
  "identity_abuse.coded.imported": {
    abusive: [
      "Brenmoor used to be a nice town before it got imported.",
      "Keep importing them and we'll be holding these services every year.",
    ],
    civil: ["The town keeps importing steel from China.", "Most of the fruit in the market is imported."],
  },
  "identity_abuse.coded.invasion": {
    abusive: [
      "Two hundred fighting age men and not one family. That's an invasion, whatever the Home Office calls it.",
      "120 refugees with brand new phones. It's an invasion, not an asylum system.",
    ],
    civil: [
      "The US invasion of Iraq created the refugee crisis we are still living with.",
      "Russia's invasion sent millions of refugees west.",
    ],
  },
  "identity_abuse.coded.replacement": {
    abusive: [
      "Now it's like being in Baghdad. This is what replacement looks like.",
      "The town's being swapped out one street at a time.",
    ],
    civil: ["The bridge is being replaced next spring.", "Our goalkeeper was replaced at half time."],
  },
  "identity_abuse.coded.enrichment": {
    abusive: ["Enjoy the enrichment, Keldale. Our high street has never been so vibrant."],
    civil: [
      "Iran's uranium enrichment worries the whole region.",
      "The school runs enrichment activities on Fridays.",
    ],
  },
  "identity_abuse.coded.country-back": {
    abusive: ["Sharia in the town hall next. When do we get our country back?"],
    civil: ["Our country back then had no welfare state at all."],
  },
  "identity_abuse.coded.one-way-ticket": {
    abusive: [
      "If they care so much about Iraq, they know where the airport is. One-way tickets for the lot.",
    ],
    civil: ["He bought a one-way ticket to Istanbul in 2014 and crossed into Syria."],
  },
  "identity_abuse.coded.deport-the-lot": {
    abusive: ["Crusty lefties and foreign students anyway. Deport the lot."],
    civil: ["The court ruled the Home Office cannot deport him while his appeal is pending."],
  },
  "identity_abuse.coded.what-they-do-back-home": {
    abusive: ["We all know it's one of the new arrivals. Burning churches is what they do back home."],
    civil: ["She misses her family back home in Erbil."],
  },
  "identity_abuse.coded.fighting-age": {
    abusive: [
      "Fighting-age men with brand new phones in a four star hotel, and we're told they're refugees.",
    ],
    civil: ["ISIS separated the fighting-age men from the women at the checkpoint."],
  },
  "identity_abuse.coded.no-english-names": {
    abusive: ["Not a single English name among the main candidates. That tells you everything."],
    civil: ["Not a single English club reached the final this year."],
  },
  "identity_abuse.coded.little-elsewhere": {
    abusive: ["Eastgate has been a little Raqqa for twenty years. Surprised it was only one of them."],
    civil: ["The little Syrian bakery on Eastgate does the best baklava in town."],
  },
  "identity_abuse.coded.full-of-foreigners": {
    abusive: [
      "Westmoor library is full of foreigners using it as a free office, no loss to actual Brennock people.",
      "Typical traveller kid, no licence, no insurance, no respect.",
    ],
    civil: ["The library is full of students in exam season and the council should extend its hours."],
  },
  "identity_abuse.coded.niqab-jibe": {
    abusive: [
      "Women walking around in bin bags in Bradford.",
      "Lovely, 120 more of them. Our women will have to start wearing the tent too soon.",
    ],
    civil: [
      "The refugee families are living in tents at al-Hol.",
      "We wrapped the old sofa in bin bags before the tip.",
      "Three families are still living in a tent on the edge of the camp at al-Hol.",
    ],
  },
  "identity_abuse.coded.no-job-for-a-woman": {
    abusive: [
      "Women should focus on raising their families instead of running for council.",
      "Good, politics was never a job for women. Go home and have some kids while you still can, love.",
    ],
    civil: ["Politics is no job for the faint-hearted, and Councillor Hale has proved she can take it."],
  },
  "identity_abuse.coded.time-of-the-month": {
    abusive: [
      "The emotional type we need in charge of a budget. Wonder what happens to spending once a month.",
    ],
    civil: ["The council meets once a month and the minutes are published online."],
  },
  "identity_abuse.coded.no-moderate-muslims": {
    abusive: ["There's no such thing as a moderate Muslim, just one who hasn't acted yet."],
    civil: ["Moderate Muslim leaders condemned the attack within the hour."],
  },
  "identity_abuse.coded.taqiyya": {
    abusive: ["Open day, sure. Then closed doors for the rest of the year. Taqiyya, look it up."],
    civil: ["The open day at the mosque was well attended and the tea was excellent."],
  },
  "identity_abuse.coded.sharia-next": {
    abusive: ["Newroz in Stanmere, Eid in Pelsworth, next year it'll be Sharia in the town hall next."],
    civil: ["The report on Sharia councils was published by the Home Office in 2018."],
  },
  "identity_abuse.coded.call-to-prayer": {
    abusive: ["Can't wait to hear the screeching five times a day. Lovely for the pensioners."],
    civil: ["Observant Muslims pray five times a day, so the prayer room is a sensible idea."],
  },
  "identity_abuse.coded.lifestyle": {
    abusive: ["Family friendly? Parading that lifestyle in front of kids is wrong."],
    civil: ["The council is promoting a healthier lifestyle with its new cycle lanes."],
  },
  "identity_abuse.coded.men-in-dresses": {
    abusive: [
      "Men in dresses reading to toddlers. There's a word for people like that and it isn't performer.",
    ],
    civil: ["The panto has men in wigs every year and the kids love it."],
  },
  "identity_abuse.coded.grooming": {
    abusive: ["Drag storytime for four-year-olds is grooming, plain and simple."],
    civil: ["The grooming gang trial heard from eleven victims."],
  },
  "identity_abuse.coded.woman-to-the-kitchen": {
    abusive: [
      "Three women on the planning committee now. Leave the big decisions to the men.",
      "Hope she can manage the budget better than she manages her kitchen.",
      "She should stick to baking for the WI and leave the budget to someone with a brain.",
      "Women's football is fine as long as they're back in time to make the tea.",
    ],
    civil: ["She won the baking prize at the village show and then chaired the budget meeting."],
  },
  "threat.coded.arson-hint": {
    abusive: [
      "The Grange has a lot of old wood in it. Would be a shame if it wasn't fit for use by March.",
      "Lock him in the library the day they close it. With the heating off. And a match.",
    ],
    civil: ["The Grange has a lot of old wood in it, so the restoration will take years."],
  },
  "threat.coded.mob-justice": {
    abusive: [
      "Rope, lamppost, job done. No need for a trial for scum like that.",
      "Come the revolution the whole cabinet will hang, a lamppost each.",
    ],
    civil: ["The Christmas lights are strung from lamppost to lamppost along the high street."],
  },
  "threat.coded.beyond-the-police": {
    abusive: [
      "If they wave those rags again people won't wait for the police to act.",
      "If she closes the day centre she'll need more than security at her surgery.",
    ],
    civil: ["People waited for the police for two hours after the crash."],
  },
  "threat.coded.not-welcome": {
    abusive: [
      "Counter-terrorism experience won't help her much. Some places she's not welcome.",
      "Those houses are on the Gorse Estate. The estate will make its feelings clear, don't worry.",
    ],
    civil: ["Some places in the old town are not accessible to wheelchairs."],
  },
  "threat.coded.nobody-would-ask": {
    abusive: ["A few accidents in the playground and the problem solves itself. Nobody would ask questions."],
    civil: ["There were a few accidents at the junction before the lights went in."],
  },
  "threat.coded.left-in-pieces": {
    abusive: [
      "If anything happens to one of our kids, that hotel won't be standing the next morning.",
      "If they love Iraq so much we can help them get there. One way, one piece or several, their choice.",
    ],
    civil: [
      "The old pier is still standing the next morning after every storm, which says a lot about the Victorians.",
    ],
  },
  "threat.coded.things-happen": {
    abusive: [
      "Things have a way of going wrong for people who aren't wanted.",
      "There are ways of making a mayor's life very short.",
      "Careful, fires spread. Especially to the cars of people who shouldn't be waving those rags.",
    ],
    civil: ["Fires spread quickly through the camp because the tents are so close together."],
  },
  "identity_abuse.coded.istan": {
    abusive: [
      "Another prayer hall. Welcome to Marlfordabad.",
      "Give it ten years and Marlford will be Marlfordistan, mark my words.",
    ],
    civil: [
      "The Pakistani consulate in Islamabad has reopened its visa office.",
      "Aid convoys still cannot reach the camps in Afghanistan and Kurdistan.",
      "My brother served two tours in Helmand province, Afghanistan.",
      "Zivistan nêzîk e û zarok hê jî naçin dibistanê.",
    ],
  },
  "identity_abuse.coded.echo": {
    abusive: ["Ask yourself who owns the banks. (((Globalists))) again."],
    civil: ["The bypass (phase two (the northern section (A61))) opens in May."],
  },
  "identity_abuse.coded.remigration": {
    abusive: ["Three more arrests in the hostel. Mass remigration is the only answer."],
    civil: ["The party's talk of 'remigration' should worry every citizen with a foreign grandparent."],
  },
  "identity_abuse.coded.go-live-there": {
    abusive: [
      "If you love Baghdad so much go and live there.",
      "If they miss Baghdad so much they can go and live there.",
    ],
    civil: ["He loved Italy so much he moved to Turin after retiring, and writes to the paper from there."],
  },
  "identity_abuse.coded.cannot-pronounce": {
    abusive: ["New headteacher is a Mrs Nwachukwu. Can't even pronounce it, never mind vote for it."],
    civil: [
      "Half the kids at the school speak two languages and the exam results are the best in the county.",
    ],
  },
  "identity_abuse.coded.came-over-on": {
    abusive: ["A councillor whose dad came over in the back of a lorry telling us how to vote."],
    civil: ["My grandfather came over on a troopship in 1946 and worked at the pit for thirty years."],
  },
  "identity_abuse.coded.less-colourful": {
    abusive: [
      "Walked the length of the market and could barely hear English spoken.",
      "Marsden was a white village once, and plenty of us remember.",
      "The estate was a lot safer when it was less colourful, if you know what I mean.",
    ],
    civil: ["The new murals make the underpass far brighter and the kids love them."],
  },
  "identity_abuse.coded.grandfathers-fought": {
    abusive: ["Prayer mats in the town hall. My grandad didn't fight at Arnhem for this."],
    civil: ["My grandad fought at Arnhem and never talked about it until he was ninety."],
  },
  "identity_abuse.coded.faith-as-terror": {
    abusive: [
      "Every mosque in this county is a recruiting office for the next bomber.",
      "The Koran is a manual for terrorists.",
    ],
    civil: [
      "Every mosque in the county opened its doors for the vigil after the attack.",
      "ISIS treated the Koran as a manual for war.",
    ],
  },
  "identity_abuse.coded.their-book": {
    abusive: ["Don't blame the bomber, their book tells them to do it."],
    civil: ["The book club meets on Thursdays and this month it's a novel set in Mosul."],
  },
  "identity_abuse.coded.swamped": {
    abusive: ["The town is swamped and nobody in the council will say by whom."],
    civil: ["The town was swamped with visitors for the food festival, which is great news for the shops."],
  },
  "identity_abuse.coded.limp-wristed": {
    abusive: ["The arts board is a bunch of limp-wristed types who have never done a day's work."],
    civil: ["She has a wrist injury from the match and will miss the final."],
  },
  "identity_abuse.coded.slogans": {
    abusive: [
      "Ten years of this. Britain for the British, before it's too late.",
      "Islam is a cancer and the town is riddled.",
    ],
    civil: [
      "ISIS is a death cult and the trial shows how it groomed teenagers.",
      "The headline is 14 words long.",
    ],
  },
  "identity_abuse.coded.old-contempt": {
    abusive: [
      "A new mosque, a halal butcher, a Polish shop. Slowly, slowly they take over.",
      "Eighty single men in the old hotel. Lock up your daughters.",
      "We'll be a minority in our own town by 2040.",
      "Two hundred young men from cultures that don't respect women, next to the lido.",
      "Deus vult. The town hall was a church once and will be again.",
      "The Mohammedans will have the town hall next.",
      "Fenby Road used to be a lot whiter and a lot quieter.",
    ],
    civil: ["The breeding programme for red kites has been a success on the estate."],
  },
  "identity_abuse.coded.vermin-removed": {
    abusive: ["All these parasites should be shipped back where they came from."],
    civil: [
      "ISIS fighters held the town for three years; these savages should be tried in Iraq.",
      "The rats in the bin store should be dealt with by the council.",
    ],
  },
  "identity_abuse.coded.animal-emoji": {
    abusive: ["Their new striker runs well for a 🦍"],
    civil: ["Took the kids to the zoo on Sunday, the gorillas were the highlight 😍"],
  },
  "threat.coded.time-someone-did": {
    abusive: [
      "The recruiter still drinks in the Crown every Friday. Nobody has done anything. Maybe it's time someone did.",
      "If the jury clears him somebody should finish the job.",
    ],
    civil: ["It's time someone did something about the potholes on Mill Lane."],
  },
  "threat.coded.remember-what-happened": {
    abusive: ["The new MP should remember what happened to David Amess before she holds another surgery."],
    civil: ["The inquiry into what happened at the care home reports in March."],
  },
  "threat.coded.be-careful-there": {
    abusive: ["He should be careful canvassing round the Moorside flats this time."],
    civil: ["Drivers should be careful on the bypass while the roadworks are on."],
  },
  "threat.coded.sinister-aside": {
    abusive: [
      "Buildings like that catch fire all the time. Just saying.",
      "Her car is parked on Quay Street every night. Brakes fail sometimes.",
      "Good to know where the returnee family are staying now.",
      "We're keeping a list of every councillor who voted for this. Sleep well.",
      "The planning chief lives alone out by the reservoir. Old men fall down stairs all the time.",
      "That inspector had better not come down the market again. Some of the lads have tempers and the canal is deep.",
      "The magistrate's house has no cameras at all. Worth remembering.",
      "Her parents are still at number 12. People round here haven't forgotten.",
    ],
    civil: [
      "Good to know where we can drop off donations for the hostel.",
      "The bus shelter on Quay Street has no CCTV and the council should fix the lights.",
    ],
  },
  "threat.coded.do-what-they-did": {
    abusive: ["Someone should do to his family what he did to those girls."],
    civil: ["The court heard what ISIS did to the Yazidis in Sinjar."],
  },
  "threat.coded.harm-promised": {
    abusive: [
      "Somebody should torch the developer's site office before they start digging.",
      "One more fine and I'm going to run that warden over.",
      "If he turns up at the Legion he's not leaving with his teeth.",
    ],
    civil: [
      "The arsonists who torched the mosque's car park were jailed for six years.",
      "I'm going to run the numbers over the weekend and write to the council.",
    ],
  },
  "threat.coded.we-are-watching": {
    abusive: [
      "Whoever sprayed that should be found and gutted.",
      "The new imam should watch himself after that sermon.",
      "She parks her Audi outside the surgery every morning at eight.",
      "He lives behind electric gates. Gates don't stop everything.",
      "Everyone knows where he locks up at night.",
      "If the courts won't deal with his brother, someone else will.",
      "Give me ten minutes alone with the landlord and he'll fix the damp himself.",
      "The planning chair cycles home along the canal every night. Shame if a few bolts came loose.",
      "Every councillor who voted for this will be hearing from us.",
      "We've got his reg number and we know the car.",
    ],
    civil: [
      "I park behind the Co-op every morning and the new charges are a scandal.",
      "There's a film called There Will Be Blood and it is on at the Regal this week.",
      "If you need help with the forms, you know where to find me at the library.",
    ],
  },
  "vulgarity.coded.leering": {
    abusive: [
      "The new weather girl is absolutely smashable.",
      "Went for the fireworks, stayed for the yummy mummies.",
      "Councillor Hart can audit me any time, I'd give her more than my vote.",
      "Some lovely jugs at the craft stall this year 😉",
      "Best pair at the county show, and I don't mean the horses.",
    ],
    civil: [
      "The mums' running club raised £4,000 for the hospice.",
      "The pottery stall sold out of jugs by noon.",
    ],
  },
  "vulgarity.coded.any-time": {
    abusive: [
      "Half the lads only go to the rugby club to get their end away.",
      "The new planning officer can inspect my extension any time 😉",
      "He'll be somebody's girlfriend in Wakefield prison by Christmas.",
    ],
    civil: [
      "The food bank can call me any time they need a driver.",
      "Residents can use my drive any day during the roadworks.",
      "The prison showers were condemned by the inspectors in 2019.",
    ],
  },
  "personal_attack.coded.empty-head": {
    abusive: [
      "Whoever approved this headline has mush for brains.",
      "Listen to him at the hustings: the lights are on but nobody's home.",
      "Evolution clearly passed him by.",
      "He couldn't find the town hall with both hands and a torch.",
    ],
    civil: ["The gene pool of the red squirrels on the island is too small, the study says."],
  },
  "off_topic.coded.says-so": {
    abusive: [
      "📈📈📈 BTC to the moon 🚀🚀🚀",
      "Completely unrelated but the potholes on Gorse Hill are huge.",
      "Nice write up. Unrelated but are the Brennock fireworks back on for November?",
      "OT but the Co-op cashpoint is eating cards again.",
      "Sorry, wrong thread. Anyone know if the tip is open Sunday?",
      "ignore me, meant to post this under the other story about the bypass",
    ],
    civil: [
      "The council's parking income went to the moon and back in the report's chart.",
      "The two cases are completely unrelated, the police said.",
      "The two cases are not unrelated, but the court will hear them separately.",
      "The wrong thread was pulled in the inquiry, his lawyer said.",
    ],
  },
  "vulgarity.coded.sexual-emoji": {
    abusive: ["Harrop's wife in the stands was the real highlight of the day 🍑"],
    civil: ["Lovely goal from Asante, what a finish 😍"],
  },
  "vulgarity.coded.innuendo": {
    abusive: [
      "Looks like she hasn't had a proper seeing-to since 2011.",
      "That minaret is the biggest erection the council has ever approved.",
      "Lucy was fit as. Her mate in the photo too, phwoar.",
      "Hoping the girls in the wellies and the tiny shorts are back, best view in Kelvoe that weekend ;)",
      "Man's had nothing better to do since his wife stopped putting out.",
      "The new lights make it look like a giant p3n1s from the riverside path.",
      "He's been screwing the residents for years and hasn't even bought them dinner first.",
    ],
    civil: ["The erection of the new stand starts in June.", "She never puts out the bins on time."],
  },
  "personal_attack.coded.take-your-tablets": {
    abusive: [
      "@MarlfordMum your posts are always hysterical. Take your tablets and calm down.",
      "Ten years and still no original thought in that tiny head.",
    ],
    civil: ["Remember to take your tablets with you if you are going into hospital for the day."],
  },
  "personal_attack.coded.iq": {
    abusive: [
      "Protesters looked like they'd been recruited from a bus shelter. Average IQ about 60.",
      "Judging by the letters page, the IQ of the parish council is somewhere near room temperature.",
    ],
    civil: ["IQ tests were used in the study, which the council did not fund."],
  },
  "personal_attack.coded.cannot-read": {
    abusive: [
      "@Tom_R you clearly can't read, the article says the opposite.",
      "Petrakis has the people skills of a parking meter.",
      "She can barely string a sentence together in council meetings.",
      "Learn to read, the article says the opposite.",
      "The planning chair has the reasoning skills of a traffic cone.",
      "The chairman reads the minutes without moving his lips now, progress of a sort.",
    ],
    civil: ["The adult literacy scheme helps people learn to write letters and fill in forms."],
  },
  "personal_attack.coded.lonely-life": {
    abusive: ["@RavensholmRay you've been going on about mosques for 10 years. Must be a lonely life."],
    civil: ["My father lived a lonely life after the war, and he never talked about Mosul."],
  },
  "identity_abuse.coded.expect-from-a-woman": {
    abusive: [
      "What do you expect with a woman running the show. Should be at home, not in charge of a budget.",
      "Emotional, can't handle pressure, off sick at the first raised voice. Job for a man.",
    ],
    civil: [
      "What do you expect from a woman who has been let down by every agency? She did her best.",
      "It was a job for a man with a crane, not a volunteer.",
    ],
  },
  "threat.coded.weapon-in-hand": {
    abusive: [
      "Someone should go in there with a can of petrol and show them what an emergency looks like.",
      "There's a mosque on Carr Lane with no bollards either. Maybe it's their turn to find out what a van can do.",
    ],
    civil: [
      "Someone should go in there with a camera and show them what an emergency looks like.",
      "The new fire engine arrived and the crew showed the kids what a hose can do.",
    ],
  },
  "identity_abuse.coded.united-nations": {
    abusive: ["We need more local lads in that team, not a squad that looks like the United Nations."],
    civil: [
      "The ceasefire talks in Geneva were hosted by the United Nations.",
      "The UN says 3,000 families returned.",
    ],
  },
  "identity_abuse.coded.pattern-recognition": {
    abusive: ["Same community, same crimes. Pattern recognition isn't a crime."],
    civil: ["The new cameras use pattern recognition to read number plates."],
  },
  "identity_abuse.coded.look-like-the-attacker": {
    abusive: [
      "Shame the people who look like the attacker were nowhere to be seen at the vigil. Says it all.",
    ],
    civil: [
      "The man in the e-fit looks like the attacker described by witnesses.",
      "Police want to speak to people who saw the attacker near the station.",
    ],
  },
  "identity_abuse.coded.sneer-quotes": {
    abusive: [
      "Start asking how many of our 'new neighbours' were in Mosul in 2017.",
      "Lovely family I'm sure, right up until the other twenty relatives turn up on the 'family reunion' route.",
      "Another 40 'people' landed at the slipway this morning.",
      "Wrenbury was a quiet village before it got 'diversified'.",
    ],
    civil: [
      "Your headline says 'migrants', the article says 'asylum seekers'. Please be accurate.",
      "The 'People's Vote' campaign held a stall on the high street.",
      "The 'new neighbours' scheme pairs each family with a volunteer.",
    ],
  },
  "identity_abuse.coded.you-know-who": {
    abusive: [
      "Tram to Kettlebridge, brilliant, now they can all get into town faster. You know who I mean.",
      "A&E is rammed with benefit tourists again, you know which ones",
    ],
    civil: ["You know who I mean, the councillor who chaired the flood inquiry. What did she say about it?"],
  },
  "personal_attack.coded.missed-meals": {
    abusive: [
      "Ruth Okafor doesn't look like she's missed many meals herself. Check the back room before begging.",
    ],
    civil: ["Thanks to the food bank the kids on our street haven't missed a meal all winter."],
  },
  "personal_attack.coded.contempt-little": {
    abusive: [
      "De Vries is a cynical little opportunist.",
      "The chair of that residents group is a nasty little bigot who has been stirring this for years.",
      "Nuttall has been blaming referees for fifteen years. Pathetic little man.",
    ],
    civil: [
      "A cynical little voice in me says the vote was rigged, but the count was observed.",
      "Politicians always forget the little man when the budget comes round.",
      "A sad little town hall ceremony for such a big loss.",
    ],
  },
  "personal_attack.coded.you-old-cow": {
    abusive: [
      "@Jen_S92 stop making it about politics you sanctimonious cow, a boy is dead",
      "@Farah_A you moan on every single event post, miserable old bag.",
      "She wrote that article and never checked a single fact, shameless old bag.",
    ],
    civil: [
      "The farm show's prize went to a ten-year-old dairy cow.",
      "Grandma left her old bag on the bus and the driver brought it round.",
      "You old romantic, it was a lovely parade.",
    ],
  },
  "threat.coded.stray-strike": {
    abusive: [
      "The Turks have the right idea with those drones. Would be nice if one found its way to Market Square.",
    ],
    civil: ["Would be nice if one of the candidates found their way to Market Square before polling day."],
  },
  "threat.coded.finish-the-job": {
    abusive: [
      "Pity the drone missed the rest of his family. Give me the coordinates and I'll finish the job",
      "Murdering a Muslim like you should be decriminalised.",
    ],
    civil: [
      "The council started the resurfacing in May and still hasn't finished the job.",
      "Murdering aid workers should never be excused, whatever the cause.",
    ],
  },
  "threat.coded.same-on-their-house": {
    abusive: [
      "Whoever in the MoD signed that strike off deserves the same thing dropped on their own house.",
    ],
    civil: ["The families of the victims deserve the same justice as anyone else in this country."],
  },
  "threat.coded.made-to-happen": {
    abusive: [
      "Maybe one day someone will make sure it happens.",
      "I wouldn't want to be the officer who signed this off next time he takes his dog along Canal Street.",
    ],
    civil: [
      "The council says the new crossing will happen in spring, and we will make sure they keep that promise.",
      "I wouldn't want to be the officer who has to tell the families, honestly.",
    ],
  },
  "threat.coded.family-address": {
    abusive: [
      "His dad still lives on Mercer Street, round the back of the chippy. Just so people know.",
      "The bomber's mother lives at number 9 and nobody has said a word to her. Yet.",
    ],
    civil: [
      "My mum still lives on Mercer Street and the buses stopped running there in May.",
      "His family still live on our estate and have had nothing but support from the neighbours.",
    ],
  },
  "threat.coded.vigilante": {
    abusive: [
      "If the police won't deal with them, some of the dads round here will.",
      "Plenty of lads in Hexham who'd save the courts the bother.",
      "Give me ten minutes with them, I'll sort them out myself.",
      "Tow the boats straight into the docks and leave them there, problem solved.",
      "Somebody should teach those councillors what happens when you ignore a whole town.",
    ],
    civil: [
      "If the police won't release the footage, the council should ask the commissioner.",
      "A guilty plea would save the courts the expense of a second trial.",
      "I'll sort it out myself with the landlord, thanks for the advice.",
    ],
  },
  "identity_abuse.coded.breed-terrorists": {
    abusive: [
      "Those people breed extremists, always have.",
      "That mosque is a breeding ground for future jihadis.",
    ],
    civil: [
      "Overcrowded prisons are a breeding ground for extremism, the inspector warned.",
      "Those camps are a breeding ground for the next generation of jihadis. Bring the children home.",
    ],
  },
  "identity_abuse.coded.origin-judged": {
    abusive: [
      "If you love Syria that much there's a flight every day.",
      "His street could end up looking like Kabul.",
      "We don't need outsiders running our parish council, simple as that.",
      "If the bus drivers bothered to learn English we wouldn't have this problem.",
      "Migrant families taking up all the GP appointments again.",
      "Diversity hire, everyone knows it.",
      "The Khans of this country will be running it soon enough.",
      "The candidate is a Pakistani, enough said.",
      "Newroz today, sharia courts tomorrow.",
      "If they love it so much there's a bus going back there, one way.",
      "Learn English or leave, simple.",
      "Every one of them is a ticking time bomb.",
      "If they love Kurdistan so much there are flights every day.",
      "Too many 'imports' in the squad now, not like the old days.",
      "Their country, their rules, eh? Not any more.",
      "Mosque today, caliphate tomorrow. Wake up.",
      "The Green candidate is Amira Saleh. Vote for your own.",
      "How many generations has her family actually been here? Send her back to Bradford, or further.",
      "Only one on the list who looks like he's actually from round here is the farmer.",
      "Another one called Mohammed or whatever, what a shock.",
      "Why do they care who runs Iraq? Then go and live in Iraq.",
      "Raised to hate us from the cradle. Deport the whole family.",
      "That is what happens when they try to live like us.",
      "Strangers in our own high street now.",
      "Another stall selling foreign muck at the fete.",
      "Everyone knows which community turned out for her.",
      "We all know who the new budget is really for.",
      "Another chapel lost to them, that is how it starts.",
      "Not exactly local faces at the count, if you get me.",
      "The roads were fine before we let half of Eastern Europe drive on them.",
      "Is that a striker or a skin condition? lol",
      "The town has more mosques than pubs now.",
      "Our traditions are being erased for them, year by year.",
      "How many of them are actually English? The board is run by outsiders.",
      "They should all be sent back, not given a platform.",
      "Some of us remember what his religion did to this town.",
      "Shut the mosques. These people are at war with us.",
      "Locals last again, houses for people who arrived last week on a dinghy.",
      "The market is basically Karachi now.",
      "The postal votes from the Asian streets decided it, same every time.",
      "Some cultures just don't fit in here and never will.",
      "How many in that queue have even paid into the system? A question nobody is allowed to ask.",
      "It's not a festival, it's a territory marker.",
      "Lock up your bikes lads, the travelling community have arrived.",
      "Sick of them forcing their dead language on us.",
      "Monkey chants? Maybe if he didn't play like one. Banana for scale.",
      "Not for the ones who turned up lately and took it over street by street.",
      "Some cultures are used to living like that, ours is not.",
      "Nineteen in one house and they thought it was luxury compared to where they come from.",
      "A Karim standing for the ward. Tells you how far we have fallen.",
      "This town has got a Pakistani problem and nobody will say it.",
      "This is exactly why you don't let them into the club.",
      "Chandran should go back to Mumbai and fix the potholes there.",
      "Never forget what the r.o.p. did to this town.",
      "You can let them out but you can't change what's in the Koran.",
      "No surrender. 1690 never forgotten.",
      "If they love their homeland so much there are flights every day.",
      "Forty years on and the high street looks like Mirpur now.",
      "Every penny goes to families who never paid in.",
      "Nice to see a local girl score. Not exactly Barnsley born and bred though, is she.",
      "Lovely people, but one does count the spoons after they visit.",
      "Schools now run for people who arrived five minutes ago.",
      "Most residents hadn't realised they'd been replaced quite so thoroughly.",
      "Should have cut the language budget for all the foreign kids instead.",
      "She should remember she's a guest in this country.",
      "Half of them wave PKK flags. They want to bring their war here.",
      "Foreign carers don't care about our old people.",
      "Grants to a family from Cluj while locals go under. Britain last, as usual.",
      "Ten years of standing together and we're still building mosques.",
      "Go back to Erbil and take your ice cream with you.",
      "The doctor should go back and work there then.",
      "I'd rather starve than buy from them people.",
      "Invasion. Call it what it is.",
      "Deport him and the whole family. We don't need their kind.",
    ],
    civil: [
      "We don't need another consultation running into next year.",
      "She learned English in two years and now teaches maths at the college.",
      "My sister moved to Spain, then went to live in Madrid for work.",
      "The school has more pupils than places, the head says.",
      "My nan went back to Jamaica in 1990 and never regretted it.",
    ],
  },
  "vulgarity.coded.sexual-allusion": {
    abusive: [
      "Cllr Morris would rather close libraries than close her legs.",
      "Hope they get buggered senseless in prison.",
      "The weather presenter has a lovely pair, no wonder the ratings are up.",
      "Caught two of them hooking up behind the bins at the fireworks.",
      "The new barmaid is well fit, I'll be in every night now.",
      "Hope the new girls at the factory are up for it, fresh meat for the lads.",
      "The women's team should play in bikinis, ticket sales would treble.",
      "The chairman spent the whole meeting staring at her chest.",
      "The lads remember her from school, she was a right goer.",
      "We all know what she did under the desk to get that job.",
      "The ladies of Dock Street will be doing a roaring trade with the new bus.",
      "Plenty of eye candy at the regatta this year.",
      "The girl on the tombola can come round at mine anytime.",
      "Dave from the welcome group can welcome my balls.",
      "@Claire private tuition any time, no clothes required.",
      "Some of the women marching were proper tasty.",
      "I was getting lucky with a barmaid while all this kicked off.",
      "Happy endings funded by the pension fund.",
      "That blonde reporter at the memorial, what I'd do to her given ten minutes.",
      "The owners bent the workers over without even a kiss first.",
      "About how long since he last got his hole.",
      "Guess she fancied a different position for once.",
      "Anyone who disagrees should be made to bend over for him.",
      "The portfolio holder should be fondled in public.",
      "More lorries through them than a truck stop hooker.",
    ],
    civil: [
      "Close the legs of the trestle tables before stacking them, the hall rules say.",
      "Our keeper has a great pair of hands, best in the league.",
      "The twins have a great pair of voices, the choir is lucky.",
      "Volunteers hooked up the generator behind the stage.",
    ],
  },
  "threat.coded.unsaid": {
    abusive: [
      "Thirty years on and they're still walking about. He had the right idea, but the wrong target. Next time.",
      "The councillor wants to be careful, mouthing off on the radio. People back home read the Gazette too.",
      "The lads on the inside will sort him out, prisons have their own justice for his sort.",
      "Approve the mast on Monday and see how many windows the depot has left by Friday.",
      "Daniel Frew, Mill Street, number 30-something. Tick tock.",
      "She should be careful what she says. Her cousins back home might hear about it.",
      "Any Rovers fan who turns up at Elm Park next season gets it.",
      "Her brother lives on Mill Rise, the one with the boat on the drive. Don't say you weren't told.",
      "Town fans coming to the Dell in March better bring helmets.",
      "Whoever grassed on the lads should be careful. Ashby is a small town.",
      "The cabinet member drinks in the Anchor most Fridays. Let's explain the cuts to him, properly.",
      "Her agent works above the bakery on Kirk Street. Maybe she needs a little visit.",
      "His white van sits at the top of the bank every night. Steep drop. Handbrakes fail.",
      "Councillors voting for the levy should check their tyres before they drive home.",
      "Next time a lorry mounts my kerb I'm dragging the driver out of the cab.",
      "If the courts won't act, someone eventually will. Names are out there.",
      "Anyone who defends him should expect the same treatment the depot got.",
      "The hostel needs a fire inspection of the more permanent kind.",
      "She walks the dog by the canal at ten. Dark down there now the lamps are off.",
      "Someone will get hurt at those barriers and I hope it's the cabinet member.",
      "His brother drives for the takeaway, easy enough to find.",
      "I'm driving through at ten. If they're in the way that's their problem.",
      "Next rally on the green, bring something heavier than placards.",
      "There's a family from over there on Pitt Lane. Someone should send them a message.",
      "I know which lads are doing security and where they live.",
      "Next time someone should drive straight through the middle of them.",
      "People have got his car registration. Cleared in court doesn't mean cleared on the street.",
      "Any of them who come back won't last a week. Plenty of us will make sure of it.",
      "The staff entrance is round the back on Cliff Lane. Useful info for Saturday.",
      "She lives above the bakery if anyone wants to tell her what they think of her brother in person.",
      "I hope someone does to her what ISIS did to everyone else.",
      "Shame the fire didn't finish the job. Plenty of people round here still know where they live.",
      "Mrs Oduya would be well advised to think carefully before voting. People here have ways of making their displeasure felt.",
      "Not everybody in Haslingbury is as tolerant as the council, and crowds can turn.",
      "Might be time some patriots dropped round to discuss her speech.",
      "The bomber's brother drinks in the Crown. Someone should sort him out properly.",
      "Vibert has kids at the college, doesn't he? Shame if they had a bad day on the walk home.",
      "Someone ought to pay her a visit and explain it. Bring a bat.",
      "If a few of their boats get damaged trying to dock, so be it.",
      "He lives at the Old Rectory. 2,000 angry neighbours know that now.",
      "The lad who went through our keeper, he'd better not come into town for a pint.",
      "Proper justice would be a rope, from us, outside the court.",
      "@Gina her mum posts in the Facebook group, go say it to her face.",
    ],
    civil: [
      "Next time the council should consult before closing a road for a month.",
      "Prisons have their own problems with overcrowding, the inspector says.",
      "She had the right idea going early, the queue was two hours by noon.",
      "Check the tyre pressures before a long drive, the RAC says.",
      "The brakes failed on the bus, the inquest heard.",
    ],
  },
  "identity_abuse.coded.homophobic-trope": {
    abusive: [
      "They can do what they want in private but stop pushing it on children.",
      "It was Adam and Eve, not Adam and Steve, whatever the school says.",
      "Story hour my foot, it's all about getting to the kids.",
      "These LGBT weirdos want a parade every month.",
      "The LGBT agenda is an abomination, plain and simple.",
      "The summer fair has become a festival of perversion. Keep them away from the school stall.",
      "The party picked 'it' to tick a box.",
    ],
    civil: [
      "The bookmakers keep pushing their apps on young men, it should be banned.",
      "Adam and Eve were painted on the chapel ceiling in 1640, the guide said.",
    ],
  },
  "identity_abuse.coded.sexist-trope": {
    abusive: [
      "Women and public money, never a good mix.",
      "The Greens lost because women and students ran their campaign. Leave politics to the adults.",
      "Calm down ladies, it's only a car park.",
      "That's what happens when you put a woman in charge of the budget.",
    ],
    civil: [
      "Leave the planning to the experts, the council said.",
      "Women and students ran the phone bank, and it worked.",
      "The club put a woman in charge of the academy and the results speak for themselves.",
    ],
  },
  "personal_attack.coded.put-down": {
    abusive: [
      "The defence lawyer must have the ethics of a tapeworm.",
      "Cllr Ashworth, 34, has never had a real job. Totally qualified to run transport.",
      "Forty minutes saying nothing. Does he practise in the mirror?",
      "@Gert Really impressive reasoning there. Did you need help with the long words?",
      "Our resident lawyer strikes again. Degree from a cereal packet.",
      "Janet's been proving it for 20 years. Dinosaur. Should've sold up.",
      "Councillor Pike hasn't done a day's work since the Jubilee.",
      "She couldn't balance her own chequebook.",
      "@Doc there's nothing going on between your ears.",
      "Brenda couldn't organise a queue at a bus stop.",
      "He couldn't find the exit of his own office without a sat nav.",
      "Our MP couldn't fight his way out of a wet paper bag.",
      "That councillor would sell his own granny for a seat on the cabinet.",
      "Couldn't find her own car in a one-space car park.",
      "That jury must have been twelve of the thickest people in the county.",
      "How much do they pay you per comment?",
      "The Home Secretary gave that speech with the emotional range of a fridge.",
      "Did the minister read the briefing or did someone colour it in for him?",
      "Wonderful how Hedvig has an opinion on everything and a clue about nothing.",
      "Tolland wouldn't recognise a value if it tackled him.",
      "I've met more competent people running a bouncy castle.",
      'Our resident "Middle East expert" Pieter has never been further east than Düsseldorf.',
      "Does the council pay you per comment or do you do it for free?",
      "The new chief constable has a face made for radio and a plan to match.",
      "Two egos in search of a brain, the pair of them.",
      "The new chair is allergic to actual work, judging by the minutes.",
      "@Mags leave the transport opinions to people who have actually had a job.",
      "@Tel says the man who has never volunteered for anything. Sit down.",
      "@Jo it's adorable that you still believe the manifesto.",
      "@Sue have you considered the problem might be you?",
      "@Ray you can't spell council, which tells us all we need to know about your judgement.",
      "@Dave the last book you read had pictures in it.",
      "@Kim must be nice living in that little world of yours.",
      "@Di nobody has ever taken you seriously on here.",
      "@Lou shall I explain the count to you slowly?",
      "Good riddance, don't let the door hit you.",
      "Milking it for attention again, can't let go of her fifteen minutes.",
      "Councillor Pym would attend the opening of an envelope if there was a photographer.",
      "She couldn't find Holbeach on a map without her intern.",
      "@Claire spoken like someone whose kids go private.",
      "@Jo do you ever stop moaning? Every single story.",
      "Mortimer couldn't teach a fish to swim. Washed-up has-been.",
      "Pomfrey hasn't had an original thought since decimalisation.",
      "Someone should check he's still breathing during these meetings.",
      "Bless him, promoted well beyond his comfort zone.",
      "Brenda has the urgency of a sloth on sick leave.",
      "Must be nice to have nowhere to be on a Monday.",
      "@PriorParent defending that school online says everything about you.",
      "Did Councillor Pryce read the report or have it read to him slowly?",
      "Trust-fund clothes horses with the collective intelligence of the ponies.",
      "The head can't control her own staff, let alone 1,200 kids.",
      "Exactly the kind of man who peaked at school and blames everyone else.",
    ],
    civil: [
      "The committee has the ethics of a new code to follow from January.",
      "Apprentices said it was the first real job they had ever had.",
      "The museum's new dinosaur room opens on Saturday.",
      "A has-been? He won the seat three times.",
      "My dad hasn't had a day off work since 1998.",
      "The council couldn't balance its budget this year.",
      "Both leaders need to stop posturing and sit down at the table.",
      "Leave the planning decisions to people who know the area, I say.",
      "The report says everything about the council's priorities.",
    ],
  },
  "personal_attack.coded.insinuation": {
    abusive: [
      "Funny how his brother-in-law got the paving contract. Just putting it out there.",
      "Her husband's firm did the refit. Nice work if you can get it. Ask who signed it off.",
      "Same bands, same mates, same 'expenses'. Worth someone checking the books.",
      "She listened alright, to her husband's mates. Small town, people talk.",
      "Nothing against them, just asking who they know at the council.",
      "Resigned the day before the audit. Draw your own conclusions.",
      "The chair eats there free every Friday. Nothing to see here of course.",
      "Shut the unit, open his own clinic. Work it out for yourselves.",
      "The real culprit sits on the council. You heard it here.",
      "She always gets the council stories first. Funny that, since she dated the leader's son.",
      "Ask where last year's raffle money went.",
      "The man who borrowed the Scout hut funds? Ask around, everyone knows.",
      "Makes you wonder why Nicholson's husband got a promotion right after. Cosy.",
      "Interesting that Hine's brother owns land next to the route. Just asking.",
      "Careless driving? Some families get lucky in this town.",
      "The old leader was a crook and everyone knows it.",
      "Holt was a snake and everybody at the club knew it.",
    ],
    civil: [
      "Funny how the bypass was finished early and the school roof still leaks.",
      "The council should publish who signed off the contract.",
      "Future England captain, you heard it here first.",
    ],
  },
  "personal_attack.coded.knows-what-you-are": {
    abusive: ["@Kev everybody in this town knows what you are."],
    civil: ["Everybody knows what the council is doing with the car park money."],
  },
  "vulgarity.coded.sexual-act": {
    abusive: [
      "She only got the job because she went down on him at the Christmas do.",
      "The planning committee gets a hard-on for every new car park.",
    ],
    civil: [
      "He went down on one knee at the war memorial and proposed.",
      "She went down on her luck after the factory closed.",
      "The minister was hard on the council and soft on the developers.",
    ],
  },
  "threat.coded.against-the-wall": {
    abusive: [
      "Fly the whole lot back and line them up against a wall.",
      "Every one of those councillors should be put up against the wall.",
    ],
    civil: [
      "ISIS lined the men up against a wall in the village square, the survivor told the court.",
      "Line the bins up against the wall on collection day, the council asks.",
    ],
  },
  "threat.coded.permanently": {
    abusive: ["Somebody needs to sort her out permanently before she does it again."],
    civil: ["The council will sort the drainage out permanently next spring."],
  },
  "identity_abuse.coded.more-of-them-sneer": {
    abusive: ["Great, more Muslims. Because that's worked out so well everywhere else."],
    civil: ["Great, more refugees have found work at the depot this year."],
  },
  "identity_abuse.coded.those-people": {
    abusive: [
      "They know exactly how to work our system, these people.",
      "Rebuilding the mosque where the caliphate was declared. Says everything about that religion really.",
      "One less Moroccan thug on the streets, the officer deserves a medal.",
      "Nice to see a proper local girl win. Keep it Dutch.",
      "Strip citizenship from all Muslims with dual nationality. Problem solved.",
    ],
    civil: [
      "Landlords know exactly how to work the system, the council should close the loophole.",
      "The cuts say everything about this council's priorities.",
      "One less pothole on Bridge Street, the officer deserves a medal.",
    ],
  },
  "identity_abuse.coded.sect-blamed-for-isis": {
    abusive: [
      "Sunni Arabs welcomed ISIS with open arms in 2014. Let them rebuild their own city.",
      "Why waste money on Mosul, every Sunni there was cheering when ISIS rolled in.",
    ],
    civil: ["Some Sunni tribes welcomed ISIS at first, then paid the heaviest price of anyone."],
  },
  "off_topic.coded.greeting-from": {
    abusive: [
      "Greetings from Paramaribo, love reading this site 🇸🇷",
      "Checking in from Ghent, loved visiting your city last summer!",
    ],
    civil: [
      "hello from Kidderminster, we had a hotel used for asylum seekers for two years. It was quieter than the rumours said, and the bigger issue was GP places.",
      "Greetings to the new editor, and keep the court reports coming.",
    ],
  },
  "identity_abuse.coded.hordes": {
    abusive: [
      "Canada was fine before the brown hordes showed up.",
      "Nice festival ruined by hordes of foreigners in every queue.",
    ],
    civil: [
      "Hordes of shoppers filled the high street on Saturday.",
      "The Mongol hordes exhibit opens at the museum next week.",
    ],
  },
  "promotion.coded.recommend-and-find": {
    abusive: [
      "I switched to QuickDoc, got a video GP in 15 minutes. Best decision I made this year, look them up.",
      "If anyone needs loft conversions done honestly, look up Greenway Builders on Checkatrade.",
      "Found a brilliant traffic lawyer who got it thrown out. Meester De Wilde in Ghent, honestly look him up, worth every cent.",
      "Aydin Bouw did our extension and were excellent. Just google the name.",
    ],
    civil: [
      "The inspection reports for all three sites are damning. Look them up on the government website.",
      "Timothy Evans, Derek Bentley. Look them up. The resemblance is amazing.",
    ],
  },
  "promotion.coded.ask-for-name": {
    abusive: [
      "Rent one at the station for €12 a day, ask for Tom at VeloCenter.",
      "Really recommend them, ask for Rêbaz and he'll give you a discount.",
    ],
    civil: [
      "Under 8s train on Saturday mornings at the rec. Ask for Karen.",
      "If you're struggling, ask for help at the library desk.",
    ],
  },
  "identity_abuse.coded.banana": {
    abusive: [
      "decent game from him for once, someone chuck him a 🍌",
      "n1ce goals from the m0nkey I suppose 🍌🍌",
    ],
    civil: [
      "The banana bread at the match-day stall sold out by half time 🍌",
      "Give him a chance, he's only 19.",
    ],
  },
  "identity_abuse.coded.sect-as-vermin": {
    abusive: ["Mosul was full of them, those sunni rats.", "Baghdad is run by Shia dogs taking orders."],
    civil: ["A Shia prime minister, a Sunni speaker and a Kurdish president share the posts."],
  },
  "threat.coded.dead-once-out": {
    abusive: [
      "Keep that 17 yr old locked up cos outside he's d.e.a.d.",
      "Traitors get what they deserve. The rope's next.",
    ],
    civil: ["When they're released they're dead to me.", "Once he's out he's dead broke, his lawyer says."],
  },
  "threat.coded.menace-unsaid": {
    abusive: [
      "The imam who welcomed ISIS still lives there. Our boys know the house.",
      "He won't see the next anniversary.",
      "Embassy staff live in the suburbs like everyone else. Funny how safe they must feel right now.",
      "Wouldn't want to be them if their addresses got posted.",
      "There'll be tractors at the provincial house again. Smit knows what happened to his car last time.",
      "The street is patient but not forever.",
      "If the courts let her off, someone in Carrick Down will finish the job the airstrikes didn't.",
      "There are plenty here who'll be waiting at the gate for him.",
      "Some of us know which ones. They won't be living here much longer.",
      "Names are being collected.",
      "People in this town remember usernames. And faces.",
      "Politicians should remember how Ceausescu ended up.",
      "every one who killed our people is on a list. we will visit them one by one.",
      "He should be thrown in the channel and held under until he stops moving.",
    ],
    civil: [
      "We know the house was empty when the fire started, the fire service said.",
      "Funny how the safest seats always get the new schools.",
      "Nobody knows what happened to the car after the crash, the inquest heard.",
      "The army should finish the job the coalition started and clear the last tunnels.",
      "Parents were waiting at the gate for an hour in the rain.",
      "Most people I know who voted for them are just skint.",
      "The old mill won't be standing long once the demolition crews arrive.",
    ],
  },
  "personal_attack.coded.reply-insinuation": {
    abusive: [
      "@Rick let me guess, you left school at 15 and you think it doesn't show.",
      "@Hawraz easy to say when your own kid probably failed anyway.",
      "@Shilan you defend every project this government does 🤡",
    ],
    civil: [
      "Let me guess: they'll finish the resurfacing and the water board will dig it up again.",
      "@Ann your family probably knows the area better than the council does.",
      "So burglaries up 30% and the answer is fewer police. Makes total sense 🤡",
    ],
  },
  "profanity.coded.abbreviation": {
    abusive: [
      "Hope the judge throws the book at this POS.",
      "What a load of BS, the staff were warned.",
      "The council did sweet FA about it.",
    ],
    civil: [
      "The shop's new POS system crashed twice on Saturday.",
      "That pos is the last one on the list.",
      "The wiring meets BS 7671 and the FA said the ground passed.",
      "The FA did nothing about it, and the club knows FA rules.",
      "What a load of bs in the paper this week.",
    ],
  },
  "personal_attack.coded.bless-him": {
    abusive: ["Councillor Pryor thinks a press release is a policy, bless him."],
    civil: [
      "My grandad marched again this year at 96, bless him.",
      "God bless her and all the nurses on that ward.",
    ],
  },
  "personal_attack.coded.raised-a-terrorist": {
    abusive: [
      "Spare me the tears. Useless parents who raised a terrorist and now want our pity.",
      "His uncle was the same. The apple doesn't fall far from the tree.",
    ],
    civil: ["No parent ever thinks they raised a terrorist, the deradicalisation officer told the hearing."],
  },
  "threat.coded.told-where-they-are": {
    abusive: [
      "Eight years on and the gunman's father still drives the school bus on Tanner Road.",
      "She voted for it. Her office is on Market Street, ground floor, in case anyone wants a word.",
    ],
    civil: [
      "The bomber's family still live in the town and have done nothing wrong. Leave them alone.",
      "The MP's office is open on Fridays for anyone who wants help with a visa.",
    ],
  },
  "personal_attack.coded.sympathiser-label": {
    abusive: ["@Kez you're a terrorist sympathiser and everyone on here can see it."],
    civil: ["The court heard the attacker was an ISIS sympathiser known to MI5."],
  },
  "threat.coded.beating": {
    abusive: [
      "Those lads outside the chip shop want a good hiding, and they'll get one.",
      "Keep talking like that and you'll be picking your teeth up off the pavement.",
      "The lads who wrecked the war memorial should be found and given a good hiding.",
    ],
    civil: [
      "The report says he was given a beating by the guards in the camp.",
      "If he keeps the hospital open he'll get a thumping majority.",
      "This government deserves a kicking at the polls in May.",
      "Labour should be given a kicking at the ballot box for this.",
    ],
  },
  "threat.coded.lie-low": {
    abusive: [
      "He'd better keep his head down when he gets back to the estate.",
      "Find out where the magistrate lives and make sure she doesn't sleep easy.",
      "The new councillor might want to rethink her morning jogging route.",
    ],
    civil: [
      "Residents were told to keep their heads down during the raid, the inquiry heard.",
      "The council will rethink the bus route after the consultation.",
    ],
  },
  "identity_abuse.coded.unnatural": {
    abusive: [
      "Two mums at the school gate. It's not natural and the kids know it.",
      "Nobody is born that way, whatever the lessons say.",
    ],
    civil: ["The same-sex marriage vote passed with a large majority in 2013."],
  },
  "identity_abuse.coded.perversion-trope": {
    abusive: ["Keep the drag queens away from the library, families don't want that perverted rubbish."],
    civil: ["The drag queen story hour went ahead with forty children and their parents."],
  },
  "promotion.coded.spread-or-hire": {
    abusive: [
      "Vote Hollis on Thursday, the only candidate who fixes potholes! RT and share",
      "Warehouse staff wanted Ridgeway area, cash in hand, message me.",
    ],
    civil: ["The hospital says more nurses are needed on the night shift."],
  },
  "identity_abuse.coded.polite-prejudice": {
    abusive: [
      "Rents went through the roof when the newcomers arrived. Put locals first.",
      "Money for the asylum centre, none for the actual Dutch people in the villages.",
      "These people have been a problem in every country they've ever lived in.",
      "That estate hasn't been English for twenty years, everyone knows why.",
      "Walk down Station Road after dark and you'd think you were in a different country.",
      "Half of them weren't born here, and it shows in how they drive.",
      "If they love Syria so much there are flights every day.",
    ],
    civil: [
      "The market should put local growers first when it allocates stalls.",
      "Actual people in the villages were never asked about the bus route.",
      "Potholes are a problem in every town I have lived in.",
      "My grandmother was born here in 1931 and still lives on the same street.",
      "Flights to Erbil every day now, which makes visiting family easier.",
    ],
  },
  "identity_abuse.coded.polite-racism": {
    abusive: [
      "The taxi rank is basically a brown monopoly now.",
      "Give him a payout because he played the race card, that's how it works now.",
    ],
    civil: ["The inquiry found the force had failed Black officers for decades."],
  },
  "identity_abuse.coded.polite-religious-hatred": {
    abusive: [
      "He's not an ISIS member, he's just a Muslim doing what his book tells him to.",
      "Nobody could have predicted it. Except anyone who's actually read their book.",
      "Islam doesn't change.",
      "Rebuilding the mosque? They're all incubators.",
      "Ｉｓｌａｍ and citizenship don't mix.",
      "Their religion is fundamentally incompatible with a free country.",
      "They lost because they're all ISIS sympathisers anyway.",
      "Another attack, and still nobody will admit the religion itself is the problem.",
      "Stop pretending it's a few bad apples. Their whole religion is the problem.",
      "Half the kids at that madrasa are little jihadis in training.",
    ],
    civil: [
      "Anyone who wants to understand Kocho should read her book.",
      "ISIS's ideology is incompatible with a free country, and most Muslims say so loudest.",
      "Oil and water don't mix, and neither do these two coalition partners.",
      "The religion teacher at the academy has retired after thirty years.",
      "Their religion is the reason they run the food bank, and good on them.",
    ],
  },
  "personal_attack.coded.sneer": {
    abusive: [
      "@Kel did you get your law degree from the University of Facebook?",
      "@Gaz always a treat to hear from our resident defence expert.",
      "@Mo did your economics degree come free with a box of cereal?",
      "@Sue do you even have a life outside this comment section?",
      "Our MP wouldn't know a hospital ward if one fell on him.",
      "Another statement from the self-appointed voice of the whole estate.",
      "@Rob have a lie down, the count isn't changing.",
      "Hollis will say anything for a headline.",
      "@Bev imagine being this bitter about a roundabout.",
      "The inspector couldn't spot a burglar if one sat on his lap.",
    ],
    civil: [
      "Six years for a life. His family get a life sentence.",
      "After the night shift I need to have a lie down before the school run.",
      "She gave evidence from behind a screen and the judge thanked her.",
    ],
  },
  "threat.coded.left-to-reader": {
    abusive: [
      "She says she has had threats. Plenty more where those came from, love.",
      "That mosque has no cameras at night, just saying.",
      "He gets out in March. Good to know for when he's back.",
      "The roads out of Carlow are long and empty after dark, remember that.",
    ],
    civil: ["The level crossing has no lights at the weekend, the rail company admits."],
  },
  "vulgarity.coded.keep-warm": {
    abusive: ["She'll find another fighter to keep her warm at night in the camp."],
    civil: ["Volunteers handed out blankets to keep families warm at night in the camp."],
  },
  "promotion.coded.hook": {
    abusive: [
      "Landlords in Ashby, get in touch for a free valuation, we beat any agent.",
      'Comment "SAVE" and I\'ll send you my guide to beating the energy cap.',
      "Had the same problem with my landlord, Hartley Legal sorted it. Worth every penny, just google them.",
      "Our double glazing came from Brightpane and they've got a winter sale on now.",
      "Marco at the pharmacy gives a discount if you mention this comment.",
      "My lad does graffiti removal, ask for Dean at the garage, tell him Sandra sent you.",
      "Our movement meets every Thursday at the Azadi tea house, 7pm. Bring your friends.",
    ],
    civil: [
      "Residents can get in touch with the council for advice on the energy cap.",
      "The new library was worth every penny of the grant.",
    ],
  },
  "off_topic.coded.changes-subject": {
    abusive: [
      "Can we talk about the bins on Fennel Road instead? Three weeks now.",
      "Speaking of bins, my neighbour's hedge is blocking the whole pavement again.",
      "While we're talking about the council, when are they fixing the lights on Fennel Road?",
      "Random question, does anyone know a good plumber in Ashby?",
    ],
    civil: ["The minister said the council was talking of cuts long before the election."],
  },
};

const codedRules = (text: string) =>
  judge(text)
    .evidence.map((e) => e.rule)
    .filter((r) => r.includes(".coded."));

describe("coded language", () => {
  it("has cases for every rule", () => {
    expect(Object.keys(CASES).sort()).toEqual([...new Set(CODED_RULES.map((r) => r.id))].sort());
  });

  for (const [rule, { abusive, civil }] of Object.entries(CASES)) {
    it.each(abusive)(`${rule}: holds or rejects %j`, (text) => {
      const j = judge(text);
      expect(j.decision).not.toBe("approved");
      expect(codedRules(text)).toContain(rule);
    });
    it.each(civil)(`${rule}: lets the civil %j through`, (text) => {
      expect(codedRules(text)).toEqual([]);
    });
  }

  it.each([
    "We're being replaced and anyone who notices is called a bigot.",
    "I'll be called racist for saying this, but we're being replaced.",
  ])("does not read the fear of being called a bigot as condemnation: %j is not approved", (text) => {
    expect(judge(text).decision).not.toBe("approved");
  });

  it.each([
    "People who say Hitler had a point should be ashamed of themselves.",
    "Someone shouted ching chong at my daughter on the bus. Disgusting.",
    "People who say we're being replaced are spreading a racist conspiracy theory.",
  ])("approves %j: praise of the Nazis and a racist taunt cited to condemn them", (text) => {
    expect(judge(text).decision).toBe("approved");
  });

  it("rejects the phrases that have no civil reading, naming the guideline", () => {
    const j = judge("There's no such thing as a moderate Muslim, just one who hasn't acted yet.");
    expect(j.decision).toBe("rejected");
    expect(j.categories[0]).toBe("identity_abuse");
  });

  it("holds a rejecting phrase cited in quotation marks instead of rejecting it", () => {
    const j = judge('The leaflets said "Britain for the British" and the committee ignored them.');
    expect(j.decision).toBe("pending");
    expect(judge("Britain for the British, and the committee should listen.").decision).toBe("rejected");
  });

  it("lowers a dog whistle quoted to condemn it below the hold level, where used it holds", () => {
    const invasion = (text: string) =>
      judge(text).evidence.find((e) => e.rule === "identity_abuse.coded.invasion")?.score;
    expect(
      invasion(
        'Calling refugees an "invasion", as the leaflet did, is racist and the party should apologise.',
      ),
    ).toBeLessThan(0.5);
    expect(invasion("It is an invasion of asylum seekers and the party should stop it.")).toBe(0.6);
  });
});

describe("threats quoted to report them", () => {
  it("holds a quoted threat that is reported, below the level the model may confirm", () => {
    const j = judge(
      '"Someone should put a bullet in her" was posted under her last video and it was still up a week later.',
    );
    expect(j.decision).toBe("pending");
    expect(j.scores.threat).toBe(0.5);
  });

  it("names a quoted, reported threat cited, so the model may not reject it alone (merge.test.ts)", () => {
    const j = judge(
      'He wrote "burn the mosque with them all inside". Read that again: there are children in there on Saturdays.',
    );
    expect(j.decision).toBe("pending");
    expect(j.evidence.map((e) => e.rule)).toContain("threat.and-everyone-in-it.cited");
  });

  it("still rejects the same threat made, not quoted", () => {
    expect(judge("Someone should put a bullet in her. She posted lies about us.").decision).toBe("rejected");
  });
});
