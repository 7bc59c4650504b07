#!/usr/bin/env python3
"""Writes gold.jsonl for the eighth held-out set (s1-s16); the table below is the annotation."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_writer import I, write_gold  # noqa: E402

F = [
# s1 Erdogan in Baghdad, Development Road (wire)
("s1", "visit", "TUR", "IRQ", "2024-04-22", "Turkish President Tayyip Erdogan arrived in Baghdad on Monday"),
("s1", "meeting", "TUR", "IRQ", "2024-04-22", "then held talks with him at the government palace"),
("s1", "agreement", "TUR", "IRQ", "2024-04-22", "Ministers from both sides signed more than 20 memorandums"),
("s1", "agreement", "TUR", "QAT", "2024-04-22", "It was signed by the transport ministers of Iraq and Turkey together with those of Qatar and the United Arab Emirates"),
("s1", "agreement", "TUR", "ARE", "2024-04-22", "It was signed by the transport ministers of Iraq and Turkey together with those of Qatar and the United Arab Emirates"),
("s1", "agreement", "IRQ", "QAT", "2024-04-22", "It was signed by the transport ministers of Iraq and Turkey together with those of Qatar and the United Arab Emirates"),
("s1", "agreement", "IRQ", "ARE", "2024-04-22", "It was signed by the transport ministers of Iraq and Turkey together with those of Qatar and the United Arab Emirates"),
("s1", "agreement", "QAT", "ARE", "2024-04-22", "It was signed by the transport ministers of Iraq and Turkey together with those of Qatar and the United Arab Emirates"),
("s1", "visit", "QAT", "IRQ", "2024-04-22", "who had flown in for the ceremony"),
("s1", "visit", "ARE", "IRQ", "2024-04-22", "who had flown in for the ceremony"),
("s1", "visit", "TUR", "IRQ", "2024-03", "In March, Foreign Minister Hakan Fidan and Defence Minister Yasar Guler came to Baghdad"),
("s1", "meeting", "TUR", "IRQ", "2024-03", "for a round of security talks with Iraqi ministers"),
("s1", "reject", "IRQ", "TUR", "2022-07", "In July 2022 Baghdad blamed Turkish artillery for shelling a hill resort near Zakho"),
("s1", "sanction", "IRQ", "TUR", "2022-07", "recalled its charge d'affaires from Ankara"),
("s1", "reject", "TUR", "IRQ", "2022-07", "Turkey denied it had fired on the resort"),
("s1", "role", "Tayyip Erdogan", "TUR", I, "Turkish President Tayyip Erdogan"),
("s1", "role", "Mohammed Shia al-Sudani", "IRQ", I, "Prime Minister Mohammed Shia al-Sudani"),
("s1", "role", "Abdul Latif Rashid", "IRQ", I, "President Abdul Latif Rashid"),
("s1", "role", "Hakan Fidan", "TUR", I, "Foreign Minister Hakan Fidan"),
("s1", "role", "Yasar Guler", "TUR", I, "Defence Minister Yasar Guler"),
# s2 Meloni at the Albanian centres (feature)
("s2", "visit", "ITA", "ALB", "2024-06-05", "Giorgia Meloni came across the Adriatic on Wednesday"),
("s2", "meeting", "ITA", "ALB", "2024-06-05", "After the tour the two leaders held talks and faced reporters together"),
("s2", "agreement", "ITA", "ALB", "2023-11-06", "a protocol that Meloni and Rama signed in Rome on November 6 last year"),
("s2", "visit", "ALB", "ITA", "2023-11-06", "a protocol that Meloni and Rama signed in Rome on November 6 last year"),
("s2", "meeting", "ITA", "ALB", "2023-11-06", "a protocol that Meloni and Rama signed in Rome on November 6 last year"),
("s2", "visit", "ITA", "ALB", "2023-08", "Meloni broke her summer holiday last August to spend an evening with Rama on the Albanian coast"),
("s2", "meeting", "ITA", "ALB", "2023-08", "Meloni broke her summer holiday last August to spend an evening with Rama on the Albanian coast"),
("s2", "support", "ITA", "ALB", "2024-06-05", "Rome has become one of the loudest voices for Albania's bid to join the European Union, a cause Meloni repeated at Gjader"),
("s2", "role", "Giorgia Meloni", "ITA", I, "The Italian prime minister"),
("s2", "role", "Edi Rama", "ALB", I, "her Albanian counterpart Edi Rama"),
]
F += [
# s3 Venezuela expels seven envoys and breaks with Peru (wire)
("s3", "sanction", "VEN", "PER", "2024-07-30", "Venezuela broke off diplomatic relations with Peru on Tuesday"),
("s3", "reject", "VEN", "PER", "2024-07-30", "saying Caracas had been forced to act by reckless remarks from his Peruvian counterpart"),
("s3", "reject", "PER", "VEN", "2024-07-30", "called the official result of Sunday's vote a fraud"),
] + [
("s3", "sanction", "VEN", c, "2024-07-29", "On Monday Gil's ministry had told Argentina, Chile, Costa Rica, Peru, Panama, the Dominican Republic and Uruguay to withdraw their diplomatic staff from Venezuela")
for c in ("ARG", "CHL", "CRI", "PER", "PAN", "DOM", "URY")
] + [
("s3", "reject", "VEN", c, "2024-07-29", "The ministry accused the seven of interventionist acts and statements")
for c in ("ARG", "CHL", "CRI", "PER", "PAN", "DOM", "URY")
] + [
("s3", "sanction", "PAN", "VEN", "2024-07-29", "he was pulling Panamanian diplomats out of Caracas and suspending relations"),
("s3", "reject", "PAN", "VEN", "2024-07-29", "the declared outcome did not deserve recognition"),
("s3", "reject", "ARG", "VEN", "2024-07-29", "President Javier Milei wrote on social media early on Monday that Maduro was a dictator and had to go"),
("s3", "reject", "USA", "VEN", "2024-07-28", "Washington had serious concerns that the announced figures did not reflect the votes of the Venezuelan people"),
("s3", "role", "Nicolas Maduro", "VEN", I, "President Nicolas Maduro"),
("s3", "role", "Yvan Gil", "VEN", I, "Foreign Minister Yvan Gil"),
("s3", "role", "Javier Gonzalez-Olaechea", "PER", I, "his Peruvian counterpart, Javier Gonzalez-Olaechea"),
("s3", "role", "Jose Raul Mulino", "PAN", I, "President Jose Raul Mulino"),
("s3", "role", "Javier Milei", "ARG", I, "President Javier Milei"),
("s3", "role", "Antony Blinken", "USA", I, "U.S. Secretary of State Antony Blinken"),
# s4 Bangladesh between India and China (analysis)
("s4", "sanction", "IND", "BGD", "2025-04-08", "India on Tuesday withdrew the facility that let Bangladeshi exporters send goods to third countries"),
("s4", "meeting", "IND", "BGD", "2025-04-04", "Prime Minister Narendra Modi sat down with Muhammad Yunus"),
("s4", "visit", "IND", "THA", "2025-04-04", "on the margins of the BIMSTEC summit in Bangkok last Friday"),
("s4", "visit", "BGD", "THA", "2025-04-04", "on the margins of the BIMSTEC summit in Bangkok last Friday"),
("s4", "visit", "BGD", "CHN", "2025-03-28", "Yunus's choice of Beijing for his first bilateral state visit"),
("s4", "meeting", "BGD", "CHN", "2025-03-28", "President Xi Jinping hosted him in Beijing on March 28"),
("s4", "agreement", "BGD", "CHN", "2025-03-28", "the two sides signed one agreement and eight memorandums the same day"),
("s4", "support", "CHN", "BGD", "2025-03-28", "China supported Bangladesh in choosing a development path suited to its own conditions"),
("s4", "role", "Narendra Modi", "IND", I, "Prime Minister Narendra Modi"),
("s4", "role", "Muhammad Yunus", "BGD", I, "Muhammad Yunus, the chief adviser of Bangladesh's interim government"),
("s4", "role", "Xi Jinping", "CHN", I, "President Xi Jinping"),
# s5 Sudan cuts ties with the UAE (regional site, as published)
("s5", "sanction", "SDN", "ARE", "2025-05-06", "Sudan's army-led government has severed diplomatic relations with the United Arab Emirates"),
("s5", "reject", "SDN", "ARE", "2025-05-06", "Sudan declared the Emirates an aggressor state"),
("s5", "threat", "SDN", "ARE", "2025-05-06", "Sudan kept the right to answer the aggression by every means available to it"),
("s5", "reject", "ARE", "SDN", I, "Abu Dhabi has always denied arming the RSF"),
("s5", "reject", "SDN", "ARE", "2025-03", "Sudan had filed the case in March"),
("s5", "sanction", "SDN", "KEN", "2025-03", "In March it suspended all imports from Kenya"),
("s5", "reject", "SDN", "GBR", "2025-04", "In April its foreign minister protested to Britain"),
("s5", "role", "Yassin Ibrahim", "SDN", I, "Defence Minister Yassin Ibrahim"),
("s5", "role", "Abdel Fattah al-Burhan", "SDN", I, "General Abdel Fattah al-Burhan, head of the Transitional Sovereignty Council"),
# s6 First UK-EU summit (government press release)
("s6", "visit", "EU", "GBR", "2025-05-19", "to Lancaster House in London for the first summit between the United Kingdom and the European Union"),
("s6", "meeting", "GBR", "EU", "2025-05-19", "Following their talks"),
("s6", "agreement", "GBR", "EU", "2025-05-19", "the leaders agreed a Security and Defence Partnership and adopted a joint statement"),
("s6", "support", "GBR", "UKR", "2025-05-19", "The leaders reaffirmed their unwavering support for Ukraine"),
("s6", "support", "EU", "UKR", "2025-05-19", "The leaders reaffirmed their unwavering support for Ukraine"),
("s6", "aid", "GBR", "UKR", I, "The UK is providing Ukraine with 3 billion pounds of military aid a year"),
("s6", "reject", "GBR", "RUS", "2025-05-19", "called on Russia to accept a full and unconditional ceasefire"),
("s6", "reject", "EU", "RUS", "2025-05-19", "called on Russia to accept a full and unconditional ceasefire"),
("s6", "agreement", "GBR", "EU", "2020-12", "the Trade and Cooperation Agreement concluded in December 2020"),
("s6", "visit", "GBR", "BEL", "2024-10-02", "in Brussels on 2 October last year"),
("s6", "meeting", "GBR", "EU", "2024-10-02", "when he held talks with President von der Leyen"),
("s6", "agreement", "GBR", "IND", "2025-05-06", "the conclusion of a free trade agreement with India on 6 May"),
("s6", "agreement", "GBR", "USA", "2025-05-08", "the Economic Prosperity Deal agreed with the United States two days later"),
("s6", "role", "Keir Starmer", "GBR", I, "The Prime Minister Keir Starmer"),
("s6", "role", "Nick Thomas-Symonds", "GBR", I, "The Minister for European Union Relations, Nick Thomas-Symonds"),
]
F += [
# s7 Kishida and Xi in San Francisco (Japanese site, as published)
("s7", "meeting", "JPN", "CHN", "2023-11-16", "Prime Minister Fumio Kishida met Chinese President Xi Jinping on Thursday"),
("s7", "visit", "JPN", "USA", "2023-11-16", "SAN FRANCISCO - Prime Minister Fumio Kishida met Chinese President Xi Jinping on Thursday"),
("s7", "visit", "CHN", "USA", "2023-11-15", "Xi arrived in California earlier in the week"),
("s7", "meeting", "CHN", "USA", "2023-11-15", "spent four hours with U.S. President Joe Biden on Wednesday"),
("s7", "agreement", "CHN", "USA", "2023-11-15", "the two announced that military-to-military communication would resume"),
("s7", "reject", "JPN", "CHN", "2023-11-16", "Kishida demanded the immediate lifting of China's ban on all Japanese seafood"),
("s7", "sanction", "CHN", "JPN", "2023-08-24", "China's ban on all Japanese seafood, which Beijing imposed on August 24"),
("s7", "reject", "CHN", "JPN", "2023-08-24", "denounced the release on the day it started"),
("s7", "sanction", "JPN", "CHN", I, "Tokyo's tighter controls on exports of chipmaking equipment to China"),
("s7", "meeting", "JPN", "CHN", "2022-11-17", "Kishida and Xi last met in Bangkok on November 17 last year"),
("s7", "visit", "JPN", "THA", "2022-11-17", "Kishida and Xi last met in Bangkok on November 17 last year"),
("s7", "visit", "CHN", "THA", "2022-11-17", "Kishida and Xi last met in Bangkok on November 17 last year"),
("s7", "role", "Fumio Kishida", "JPN", I, "Prime Minister Fumio Kishida"),
("s7", "role", "Xi Jinping", "CHN", I, "Chinese President Xi Jinping"),
("s7", "role", "Joe Biden", "USA", I, "U.S. President Joe Biden"),
# s8 Orban's "peace mission" (wire)
("s8", "visit", "HUN", "CHN", "2024-07-08", "sat down on Monday with Chinese President Xi Jinping during an unannounced visit to Beijing"),
("s8", "meeting", "HUN", "CHN", "2024-07-08", "sat down on Monday with Chinese President Xi Jinping"),
("s8", "visit", "HUN", "RUS", "2024-07-05", "The trip followed a visit to Moscow on Friday"),
("s8", "meeting", "HUN", "RUS", "2024-07-05", "where Orban spent several hours with President Vladimir Putin"),
("s8", "visit", "HUN", "UKR", "2024-07-02", "a stop in Kyiv on Tuesday"),
("s8", "meeting", "HUN", "UKR", "2024-07-02", "In Kyiv he urged President Volodymyr Zelenskiy to consider a quick ceasefire"),
("s8", "conflict", "RUS", "UKR", "2022-02", "Russian troops poured into Ukraine in February 2022"),
("s8", "visit", "HUN", "AZE", "2024-07-06", "Orban flew to Shusha in Azerbaijan on Saturday"),
("s8", "reject", "EU", "HUN", "2024-07-05", "European Council President Charles Michel said the presidency had no mandate to engage with Russia on the EU's behalf"),
("s8", "reject", "UKR", "HUN", "2024-07-05", "Ukraine's foreign ministry said the trip had not been agreed with Kyiv"),
("s8", "reject", "POL", "HUN", I, "Several EU governments, among them Poland, have since stressed that Orban speaks only for Hungary"),
("s8", "role", "Viktor Orban", "HUN", I, "Hungarian Prime Minister Viktor Orban"),
("s8", "role", "Xi Jinping", "CHN", I, "Chinese President Xi Jinping"),
("s8", "role", "Vladimir Putin", "RUS", I, "President Vladimir Putin"),
("s8", "role", "Volodymyr Zelenskiy", "UKR", I, "President Volodymyr Zelenskiy"),
# s9 Bukele at the White House (wire)
("s9", "visit", "SLV", "USA", "2025-04-14", "welcomed Salvadoran President Nayib Bukele to the White House on Monday"),
("s9", "meeting", "USA", "SLV", "2025-04-14", "welcomed Salvadoran President Nayib Bukele to the White House on Monday"),
("s9", "support", "USA", "SLV", "2025-04-14", "lavished praise on his guest"),
("s9", "visit", "USA", "SLV", "2025-02-03", "Secretary of State Marco Rubio visited Bukele at his lakeside residence on February 3"),
("s9", "meeting", "USA", "SLV", "2025-02-03", "Secretary of State Marco Rubio visited Bukele at his lakeside residence on February 3"),
("s9", "agreement", "USA", "SLV", "2025-03", "Under an arrangement struck in March"),
("s9", "visit", "USA", "SLV", "2025-03", "Homeland Security Secretary Kristi Noem toured the prison, known as CECOT, late last month"),
("s9", "reject", "VEN", "USA", "2025-03", "The government of Nicolas Maduro condemned the transfers of Venezuelan migrants in March"),
("s9", "reject", "VEN", "SLV", "2025-03", "The government of Nicolas Maduro condemned the transfers of Venezuelan migrants in March"),
("s9", "role", "Donald Trump", "USA", I, "U.S. President Donald Trump"),
("s9", "role", "Nayib Bukele", "SLV", I, "Salvadoran President Nayib Bukele"),
("s9", "role", "Marco Rubio", "USA", I, "Secretary of State Marco Rubio"),
("s9", "role", "Kristi Noem", "USA", I, "Homeland Security Secretary Kristi Noem"),
]
MERC = ("BRA", "ARG", "PRY", "URY")
F += [
# s10 EU-Mercosur in Montevideo (agency, as published)
("s10", "agreement", "EU", c, "2024-12-06", "announced on Friday that they had concluded negotiations on a free trade agreement")
for c in MERC
] + [
("s10", "meeting", "EU", c, "2024-12-06", "held talks with presidents Luiz Inacio Lula da Silva of Brazil, Javier Milei of Argentina, Santiago Pena of Paraguay and the host, Luis Lacalle Pou of Uruguay")
for c in MERC
] + [
("s10", "visit", "EU", "URY", "2024-12-06", "who flew to the Uruguayan capital for the bloc's summit"),
("s10", "visit", "BRA", "URY", "2024-12-06", "Luiz Inacio Lula da Silva of Brazil"),
("s10", "visit", "ARG", "URY", "2024-12-06", "Javier Milei of Argentina"),
("s10", "visit", "PRY", "URY", "2024-12-06", "Santiago Pena of Paraguay"),
] + [
("s10", "agreement", "EU", c, "2019-06", "A first political agreement was reached in Brussels in June 2019")
for c in MERC
] + [
("s10", "reject", "FRA", "EU", "2024-12-06", "President Emmanuel Macron's office said the text was still unacceptable in its current form"),
("s10", "reject", "POL", "EU", I, "Poland has also said it cannot back the agreement as it stands"),
("s10", "role", "Luiz Inacio Lula da Silva", "BRA", I, "Luiz Inacio Lula da Silva of Brazil"),
("s10", "role", "Javier Milei", "ARG", I, "Javier Milei of Argentina"),
("s10", "role", "Santiago Pena", "PRY", I, "Santiago Pena of Paraguay"),
("s10", "role", "Luis Lacalle Pou", "URY", I, "Luis Lacalle Pou of Uruguay"),
("s10", "role", "Emmanuel Macron", "FRA", I, "President Emmanuel Macron"),
# s11 Azerbaijan-Russia row (analysis)
("s11", "sanction", "AZE", "RUS", "2025-06-28", "the Azerbaijani government cancelled all cultural events planned by Russian state and private bodies in the country and called off a visit by Russian Deputy Prime Minister Alexei Overchuk"),
("s11", "reject", "AZE", "RUS", "2025-06-28", "Baku condemned the deaths as ethnically motivated killings"),
("s11", "sanction", "AZE", "RUS", "2025-06-30", "On Monday Azerbaijani police searched the Baku office of Sputnik Azerbaijan"),
("s11", "reject", "RUS", "AZE", "2025-06-30", "Moscow summoned Azerbaijan's ambassador the same day"),
("s11", "meeting", "RUS", "AZE", "2024-12-28", "Three days later Russian President Vladimir Putin telephoned his Azerbaijani counterpart Ilham Aliyev"),
("s11", "reject", "AZE", "RUS", "2024-12-29", "demanded that Moscow admit guilt"),
("s11", "visit", "AZE", "RUS", "2022-02", "when Aliyev flew to Moscow and signed a declaration on allied interaction with Putin"),
("s11", "meeting", "AZE", "RUS", "2022-02", "when Aliyev flew to Moscow and signed a declaration on allied interaction with Putin"),
("s11", "agreement", "AZE", "RUS", "2022-02", "signed a declaration on allied interaction with Putin"),
("s11", "conflict", "RUS", "UKR", "2022-02", "two days before Russian tanks rolled into Ukraine"),
("s11", "role", "Alexei Overchuk", "RUS", I, "Russian Deputy Prime Minister Alexei Overchuk"),
("s11", "role", "Vladimir Putin", "RUS", I, "Russian President Vladimir Putin"),
("s11", "role", "Ilham Aliyev", "AZE", I, "his Azerbaijani counterpart Ilham Aliyev"),
# s12 Macron's state visit to Morocco (interview)
("s12", "visit", "FRA", "MAR", "2024-10-28", "Emmanuel Macron landed in Rabat on Monday"),
("s12", "meeting", "FRA", "MAR", "2024-10-28", "King Mohammed VI met him on the tarmac"),
("s12", "agreement", "FRA", "MAR", "2024-10-28", "The two then signed a declaration on what they call a \"reinforced exceptional partnership\""),
("s12", "support", "FRA", "MAR", "2024-10-29", "Today he repeated that line in his speech to the Moroccan parliament"),
("s12", "support", "FRA", "MAR", "2024-07-30", "Macron wrote that the present and future of Western Sahara lie within the framework of Moroccan sovereignty"),
("s12", "sanction", "DZA", "FRA", "2024-07-30", "Algiers recalled its ambassador from Paris the same day"),
("s12", "reject", "DZA", "FRA", "2024-07-30", "denounced the French decision as a step taken in contempt of international law"),
("s12", "sanction", "FRA", "MAR", "2021-09", "In September 2021 Paris announced it would halve the number of visas for Moroccans"),
("s12", "reject", "FRA", "MAR", "2021-09", "because Rabat was refusing to take back its nationals"),
("s12", "role", "Emmanuel Macron", "FRA", I, "the French president"),
("s12", "role", "Mohammed VI", "MAR", I, "King Mohammed VI"),
# s13 Pakistan answers India after Pahalgam (news site, as published)
("s13", "sanction", "PAK", "IND", "2025-04-24", "Pakistan on Thursday closed its airspace to all Indian-owned and Indian-operated airlines"),
("s13", "reject", "PAK", "IND", "2025-04-24", "It rejected India's announcement that it was holding the 1960 Indus Waters Treaty in abeyance"),
("s13", "threat", "PAK", "IND", "2025-04-24", "warned that any attempt to stop or divert water belonging to Pakistan would be considered an act of war"),
("s13", "sanction", "IND", "PAK", "2025-04-23", "decided to hold the water-sharing treaty in abeyance with immediate effect"),
("s13", "reject", "IND", "PAK", "2025-04-23", "the attack had cross-border linkages"),
("s13", "visit", "IND", "SAU", "2025-04-22", "who had landed in Jeddah that day for a visit to Saudi Arabia"),
("s13", "threat", "PAK", "IND", I, "Pakistan would respond to any Indian military action with full force"),
("s13", "role", "Shehbaz Sharif", "PAK", I, "Prime Minister Shehbaz Sharif"),
("s13", "role", "Narendra Modi", "IND", I, "Prime Minister Narendra Modi"),
("s13", "role", "Ishaq Dar", "PAK", I, "Deputy Prime Minister and Foreign Minister Ishaq Dar"),
# s14 New Zealand pauses Cook Islands funding (public broadcaster, as published)
("s14", "sanction", "NZL", "COK", "2025-06", "Foreign Minister Winston Peters took the decision in early June"),
("s14", "reject", "NZL", "COK", "2025-06-19", "showed a gap in understanding of what the special relationship required"),
("s14", "visit", "COK", "CHN", "2025-02", "The row began in February, when Brown travelled to China"),
("s14", "agreement", "COK", "CHN", "2025-02", "signed an action plan for a comprehensive strategic partnership"),
("s14", "reject", "NZL", "COK", "2025-02", "criticised the failure to consult"),
("s14", "aid", "NZL", "COK", I, "New Zealand has provided NZ$194.2 million to the Cook Islands through its development programme"),
("s14", "visit", "NZL", "CHN", "2025-06-17", "who arrived in China on Tuesday for his first official visit"),
("s14", "role", "Winston Peters", "NZL", I, "Foreign Minister Winston Peters"),
("s14", "role", "Mark Brown", "COK", I, "Cook Islands Prime Minister Mark Brown"),
("s14", "role", "Christopher Luxon", "NZL", I, "Prime Minister Christopher Luxon"),
("s14", "role", "Xi Jinping", "CHN", I, "President Xi Jinping"),
# s15 Xi's state visit to South Africa (presidency media statement)
("s15", "visit", "CHN", "ZAF", "2023-08-21", "President Xi arrived in the country on the evening of Monday 21 August 2023"),
("s15", "meeting", "ZAF", "CHN", "2023-08-22", "the two Heads of State held official talks with their delegations"),
("s15", "agreement", "ZAF", "CHN", "2023-08-22", "The talks were followed by the signing of a number of agreements and memoranda of understanding"),
("s15", "support", "ZAF", "CHN", "2023-08-22", "South Africa reiterated that it adheres to the One-China policy"),
("s15", "agreement", "ZAF", "CHN", "1998-01-01", "which were established on 1 January 1998"),
("s15", "agreement", "ZAF", "CHN", "2010-08", "the Beijing Declaration signed in August 2010"),
("s15", "visit", "ZAF", "CHN", "2018-09", "President Ramaphosa last travelled to China on a State Visit in September 2018"),
("s15", "meeting", "ZAF", "CHN", "2018-09", "when he held talks with President Xi in Beijing"),
("s15", "role", "Cyril Ramaphosa", "ZAF", I, "President Cyril Ramaphosa"),
("s15", "role", "Xi Jinping", "CHN", I, "President Xi Jinping of the People's Republic of China"),
("s15", "role", "Naledi Pandor", "ZAF", I, "the Minister of International Relations and Cooperation, Dr Naledi Pandor"),
("s15", "role", "Ebrahim Patel", "ZAF", I, "the Minister of Trade, Industry and Competition, Mr Ebrahim Patel"),
# s16 Bahrain and Qatar restore ties (wire)
("s16", "agreement", "BHR", "QAT", "2023-04-12", "Bahrain and Qatar decided on Wednesday to restore diplomatic relations"),
("s16", "meeting", "BHR", "QAT", "2023-04-12", "delegations from the two countries met at the headquarters of the Gulf Cooperation Council's secretariat in Riyadh"),
("s16", "visit", "BHR", "SAU", "2023-04-12", "delegations from the two countries met at the headquarters of the Gulf Cooperation Council's secretariat in Riyadh"),
("s16", "visit", "QAT", "SAU", "2023-04-12", "delegations from the two countries met at the headquarters of the Gulf Cooperation Council's secretariat in Riyadh"),
("s16", "meeting", "BHR", "QAT", "2023-02", "The same follow-up committee first met at the Riyadh secretariat in February"),
("s16", "visit", "BHR", "SAU", "2023-02", "The same follow-up committee first met at the Riyadh secretariat in February"),
("s16", "visit", "QAT", "SAU", "2023-02", "The same follow-up committee first met at the Riyadh secretariat in February"),
("s16", "meeting", "BHR", "QAT", "2023-01-25", "spoke by telephone with Qatar's ruler, Emir Tamim bin Hamad Al Thani, on January 25"),
] + [
("s16", "sanction", c, "QAT", "2017-06", "Bahrain, Egypt, Saudi Arabia and the Emirates broke off relations with Qatar in June 2017")
for c in ("SAU", "ARE", "BHR", "EGY")
] + [
("s16", "agreement", "SAU", "QAT", "2021-01", "Riyadh and Cairo restored full diplomatic relations with Doha soon after"),
("s16", "agreement", "EGY", "QAT", "2021-01", "Riyadh and Cairo restored full diplomatic relations with Doha soon after"),
("s16", "agreement", "SAU", "IRN", "2023-03", "Saudi Arabia and Iran agreed last month to reopen embassies after seven years"),
("s16", "role", "Salman bin Hamad Al Khalifa", "BHR", I, "Bahrain's Crown Prince and Prime Minister Salman bin Hamad Al Khalifa"),
("s16", "role", "Tamim bin Hamad Al Thani", "QAT", I, "Emir Tamim bin Hamad Al Thani"),
]

if __name__ == "__main__":
    write_gold(HERE, F)
