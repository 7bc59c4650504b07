#!/usr/bin/env python3
"""The heldout8 annotation as a table: writes gold.jsonl next to this file and checks that every
evidence is a substring of its article, that no tuple repeats and that inferred dates are the
publication date. Edit the table, re-run."""
import collections, json, os, sys

# f(article, type, source, target, date, evidence, inferred)
F = []
def f(a, t, s, o, d, e, inf=False): F.append((a, t, s, o, d, e, inf))
P = {}  # publication dates

# t1
P['t1'] = '2024-01-29'
for c in ('MLI', 'BFA', 'NER'):
    f('t1','sanction',c,'ECOWAS','2024-01-28','announced on Sunday that their countries were quitting the Economic Community of West African States with immediate effect')
    f('t1','reject',c,'ECOWAS','2024-01-28','the juntas accused ECOWAS of having abandoned the ideals of its founders')
f('t1','sanction','ECOWAS','NER','2023-07-30','At an emergency summit in Abuja on July 30 last year, ECOWAS leaders shut their borders with Niger')
f('t1','threat','ECOWAS','NER','2023-07-30','said they would not rule out the use of force if constitutional order was not restored')
f('t1','threat','MLI','ECOWAS','2023-07-31','The next day, Mali and Burkina Faso warned that any military intervention in Niger would amount to a declaration of war against them')
f('t1','threat','BFA','ECOWAS','2023-07-31','The next day, Mali and Burkina Faso warned that any military intervention in Niger would amount to a declaration of war against them')
for a, b in (('MLI','BFA'),('MLI','NER'),('BFA','NER')):
    f('t1','agreement',a,b,'2023-09','went on to sign a mutual defence pact in September')
f('t1','role','Bola Tinubu','NGA','2024-01-29','Nigerian President Bola Tinubu',True)
f('t1','role','Assimi Goita','MLI','2024-01-29',"Mali's transitional president, Colonel Assimi Goita",True)
f('t1','role','Ibrahim Traore','BFA','2024-01-29',"Burkina Faso's interim president, Captain Ibrahim Traore",True)
f('t1','role','Abdourahamane Tiani','NER','2024-01-29',"Niger's military ruler, General Abdourahamane Tiani",True)

# t2
P['t2'] = '2022-12-22'
f('t2','visit','KAZ','UZB','2022-12-22','Kazakh President Kassym-Jomart Tokayev began a state visit to Uzbekistan on Thursday')
f('t2','meeting','KAZ','UZB','2022-12-22','The two presidents held talks first one on one and then with their delegations')
f('t2','agreement','KAZ','UZB','2022-12-22','signed a treaty that raises ties between Central Asia\'s two largest economies to the level of allied relations')
f('t2','visit','UZB','KAZ','2017-03','He made a state visit to Kazakhstan in March 2017')
f('t2','meeting','UZB','KAZ','2017-03','holding talks with then-president Nursultan Nazarbayev')
f('t2','role','Kassym-Jomart Tokayev','KAZ','2022-12-22','Kazakh President Kassym-Jomart Tokayev',True)
f('t2','role','Shavkat Mirziyoyev','UZB','2016','Mirziyoyev became president in 2016')
f('t2','role','Alikhan Smailov','KAZ','2022-12-22','Kazakh Prime Minister Alikhan Smailov',True)
f('t2','role','Abdulla Aripov','UZB','2022-12-22','Uzbek Prime Minister Abdulla Aripov',True)

# t3
P['t3'] = '2022-11-02'
f('t3','visit','COL','VEN','2022-11-01','Colombian President Gustavo Petro flew to Caracas on Tuesday')
f('t3','meeting','COL','VEN','2022-11-01','held talks with Venezuelan President Nicolas Maduro at the Miraflores palace')
f('t3','agreement','COL','VEN','2022-08','Bogota and Caracas restored diplomatic relations in August')
f('t3','sanction','VEN','COL','2019-02','Maduro had broken off relations with Colombia in February 2019')
f('t3','reject','VEN','COL','2019-02','accusing the government in Bogota of helping the Venezuelan opposition try to push aid convoys across the border')
f('t3','sanction','USA','VEN','2019','the oil sanctions that the United States imposed on Venezuela in 2019')
f('t3','role','Gustavo Petro','COL','2022-11-02','Colombian President Gustavo Petro',True)
f('t3','role','Nicolas Maduro','VEN','2022-11-02','Venezuelan President Nicolas Maduro',True)

# t4
P['t4'] = '2024-02-14'
f('t4','visit','TUR','EGY','2024-02-14','Turkish President Tayyip Erdogan arrived in Cairo on Wednesday on his first visit to Egypt since 2012')
f('t4','meeting','TUR','EGY','2024-02-14','the two leaders held talks at the Ittihadiya presidential palace')
f('t4','agreement','TUR','EGY','2024-02-14','they signed a joint declaration reviving a high-level strategic cooperation council')
f('t4','reject','TUR','ISR','2024-02-14','Erdogan accused Israel of trying to drive the Palestinians out of the territory')
f('t4','reject','EGY','ISR','2024-02-14',"Sisi said Egypt rejected any Israeli attempt to push Gaza's population into Sinai")
f('t4','sanction','EGY','TUR','2013-11','Cairo expelled the Turkish ambassador in November that year')
f('t4','sanction','TUR','EGY','2013-11','Ankara responded in kind the same month')
f('t4','meeting','TUR','EGY','2022-11','Erdogan and Sisi first shook hands at the opening of the football World Cup in Qatar in November 2022')
f('t4','visit','TUR','QAT','2022-11','Erdogan and Sisi first shook hands at the opening of the football World Cup in Qatar in November 2022')
f('t4','visit','EGY','QAT','2022-11','Erdogan and Sisi first shook hands at the opening of the football World Cup in Qatar in November 2022')
f('t4','visit','EGY','TUR','2023-04',"Egypt's Foreign Minister Sameh Shoukry visited Ankara in April last year")
f('t4','agreement','EGY','TUR','2023-07','the two governments named ambassadors to each other again last July')
f('t4','role','Tayyip Erdogan','TUR','2024-02-14','Turkish President Tayyip Erdogan',True)
f('t4','role','Abdel Fattah al-Sisi','EGY','2024-02-14','President Abdel Fattah al-Sisi',True)
f('t4','role','Hakan Fidan','TUR','2024-02-14','Foreign Minister Hakan Fidan',True)
f('t4','role','Sameh Shoukry','EGY','2024-02-14',"Egypt's Foreign Minister Sameh Shoukry",True)

# t5
P['t5'] = '2023-08-07'
f('t5','conflict','CHN','PHL','2023-08-05','a Chinese coast guard ship fired a water cannon at a Philippine boat carrying supplies')
f('t5','reject','PHL','CHN','2023-08-07','The Philippines lodged a diplomatic protest with China and summoned its ambassador on Monday')
f('t5','reject','CHN','PHL','2023-08-06','Beijing said on Sunday that its coast guard had acted lawfully after the Philippine boats entered Chinese waters without permission')
f('t5','support','USA','PHL','2023-08-05','said late on Saturday that it stood with Manila')
f('t5','threat','USA','CHN','2023-08-05','warned Beijing that an armed attack on Philippine public vessels, aircraft or armed forces')
f('t5','agreement','USA','PHL','1951','the 1951 Mutual Defense Treaty')
f('t5','reject','JPN','CHN','2023-08-06','Japan and Australia both voiced concern on Sunday over what they called dangerous conduct by Chinese vessels')
f('t5','reject','AUS','CHN','2023-08-06','Japan and Australia both voiced concern on Sunday over what they called dangerous conduct by Chinese vessels')
f('t5','role','Enrique Manalo','PHL','2023-08-07','Foreign Secretary Enrique Manalo',True)
f('t5','role','Ferdinand Marcos Jr','PHL','2023-08-07','President Ferdinand Marcos Jr',True)

# t6
P['t6'] = '2023-11-10'
f('t6','agreement','AUS','TUV','2023-11-10','together we signed the Australia-Tuvalu Falepili Union')
f('t6','meeting','AUS','TUV','2023-11-10','Today I met the Prime Minister of Tuvalu')
f('t6','visit','AUS','COK','2023-11','on the margins of the Pacific Islands Forum Leaders Meeting in Rarotonga, Cook Islands')
f('t6','visit','TUV','COK','2023-11','on the margins of the Pacific Islands Forum Leaders Meeting in Rarotonga, Cook Islands')
f('t6','aid','AUS','TUV','2023-11-10','Australia is already funding the Tuvalu Coastal Adaptation Project',True)
f('t6','agreement','AUS','TUV','1978','Australia and Tuvalu established diplomatic relations in 1978')
f('t6','agreement','AUS','SLB','2017','the bilateral security treaty Australia signed with Solomon Islands in 2017')
f('t6','role','Anthony Albanese','AUS','2023-11-10','The Hon Anthony Albanese MP, Prime Minister of Australia',True)
f('t6','role','Penny Wong','AUS','2023-11-10','Senator the Hon Penny Wong, Minister for Foreign Affairs',True)
f('t6','role','Kausea Natano','TUV','2023-11-10','the Prime Minister of Tuvalu, the Hon Kausea Natano',True)
f('t6','role','Mark Brown','COK','2023-11-10','the Prime Minister of the Cook Islands, the Hon Mark Brown',True)

# t7
P['t7'] = '2023-07-26'
f('t7','visit','LKA','IND','2023-07','It was his first visit to India since he became president last year')
f('t7','meeting','LKA','IND','2023-07-21','The President met Prime Minister Narendra Modi in New Delhi on Friday')
f('t7','agreement','LKA','IND','2023-07-21','After the talks on Friday the two leaders adopted a vision document on economic partnership')
f('t7','aid','IND','LKA','2022','India gave Sri Lanka around four billion dollars in credit lines and currency swaps last year')
f('t7','reject','IND','LKA','2022-08','New Delhi protested strongly last August when Colombo allowed the Chinese tracking ship Yuan Wang 5 to dock at Hambantota')
f('t7','aid','IMF','LKA','2023-03','The IMF approved a $2.9 billion bailout for Sri Lanka in March')
f('t7','role','Ali Sabry','LKA','2023-07-26',"Sri Lanka's Foreign Minister Ali Sabry",True)
f('t7','role','Ranil Wickremesinghe','LKA','2022','since he became president last year')
f('t7','role','Narendra Modi','IND','2023-07-26','Prime Minister Narendra Modi',True)

# t8
P['t8'] = '2023-09-22'
f('t8','conflict','RUS','UKR','2022-02',"Russia's full-scale invasion in February 2022")
f('t8','aid','POL','UKR','2023-09-22','Poland has sent Kyiv more than 300 tanks of its own since the invasion',True)
f('t8','sanction','EU','UKR','2023-05','A temporary EU ban on sales of Ukrainian wheat, maize, rapeseed and sunflower seed in five neighbouring states, in place since May')
for c in ('POL','HUN','SVK'):
    f('t8','sanction',c,'UKR','2023-09-15','Within hours Poland, Hungary and Slovakia announced national bans of their own')
    f('t8','reject','UKR',c,'2023-09-18','Kyiv answered on Monday by filing complaints against all three at the World Trade Organization')
f('t8','visit','UKR','USA','2023-09','in New York for the UN General Assembly')
f('t8','reject','POL','UKR','2023-09-19',"the Polish foreign ministry summoned Ukraine's ambassador the same day to protest over the remarks")
f('t8','meeting','UKR','POL','2023-09-21','his Polish counterpart Robert Telus spoke by phone')
f('t8','role','Volodymyr Zelenskiy','UKR','2023-09-22','President Volodymyr Zelenskiy',True)
f('t8','role','Andrzej Duda','POL','2023-09-22','Polish President Andrzej Duda',True)
f('t8','role','Mateusz Morawiecki','POL','2023-09-22','Prime Minister Mateusz Morawiecki',True)
f('t8','role','Mykola Solskyi','UKR','2023-09-22',"Ukraine's Agriculture Minister Mykola Solskyi",True)
f('t8','role','Robert Telus','POL','2023-09-22','his Polish counterpart Robert Telus',True)

# t9
P['t9'] = '2022-10-31'
f('t9','sanction','COD','RWA','2022-10-29',"Democratic Republic of Congo has given Rwanda's ambassador 48 hours to leave the country")
f('t9','reject','COD','RWA','2022-10-29','accusing Kigali of arming and fighting alongside the M23 rebels')
f('t9','reject','COD','RWA','2022','Ambassador Vincent Karega had already been summoned twice this year')
f('t9','reject','RWA','COD','2022-10-30','Rwanda said on Sunday it regretted the expulsion and accused the Congolese army of fighting side by side with the FDLR')
f('t9','meeting','COD','RWA','2022-07','Tshisekedi and Rwandan President Paul Kagame met in Luanda in July')
f('t9','agreement','COD','RWA','2022-07','agreed on a roadmap to ease tensions')
f('t9','visit','COD','AGO','2022-07','Tshisekedi and Rwandan President Paul Kagame met in Luanda in July')
f('t9','visit','RWA','AGO','2022-07','Tshisekedi and Rwandan President Paul Kagame met in Luanda in July')
f('t9','role','Felix Tshisekedi','COD','2022-10-31','President Felix Tshisekedi',True)
f('t9','role','Paul Kagame','RWA','2022-10-31','Rwandan President Paul Kagame',True)
f('t9','role','Joao Lourenco','AGO','2022-10-31',"Angola's President Joao Lourenco",True)

# t10
P['t10'] = '2023-04-04'
f('t10','agreement','FIN','NATO','2023-04-04','Finland formally joined NATO on Tuesday')
f('t10','visit','FIN','BEL','2023-04',"Foreign Minister Pekka Haavisto handed Finland's instrument of accession to U.S. Secretary of State Antony Blinken at NATO headquarters in Brussels")
f('t10','visit','USA','BEL','2023-04',"Foreign Minister Pekka Haavisto handed Finland's instrument of accession to U.S. Secretary of State Antony Blinken at NATO headquarters in Brussels")
f('t10','threat','RUS','FIN','2023-04-04','Moscow said on Tuesday it would take countermeasures to protect its security')
f('t10','reject','RUS','NATO','2023-04-04',"described the enlargement as an encroachment on Russia's security and national interests")
f('t10','support','TUR','FIN','2023-03-30',"Turkey's parliament approved Finland's membership on Thursday")
f('t10','support','HUN','FIN','2023-03-27',"Hungary's lawmakers voted in favour on Monday last week")
f('t10','reject','TUR','SWE','2023-04-04','Ankara accuses Stockholm of sheltering members of Kurdish militant groups',True)
f('t10','role','Pekka Haavisto','FIN','2023-04-04','Foreign Minister Pekka Haavisto',True)
f('t10','role','Antony Blinken','USA','2023-04-04','U.S. Secretary of State Antony Blinken',True)
f('t10','role','Sauli Niinisto','FIN','2023-04-04','President Sauli Niinisto',True)
f('t10','role','Tayyip Erdogan','TUR','2023-04-04','President Tayyip Erdogan',True)

# t11
P['t11'] = '2023-03-27'
f('t11','agreement','HND','CHN','2023-03-26',"Honduras established diplomatic relations with the People's Republic of China on Sunday")
f('t11','meeting','HND','CHN','2023-03-26','signed a joint communique in Beijing with his Chinese counterpart Qin Gang after talks at the Diaoyutai state guesthouse')
f('t11','visit','HND','CHN','2023-03','signed a joint communique in Beijing')
f('t11','sanction','TWN','HND','2023-03-26',"Taiwan's foreign ministry said it was ending relations with Honduras")
f('t11','reject','TWN','HND','2023-03-26','Foreign Minister Joseph Wu told reporters on Sunday that Honduras had asked for $2.5 billion in aid and had never been sincere')
f('t11','aid','TWN','HND','2023-03-27','Taiwan had for years paid for hospitals, scholarships and farming projects in Honduras',True)
f('t11','agreement','PAN','CHN','2017','Panama switched in 2017')
f('t11','agreement','DOM','CHN','2018','the Dominican Republic and El Salvador both followed in 2018')
f('t11','agreement','SLV','CHN','2018','the Dominican Republic and El Salvador both followed in 2018')
f('t11','agreement','NIC','CHN','2021-12',"Nicaragua's President Daniel Ortega restored ties with Beijing in December 2021")
f('t11','role','Eduardo Enrique Reina','HND','2023-03-27','Foreign Minister Eduardo Enrique Reina',True)
f('t11','role','Qin Gang','CHN','2023-03-27','his Chinese counterpart Qin Gang',True)
f('t11','role','Joseph Wu','TWN','2023-03-27','Foreign Minister Joseph Wu',True)
f('t11','role','Xiomara Castro','HND','2023-03-27','President Xiomara Castro',True)
f('t11','role','Daniel Ortega','NIC','2023-03-27',"Nicaragua's President Daniel Ortega",True)
f('t11','role','Tsai Ing-wen','TWN','2023-03-27','Taiwanese President Tsai Ing-wen',True)

# t12
P['t12'] = '2024-01-18'
f('t12','conflict','PAK','IRN','2024-01-18',"Pakistan carried out air strikes on what it said were militant hideouts in Iran's Sistan-Baluchestan province early on Thursday")
f('t12','conflict','IRN','PAK','2024-01-16','two days after Iran fired missiles and drones at targets inside Pakistan')
f('t12','reject','IRN','PAK','2024-01-18',"Tehran summoned Pakistan's charge d'affaires to demand an explanation")
f('t12','reject','PAK','IRN','2024-01-16','Islamabad condemned them the same night as an unprovoked violation of its airspace')
f('t12','sanction','PAK','IRN','2024-01-17','On Wednesday Pakistan recalled its ambassador from Tehran')
f('t12','conflict','IRN','IRQ','2024-01-15',"Iran had also fired missiles at Erbil in Iraq's Kurdistan region on Monday night")
f('t12','sanction','IRQ','IRN','2024-01-16','Baghdad recalled its ambassador from Tehran on Tuesday')
f('t12','reject','IRQ','IRN','2024-01-16','lodged a complaint with the UN Security Council, calling the attack a violation of Iraqi sovereignty')
f('t12','reject','USA','IRN','2024-01-17','The United States condemned the Iranian strikes in Pakistan and Iraq on Wednesday')
f('t12','visit','PAK','CHE','2024-01','cut short his visit to the World Economic Forum in Davos')
f('t12','meeting','PAK','IRN','2024-01-17','spoke to his Iranian counterpart Hossein Amir-Abdollahian by phone on Wednesday')
f('t12','role','Anwaar-ul-Haq Kakar','PAK','2024-01-18','Caretaker Prime Minister Anwaar-ul-Haq Kakar',True)
f('t12','role','Jalil Abbas Jilani','PAK','2024-01-18','Foreign Minister Jalil Abbas Jilani',True)
f('t12','role','Hossein Amir-Abdollahian','IRN','2024-01-18','his Iranian counterpart Hossein Amir-Abdollahian',True)

# t13
P['t13'] = '2024-01-22'
f('t13','support','EGY','SOM','2024-01-21','Egypt would stand with Somalia')
f('t13','meeting','EGY','SOM','2024-01-21','he hosted Somali President Hassan Sheikh Mohamud for talks in Cairo')
f('t13','visit','SOM','EGY','2024-01-20','Hassan Sheikh, who arrived in Cairo on Saturday')
f('t13','sanction','SOM','ETH','2024-01-02','The next day Mogadishu recalled its ambassador from Addis Ababa for consultations')
f('t13','reject','SOM','ETH','2024-01-02',"denounced the memorandum as a violation of Somalia's sovereignty and territorial integrity")
f('t13','reject','SOM','ETH','2024-01-06','On January 6, Hassan Sheikh signed a law declaring the deal null and void')
f('t13','reject','ETH','SOM','2024-01-22',"Addis Ababa has dismissed Mogadishu's objections",True)
f('t13','reject','EGY','ETH','2023-12','Egypt said in December that the latest round of negotiations on the dam had failed, blaming Ethiopian intransigence')
f('t13','role','Abdel Fattah al-Sisi','EGY','2024-01-22','Egyptian President Abdel Fattah al-Sisi',True)
f('t13','role','Hassan Sheikh Mohamud','SOM','2024-01-22','Somali President Hassan Sheikh Mohamud',True)
f('t13','role','Abiy Ahmed','ETH','2024-01-22','Ethiopian Prime Minister Abiy Ahmed',True)

# t14
P['t14'] = '2024-01-11'
f('t14','meeting','MDV','CHN','2024-01-10','held talks at the Great Hall of the People in Beijing on Wednesday')
f('t14','agreement','MDV','CHN','2024-01-10','oversaw the signing of 20 agreements')
f('t14','visit','MDV','CHN','2024-01-08','arrived in China on Monday on a five-day state visit')
f('t14','support','CHN','MDV','2024-01-10','Xi told his guest that China supported the Maldives in safeguarding its sovereignty')
f('t14','reject','IND','MDV','2024-01-08',"India's foreign ministry summoned the Maldivian high commissioner in New Delhi on Monday to register a strong protest")
f('t14','reject','MDV','IND','2023-11','formally asked New Delhi to withdraw the roughly 80 Indian military personnel')
f('t14','aid','IND','MDV','2024-01-11','a Dornier aircraft that India gave the Maldives',True)
f('t14','visit','MDV','IND','2018-12',"Ibrahim Mohamed Solih's first trip abroad as president was to India in December 2018")
f('t14','role','Mohamed Muizzu','MDV','2023-11','Muizzu, who took office in November')
f('t14','role','Xi Jinping','CHN','2024-01-11','Chinese President Xi Jinping',True)
f('t14','role','Narendra Modi','IND','2024-01-11','Prime Minister Narendra Modi',True)

# t15
P['t15'] = '2024-04-07'
f('t15','sanction','MEX','ECU','2024-04-05','Mexico broke off diplomatic relations with Ecuador on Friday night')
f('t15','reject','MEX','ECU','2024-04-05',"calling the raid a flagrant violation of international law and of Mexico's sovereignty")
f('t15','reject','ECU','MEX','2024-04-05',"Ecuador's government said in a statement on Friday night that Glas had been convicted of corruption and that Mexico had abused the privileges of its mission")
f('t15','sanction','ECU','MEX','2024-04-04','On Thursday Quito declared the Mexican ambassador, Raquel Serur, persona non grata')
f('t15','reject','ECU','MEX','2024-04-04',"calling remarks by Lopez Obrador about last year's presidential election campaign in Ecuador offensive")
f('t15','reject','ECU','MEX','2024-04-07','Foreign Minister Gabriela Sommerfeld defended the operation, saying the asylum was illegal',True)
f('t15','sanction','NIC','ECU','2024-04-06','Nicaragua broke off relations with Ecuador on Saturday')
f('t15','reject','BRA','ECU','2024-04-06',"Brazil's government condemned the raid the same day as a serious violation of the Vienna Convention")
f('t15','role','Andres Manuel Lopez Obrador','MEX','2024-04-07','President Andres Manuel Lopez Obrador',True)
f('t15','role','Alicia Barcena','MEX','2024-04-07','Foreign Minister Alicia Barcena',True)
f('t15','role','Daniel Noboa','ECU','2024-04-07','President Daniel Noboa',True)
f('t15','role','Gabriela Sommerfeld','ECU','2024-04-07','Foreign Minister Gabriela Sommerfeld',True)

# t16
P['t16'] = '2023-09-21'
f('t16','visit','GBR','FRA','2023-09-20','Charles and Queen Camilla arrived on Wednesday')
f('t16','meeting','GBR','FRA','2023-09-20','the two heads of state held talks at the Elysee Palace')
f('t16','support','GBR','UKR','2023-09-21','the king said Britain and France were united in their support for Ukraine')
f('t16','support','FRA','UKR','2023-09-21','the king said Britain and France were united in their support for Ukraine')
f('t16','visit','GBR','DEU','2023-03','Charles made Germany his first state visit as king instead, at the end of March')
f('t16','visit','GBR','FRA','2023-03','Prime Minister Rishi Sunak held a summit with Macron in Paris in March')
f('t16','meeting','GBR','FRA','2023-03','Prime Minister Rishi Sunak held a summit with Macron in Paris in March')
f('t16','agreement','GBR','FRA','2023-03','the two governments agreed a new package on Channel migration')
f('t16','agreement','GBR','FRA','1904','the Entente Cordiale, the 1904 agreement')
f('t16','role','Charles III','GBR','2023-09-21','King Charles III',True)
f('t16','role','Emmanuel Macron','FRA','2023-09-21',"President Emmanuel Macron",True)
f('t16','role','Rishi Sunak','GBR','2023-09-21','Prime Minister Rishi Sunak',True)
f('t16','role','James Cleverly','GBR','2023-09-21','Foreign Secretary James Cleverly',True)

# t17
P['t17'] = '2023-09-19'
f('t17','agreement','USA','IRN','2023-08','The deal was agreed in August after months of indirect talks')
f('t17','sanction','USA','IRN','2023-09-18',"On the same day the U.S. Treasury imposed sanctions on Iran's Ministry of Intelligence")
f('t17','visit','IRN','USA','2023-09-18','who arrived in New York on Monday for the UN General Assembly')
f('t17','reject','IRN','USA','2023-09-19','Foreign Minister Hossein Amir-Abdollahian dismissed the American claim that the funds would be restricted',True)
f('t17','sanction','USA','IRN','1980','Washington cut diplomatic ties with Tehran in 1980')
f('t17','role','Joe Biden','USA','2023-09-19','President Joe Biden',True)
f('t17','role','Tamim bin Hamad Al Thani','QAT','2023-09-19',"Qatar's Emir, Sheikh Tamim bin Hamad Al Thani",True)
f('t17','role','Antony Blinken','USA','2023-09-19','Secretary of State Antony Blinken',True)
f('t17','role','Ebrahim Raisi','IRN','2023-09-19','Iranian President Ebrahim Raisi',True)
f('t17','role','Hossein Amir-Abdollahian','IRN','2023-09-19','Foreign Minister Hossein Amir-Abdollahian',True)

# t18
P['t18'] = '2023-09-11'
f('t18','agreement','USA','VNM','2023-09-10','agreed on Sunday to raise relations between their countries to a comprehensive strategic partnership')
f('t18','visit','USA','VNM','2023-09-10','Biden arrived in Hanoi on Sunday afternoon from New Delhi')
f('t18','meeting','USA','VNM','2023-09-10','He held talks with Trong at the party headquarters')
f('t18','meeting','USA','VNM','2023-09-11','On Monday Biden met President Vo Van Thuong and Prime Minister Pham Minh Chinh')
f('t18','visit','USA','IND','2023-09-08','He arrived there on Friday')
f('t18','meeting','USA','IND','2023-09-08','held talks with Prime Minister Narendra Modi the same evening')
f('t18','reject','CHN','USA','2023-09-11',"China's foreign ministry said on Monday that it opposed the United States using its relations with other countries to build exclusive blocs")
f('t18','agreement','USA','VNM','1995','Washington and Hanoi normalised relations in 1995')
f('t18','visit','USA','VNM','2016-05','Barack Obama visited Hanoi in May 2016')
f('t18','aid','USA','VNM','2023-07','in July the United States handed Vietnam a third decommissioned coast guard cutter')
f('t18','role','Joe Biden','USA','2023-09-11','President Joe Biden',True)
f('t18','role','Vo Van Thuong','VNM','2023-09-11','President Vo Van Thuong',True)
f('t18','role','Pham Minh Chinh','VNM','2023-09-11','Prime Minister Pham Minh Chinh',True)
f('t18','role','Narendra Modi','IND','2023-09-11','Prime Minister Narendra Modi',True)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    problems, seen, rows = 0, set(), []
    for a, t, s, o, d, e, inf in F:
        text = open(os.path.join(here, a + '.txt'), encoding='utf-8').read()
        if e not in text:
            print('evidence not in text:', a, t, repr(e)); problems += 1
        # symmetric types count once per unordered pair
        pair = tuple(sorted((s, o))) if t in ('meeting', 'agreement', 'conflict') else (s, o)
        key = (a, t) + pair + (d,)
        if key in seen:
            print('repeated tuple:', key); problems += 1
        seen.add(key)
        if inf and d != P[a]:
            print('inferred date is not the publication date:', a, t, s, o, d); problems += 1
        row = {"article": a, "type": t, "source": s, "target": o, "date": d, "evidence": e}
        if inf:
            row["date_inferred"] = True
        rows.append(row)
    with open(os.path.join(here, 'gold.jsonl'), 'w', encoding='utf-8') as fh:
        for row in rows:
            fh.write(json.dumps(row) + '\n')
    print(len(rows), 'facts', dict(collections.Counter(r['type'] for r in rows).most_common()),
          problems, 'problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
