import { describe, it, expect } from "vitest";
import { analyzeBody, nameOf } from "../test-support.js";

const people = (body: string) =>
  analyzeBody(body).entities.map((e) => ({
    name: e.name,
    country: e.country,
    role: e.role,
    nonOfficial: e.nonOfficial,
  }));

describe("person discovery", () => {
  it("finds an official from a title and a nationality before the name", () => {
    expect(people("Kenyan Foreign Minister Musalia Mudavadi arrived on Monday.")).toEqual([
      { name: "Musalia Mudavadi", country: "KEN", role: "foreign-minister", nonOfficial: false },
    ]);
  });
  it("reads a name with an apostrophe before a small letter, not a possessive", () => {
    expect(
      people("Israeli Foreign Minister Dan Ma'oz said Lior Ben's plan had failed.").map(
        (p) => p.name,
      ),
    ).toEqual(["Dan Ma'oz"]);
  });
  it("writes a name set surname first in capitals as the gazetteer writes it, past 'H.E.'", () => {
    const names = analyzeBody(
      "The minister spoke with H.E. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan. Prime Minister TAKAICHI Sanae sent her greetings.",
      "2026-01-16",
    ).entities.map((e) => e.name);
    expect(names).toEqual(["Toshimitsu Motegi", "Sanae Takaichi"]);
  });
  it("reads a leader's surname alone when the leader's state is named, not an attribute", () => {
    const names = analyzeBody(
      'Kyrgyzstan hosted the talks, and Japarov gave a dinner. The United States, Russia and the Trump administration were absent. "Putin must listen," Kenyan Foreign Minister Musalia Mudavadi said.',
      "2026-04-16",
    ).entities.map((e) => [e.name, e.country]);
    expect(names).toEqual([
      ["Sadyr Japarov", "KGZ"],
      ["Musalia Mudavadi", "KEN"],
    ]);
  });
  it("finds an official from a title after the name, with 'of COUNTRY'", () => {
    expect(
      people("Ms. Ana Ruiz, Minister of Foreign Affairs of Peru, spoke first.")[0],
    ).toMatchObject({ name: "Ana Ruiz", country: "PER" });
    expect(people("Tom Poe, the Irish foreign minister, spoke first.")[0]).toMatchObject({
      name: "Tom Poe",
      country: "IRL",
    });
  });
  it("finds an official whose state stands between the title and the name", () => {
    expect(
      people(
        "Prime Minister of India Rajan Mehta met President of the Republic of Uzbekistan Akmal Tursunov.",
      ),
    ).toEqual([
      { name: "Rajan Mehta", country: "IND", role: "head-of-government", nonOfficial: false },
      { name: "Akmal Tursunov", country: "UZB", role: "head-of-state", nonOfficial: false },
    ]);
    // A list of states is not a name.
    expect(people("The Presidents of Kazakhstan, Kyrgyzstan and Uzbekistan met.")).toEqual([]);
  });
  it("does not take the name before ', and the minister said' for the minister's", () => {
    expect(
      people("Exporters rely on the corridor through Burkina Faso, and the minister said so."),
    ).toEqual([]);
  });
  it("strips a military rank before a leader's name", () => {
    expect(people("Mali's leader, General Assimi Goïta, spoke first.")[0]).toMatchObject({
      name: "Assimi Goïta",
      country: "MLI",
    });
  });
  it("reads two offices held together, with the state before the first", () => {
    const [official] = analyzeBody(
      "Cambodian Deputy Prime Minister and Foreign Minister Keo Sopheak arrived in Malaysia.",
    ).entities;
    expect(official).toMatchObject({
      name: "Keo Sopheak",
      country: "KHM",
      role: "foreign-minister",
      title: "Deputy Prime Minister and Foreign Minister",
    });
  });
  it("pairs counterparts with as many states before the word, in order", () => {
    expect(
      people(
        "Norwegian Foreign Minister Eva Dahl hosted his Swedish and Finnish counterparts, Karin Berg and Aino Virtanen, in Tromsø.",
      ).map((p) => [p.name, p.country, p.role]),
    ).toEqual([
      ["Eva Dahl", "NOR", "foreign-minister"],
      ["Karin Berg", "SWE", "foreign-minister"],
      ["Aino Virtanen", "FIN", "foreign-minister"],
    ]);
    expect(
      people(
        "Hungarian Foreign Minister Anna Kis hosted her Polish, Slovak and Czech counterparts, Jan Nowak, Juraj Kral and Petr Novak, in Esztergom.",
      ).map((p) => [p.name, p.country]),
    ).toEqual([
      ["Anna Kis", "HUN"],
      ["Jan Nowak", "POL"],
      ["Juraj Kral", "SVK"],
      ["Petr Novak", "CZE"],
    ]);
  });
  it("reads the state after each name of a plural title's list, and keeps a 'Jr.'", () => {
    expect(
      people(
        "Around the table were five presidents: Tom S. Ray Jr. of Palau, Hilda Kane of the Marshall Islands and David Ato of Nauru. Two presidents, Ann Roy of Kiribati and Joe Lim of Tuvalu, met.",
      ).map((p) => [p.name, p.country, p.role]),
    ).toEqual([
      ["Tom S. Ray Jr.", "PLW", "head-of-state"],
      ["Hilda Kane", "MHL", "head-of-state"],
      ["David Ato", "NRU", "head-of-state"],
      ["Ann Roy", "KIR", "head-of-state"],
      ["Joe Lim", "TUV", "head-of-state"],
    ]);
    expect(
      people("President Tom Ray Jr. Myanmar's envoy was not invited.").map((p) => p.name),
    ).toEqual(["Tom Ray Jr."]);
  });
  it("gives an official who represents a state, or 'his country', that state", () => {
    expect(
      people(
        "India hosted the summit, with Peru and Peru's envoy. Chile was represented by Foreign Minister Ana Ruiz. Papua New Guinea's Prime Minister, James Ato, stayed home, and his country was represented by Deputy Prime Minister John Rosi.",
      ).map((p) => [p.name, p.country]),
    ).toEqual([
      ["Ana Ruiz", "CHL"],
      ["James Ato", "PNG"],
      ["John Rosi", "PNG"],
    ]);
  });
  it("reads a capitalised plural title before two names", () => {
    expect(
      people("The treaty was signed by Presidents Rosa Tello and Jorge Soto, officials said.").map(
        (p) => [p.name, p.role],
      ),
    ).toEqual([
      ["Rosa Tello", "head-of-state"],
      ["Jorge Soto", "head-of-state"],
    ]);
  });
  it("finds every name after a plural title", () => {
    expect(
      people("The prime ministers, Lars Holm, Nils Ek and Matti Koski, met in Luleå.").map((p) => [
        p.name,
        p.role,
      ]),
    ).toEqual([
      ["Lars Holm", "head-of-government"],
      ["Nils Ek", "head-of-government"],
      ["Matti Koski", "head-of-government"],
    ]);
  });
  it("links a shared surname to the official the title describes", () => {
    // The gazetteer has Simon Harris (Ireland) before Kamala Harris (United States).
    expect(people("Vice President Harris met the envoy.")[0]).toMatchObject({
      name: "Kamala Harris",
      country: "USA",
    });
    expect(people("Irish Foreign Minister Harris met the envoy.")[0]).toMatchObject({
      name: "Simon Harris",
      country: "IRL",
    });
  });
  it("reads 'the Emir of Kuwait, Sheikh X,' with the name set off by commas", () => {
    expect(
      people("The Emir of Kuwait, Sheikh Fahad Al-Nasser Al-Sabah, arrived in Amman."),
    ).toEqual([
      {
        name: "Fahad Al-Nasser Al-Sabah",
        country: "KWT",
        role: "head-of-state",
        nonOfficial: false,
      },
    ]);
  });
  it("keeps a father and a son whose names swap 'bin' apart, and a crown prince beside his king", () => {
    expect(
      people(
        "AMMAN, Feb. 9 - King Talal bin Faisal of Jordan received Kuwait's Emir, who was met at the airport by Crown Prince Faisal bin Talal.",
      ).map((p) => [p.name, p.country]),
    ).toEqual([
      ["Talal bin Faisal", "JOR"],
      ["Faisal bin Talal", "JOR"],
    ]);
  });
  it("reads the office a subject holds 'as' later in its clause, not a past one", () => {
    expect(
      people(
        "Kwame Asante Boateng has spent his first year as Ghana's Foreign Minister trying to keep a door open.",
      ),
    ).toEqual([
      {
        name: "Kwame Asante Boateng",
        country: "GHA",
        role: "foreign-minister",
        nonOfficial: false,
      },
    ]);
    expect(people("Jane Roe, who served as foreign minister until 2020, spoke.")).toEqual([]);
    expect(people("Tom Poe met the Peruvians as the envoy of Chile.")).toEqual([]);
  });
  it("gives an official of a government's own release that government's state, not the city of a clause before", () => {
    expect(
      people(
        "REPUBLIC OF TÜRKİYE\nMINISTRY OF FOREIGN AFFAIRS\n\nPress Release Regarding the Visit of the Minister to Saudi Arabia\n\nDuring his contacts in Riyadh, Minister Kemal Arslan was received by the Saudi Crown Prince, and the two discussed the situation in Saudi Arabia and the wider region at length.",
      ),
    ).toEqual([{ name: "Kemal Arslan", country: "TUR", role: "minister", nonOfficial: false }]);
  });
  it("strips a Malay honour before a name", () => {
    expect(
      people("Malaysian Prime Minister Datuk Seri Anwar Ibrahim spoke first.")[0],
    ).toMatchObject({ name: "Anwar Ibrahim", country: "MYS" });
  });
  it("strips an Indian honorific before a name", () => {
    expect(people("Indian Foreign Minister Shri Arun Rao spoke first.")[0]).toMatchObject({
      name: "Arun Rao",
      country: "IND",
    });
  });
  it("knows the Sultan of Oman by the spelling Tarik as well as Tariq", () => {
    expect(people("Earlier, Sultan Haitham bin Tarik received the envoy.")[0]).toMatchObject({
      name: "Haitham bin Tarik",
      country: "OMN",
    });
  });
  it("takes no press agency that speaks for a person", () => {
    expect(
      people("The two leaders met on Monday, the Saudi Press Agency said.").map((p) => p.name),
    ).toEqual([]);
  });
  it("finds a gazetteer name written with a hyphen for a space ('Al-Thani')", () => {
    expect(
      people("His Highness the Amir Sheikh Tamim bin Hamad Al-Thani received a call today.")[0],
    ).toMatchObject({ name: "Tamim bin Hamad Al-Thani", country: "QAT" });
  });
  it("does not take 'King Charles' for Charles Michel, whose first name it shares", () => {
    expect(people("Modi also met King Charles at Sandringham on Thursday.")[0]).toMatchObject({
      country: "GBR",
    });
  });
  it("does not make a spokesperson in the gazetteer an official", () => {
    expect(
      people("Kremlin spokesman Dmitry Peskov declined to comment on the talks.")[0],
    ).toMatchObject({ name: "Dmitry Peskov", nonOfficial: true });
  });
  it("finds a counterpart and strips a courtesy title", () => {
    const found = people(
      "Tom Poe, the Irish foreign minister, and his Danish counterpart, Prince Lars Holm, met.",
    );
    expect(found.map((p) => [p.name, p.country])).toEqual([
      ["Tom Poe", "IRL"],
      ["Lars Holm", "DNK"],
    ]);
  });
  it("marks analysts and spokespersons as non-officials", () => {
    const found = people(
      "Mara Lind, a senior fellow at a think tank in Oslo, said so. Ministry spokesperson Jon Berg declined to comment.",
    );
    expect(found.every((p) => p.nonOfficial)).toBe(true);
    expect(found.map((p) => p.name)).toEqual(["Mara Lind", "Jon Berg"]);
  });
  it("finds ministers by portfolio and other offices, with the state before the title", () => {
    const found = analyzeBody(
      "Saudi Interior Minister Abdulaziz bin Saud, Irish Taoiseach Micheál Martin and Kenya's Cabinet Secretary for Foreign Affairs Musalia Mudavadi met. Jean Roy, the French Minister for Europe and Foreign Affairs, joined them.",
    ).entities.map((e) => [e.name, e.country, e.role, e.title]);
    expect(found).toEqual([
      ["Abdulaziz bin Saud", "SAU", "minister", "Interior Minister"],
      ["Micheál Martin", "IRL", "head-of-government", "Taoiseach"],
      ["Musalia Mudavadi", "KEN", "foreign-minister", "Cabinet Secretary for Foreign Affairs"],
      ["Jean Roy", "FRA", "foreign-minister", "Minister for Europe and Foreign Affairs"],
    ]);
  });
  it("reads 'Md.' inside a name and 'Professor' as a courtesy, not a sentence's end or a name", () => {
    const found = analyzeBody(
      "Indonesian Foreign Minister Sugiono spoke with the Adviser for Foreign Affairs of Bangladesh, Md. Touhid Hossain, and with Chief Adviser Professor Muhammad Yunus.",
    );
    expect(found.sentences).toHaveLength(1);
    expect(found.entities.map((e) => [e.name, e.country])).toEqual([
      ["Sugiono", "IDN"],
      ["Touhid Hossain", "BGD"],
      ["Muhammad Yunus", "BGD"],
    ]);
  });
  it("reads a minister 'for the' portfolio and a secretary of state for a portfolio as ministers", () => {
    const found = analyzeBody(
      "Sara Aagesen, Spain's minister for the ecological transition, and Portugal's secretary of state for energy, Jorge Tavares Pinto, held a video call.",
    ).entities.map((e) => [e.name, e.country, e.role]);
    expect(found).toEqual([
      ["Sara Aagesen", "ESP", "minister"],
      ["Jorge Tavares Pinto", "PRT", "minister"],
    ]);
  });
  it("gives a title only one state has its state, wherever the article names others", () => {
    const found = analyzeBody(
      "Taoiseach Ciaran Maguire opened the summit in Dublin. Russia's drones were the talk of the day, and Russia's envoy was not invited.",
    ).entities.map((e) => [e.name, e.country]);
    expect(found).toEqual([["Ciaran Maguire", "IRL"]]);
  });
  it("reads names with capitals beyond A-Z, royal styles, and Kosovo as XKX", () => {
    expect(
      people(
        "Icelandic Foreign Minister Þorgerður Katrín Gunnarsdóttir met His Highness Sheikh Tamim bin Hamad and Kosovo's prime minister, Albin Kurti, on Monday.",
      ).map((p) => [p.name, p.country]),
    ).toEqual([
      ["Þorgerður Katrín Gunnarsdóttir", "ISL"],
      ["Tamim bin Hamad", "QAT"],
      ["Albin Kurti", "XKX"],
    ]);
  });
  it("completes a surname with the full name the text writes elsewhere", () => {
    expect(
      people(
        "The negotiators, Petar Novak for Zagreb and Besnik Bislimi for Pristina, met. Bislimi, Kosovo's first deputy prime minister, left.",
      ).map((p) => p.name),
    ).toContain("Besnik Bislimi");
  });
  it("reads 'PM' and 'EAM' before a name as titles, and a lower-case 'pm' as a time", () => {
    const analysis = analyzeBody(
      "Prime Minister Narendra Modi met Sri Lankan President Anura Kumara Dissanayake on Monday. PM Modi said the talks went well. EAM Subrahmanyam Jaishankar met him at 6 pm Delhi time.",
    );
    expect(analysis.entities.map((e) => [e.name, e.role])).toEqual([
      ["Narendra Modi", "head-of-government"],
      ["Anura Kumara Dissanayake", "head-of-state"],
      ["Subrahmanyam Jaishankar", "foreign-minister"],
    ]);
  });
  it("finds two chief negotiators named with the side each serves", () => {
    expect(
      people(
        "The chief negotiators of the two sides, Ana Ruiz for Lima and Tomas Vidal for Quito, spent Monday in separate rooms.",
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ["Ana Ruiz", "envoy"],
      ["Tomas Vidal", "envoy"],
    ]);
    const [ruiz] = people(
      "The chief negotiators, Ana Ruiz for Peru and Tomas Vidal for Chile, met on Monday.",
    );
    expect(ruiz?.country).toBe("PER");
  });
  it("finds counterparts named by their state's possessive, with the office of the sentence's official", () => {
    expect(
      analyzeBody(
        "Around the table sat his counterparts, Finland's Elina Valtonen, Sweden's Minister for Foreign Affairs Maria Malmer Stenergard and Denmark's Lars Løkke Rasmussen.",
      ).entities.map((e) => [e.name, e.country, e.role]),
    ).toEqual([
      ["Elina Valtonen", "FIN", "foreign-minister"],
      ["Maria Malmer Stenergard", "SWE", "foreign-minister"],
      ["Lars Løkke Rasmussen", "DNK", "foreign-minister"],
    ]);
  });
  it("finds two officials named after a plural title", () => {
    expect(
      people(
        "Their foreign ministers, Jeyhun Bayramov and Ararat Mirzoyan, initialled the text.",
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ["Jeyhun Bayramov", "foreign-minister"],
      ["Ararat Mirzoyan", "foreign-minister"],
    ]);
  });
  it("does not make a press secretary an official by the title's last word", () => {
    expect(
      people("Palace press secretary Jon Berg said the president would attend.")[0],
    ).toMatchObject({ name: "Jon Berg", nonOfficial: true });
  });
  it("finds a minister 'responsible for' a portfolio named after states", () => {
    expect(
      people("Tom Poe, the minister responsible for Ireland-EU trade, said so.")[0],
    ).toMatchObject({ name: "Tom Poe", country: "IRL", nonOfficial: false });
  });
  it("takes anyone introduced by what they are, then quoted, as a non-official", () => {
    const found = people(
      "Mara Lind, a trade lawyer and former Norwegian negotiator, said the deal would hold.",
    );
    expect(found).toEqual([
      { name: "Mara Lind", country: undefined, role: undefined, nonOfficial: true },
    ]);
  });
  it("takes one introduced as a former office-holder as a non-official, whatever the verb", () => {
    expect(
      people("Sir Walter Ilai, a former Papua New Guinean foreign minister, put it more bluntly."),
    ).toEqual([{ name: "Walter Ilai", country: undefined, role: undefined, nonOfficial: true }]);
  });
  it("does not read a title's last word as part of the name", () => {
    expect(
      people("Secretary of State Ana Ruiz said the talks went well.").map((p) => p.name),
    ).toEqual(["Ana Ruiz"]);
  });
  it("takes the text's word over a past office of the gazetteer ('Opposition leader Peter Dutton')", () => {
    expect(people("Opposition leader Peter Dutton criticised the government.")).toEqual([
      { name: "Peter Dutton", country: "AUS", role: undefined, nonOfficial: true },
    ]);
  });
  it("does not take a former official as one", () => {
    expect(people("Former President Tom Poe said the pact was weak.")[0]?.role).toBeUndefined();
  });
  it("links a gazetteer official to the office in force and keeps the article's spelling", () => {
    const [xi] = analyzeBody("Chinese President Xi Jinping spoke.", "2024-05-08").entities;
    expect(xi).toMatchObject({ name: "Xi Jinping", country: "CHN", role: "head-of-state" });
  });
});

describe("mention resolution", () => {
  it("resolves 'the Prime Minister of Georgia' to the name after the state", () => {
    const analysis = analyzeBody(
      "Armenian Prime Minister Nikol Pashinyan spoke. They prepared the visit of the Prime Minister of Georgia Irakli Kobakhidze to Baku.",
    );
    const resolved = analysis.mentions.map((m) => [
      analysis.text.slice(m.start, m.end),
      nameOf(analysis, m.entity),
    ]);
    expect(resolved).toContainEqual(["the Prime Minister", "Irakli Kobakhidze"]);
  });
  it("resolves a surname, a title with surname and a description to the person", () => {
    const analysis = analyzeBody(
      "Kenyan President William Ruto met Peru's Foreign Minister Ana Ruiz. President Ruto praised her. The Kenyan president said Ruiz was welcome.",
    );
    const resolved = analysis.mentions.map((m) => [
      analysis.text.slice(m.start, m.end),
      nameOf(analysis, m.entity),
    ]);
    expect(resolved).toContainEqual(["Ruto", "William Ruto"]);
    expect(resolved).toContainEqual(["The Kenyan president", "William Ruto"]);
    expect(resolved).toContainEqual(["Ruiz", "Ana Ruiz"]);
  });
  it("resolves a royal's style on its own, and leaves 'His Highness the Emir' to its title", () => {
    const analysis = analyzeBody(
      "Saudi Crown Prince Mohammed bin Salman called Sultan Haitham bin Tarik. Emir Tamim bin Hamad Al Thani arrived. His Highness the Emir thanked His Majesty, and the Amir left.",
    );
    const resolved = analysis.mentions
      .filter((m) => m.kind === "nominal")
      .map((m) => [analysis.text.slice(m.start, m.end), nameOf(analysis, m.entity)]);
    expect(resolved).toEqual([
      ["the Emir", "Tamim bin Hamad Al Thani"],
      ["His Majesty", "Haitham bin Tarik"],
      ["the Amir", "Tamim bin Hamad Al Thani"],
    ]);
  });
  it("resolves a description opening a sentence to the subject before, not the last named", () => {
    const analysis = analyzeBody(
      "Kenyan President William Ruto visited Lima in March and was received by Peruvian President Jorge Soto. The president is now expected to travel to Quito.",
    );
    const president = analysis.mentions.find((m) => m.kind === "nominal");
    expect(president && nameOf(analysis, president.entity)).toBe("William Ruto");
  });
  it("resolves 'the premier' to a prime minister", () => {
    const analysis = analyzeBody(
      "Qatari Prime Minister Sheikh Mohammed Al Thani met Egyptian Foreign Minister Badr Abdelatty. Talks with the Qatari premier went on.",
    );
    const premier = analysis.mentions.find((m) => m.kind === "nominal");
    expect(premier && nameOf(analysis, premier.entity)).toBe("Mohammed Al Thani");
  });
  it("resolves 'he' to the subject before, skipping a possessive", () => {
    const analysis = analyzeBody(
      "Kenyan President William Ruto arrived. Regarding Ana Ruiz's plan, he said nothing.",
    );
    const he = analysis.mentions.find((m) => m.kind === "pronoun");
    expect(he && nameOf(analysis, he.entity)).toBe("William Ruto");
  });
  it("resolves a counterpart to the name in apposition, and its 'his' to the other side", () => {
    const analysis = analyzeBody(
      "Ethiopian Prime Minister Abiy Ahmed spoke on Monday. Kenyan Foreign Minister Musalia Mudavadi and his Ethiopian counterpart, Gedion Timothewos, met the next day.",
    );
    const resolved = analysis.mentions
      .filter((m) => m.sentence === 1)
      .map((m) => [analysis.text.slice(m.start, m.end), nameOf(analysis, m.entity)]);
    expect(resolved).toEqual([
      ["Musalia Mudavadi", "Musalia Mudavadi"],
      ["his", "Musalia Mudavadi"],
      ["his Ethiopian counterpart", "Gedion Timothewos"],
      ["Gedion Timothewos", "Gedion Timothewos"],
    ]);
  });
  it("resolves 'the Prime Minister's' to the prime minister named before", () => {
    const analysis = analyzeBody(
      "Peruvian Prime Minister Luis Vela called Chilean President Jorge Soto. They reviewed the Prime Minister's visit to Chile in June.",
    );
    const second = analysis.mentions.filter((m) => m.sentence === 1 && m.kind === "nominal");
    expect(second.map((m) => nameOf(analysis, m.entity))).toEqual(["Luis Vela"]);
  });
  it("resolves 'Al-Sharaa' opening a sentence to the 'al-Sharaa' named before", () => {
    const analysis = analyzeBody(
      "Syrian President Ahmed al-Sharaa met Saudi Crown Prince Mohammed bin Salman on Sunday. Al-Sharaa is expected to travel to Turkey next week.",
    );
    const second = analysis.mentions.filter((m) => m.sentence === 1);
    expect(second.map((m) => nameOf(analysis, m.entity))).toEqual(["Ahmed al-Sharaa"]);
  });
});
