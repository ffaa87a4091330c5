"""SDG vocabulary written from the target texts (issue 6, session 12, real11-sdg).

For each family of concept/lexicon/sdg.yaml added in session 12 ("Session 12 (real11-sdg)" in the
lexicon's header and in eval/real_passages/README.md), one short sentence per language, written for
this test (not taken from any evaluation passage), that must name the goal; and sentences with
words that were tried and left out, or that the families were written to avoid, that must not.
Every positive case fails at the lexicon before the session (8facc63).

Session 13 (real12-sdg) added families from set 10's proposals in the same way (the entries marked "session 13"),
each positive case failing at c5062b3's lexicon, and sentences for the longer weak phrases that absorb another sense
(a school's infrastructure, a tree's health state, an emergency-call system): each names the goal at c5062b3 and must
not now.

Session 13 (s11-sdg) added the 16.6 family of set 11's proposal 3 (the office's own online services), its five sentences
failing at 5238b11's lexicon.
"""
from __future__ import annotations

import pytest

from generator.commands.classify import classify

# family -> goal, {language: sentence}
NAMED = {
    # 16.5 corruption and bribery: anti-corruption measures, integrity of the office
    "16.5 integrity": ("SDG-16", {
        "en": "The town adopted a code of ethics for councillors and rules on a conflict of interest.",
        "cs": "Město zavedlo protikorupční opatření pro zadávání zakázek.",
        "sk": "Mesto prijalo protikorupčný program pre zamestnancov úradu.",
        "hu": "Az önkormányzat etikai kódexet fogadott el, és szabályozta az összeférhetetlenség eseteit.",
        "pl": "Gmina wdrożyła program antykorupcyjny dla pracowników urzędu.",
    }),
    # 16.6 accountable, transparent institutions; 16.10 public access to information
    "16.10 openness": ("SDG-16", {
        "en": "Everyone has access to public information about the budget.",
        "cs": "Město zajišťuje svobodný přístup k informacím o svém hospodaření.",
        "sk": "Mesto zabezpečuje slobodný prístup k informáciám o svojom hospodárení.",
        "hu": "A közérdekű adatok a város honlapján mindenki számára elérhetők.",
        "pl": "Urząd udostępnia informację publiczną na swojej stronie.",
    }),
    # 16.6 effective institutions: the office's quality and its service to residents
    "16.6 effective office": ("SDG-16", {
        "en": "We aim at an effective administration and will introduce quality management at the town hall.",
        "cs": "Cílem je efektivní úřad a řízení kvality podle modelu CAF.",
        "sk": "Cieľom je efektívny úrad a riadenie kvality na všetkých oddeleniach.",
        "hu": "Célunk a hatékony önkormányzat és az ügyfélbarát hivatal.",
        "pl": "Celem jest sprawna administracja i zarządzanie jakością w urzędzie.",
    }),
    # 16.7 responsive, participatory decision-making: the municipality's participatory bodies
    "16.7 bodies": ("SDG-16", {
        "en": "The youth council meets the mayor every month.",
        "cs": "Ve městě působí dětské zastupitelstvo.",
        "sk": "V meste pôsobí mládežnícky parlament.",
        "hu": "A városban ifjúsági önkormányzat működik.",
        "pl": "W gminie działa rada seniorów.",
    }),
    # 10.2 inclusion of all, 10.3 equal opportunity: excluded localities, Roma, segregation, the digital divide
    "10.2 inclusion": ("SDG-10", {
        "en": "The programme closes the digital divide for older residents.",
        "cs": "Projekt pomáhá obyvatelům sociálně vyloučené lokality na okraji města.",
        "sk": "Projekt podporuje marginalizované rómske komunity v obci.",
        "hu": "Az antiszegregációs program a telepen élők helyzetét javítja.",
        "pl": "Gmina prowadzi Centrum Integracji Społecznej.",
    }),
    # 10.7 orderly migration: foreigners and their integration
    "10.7 migration": ("SDG-10", {
        "en": "A centre for the integration of foreigners opened in the city.",
        "cs": "Město podporuje integraci cizinců.",
        "sk": "Mesto podporuje integráciu cudzincov.",
        "hu": "A gyárakban sok külföldi munkavállaló dolgozik, a vendégmunkások szállása gondot okoz.",
        "pl": "Gmina wspiera integrację cudzoziemców.",
    }),
    # 5.1, 5.4, 5.5: equal opportunities of women and men, reconciling work and family life
    "5.4 work and family": ("SDG-5", {
        "en": "The city promotes work-life balance for its employees.",
        "cs": "Podporujeme slaďování pracovního a rodinného života zaměstnanců.",
        "sk": "Podporujeme zosúlaďovanie pracovného a rodinného života zamestnancov.",
        "hu": "Támogatjuk a munka és magánélet összehangolását.",
        "pl": "Wspieramy godzenie życia zawodowego i rodzinnego.",
    }),
    # 17.17 public, public-private and civil-society partnerships
    "17.17 partnerships": ("SDG-17", {
        "en": "Inter-municipal cooperation and cooperation with NGOs keep the services running.",
        "cs": "Rozvíjíme meziobecní spolupráci a spolupráci s neziskovými organizacemi.",
        "sk": "Rozvíjame medziobecnú spoluprácu a spoluprácu s mimovládnymi organizáciami.",
        "hu": "Erősítjük a településközi együttműködést és a civil szervezetekkel való együttműködést.",
        "pl": "Rozwijamy współpracę międzygminną i współpracę z organizacjami pozarządowymi.",
    }),
    # 1.4 and 11.1: homelessness
    "1.4 homelessness": ("SDG-1", {
        "en": "The night shelter serves people experiencing homelessness.",
        "cs": "Noclehárna pomáhá lidem ohroženým bezdomovectvím.",
        "sk": "Nocľaháreň pomáha ľuďom, bezdomovectvo v meste rastie.",
        "hu": "A hajléktalanszálló a hajléktalan emberek ellátását biztosítja.",
        "pl": "Noclegownia pomaga osobom w kryzysie bezdomności.",
    }),
    # 3.5 substance abuse, 3.8 services: palliative care, hospices, rescue services
    "3.8 care": ("SDG-3", {
        "en": "A hospice and palliative care are planned in the district.",
        "cs": "Ve městě funguje hospic a paliativní péče.",
        "sk": "V meste funguje hospic a paliatívna starostlivosť.",
        "hu": "A városban új mentőállomás épül, és defibrillátorokat helyeznek ki.",
        "pl": "Gmina wspiera hospicjum i opiekę paliatywną.",
    }),
    # 7.3 energy efficiency of buildings
    "7.3 buildings": ("SDG-7", {
        "en": "Thermal insulation of the school and a heat pump will cut the bills.",
        "cs": "Zateplení školy a tepelné čerpadlo sníží náklady.",
        "sk": "Zateplenie školy a tepelné čerpadlo znížia náklady.",
        "hu": "Az iskola hőszigetelése és egy hőszivattyú csökkenti a költségeket.",
        "pl": "Termomodernizacja szkoły i pompa ciepła obniżą koszty.",
    }),
    # 8.5 employment: public works schemes
    "8.5 public works": ("SDG-8", {
        "en": "The public works scheme gives employment to residents out of work for long.",
        "cs": "Veřejně prospěšné práce nabízejí zaměstnání dlouhodobě nezaměstnaným.",
        "sk": "Aktivačná činnosť a menšie obecné služby pomáhajú nezamestnaným.",
        "hu": "A közfoglalkoztatás munkahelyet ad a falu lakóinak.",
        "pl": "Roboty publiczne i prace społecznie użyteczne dają pracę bezrobotnym.",
    }),
    # 2.3 small food producers' access to markets; 2.1 food for all
    "2.3 local food": ("SDG-2", {
        "en": "The farmers' market sells local food every Saturday.",
        "cs": "Farmářský trh nabízí lokální potraviny.",
        "sk": "Farmársky trh ponúka lokálne potraviny.",
        "hu": "A termelői piac és a közétkeztetés helyi alapanyagokra épül.",
        "pl": "Targ rolniczy oferuje lokalną żywność.",
    }),
    # 4.5 inclusive education
    "4.5 inclusive education": ("SDG-4", {
        "en": "Inclusive education is supported by a teaching assistant in every class.",
        "cs": "Inkluzivní vzdělávání podporuje asistent pedagoga.",
        "sk": "Inkluzívne vzdelávanie je prioritou obce.",
        "hu": "Az inkluzív oktatást pedagógiai asszisztens segíti.",
        "pl": "Edukacja włączająca jest priorytetem gminy.",
    }),
    # 6.1 drinking water: treatment plants
    "6.1 treatment": ("SDG-6", {
        "en": "The water treatment plant was modernised last year.",
        "cs": "Úpravna vody byla loni zmodernizována.",
        "sk": "Úpravňa vody bola vlani zmodernizovaná.",
        "hu": "A vízmű korszerűsítése tavaly befejeződött.",
        "pl": "Stacja uzdatniania wody została zmodernizowana.",
    }),
    # 11.1 housing, 11.7 public spaces: municipal flats, playgrounds
    "11.1 flats and playgrounds": ("SDG-11", {
        "en": "A new playground and municipal flats were built.",
        "cs": "Obec postavila dětské hřiště a obecní byty.",
        "sk": "Obec postavila detské ihrisko a obecné byty.",
        "hu": "Új játszótér és önkormányzati lakások épültek.",
        "pl": "Gmina zbudowała plac zabaw i mieszkania komunalne.",
    }),
    # 12.5, 12.8: reuse and zero waste
    "12.5 reuse": ("SDG-12", {
        "en": "The town follows a zero waste approach.",
        "cs": "Město se hlásí k principu zero waste.",
        "sk": "Mesto sa hlási k princípu zero waste.",
        "hu": "A város a zero waste elvet követi.",
        "pl": "Miasto stosuje zasadę zero waste.",
    }),
    # 13.2 climate measures in local policies: the Covenant of Mayors and its plans
    "13.2 covenant": ("SDG-13", {
        "en": "The town joined the Covenant of Mayors.",
        "cs": "Obec přistoupila k Paktu starostů a primátorů.",
        "sk": "Mesto pristúpilo k Dohovoru primátorov a starostov.",
        "hu": "A város csatlakozott a Polgármesterek Szövetségéhez.",
        "pl": "Miasto przystąpiło do Porozumienia Burmistrzów.",
    }),
    # 15.1, 15.5 protected areas and habitats
    "15.5 protected areas": ("SDG-15", {
        "en": "A Natura 2000 site and a nature reserve lie north of the town.",
        "cs": "Na území obce leží přírodní rezervace a biokoridor.",
        "sk": "V katastri obce je prírodná rezervácia a biokoridor.",
        "hu": "A település határában tájvédelmi körzet és ökológiai folyosó húzódik.",
        "pl": "Na terenie gminy znajduje się rezerwat przyrody i park krajobrazowy.",
    }),
    # Round 2 (same session): 1.3 housing allowances
    "1.3 housing allowance": ("SDG-1", {
        "en": "Families on a housing allowance are often low-income households.",
        "cs": "Příspěvek na bydlení pobírají hlavně domácnosti s nízkými příjmy.",
        "sk": "Príspevok na bývanie poberajú najmä domácnosti s nízkymi príjmami.",
        "hu": "A lakásfenntartási támogatást az alacsony jövedelmű háztartások kapják.",
        "pl": "Dodatek mieszkaniowy otrzymują gospodarstwa domowe o niskich dochodach.",
    }),
    # 3.6 road traffic injuries: traffic calming and safe crossings
    "3.6 traffic calming": ("SDG-3", {
        "en": "Traffic calming and a safe pedestrian crossing are planned near the school.",
        "cs": "Zklidnění dopravy a bezpečný přechod pro chodce u školy.",
        "sk": "Upokojenie dopravy a bezpečný priechod pre chodcov pri škole.",
        "hu": "Forgalomcsillapítás és biztonságos gyalogátkelő épül az iskolánál.",
        "pl": "Uspokojenie ruchu i bezpieczne przejście dla pieszych przy szkole.",
    }),
    # 3.8 access to health-care services: health centres and outpatient clinics
    "3.8 clinics": ("SDG-3", {
        "en": "A polyclinic and an outpatient clinic will open in the district.",
        "cs": "Poliklinika nabízí ordinace praktických lékařů.",
        "sk": "Poliklinika ponúka ambulancie lekárov.",
        "hu": "A rendelőintézet felújítása után több orvos rendel.",
        "pl": "Przychodnia przyjmuje pacjentów z całej gminy.",
    }),
    # 4.3, 4.6 adult learning
    "4.3 adult education": ("SDG-4", {
        "en": "The library offers adult education courses.",
        "cs": "Knihovna nabízí vzdělávání dospělých.",
        "sk": "Knižnica ponúka vzdelávanie dospelých.",
        "hu": "A könyvtár felnőttképzést is kínál.",
        "pl": "Biblioteka prowadzi edukację dorosłych.",
    }),
    # 6.4, 6.5 rainwater
    "6.4 rainwater": ("SDG-6", {
        "en": "Rainwater harvesting and water retention in the park.",
        "cs": "Retence vody v krajině a zadržování vody v zahradách.",
        "sk": "Retencia vody v krajine a zadržiavanie vody v záhradách.",
        "hu": "Esővízgyűjtés és vízmegtartás a kertekben.",
        "pl": "Mała retencja i gospodarowanie wodami opadowymi w gminie.",
    }),
    # 7.1, 7.2 energy communities
    "7.2 energy community": ("SDG-7", {
        "en": "The town founded an energy community with its residents.",
        "cs": "Obec založila energetické společenství s občany.",
        "sk": "Obec založila energetické spoločenstvo s občanmi.",
        "hu": "A település energiaközösséget hozott létre.",
        "pl": "Gmina utworzyła klaster energii.",
    }),
    # 8.3 entrepreneurship, 8.5 work for all
    "8.3 incubators": ("SDG-8", {
        "en": "A business incubator and a social enterprise opened in the old mill.",
        "cs": "Ve staré budově vznikl podnikatelský inkubátor a sociální podnik.",
        "sk": "V starej budove vznikol podnikateľský inkubátor a sociálny podnik.",
        "hu": "Az inkubátorház mellett szociális szövetkezet is működik.",
        "pl": "Działa tu inkubator przedsiębiorczości i spółdzielnia socjalna.",
    }),
    # 9.c access to ICT
    "9.c networks": ("SDG-9", {
        "en": "An optical network and public Wi-Fi cover the square.",
        "cs": "Optická síť a veřejná wifi pokrývají náměstí.",
        "sk": "Optická sieť a verejná wifi pokrývajú námestie.",
        "hu": "Az optikai hálózat és a nyilvános wifi lefedi a teret.",
        "pl": "Światłowód i publiczne wifi obejmują rynek.",
    }),
    # 11.2 sustainable transport systems
    "11.2 bike sharing": ("SDG-11", {
        "en": "Bike sharing and a park and ride site near the station.",
        "cs": "Sdílená kola a parkoviště P+R u nádraží.",
        "sk": "Zdieľané bicykle a parkovisko P+R pri stanici.",
        "hu": "Közbringa és P+R parkoló épül az állomásnál.",
        "pl": "Rower miejski i wspólny bilet ułatwiają podróże.",
    }),
    # 12.5 reuse, 12.7 procurement
    "12.5 reusable cups": ("SDG-12", {
        "en": "Reusable cups and a deposit return scheme at town events.",
        "cs": "Vratné kelímky a zálohový systém na městských akcích.",
        "sk": "Vratné poháre a zálohový systém na mestských podujatiach.",
        "hu": "Visszaváltható poharak és betétdíjas rendszer a városi rendezvényeken.",
        "pl": "Kubki wielorazowe i system kaucyjny na imprezach miejskich.",
    }),
    # 13.1 adaptive capacity of the settlement
    "13.1 green roofs": ("SDG-13", {
        "en": "A green roof and a rain garden at the school.",
        "cs": "Zelená střecha a dešťová zahrada u školy.",
        "sk": "Zelená strecha a dažďová záhrada pri škole.",
        "hu": "Zöldtető és esőkert az iskolánál.",
        "pl": "Zielony dach i ogród deszczowy przy szkole.",
    }),
    # 16.1 violence and crime: municipal police (en, cs, sk had 'police' as a strong term already)
    "16.1 municipal police": ("SDG-16", {
        "hu": "A közterület-felügyelet a bűnözés visszaszorításán dolgozik.",
        "pl": "Straż miejska patroluje park, by ograniczyć przestępczość.",
    }),
    # 17.16 partnerships across borders
    "17.16 cross-border": ("SDG-17", {
        "en": "Cross-border cooperation builds a partnership with the Austrian town.",
        "cs": "Přeshraniční spolupráce a partnerství s rakouským městem.",
        "sk": "Cezhraničná spolupráca a partnerstvo s rakúskym mestom.",
        "hu": "A határon átnyúló együttműködés partnerség a szomszédokkal.",
        "pl": "Współpraca transgraniczna i partnerstwo z czeskim miastem.",
    }),
    # Round 3 (same session): 16.10 the municipality's newsletter and information app
    "16.10 newsletter": ("SDG-16", {
        "en": "The municipal newsletter reports on the council's decisions for the sake of transparency.",
        "cs": "Obecní zpravodaj a mobilní rozhlas přinášejí zprávy z radnice.",
        "sk": "Obecné noviny a obecný spravodaj prinášajú správy z úradu.",
        "hu": "A helyi újság a lakosság tájékoztatása érdekében jelenik meg.",
        "pl": "Gazeta samorządowa służy informowaniu mieszkańców.",
    }),
    # 16.1 violence: intervention centres, the Polish statutory team and procedure
    "16.1 intervention": ("SDG-16", {
        "en": "The intervention centre helps victims of domestic violence.",
        "cs": "Intervenční centrum pomáhá obětem domácího násilí.",
        "sk": "Intervenčné centrum pomáha obetiam domáceho násilia.",
        "hu": "A krízisközpont a családon belüli erőszak áldozatait segíti.",
        "pl": "Zespół interdyscyplinarny prowadzi procedurę Niebieska Karta.",
    }),
    # 16.7 residents deciding by vote
    "16.7 residents' vote": ("SDG-16", {
        "en": "The projects were chosen by a residents' vote.",
        "cs": "Projekty vybralo hlasování občanů.",
        "sk": "Projekty vybralo hlasovanie obyvateľov.",
        "hu": "A projekteket lakossági szavazás választotta ki.",
        "pl": "Projekty wybrało głosowanie mieszkańców.",
    }),
    # 10.2 inclusion of all ages
    "10.2 active ageing": ("SDG-10", {
        "en": "Active ageing programmes keep the elderly involved.",
        "cs": "Program aktivního stárnutí je určen seniorům.",
        "sk": "Program aktívneho starnutia je určený seniorom.",
        "hu": "Az aktív időskor programja a nyugdíjasoknak szól.",
        "pl": "Program aktywnego starzenia się jest dla seniorów.",
    }),
    # 17.17 agreements on cooperation
    "17.17 memoranda": ("SDG-17", {
        "en": "A memorandum of understanding sealed the partnership with the university.",
        "cs": "Memorandum o spolupráci stvrdilo partnerství s univerzitou.",
        "sk": "Memorandum o spolupráci potvrdilo partnerstvo s univerzitou.",
        "hu": "Az együttműködési megállapodás alapja a partnerség az egyetemmel.",
        "pl": "Porozumienie o współpracy potwierdziło partnerstwo z uczelnią.",
    }),
    # 8.5 employment: the labour office
    "8.5 labour office": ("SDG-8", {
        "en": "The jobcentre advises residents looking for a job.",
        "cs": "Úřad práce pomáhá obyvatelům najít zaměstnání.",
        "sk": "Úrad práce pomáha obyvateľom nájsť zamestnanie.",
        "hu": "A munkaügyi központ segít munkahelyet találni.",
        "pl": "Powiatowy urząd pracy pomaga znaleźć miejsce pracy.",
    }),
    # 3.4 promotion of health
    "3.4 healthy lifestyle": ("SDG-3", {
        "en": "A healthy lifestyle programme is part of the public health plan.",
        "sk": "Podporujeme zdravý životný štýl a prevenciu chorôb.",
        "hu": "Támogatjuk az egészséges életmódot és a betegségek megelőzését.",
        "pl": "Promujemy zdrowy styl życia i profilaktykę chorób.",
    }),
    # 12.3 food waste: community fridges
    "12.3 community fridge": ("SDG-12", {
        "en": "A community fridge and food sharing reduce waste.",
        "cs": "Komunitní lednice a foodsharing omezují plýtvání.",
        "sk": "Komunitná chladnička a foodsharing obmedzujú plytvanie.",
        "hu": "A közösségi hűtő és az ételmentés csökkenti a pazarlást.",
        "pl": "Jadłodzielnia i lodówka społeczna ograniczają marnowanie.",
    }),
    # Round 4 (same session): 11.1 housing construction and stock
    "11.1 housing construction": ("SDG-11", {
        "en": "Housing construction will renew the town's housing stock.",
        "cs": "Bytová výstavba a obnova bytového fondu.",
        "sk": "Bytová výstavba obnoví bytový fond mesta.",
        "hu": "A lakásépítés és a lakásállomány megújítása a cél.",
        "pl": "Budownictwo mieszkaniowe i zasób mieszkaniowy gminy rosną.",
    }),
    # 11.4 heritage: vernacular architecture, listed buildings
    "11.4 vernacular architecture": ("SDG-11", {
        "en": "Vernacular architecture and a listed building in the village centre.",
        "cs": "Lidová architektura a památkově chráněné domy tvoří ráz obce.",
        "sk": "Ľudová architektúra a pamiatkovo chránené domy tvoria ráz obce.",
        "hu": "A népi építészet emlékei közül több műemlék.",
        "pl": "Architektura regionalna i zabytkowy kościół przyciągają gości.",
    }),
    # 11.2 transport accessible to persons with disabilities
    "11.2 low-floor buses": ("SDG-11", {
        "en": "Every low-floor bus stops at a bus stop with a raised kerb.",
        "cs": "Nízkopodlažní autobusy zastavují u každé autobusové zastávky.",
        "sk": "Nízkopodlažný autobus zastavuje na každej autobusovej zastávke.",
        "hu": "Az alacsonypadlós buszok minden buszmegállóban megállnak.",
        "pl": "Autobusy niskopodłogowe zatrzymują się na każdym przystanku autobusowym.",
    }),
    # 16.6, 16.7 responsive institutions: residents' satisfaction
    "16.6 satisfaction": ("SDG-16", {
        "en": "Citizen satisfaction and transparency are the office's yardsticks.",
        "cs": "Spokojenost občanů a transparentnost úřadu se měří každý rok.",
        "sk": "Spokojnosť obyvateľov a transparentnosť úradu sa merajú každý rok.",
        "hu": "A lakossági elégedettség és az átláthatóság a hivatal mércéje.",
        "pl": "Zadowolenie mieszkańców i przejrzystość urzędu są mierzone co roku.",
    }),
    # session 13: 16.10 information published, map portals, access to data
    "16.10 information published": ("SDG-16", {
        "en": "The town publishes information about its plans and runs a map portal for residents.",
        "cs": "Obec zveřejňuje informace o investicích a provozuje mapový portál.",
        "sk": "Obec zverejňuje informácie o investíciách a prevádzkuje mapový portál.",
        "hu": "A város térképes portált működtet, és biztosítja az adatokhoz való hozzáférést.",
        "pl": "Gmina prowadzi geoportal, a mieszkańcy mają dostęp do danych o planach.",
    }),
    # session 13: 16.6 the office's e-services
    "16.6 e-services": ("SDG-16", {
        "en": "Residents can use the online booking system and the electronic submission of forms.",
        "cs": "Úřad zavedl rezervační systém a elektronickou podatelnu.",
        "sk": "Úrad zaviedol objednávkový systém a elektronickú podateľňu.",
        "hu": "A hivatal online időpontfoglalást és elektronikus iratkezelést vezetett be.",
        "pl": "Urząd wprowadził rezerwację wizyt i elektroniczny obieg dokumentów.",
    }),
    # session 13: 16.7 a draft laid out for public inspection, meetings with residents
    "16.7 draft laid out": ("SDG-16", {
        "en": "The draft was open to public inspection and the mayor held a meeting with residents.",
        "cs": "Návrh byl vystaven k veřejnému nahlédnutí a starosta svolal setkání s obyvateli.",
        "sk": "Návrh bol vystavený na verejné nahliadnutie a primátor zvolal stretnutie s občanmi.",
        "hu": "A tervet közszemlére tették, és lakossági találkozót tartottak.",
        "pl": "Projekt wyłożono do publicznego wglądu i zorganizowano spotkanie konsultacyjne.",
    }),
    # session 13 (label rule 7): municipalities acting together, by their associations' legal names
    "17.17 municipalities together": ("SDG-17", {
        "en": "The association of municipalities signed a memorandum of understanding with the region.",
        "cs": "Svazek obcí podepsal s krajem memorandum o spolupráci.",
        "sk": "Združenie obcí podpísalo s krajom memorandum o spolupráci.",
        "hu": "Az önkormányzati társulás együttműködési megállapodást kötött a megyével.",
        "pl": "Związek gmin podpisał list intencyjny z powiatem.",
    }),
    # session 13 (label rule 12): older people's inclusion in the information society
    "10.2 digital inclusion": ("SDG-10", {
        "en": "Courses for the older generation support digital inclusion.",
        "cs": "Kurzy pro starší generaci podporují digitální začleňování.",
        "sk": "Kurzy pre staršiu generáciu podporujú digitálnu inklúziu.",
        "hu": "Az idősebb generáció digitális befogadását tanfolyamok segítik.",
        "pl": "Program włączenia cyfrowego jest skierowany do starszego pokolenia.",
    }),
    # session 13: 4.2 pre-primary and 4.a facilities, kindergartens and nurseries with the works
    "4.2 kindergartens built": ("SDG-4", {
        "en": "The town will fund the extension of the kindergarten.",
        "cs": "Obec připravuje přístavbu mateřské školy.",
        "sk": "Obec pripravuje prístavbu materskej školy.",
        "hu": "Az önkormányzat a bölcsőde bővítésére pályázik.",
        "pl": "Gmina planuje rozbudowę przedszkola.",
    }),
    # session 13, second pass: 9.c the internet as towns provide it
    "9.c free internet": ("SDG-9", {
        "en": "The town offers free Wi-Fi and a Wi-Fi hotspot in the square.",
        "cs": "Obec nabízí bezplatné wifi a internetové připojení v knihovně.",
        "sk": "Obec ponúka bezplatné wifi a internetové pripojenie v knižnici.",
        "hu": "A könyvtárban ingyenes wifi és internetkapcsolat érhető el.",
        "pl": "W bibliotece działa bezpłatny internet i publiczny hotspot.",
    }),
    # session 13, second pass: 7.2 the photovoltaic adjective
    "7.2 photovoltaic": ("SDG-7", {
        "cs": "Na střeše školy vznikne fotovoltaická elektrárna.",
        "sk": "Na streche školy vznikne fotovoltická elektráreň.",
        "hu": "A hivatal tetejére napelemes rendszer kerül.",
        "pl": "Na dachu szkoły powstanie instalacja fotowoltaiczna.",
    }),
    # session 13, second pass: 11.7 community gardens
    "11.7 community garden": ("SDG-11", {
        "en": "A community garden opened next to the playground.",
        "cs": "Komunitní zahrada vznikla vedle dětského hřiště.",
        "sk": "Komunitná záhrada vznikla vedľa detského ihriska.",
        "hu": "A közösségi kert a játszótér mellett nyílt.",
        "pl": "Ogród społeczny powstał obok placu zabaw.",
    }),
    # session 13 (s11-sdg), set-11 proposal 3: 16.6 the office's own online services (electronic delivery, local fees
    # paid online, a submission sent electronically, electronic communication with the office)
    "16.6 office online": ("SDG-16", {
        "en": "Residents can pay local fees online and use electronic communication with the town hall.",
        "cs": "Občané mohou elektronicky podat žádost a využívat elektronické doručování.",
        "sk": "Občania môžu využívať elektronické doručovanie a platbu poplatkov online.",
        "hu": "A lakosok elektronikus kapcsolattartás útján intézhetik ügyeiket, és a helyi adók online befizetése is "
              "lehetséges.",
        "pl": "Mieszkańcy mogą złożyć wniosek elektronicznie i korzystać z e-Doręczeń.",
    }),
}

# Words the families leave out on purpose, or tried and dropped (eval/real_passages/README.md, session 12):
# Local Agenda 21 (a set-4 false positive), dependency and debt of a municipality, waste sorting (pl 'segregacja'),
# the local action group and the micro-region (the examples' keys and sets 1-9), 'immigrant' (dev rows on migrant
# labour, labelled SDG 8), hu 'szegregátum' in its base form (simplemma reads it as 'szeg', a nail).
NOT_NAMED = [
    ("cs", "Obec je zapojena do Místní agendy 21.", "SDG-16"),
    ("cs", "Obec snižuje svou závislost na dotacích.", "SDG-3"),
    ("sk", "Mesto znižuje energetickú závislosť.", "SDG-3"),
    ("cs", "Zadluženost obce je nízká.", "SDG-1"),
    ("pl", "Segregacja odpadów obejmuje pięć frakcji.", "SDG-10"),
    ("cs", "Místní akční skupina připravila strategii pro území mikroregionu.", "SDG-17"),
    ("pl", "Lokalna grupa działania przygotowała strategię.", "SDG-17"),
    ("en", "An immigrant worker earns a low wage.", "SDG-10"),
    ("hu", "A szeg kiállt a falból.", "SDG-10"),
    # round 2: technology parks (held-out rows labelled 4 gained SDG 9), air-quality instruments (three set 4-7 false
    # positives of SDG 11)
    ("cs", "Technologický park láká investice do výroby.", "SDG-9"),
    ("pl", "Program Czyste Powietrze dofinansowuje wymianę pieców w gminie.", "SDG-11"),
    ("hu", "A szmog télen a városban gyakori.", "SDG-11"),
    # round 4: tourists and job opportunities (a set-9 false positive and dev rows; two set 4-6 false positives of SDG 8)
    ("pl", "Turyści chętnie odwiedzają rynek.", "SDG-8"),
    ("cs", "Nové pracovní příležitosti vzniknou v průmyslové zóně.", "SDG-8"),
    # session 13, left out: e-government as such (a dev row labelled not SDG 16), pl 'raport o stanie gminy' (sets 6, 8)
    ("en", "The e-government strategy of the state brings e-administration to every ministry.", "SDG-16"),
    ("pl", "Wójt przedstawił radzie raport o stanie gminy za ubiegły rok.", "SDG-16"),
    # session 13 (s11-sdg): a needy word said again, with no aid named, stays one strong term (2 < 3)
    ("hu", "A rászoruló családok száma nőtt a városban. A rászorulók többsége idős ember.", "SDG-1"),
    # session 13, left out: the micro-region (+1 true, +7 false on sets 1-10), disability allowances (a translated row)
    ("sk", "Mikroregión tvorí dvanásť obcí v údolí a spolupráca medzi nimi je dobrá.", "SDG-17"),
    ("hu", "A rokkantsági ellátás összege és a bérek alakulása a járásban.", "SDG-10"),
    # session 13: the bare kindergarten is no SDG-4 term (a town's list of services names it)
    ("pl", "W gminie działają przedszkole, biblioteka i ośrodek kultury.", "SDG-4"),
    # session 13, second pass, left out: women's entrepreneurship read as any entrepreneur (cs 'podnikatelka')
    ("cs", "Podnikatelka otevřela v obci novou prodejnu.", "SDG-5"),
    # session 13, longer weak phrases absorbing another sense (each of these names the goal at c5062b3): a school's
    # infrastructure (4.a) for SDG 9, an emergency-call system for SDG 1, a tree's health state for SDG 3; each text comes
    # back to a weak word more than a sentence later, as real passages do
    ("en", "The capacity of the school infrastructure will grow by two classrooms. The town has the money from "
           "the regional programme and the works start in spring, after the end of the school year. The new "
           "capacity helps families.", "SDG-9"),
    ("cs", "Kapacita školní infrastruktury se zvýší o dvě třídy. Obec na to získala peníze z krajského programu "
           "a práce začnou na jaře, až skončí školní rok. Nová kapacita pomůže rodinám.", "SDG-9"),
    ("sk", "Kapacita školskej infraštruktúry sa zvýši o dve triedy. Obec na to získala peniaze z krajského "
           "programu a práce sa začnú na jar, keď skončí školský rok. Nová kapacita pomôže rodinám.", "SDG-9"),
    ("hu", "Az oktatási infrastruktúra kapacitása két tanteremmel nő. A város a megyei programból kapott rá "
           "pénzt, a munka tavasszal, a tanév vége után indul. Az új kapacitás a családoknak segít.", "SDG-9"),
    ("pl", "Gmina planuje inwestycje w infrastrukturę szkolną w dwóch wsiach. Pieniądze pochodzą z programu "
           "wojewódzkiego, a prace ruszą wiosną, po zakończeniu roku szkolnego. Kolejne inwestycje obejmą drogi.", "SDG-9"),
    ("hu", "A segélyhívó rendszer az egyedül élő idősek biztonságát szolgálja. A szolgáltatást a város szociális"
           " központja szervezi, a díját pedig a jövedelem alapján állapítják meg.", "SDG-1"),
    ("cs", "Zdravotní stav stromů v parku sleduje odborník. Město nechalo zpracovat pasport všech stromů v "
           "ulicích a parcích, aby mohlo plánovat jejich ošetření. Péče o ně je pravidelná.", "SDG-3"),
    ("sk", "Zdravotný stav stromov v parku sleduje odborník. Mesto dalo spracovať pasport všetkých stromov v "
           "uliciach a parkoch, aby mohlo plánovať ich ošetrenie. Starostlivosť o ne je pravidelná.", "SDG-3"),
    ("hu", "A fák egészségi állapotát szakember vizsgálja. A város minden utcai és parki fáról nyilvántartást "
           "készített, hogy tervezni tudja a metszést. Az ellátásuk rendszeres.", "SDG-3"),
    ("pl", "Stan zdrowotny drzew w parku ocenia dendrolog. Miasto przygotowało paszport wszystkich drzew na "
           "ulicach i w parkach, aby planować ich cięcia. Opieka nad nimi jest stała.", "SDG-3"),
]


def _goals(text: str, lang: str) -> list[str]:
    return [f"SDG-{g}" for g in classify("t", text, "sdg", lang)["sdgs"]]


@pytest.mark.parametrize("family,lang", [(f, lang) for f in NAMED for lang in NAMED[f][1]])
def test_target_vocabulary_names_the_goal(family, lang):
    goal, sentences = NAMED[family]
    assert goal in _goals(sentences[lang], lang), (family, lang)


@pytest.mark.parametrize("lang,text,goal", NOT_NAMED)
def test_words_left_out_do_not_name_the_goal(lang, text, goal):
    assert goal not in _goals(text, lang)


# Families written in fewer languages, and why.
FEWER_LANGUAGES = {
    "16.1 municipal police": {"hu", "pl"},  # en, cs, sk: 'police' is already a strong term
    "3.4 healthy lifestyle": {"en", "sk", "hu", "pl"},  # cs 'zdravý' already matches the strong 'zdraví'
    "7.2 photovoltaic": {"cs", "sk", "hu", "pl"},  # en 'photovoltaic' was already core
}


def test_every_family_in_every_language():
    for family, (_goal, sentences) in NAMED.items():
        assert set(sentences) == FEWER_LANGUAGES.get(family, {"en", "cs", "sk", "hu", "pl"}), family
