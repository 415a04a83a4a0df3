import { describe, it, expect } from "vitest";
import { analyzeBody } from "../test-support.js";
import { findMeetings } from "../events/find-meetings.js";
import { findQuotes } from "../quotes/find-quotes.js";
import { findPositions } from "./find-positions.js";

function positions(body: string): string[] {
  const analysis = analyzeBody(body);
  const { meetings, state } = findMeetings(analysis);
  return findPositions({ analysis, meetings, events: state, quotes: findQuotes(analysis) }).map(
    (p) => `${p.holders.join("+")} ${p.stance} ${p.kind}(${p.args.join(",")})`,
  );
}

const MET =
  "Peruvian Foreign Minister Ana Ruiz met Chilean Foreign Minister Tomas Vidal in Lima on Monday.";

describe("findPositions", () => {
  it("gives a joint position to every side of the meeting", () => {
    expect(
      positions(
        `${MET} The two ministers reaffirmed their commitment to free trade between their countries.`,
      ),
    ).toEqual(["PER+CHL support trade(PER,CHL)"]);
  });
  it("finds the state of a topic after a clause of up to four words ('on the soldiers who seized power in')", () => {
    expect(
      positions(
        `${MET} The two ministers agreed to impose sanctions on the officers who seized power in Bolivia.`,
      ),
    ).toEqual(["PER+CHL support sanctions(BOL)"]);
  });
  it("puts sanctions named alone on the state put under sanctions or pressure last", () => {
    expect(
      positions(
        `${MET} The two ministers agreed to keep up pressure on Bolivia, including through sanctions. Vidal spoke of Argentina's economic pressure on Peru. Bolivia rejected the sanctions as illegal.`,
      ),
    ).toEqual(["PER+CHL support sanctions(BOL)", "BOL oppose sanctions(BOL)"]);
  });
  it("keeps no sanctions that fall on no state told", () => {
    expect(
      positions(`${MET} Ruiz rejected sanctions, which he said punish the poor in Latin America.`),
    ).toEqual([]);
  });
  it("reads 'could not endorse' and 'would \"never support\"' as opposing", () => {
    expect(
      positions(
        `${MET} Ruiz said Peru could not endorse sanctions on Bolivia. Chile would "never support sanctions against Bolivia", Vidal said.`,
      ),
    ).toEqual(["PER oppose sanctions(BOL)", "CHL oppose sanctions(BOL)"]);
  });
  it("takes no topic from a sentence before for an 'it' that is the subject ('it will say so')", () => {
    expect(
      positions(
        `${MET} Ruiz said Peru opposed sanctions on Bolivia. "Peru is worried about what is happening there, and it will say so in every forum," Ruiz said.`,
      ),
    ).toEqual(["PER oppose sanctions(BOL)"]);
  });
  it("reads 'the text' of a joint statement as its sides, and 'dismissed the communique' as no holder", () => {
    expect(
      positions(
        `${MET} In a joint statement, the two ministers agreed to expand trade. The text called for humanitarian aid to reach Gaza. In La Paz, a spokesman dismissed the communique and said Bolivia rejected sanctions on Venezuela.`,
      ),
    ).toEqual([
      "PER+CHL support trade(PER,CHL)",
      "PER+CHL support humanitarian-aid(gaza)",
      "BOL oppose sanctions(VEN)",
    ]);
  });
  it("ends the war of a state at war named in the sentence, before a region named there", () => {
    expect(
      positions(
        `${MET} Ruiz reaffirmed that Europe had to stand by Ukraine until there was a just and lasting peace. Russia urged Israel and Iran to return to the ceasefire in the Middle East.`,
      ),
    ).toEqual([
      "PER support conflict-resolution(RUS,UKR)",
      "RUS support conflict-resolution(middle-east)",
    ]);
  });
  it("takes a group opening a sentence as the 'they' of a statement's points after it", () => {
    expect(
      positions(
        "Kazakh President Kassym-Jomart Tokayev, Uzbek President Shavkat Mirziyoyev and Kyrgyz President Sadyr Japarov met in Bishkek on Thursday. Earlier, Mirziyoyev was met at the airport by Japarov. The three presidents issued a joint statement. The main points:\n\n- They agreed to expand trilateral trade.",
      ),
    ).toEqual(["KAZ+UZB+KGZ support trade(KAZ,UZB,KGZ)"]);
  });
  it("takes the sides named before a list's colon as the subject of its points", () => {
    expect(
      positions(
        "French President Emmanuel Macron and Indonesian President Prabowo Subianto spoke by telephone on Monday. According to the readout, the two presidents:\n\n- agreed to deepen defence cooperation;\n- called for humanitarian aid to reach Gaza.\n\nPeru's minister met Chile's. According to the Palace, Prabowo and Macron:\n\n- agreed to expand trade between Indonesia and France.",
      ),
    ).toEqual([
      "FRA+IDN support security(FRA,IDN)",
      "FRA+IDN support humanitarian-aid(gaza)",
      "IDN+FRA support trade(IDN,FRA)",
    ]);
  });
  it("reads energy cooperation, an escalating conflict, resolving a crisis and repatriation", () => {
    expect(
      positions(
        `${MET} The two ministers agreed to broaden cooperation in energy. They expressed deep concern over the continued escalation of armed conflict in Myanmar. Ruiz reiterated Peru's position that resolving the crisis in Myanmar requires an immediate cessation of violence. Vidal supported the repatriation of refugees to Venezuela.`,
      ),
    ).toEqual([
      "PER+CHL support climate-energy(PER,CHL)",
      "PER+CHL concern peace-stability(MMR)",
      "PER support conflict-resolution(MMR)",
      "CHL support migration(CHL,VEN)",
    ]);
  });
  it("reads no position in a reporter's question, and the answer's priority and urging", () => {
    expect(
      positions(
        `${MET} Asked whether Lima was worried about Iran's uranium enrichment, Ruiz said Peru's priority remained a Middle East free of nuclear weapons, urging Iran and the United States to return to negotiations. Vidal shared concern about Iran's enrichment activity.`,
      ),
    ).toEqual([
      "PER support denuclearization(middle-east)",
      "PER support dialogue(IRN,USA)",
      "CHL concern denuclearization(IRN)",
    ]);
  });
  it("reads 'North and South Kivu' as two provinces of one state", () => {
    expect(
      positions(
        `${MET} The two ministers voiced concern at the security situation in North and South Kivu.`,
      ),
    ).toEqual(["PER+CHL concern peace-stability(COD)"]);
  });
  it("reads a ruled-out negotiation, a rejected claim to land and a zone of peace", () => {
    expect(
      positions(
        "Bolivian President Luis Mesa has ruled out any bilateral negotiation with Chile over the coast. Mesa rejected Chile's claim to the territory and stressed the importance of keeping Latin America a zone of peace.",
      ),
    ).toEqual([
      "BOL oppose dialogue(BOL,CHL)",
      "BOL oppose territorial-dispute(BOL,CHL)",
      "BOL support peace-stability(latin-america)",
    ]);
  });
  it("reads shared intelligence and patrols against traffickers as security, droughts as climate", () => {
    expect(
      positions(
        `${MET} The two ministers agreed to share intelligence on drug traffickers and to coordinate river patrols. They pledged to coordinate their response to the droughts.`,
      ),
    ).toEqual(["PER+CHL support security(PER,CHL)", "PER+CHL support climate-energy(PER,CHL)"]);
  });
  it("reads 'urged humanitarian access to southern Syria' as aid to Syria, not an address", () => {
    expect(
      positions(`${MET} The two ministers urged unhindered humanitarian access to southern Syria.`),
    ).toEqual(["PER+CHL support humanitarian-aid(SYR)"]);
  });
  it("reads an insurgency in a province as a concern for its state, and 'the province' after", () => {
    expect(
      positions(
        "Indonesian President Prabowo Subianto voiced concern about the insurgency in Cabo Delgado, and said Indonesia was ready to help Mozambique restore stability in the province.",
      ),
    ).toEqual(["IDN concern peace-stability(MOZ)", "IDN support peace-stability(MOZ)"]);
  });
  it("reads a concern over coercive actions in the South China Sea as one for the dispute", () => {
    expect(
      positions(
        `${MET} They expressed serious concern over "dangerous and coercive actions" in the South China Sea.`,
      ),
    ).toEqual(["PER+CHL concern territorial-dispute(south-china-sea)"]);
  });
  it("gives 'trade among the three countries' the three sides, not the two cities named near", () => {
    expect(
      positions(
        "Azerbaijani Foreign Minister Ali Rzayev met Georgian Foreign Minister Nino Beridze and Turkish Foreign Minister Emre Aydin in Gabala on Monday. The Ministers underlined the importance of the Baku-Tbilisi-Kars railway for the development of trade and transit among the three countries.",
      ),
    ).toEqual(["AZE+GEO+TUR support trade(AZE,GEO,TUR)"]);
  });
  it("reads exports of solar power as energy, and cooperation against smuggling as security", () => {
    expect(
      positions(
        `${MET} The two ministers welcomed progress on Peruvian exports of solar power to Chile. They agreed to step up cooperation against drug and weapons smuggling across their border.`,
      ),
    ).toEqual(["PER+CHL support climate-energy(PER,CHL)", "PER+CHL support security(PER,CHL)"]);
  });
  it("reads pressing someone to lift tariffs as opposing them, and 'keep supporting' as support", () => {
    expect(
      positions(
        "Prime Minister Mark Carney met U.S. President Donald Trump on Tuesday. Carney pressed the president to lift U.S. tariffs on Canadian steel.",
      ),
    ).toEqual(["CAN oppose trade(USA,CAN)"]);
    expect(
      positions(
        "Prime Minister Mark Carney met U.S. President Donald Trump on Tuesday. On Ukraine, Carney said Canada would keep supporting Kyiv until there was a just and lasting peace, and urged Washington to keep up pressure on Moscow.",
      ),
    ).toEqual(["CAN support conflict-resolution(RUS,UKR)"]);
  });
  it("reads a concern over violence in a state, with no other topic, as one for its peace", () => {
    expect(
      positions(`${MET} Both ministers expressed concern over the continuing violence in Myanmar.`),
    ).toEqual(["PER+CHL concern peace-stability(MMR)"]);
  });
  it("reads 'the country' after a topic as the state named last before it", () => {
    expect(
      positions(
        `${MET} They discussed the South China Sea. Both ministers expressed concern over the violence in Myanmar and called for unhindered humanitarian access to the country.`,
      ),
    ).toContain("PER+CHL support humanitarian-aid(MMR)");
  });
  it("reads welcoming the lifting of sanctions 'on the country' as opposing them on the state told before", () => {
    expect(
      positions(
        `${MET} The two ministers voiced support for the stability of Bolivia and welcomed the lifting of United States sanctions on the country.`,
      ),
    ).toContain("PER+CHL oppose sanctions(BOL)");
  });
  it("reads 'both delegations' of talks a third state hosted as the two sides", () => {
    expect(
      positions(
        "Bolivian Foreign Minister Luis Mora and his Paraguayan counterpart, Ana Benitez, led the two delegations at the talks in Lima on Monday, which were hosted by Peruvian Foreign Minister Ana Ruiz and attended by Chilean Foreign Minister Tomas Vidal. Both delegations reaffirmed their commitment to dialogue.",
      ),
    ).toEqual(["BOL+PRY support dialogue(BOL,PRY)"]);
  });
  it("reads a concern about events in a region, with no topic of its own, as one for its stability", () => {
    expect(
      positions(
        `${MET} The two ministers voiced concern over the growing activity of foreign fleets in the Barents Sea.`,
      ),
    ).toEqual(["PER+CHL concern peace-stability(arctic)"]);
    // A concern with a topic of its own keeps it.
    expect(
      positions(`${MET} The two ministers voiced concern over sanctions in the High North.`),
    ).toEqual(["PER+CHL concern sanctions(arctic)"]);
  });
  it("reads a just peace as the end of a war, between the sides of a war the sentence names", () => {
    expect(
      positions(
        `${MET} They reaffirmed their support for Ukraine and for a just and lasting peace, and criticised Russia.`,
      ),
    ).toContain("PER+CHL support conflict-resolution(RUS,UKR)");
  });
  it("reads working together on a topic as that topic, and staying in contact as dialogue", () => {
    expect(
      positions(
        `${MET} The two ministers agreed to work together on clean energy and to stay in close contact.`,
      ),
    ).toEqual(["PER+CHL support climate-energy(PER,CHL)", "PER+CHL support dialogue(PER,CHL)"]);
  });
  it("reads a chain of infinitives on past a clause set off inside it", () => {
    expect(
      positions(
        `${MET} The two ministers agreed to coordinate migration policy, as thousands of migrants cross each week, and to resume talks on the sale of electricity, officials said.`,
      ),
    ).toEqual(["PER+CHL support migration(PER,CHL)", "PER+CHL support climate-energy(PER,CHL)"]);
  });
  it("does not take 'that' before reported words for a pronoun", () => {
    expect(
      positions(
        `${MET} The two ministers agreed to expand trade. Vidal welcomed the new protocol, telling reporters that "peace is becoming a reality".`,
      ),
    ).toEqual(["PER+CHL support trade(PER,CHL)"]);
  });
  it("reads urging both sides back to the table, and pressing for a dialogue, as support for it", () => {
    expect(
      positions(
        `${MET} Bolivia's President Luis Arce urged both sides to return to the table. Ecuador's Foreign Minister Gabriela Sommerfeld said Quito would press for the dialogue between Peru and Chile to resume.`,
      ),
    ).toEqual(["BOL support dialogue(PER,CHL)", "ECU support dialogue(PER,CHL)"]);
  });
  it("reads 'the two states' of one side's statement as the sides of the meeting told before", () => {
    expect(
      positions(
        `${MET} Vidal, in an interview with a radio station on Tuesday, called for a new treaty, saying it was the only way to normalise relations between the two states.`,
      ),
    ).toContain("CHL support diplomatic-relations(PER,CHL)");
  });
  it("reads a pronoun's topic from earlier in its sentence first", () => {
    expect(
      positions(
        `${MET} The two ministers agreed to expand trade. They reviewed the relations between the two countries and affirmed their keenness to strengthen them.`,
      ),
    ).toEqual(["PER+CHL support trade(PER,CHL)", "PER+CHL support cooperation(PER,CHL)"]);
  });
  it("reads a stabilisation mission as peace and stability, and 'both leaders' as two", () => {
    expect(
      positions(
        `Peruvian President Luis Soto, Chilean President Ana Reyes and Bolivian President Luis Arce met in La Paz in 2024. ${MET} Both leaders underscored the need for funding for the stabilization mission in Haiti.`,
      ),
    ).toContain("PER+CHL support peace-stability(HTI)");
  });
  it("reads money pledged with no other topic as aid to the state whose reconstruction is told", () => {
    expect(
      positions(
        "A pledging conference for Haiti's reconstruction closed in Lima on Monday. Chile's Foreign Minister Tomas Vidal pledged US$40 million for schools and clinics. Peru's President Luis Soto announced US$10 million, and Bolivia said it would provide $5 million.",
      ),
    ).toEqual([
      "CHL support humanitarian-aid(HTI)",
      "PER support humanitarian-aid(HTI)",
      "BOL support humanitarian-aid(HTI)",
    ]);
  });
  it("reads economic and trade ties as trade, and work against or to a topic as that topic", () => {
    expect(
      positions(
        `${MET} Ruiz said Peru supports closer economic and trade ties with Chile. The two ministers agreed to work together against people-smuggling networks and to work together to defend copper exports.`,
      ),
    ).toEqual([
      "PER support trade(PER,CHL)",
      "PER+CHL support migration(PER,CHL)",
      "PER+CHL support trade(PER,CHL)",
    ]);
  });
  it("reads a single future meeting told as settled as no dialogue position, support for one as one", () => {
    expect(
      positions(
        `${MET} The two ministers agreed that a new round of talks between the two countries would be held in Lima next month, and said they would hold their next meeting in May.`,
      ),
    ).toEqual([]);
    expect(
      positions(`${MET} Ruiz said Peru supported a resumption of talks between Chile and Bolivia.`),
    ).toEqual(["PER support dialogue(CHL,BOL)"]);
  });
  it("reads exports of natural gas as energy", () => {
    expect(
      positions(`${MET} The two ministers agreed to fast-track exports of natural gas.`),
    ).toEqual(["PER+CHL support climate-energy(PER,CHL)"]);
  });
  it("gives words quoted inside the narrative's clause to its subject, not to a speaker", () => {
    expect(
      positions(
        `${MET} The ministry said the two ministers had "reaffirmed their commitment to free trade" in their talks.`,
      ),
    ).toEqual(["PER+CHL support trade(PER,CHL)"]);
  });
  it("reads a peace agenda of two states at war as the end of their war", () => {
    expect(
      positions(
        "Armenian Deputy Prime Minister Mher Grigoryan met Azerbaijani Deputy Prime Minister Shahin Mustafayev on the border on Wednesday. The two sides confirmed their commitment to the peace agenda.",
      ),
    ).toEqual(["ARM+AZE support conflict-resolution(ARM,AZE)"]);
  });
  it("reads concern and opposition with their topics and places", () => {
    expect(
      positions(
        `${MET} Ruiz expressed concern about territorial claims in the South China Sea and condemned North Korea's military cooperation with Russia.`,
      ),
    ).toEqual(["PER concern territorial-dispute(south-china-sea)", "PER oppose security(PRK,RUS)"]);
  });
  it("does not read a meeting that only dates an agreement as a call for dialogue", () => {
    expect(
      positions(
        `${MET} The two ministers agreed that the trade pact should be ready for signing when their presidents meet in Lima next month.`,
      ),
    ).toEqual(["PER+CHL support trade(PER,CHL)"]);
  });
  it("finds the place of a topic past a short noun phrase, and reads a security situation as stability", () => {
    expect(
      positions(
        `${MET} The two ministers voiced concern about the security situation in Bolivia and called for humanitarian access to civilians in Haiti.`,
      ),
    ).toEqual(["PER+CHL concern peace-stability(BOL)", "PER+CHL support humanitarian-aid(HTI)"]);
  });
  it("gives a one-state stance the pair of states the sentence before named, not its three-way meeting", () => {
    expect(
      positions(
        "Peruvian Foreign Minister Ana Ruiz hosted Chilean Foreign Minister Tomas Vidal and Ecuadorian Foreign Minister Luis Mesa in Lima on Monday. Ruiz raised Peru's demands for compensation, an issue that has long strained relations between Lima and Quito. Mesa said Ecuador accepted its historical responsibility.",
      ),
    ).toEqual(["ECU support historical-issues(PER,ECU)"]);
  });
  it("gives 'the two prime ministers' the meeting they held, not a trip one of them plans", () => {
    expect(
      positions(
        "Hungarian Prime Minister Viktor Orban held talks with Slovak Prime Minister Robert Fico in Bratislava on Monday. Fico said he planned to visit Moscow in May. The two prime ministers also agreed to expand cooperation on nuclear energy.",
      ),
    ).toEqual(["HUN+SVK support cooperation(HUN,SVK)"]);
  });
  it("reads pressing ahead with something told earlier in the sentence as support for it", () => {
    expect(
      positions(
        `${MET} Vidal replied that Chile's trade framework with Bolivia was compatible with its obligations and that Santiago would press ahead with it.`,
      ),
    ).toEqual(["CHL support trade(CHL,BOL)"]);
  });
  it("reads an interest in more supplies of a state's gas as support for energy ties", () => {
    expect(
      positions(
        `${MET} Vidal said Chile was interested in increasing supplies of Peruvian gas to its northern regions.`,
      ),
    ).toEqual(["CHL support climate-energy(CHL,PER)"]);
  });
  it("reads 'new energy' as energy", () => {
    expect(
      positions(`${MET} Ruiz said Peru was willing to work with Chile in new energy.`),
    ).toEqual(["PER support climate-energy(PER,CHL)"]);
  });
  it("reads concerns the sides shared as a concern of both", () => {
    expect(
      positions(
        `${MET} The two ministers shared serious concerns about attempts to change the status quo in the South China Sea by force.`,
      ),
    ).toEqual(["PER+CHL concern territorial-dispute(south-china-sea)"]);
  });
  it("reads a free and open region as its peace and stability", () => {
    expect(
      positions(
        `${MET} The ministers discussed the situation in the Indo-Pacific and reaffirmed their commitment to a free, open and inclusive region.`,
      ),
    ).toEqual(["PER+CHL support peace-stability(indo-pacific)"]);
  });
  it("reads what the ones called on are to do, not who they are", () => {
    expect(
      positions(
        `${MET} Vidal called on Peru's partners in the region to tighten sanctions on Bolivia.`,
      ),
    ).toEqual(["CHL support sanctions(BOL)"]);
    // A state called on is the other side of what it is called on to do.
    expect(
      positions(`${MET} Ruiz urged Chile to lift its ban on imports of Peruvian fish.`),
    ).toEqual(["PER support trade(CHL,PER)"]);
  });
  it("reads a refusal to recognise a state's independence as opposing relations with it", () => {
    expect(
      positions(
        `${MET} Ruiz said Peru would "never recognise Bolivia's independence, neither directly nor indirectly".`,
      ),
    ).toEqual(["PER oppose diplomatic-relations(PER,BOL)"]);
  });
  it("leaves what a ', whose' clause tells of a mission out of the support for it", () => {
    expect(
      positions(
        `${MET} Both ministers underscored the need for stability in Bolivia, whose troops are fighting armed groups along the border with Chile, a Peruvian official said.`,
      ),
    ).toEqual(["PER+CHL support peace-stability(BOL)"]);
  });
  it("leaves what a ', where' clause tells of the place out of the concern about it", () => {
    expect(
      positions(
        `${MET} The two ministers voiced concern about the security situation in Bolivia, where both countries have troops serving with a UN mission, and called for humanitarian access to civilians in Haiti.`,
      ),
    ).toEqual(["PER+CHL concern peace-stability(BOL)", "PER+CHL support humanitarian-aid(HTI)"]);
  });
  it("reads co-ordinating an approach toward a state, and no position from a minister's portfolio", () => {
    expect(
      positions(
        `${MET} Peru and Chile agreed to co-ordinate their approach to Bolivia, Ruiz, the minister responsible for Peru-Ecuador trade, said.`,
      ),
    ).toEqual(["PER+CHL support policy-coordination(BOL)"]);
  });
  it("gives the two ministers' positions to the meeting they attended, and a settlement to the war named", () => {
    // A war inside one state is not between states: its args are the state's region.
    expect(
      positions(
        `${MET} Ruiz said Peru supported a resumption of talks between Bolivia and Ecuador. The two ministers also discussed the war in Haiti and voiced support for a political settlement to end it.`,
      ),
    ).toEqual([
      "PER support dialogue(BOL,ECU)",
      "PER+CHL support conflict-resolution(latin-america)",
    ]);
    // A war named by one of the states at war is between them all.
    expect(
      positions(
        `${MET} The two ministers discussed the war in Ukraine and voiced support for a political settlement to end it.`,
      ),
    ).toEqual(["PER+CHL support conflict-resolution(RUS,UKR)"]);
  });
  it("reads more ways of stating a position, and power lines as energy", () => {
    expect(
      positions(
        `${MET} Ruiz expressed opposition to sanctions on Bolivia. Vidal raised the safety of religious minorities in Bolivia. The two ministers agreed to build a second high-voltage power line between their countries.`,
      ),
    ).toEqual([
      "PER oppose sanctions(BOL)",
      "CHL concern human-rights(BOL)",
      "PER+CHL support climate-energy(PER,CHL)",
    ]);
  });
  it("takes no position from an analyst's quotation, even where it names a leader", () => {
    expect(
      positions(
        `${MET} "Ruiz wants to show Peruvians that the sea is within reach, and Vidal wants more trade," said Ana Soto, a researcher at a policy forum in Lima.`,
      ),
    ).toEqual([]);
  });
  it("reads what a state will increase or speed up as its position", () => {
    expect(positions(`${MET} Peru will increase its imports of electricity from Chile.`)).toEqual([
      "PER support climate-energy(PER,CHL)",
      "PER support trade(PER,CHL)",
    ]);
  });
  it("reads a bare count before a verb ('All three voiced concern') as the people just named", () => {
    expect(
      positions(
        `${MET} Bolivian Foreign Minister Celinda Sosa joined them. All three voiced concern over the security situation in Ecuador.`,
      ),
    ).toEqual(["BOL+CHL+PER concern peace-stability(ECU)"]);
  });
  it("reads insecurity in a list of states, oil and gas, and security beside economic cooperation", () => {
    expect(
      positions(
        `${MET} The two ministers voiced concern over the worsening insecurity in Bolivia, Ecuador and Colombia. They pledged to deepen security and economic cooperation between Peru and Chile, and agreed to cooperate on oil and gas.`,
      ),
    ).toEqual([
      "PER+CHL concern peace-stability(BOL,ECU,COL)",
      "PER+CHL support security(PER,CHL)",
      "PER+CHL support trade(PER,CHL)",
      "PER+CHL support climate-energy(PER,CHL)",
      "PER+CHL support cooperation(PER,CHL)",
    ]);
  });
  it("gives a ceasefire the sides of a known war named elsewhere in the sentence", () => {
    expect(
      positions(
        `${MET} The two ministers agreed that a full ceasefire was needed to end the war and that the Lima process remained the most realistic channel for negotiations between Moscow and Kyiv.`,
      ),
    ).toContain("PER+CHL support conflict-resolution(RUS,UKR)");
  });
  it("gives 'they' after a meeting to its sides, and 'that account' no remembered topic", () => {
    expect(
      positions(
        `Bolivian Foreign Minister Celinda Sosa and Ecuadorian Foreign Minister Gabriela Sommerfeld agreed to expand trade between their countries. ${MET} They agreed to work together on disaster preparedness and climate adaptation. Vidal rejected that account.`,
      ),
    ).toEqual([
      "BOL+ECU support trade(BOL,ECU)",
      "PER+CHL support climate-energy(PER,CHL)",
      "PER+CHL support cooperation(PER,CHL)",
    ]);
  });
  it("reads a peace treaty with a state as conflict resolution between the two", () => {
    expect(positions(`${MET} Ruiz said Peru wanted a final peace treaty with Bolivia.`)).toEqual([
      "PER support conflict-resolution(PER,BOL)",
    ]);
  });
  it("names every state of a hyphenated group and each group in a coordination", () => {
    expect(
      positions(
        `${MET} Vidal stressed the importance of Chile-Peru and Chile-Peru-Bolivia cooperation.`,
      ),
    ).toEqual(["CHL support cooperation(CHL,PER,BOL)", "CHL support cooperation(CHL,PER)"]);
  });
  it("holds what an official says in quotation marks by the official's state", () => {
    const found = positions(
      `${MET}\n\n“Dialogue between Peru and Bolivia is extremely important for peace and stability in Latin America,” Ruiz said.`,
    );
    expect(found.sort()).toEqual([
      "PER support dialogue(PER,BOL)",
      "PER support peace-stability(latin-america)",
    ]);
  });
  it("keeps what a spokesperson relays for the sides", () => {
    expect(
      positions(
        `${MET} Ministry spokesperson Jon Berg said the two sides had agreed to expand trade.`,
      ),
    ).toEqual(["PER+CHL support trade(PER,CHL)"]);
  });
  it("leaves out an analyst's view", () => {
    expect(
      positions(`${MET} Mara Lind, an analyst in Lima, said the two sides should expand trade.`),
    ).toEqual([]);
  });
  it("takes the states named as subject and not those after a preposition", () => {
    expect(
      positions(`${MET} Peru and Chile called on Bolivia to return to the ceasefire in Gaza.`),
    ).toEqual(["PER+CHL support conflict-resolution(gaza)"]);
  });
  it("reads a planned meeting agreed on as support for dialogue between its states", () => {
    expect(positions(`${MET} Ruiz and Vidal agreed to meet again in Santiago next month.`)).toEqual(
      ["PER+CHL support dialogue(PER,CHL)"],
    );
  });
  it("carries a topic to a following cue that refers to it with 'it'", () => {
    expect(
      positions(
        `${MET} Ruiz expressed concern over Bolivia's ban on imports of Peruvian fish and urged Bolivia to lift it.`,
      ),
    ).toEqual(["PER concern trade(BOL,PER)", "PER support trade(BOL,PER)"]);
  });
  it("reads a war named by one side as the war between all its sides", () => {
    expect(positions(`${MET} Ruiz and Vidal called for a durable peace in Ukraine.`)).toEqual([
      "PER+CHL support conflict-resolution(RUS,UKR)",
    ]);
  });
  it("reads migration between the state of the workers and the state they work in", () => {
    expect(
      positions(`${MET} Ruiz urged better protection of Peruvian domestic workers in Chile.`),
    ).toEqual(["PER support migration(PER,CHL)"]);
  });
  it("does not read relations someone strained as a position on them", () => {
    expect(
      positions(`${MET} Vidal condemned a fishing dispute that has strained relations with Peru.`),
    ).toEqual([]);
  });
  it("does not take a group after a preposition as the holder", () => {
    expect(
      positions(
        `${MET} The two ministers reaffirmed their commitment to free trade. Vidal said Chile would keep talking to both sides, listening to both, and would not join sanctions on Bolivia.`,
      ),
    ).toEqual(["PER+CHL support trade(PER,CHL)", "CHL oppose sanctions(BOL)"]);
  });
  it("gives what a joint statement says to every side that issued it", () => {
    expect(
      positions(
        `${MET} They issued a joint statement after the talks.\n\nThe statement said close cooperation between the two countries was "indispensable for the region".`,
      ),
    ).toEqual(["PER+CHL support cooperation(PER,CHL)"]);
  });
  it("takes the meeting's sides for a relational topic that names only the holder's state", () => {
    expect(
      positions(`${MET} Ruiz voiced concern about visa delays for Peruvian students.`),
    ).toEqual(["PER concern migration(PER,CHL)"]);
  });
  it("drops a negated cue", () => {
    expect(positions(`${MET} The readout did not mention denuclearization.`)).toEqual([]);
  });
  it("reads words in scare quotes as part of the scope", () => {
    expect(
      positions(
        `${MET} Ruiz and Vidal agreed to build a "comprehensive strategic partnership" between their countries.`,
      ),
    ).toEqual(["PER+CHL support cooperation(PER,CHL)"]);
  });
  it("gives 'the ministers' to the largest gathering told so far", () => {
    const found = positions(
      "Foreign ministers of the Quad met in Delhi on Monday. Japanese Foreign Minister Yoko Kamikawa met Peruvian Foreign Minister Ana Ruiz on the sidelines. The ministers also called for the denuclearization of North Korea.",
    );
    expect(found).toEqual(["USA+JPN+IND+AUS support denuclearization(PRK)"]);
  });
  it("takes the possessor of a place topic as its place", () => {
    expect(
      positions(`${MET} Ruiz reaffirmed support for Bolivia's territorial integrity.`),
    ).toEqual(["PER support territorial-dispute(BOL)"]);
  });
  it("reads easing tensions as stability, and 'the region' as the holder's region, not the possessor of another noun", () => {
    expect(
      positions(
        `${MET} Ruiz affirmed Peru's support for all efforts to reduce escalation in the region.`,
      ),
    ).toEqual(["PER support peace-stability(latin-america)"]);
    expect(
      positions(`${MET} Vidal stressed the importance of regional peace and stability.`),
    ).toEqual(["CHL support peace-stability(latin-america)"]);
  });
  it("reads continued mediation between two states as support for their dialogue", () => {
    expect(
      positions(`${MET} Ruiz said Peru would continue its mediation between Bolivia and Paraguay.`),
    ).toEqual(["PER support dialogue(BOL,PRY)"]);
  });
  it("takes 'the region' for the holders' region, wider than a place just named", () => {
    expect(
      positions(
        `${MET} They discussed the situation in the Gaza Strip. Ruiz stressed the need to reduce tensions in the region.`,
      ),
    ).toEqual(["PER support peace-stability(latin-america)"]);
  });
  it("gives cooperation 'with X and Y' agreed by two sides all four states", () => {
    expect(
      positions(
        `${MET} The two ministers agreed on the importance of trilateral cooperation with Bolivia and Ecuador.`,
      ),
    ).toEqual(["PER+CHL support cooperation(PER,CHL,BOL,ECU)"]);
  });
  it("ends a clause's scope at 'and warned that', so the state warned about is no side", () => {
    expect(
      positions(
        `${MET} Ruiz said Peru must raise its defence spending and warned that Bolivia could attack a neighbour.`,
      ),
    ).toEqual(["PER support security(PER,CHL)"]);
  });
  it("leaves reducing military tensions to security", () => {
    expect(
      positions(`${MET} The two ministers agreed to reduce military tensions along the border.`),
    ).toEqual(["PER+CHL support security(PER,CHL)"]);
  });
  it("takes a ceasefire two states agree to as theirs, not the host city's", () => {
    expect(
      positions("Peru and Chile agreed to an immediate ceasefire on Sunday after talks in Quito."),
    ).toEqual(["PER+CHL support conflict-resolution(PER,CHL)"]);
  });
  it("reads a call for the regular holding of a summit as support for dialogue", () => {
    expect(
      positions(`${MET} The two ministers called for the regular holding of the summit.`),
    ).toEqual(["PER+CHL support dialogue(PER,CHL)"]);
  });
  it("reads warships, frigates and joint exercises as security", () => {
    expect(
      positions(
        `${MET} The two ministers agreed to speed up work on the frigates Peru is buying from Chile and to hold joint exercises.`,
      ),
    ).toEqual(["PER+CHL support security(PER,CHL)"]);
  });
  it("takes the holders when 'between' names no state, only a region's possession", () => {
    expect(
      positions(
        `${MET} The two ministers agreed to expand trade between Latin America's two oldest republics.`,
      ),
    ).toEqual(["PER+CHL support trade(PER,CHL)"]);
  });
  it("reads cooperation on a named topic as that topic, and what is signed as supported", () => {
    expect(
      positions(`${MET} The two ministers agreed to step up cooperation on air defence.`),
    ).toEqual(["PER+CHL support security(PER,CHL)"]);
    expect(
      positions(`${MET} The two ministers signed a declaration on a new defence partnership.`),
    ).toEqual(["PER+CHL support security(PER,CHL)"]);
  });
  it("reads work on peace and security on the continent as peace in the holders' region", () => {
    expect(
      positions(
        `${MET} The two ministers agreed to work together on peace and security on the continent.`,
      ),
    ).toContain("PER+CHL support peace-stability(latin-america)");
  });
  it("reads '15 agreements' signed and a target set as supported", () => {
    expect(
      positions(`${MET} The two countries signed 15 agreements, including on defence industry.`),
    ).toEqual(["PER+CHL support security(PER,CHL)"]);
    expect(
      positions(`${MET} The two ministers set a target of raising bilateral trade to $6 billion.`),
    ).toEqual(["PER+CHL support trade(PER,CHL)"]);
  });
  it("takes no holder from the object of 'thanked'", () => {
    expect(
      positions(
        `${MET} Vidal thanked Bolivia for its balanced position and called for an immediate ceasefire in Gaza.`,
      ),
    ).toEqual(["CHL support conflict-resolution(gaza)"]);
  });
  it("gives cooperation with one partner, stated by two holders, to all three; a state worked against is no side", () => {
    expect(
      positions(
        `${MET} The two ministers reaffirmed the importance of trilateral cooperation with Bolivia.`,
      ),
    ).toEqual(["PER+CHL support cooperation(PER,CHL,BOL)"]);
    expect(
      positions(
        `${MET} The two ministers agreed to strengthen security cooperation against Bolivian threats.`,
      ),
    ).toEqual(["PER+CHL support security(PER,CHL)"]);
  });
  it("reads a call for the lifting of sanctions as opposing them", () => {
    expect(positions(`${MET} Vidal called for the lifting of sanctions on Venezuela.`)).toEqual([
      "CHL oppose sanctions(VEN)",
    ]);
  });
  it("gives a ceasefire Russia is called on to accept, by callers with Ukraine, to the war", () => {
    expect(
      positions(
        "Polish Prime Minister Jan Nowak and Ukrainian President Ivan Koval met in Kyiv on Saturday. The leaders called on Russia to agree to an unconditional ceasefire.",
      ),
    ).toEqual(["POL+UKR support conflict-resolution(RUS,UKR)"]);
  });
  it("reads military-to-military communications as security", () => {
    expect(
      positions(
        `${MET} The two ministers agreed to resume military-to-military communications and to deepen their cooperation.`,
      ),
    ).toEqual(["PER+CHL support security(PER,CHL)", "PER+CHL support cooperation(PER,CHL)"]);
  });
  it("reads 'signed a status of forces agreement' letting militaries train, and 'would remove barriers' to trade, as support", () => {
    expect(
      positions(
        `${MET} The two ministers signed a status of forces agreement that will let their militaries train together.`,
      ),
    ).toEqual(["PER+CHL support security(PER,CHL)"]);
    expect(
      positions(`${MET} Ruiz said Peru and Chile would remove barriers that have slowed trade.`),
    ).toEqual(["PER+CHL support trade(PER,CHL)"]);
  });
  it("gives peace talks the war named in the sentence before", () => {
    expect(
      positions(
        `${MET} The two ministers also exchanged views on the Ukraine crisis. Both agreed to play a constructive role in promoting peace talks.`,
      ),
    ).toEqual(["PER+CHL support conflict-resolution(RUS,UKR)"]);
  });
  it("reads joint coast guard exercises as security and a goal shared as support", () => {
    expect(
      positions(
        `${MET} The two ministers agreed to hold their first joint coast guard exercises and to deepen their cooperation.`,
      ),
    ).toEqual(["PER+CHL support security(PER,CHL)", "PER+CHL support cooperation(PER,CHL)"]);
    expect(
      positions(`${MET} Ruiz said Peru shared the goal of an immediate ceasefire in Gaza.`),
    ).toEqual(["PER support conflict-resolution(gaza)"]);
  });
});
