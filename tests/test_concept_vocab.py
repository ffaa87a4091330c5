"""Session 12 (real11-concept, issue 6): instrument vocabulary written from the concept criteria's own
descriptions (concept/smart-concept.yaml), the Koncepce goals they group (shared CONCEPT-NOTES) and the
documents each country's strategies name (concept/national/), in every language; not from passages.

Each family has one short sentence per language (our own words) that the classifier must give the
criterion; none of them holds a term the lexicon had before, so each fails at the lexicons of 8facc63.
The families tried and left out (eval/real_passages/concept-log.md, "Session 12 (real11-concept)") have
sentences that must stay out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.commands.classify import classify
from generator.concept import load_concept

ROOT = Path(__file__).resolve().parents[1] / "concept"


@pytest.fixture(scope="module")
def concept():
    return load_concept(ROOT)


# (family, criterion): {lang: sentence}
FOUND = {
    # C-A-EDUCATION "schools and kindergartens are modern and well equipped", "skills of the 21st century
    # (digital, technical ...)": school modernisation, classroom equipment, technical and dual education, robotics
    ("schools equipped and technical skills", "C-A-EDUCATION"): {
        "en": "A makerspace and a robotics club will open at the library.",
        "cs": "Město zajistí modernizaci základních škol a vybavení tříd.",
        "sk": "Mesto zabezpečí modernizáciu základných škôl a vybavenie tried.",
        "hu": "A város támogatja a duális képzést és az óvodák korszerűsítését.",
        "pl": "Gmina przystąpiła do programu Laboratoria Przyszłości i zapewni doposażenie szkół.",
    },
    # "lifelong learning is available to all ages": senior academies, pre-school education, community schools
    ("lifelong learning for all ages", "C-A-EDUCATION"): {
        "en": "A seniors academy and a community school offer courses for all ages.",
        "cs": "Pro starší občany funguje akademie třetího věku.",
        "sk": "Mesto podporuje akadémiu tretieho veku a komunitnú školu.",
        "hu": "Működik a nyugdíjas egyetem, és fejlesztjük az óvodai nevelést.",
        "pl": "Działa akademia seniora, a gmina rozwija wychowanie przedszkolne.",
    },
    # C-C-NATURE "green roofs and facades"
    ("green roofs and facades", "C-C-NATURE"): {
        "en": "New buildings will have green facades and a roof garden.",
        "cs": "Na radnici vznikne vegetační střecha a vertikální zahrada.",
        "sk": "Na budove vznikne vegetačná strecha a vertikálna záhrada.",
        "hu": "A homlokzaton függőleges kert, a tetőn tetőkert létesül.",
        "pl": "Na budynku urzędu powstanie ogród wertykalny i zielona elewacja.",
    },
    # "parks, trees and urban greenery are managed": greenery, forest parks, afforestation, planting
    ("greenery and urban forests", "C-C-NATURE"): {
        "en": "The greenery along the main street will be renewed and a forest park created.",
        "cs": "U sídliště vznikne lesopark a proběhnou sadové úpravy.",
        "sk": "Pri sídlisku vznikne lesopark a sadové úpravy.",
        "hu": "A cél a zöldterületek bővítése és városi erdő telepítése.",
        "pl": "Gmina zadba o utrzymanie zieleni i nowe nasadzenia.",
    },
    # "biodiversity and the landscape are protected": reserves, ecological networks, wetlands
    ("protected nature and wetlands", "C-C-NATURE"): {
        "en": "The wetland near the river is a nature reserve.",
        "cs": "Mokřad u rybníka je přírodní památka a součást ÚSES.",
        "sk": "Mokraď pri potoku je prírodná rezervácia.",
        "hu": "Fontos a vizes élőhelyek és az ökológiai folyosó megőrzése.",
        "pl": "Na terenie gminy znajduje się rezerwat przyrody i pomnik przyrody.",
    },
    # "rainwater is retained and used where it falls": permeable surfaces, swales, small retention
    ("rain where it falls", "C-C-NATURE"): {
        "en": "Car parks will get permeable paving and a bioswale.",
        "cs": "Parkoviště dostane propustný povrch a zasakovací průleh.",
        "sk": "Parkovisko dostane priepustný povrch a vsakovací pás.",
        "hu": "Esőkert és vízáteresztő burkolat készül a téren.",
        "pl": "Gmina wspiera małą retencję i nawierzchnie przepuszczalne.",
    },
    # C-ZPO-INCLUSION "accessible, barrier-free services"
    ("barrier-free and accessible", "C-ZPO-INCLUSION"): {
        "en": "Public buildings follow universal design and web pages meet WCAG.",
        "cs": "Úřad zajistí bezbariérovost budov a tlumočení do znakového jazyka.",
        "sk": "Úrad zabezpečí bezbariérovosť budov a tlmočenie do posunkového jazyka.",
        "hu": "A hivatal egyetemes tervezéssel és jelnyelvi tolmáccsal segít.",
        "pl": "Urząd realizuje program Dostępność Plus i zapewnia tłumacza języka migowego.",
    },
    # "community life and cohesion are strengthened": community gardens, neighbours' festivals, senior clubs
    ("community life", "C-ZPO-INCLUSION"): {
        "en": "The town supports a community garden and an intergenerational centre.",
        "cs": "Město podpoří komunitní zahradu a sousedské slavnosti.",
        "sk": "Mesto podporí komunitnú záhradu a klub seniorov.",
        "hu": "A város támogatja a közösségi kertet és a nyugdíjas klubot.",
        "pl": "Gmina wspiera ogród społeczny i klub seniora.",
    },
    # C-ZPO-PARTNERSHIP "cities abroad ... networks": the unions of towns, EGTCs and city networks by name
    ("networks and unions by name", "C-ZPO-PARTNERSHIP"): {
        "en": "Our city takes part in the URBACT programme and in Eurocities.",
        "cs": "Město je aktivní ve Svazu měst a obcí a v síti Eurocities.",
        "sk": "Mesto je aktívne v ZMOS a v sieti Eurocities.",
        "hu": "A város a TÖOSZ és az Eurocities munkájában vesz részt.",
        "pl": "Miasto uczestniczy w programie URBACT i w sieci Eurocities.",
    },
    # "joint procurement": purchasing groups, a central contracting authority
    ("joint procurement", "C-ZPO-PARTNERSHIP"): {
        "en": "Schools will buy energy through a purchasing group.",
        "cs": "Obce využijí centrálního zadavatele pro nákup energie.",
        "sk": "Obce využijú centrálne obstarávanie energie.",
        "hu": "Az energiát közös ajánlatkéréssel szerzik be.",
        "pl": "Gminy kupują energię w ramach grupy zakupowej.",
    },
    # C-B-ENTERPRISE "cooperation with research (living labs, testbeds)"; descriptor IV.e technology transfer
    ("research and technology transfer", "C-B-ENTERPRISE"): {
        "en": "A science park will support technology transfer.",
        "cs": "Vznikne vědeckotechnický park a inovační vouchery pro firmy.",
        "sk": "Vznikne vedeckotechnický park na transfer technológií.",
        "hu": "Technológiatranszfer és innovációs park segíti a cégeket.",
        "pl": "Park naukowo-technologiczny wspiera transfer technologii.",
    },
    # "business incubators and coworking, support for start-ups and small firms": advice and contact points
    ("coworking and business advice", "C-B-ENTERPRISE"): {
        "en": "Business advisory and a one-stop shop for entrepreneurs open at the town hall.",
        "cs": "Otevřeme kontaktní místo pro podnikatele a sdílenou kancelář.",
        "sk": "Otvoríme zdieľanú kanceláriu a poradenstvo pre podnikateľov.",
        "hu": "Vállalkozói tanácsadás és közösségi iroda nyílik.",
        "pl": "Powstanie punkt obsługi przedsiębiorcy i przestrzeń coworkingowa.",
    },
    # C-A-RESILIENCE "public safety tools such as camera systems": crime prevention, surveillance cameras
    ("public safety", "C-A-RESILIENCE"): {
        "en": "Crime prevention and video surveillance cover the park.",
        "cs": "Město se zaměří na prevenci kriminality.",
        "sk": "Mesto sa zameria na prevenciu kriminality.",
        "hu": "A bűnmegelőzés érdekében biztonsági kamerák kerülnek ki.",
        "pl": "Rozbudowa monitoringu miejskiego służy zapobieganiu przestępczości.",
    },
    # "ready for crises (floods, blackouts, pandemics) ... crisis plans": backup power, evacuation plans
    ("blackouts and crisis plans", "C-A-RESILIENCE"): {
        "en": "The town hall will get a backup power supply and an evacuation plan.",
        "cs": "Radnice získá záložní zdroj elektřiny a evakuační plán.",
        "sk": "Mestský úrad získa záložný zdroj elektriny a evakuačný plán.",
        "hu": "A hivatal szükségáramforrást kap, és elkészül a kiürítési terv.",
        "pl": "Urząd otrzyma agregat prądotwórczy, powstanie też plan ewakuacji.",
    },
    # "warning systems": the municipal (wireless) public address system
    ("public address", "C-A-RESILIENCE"): {
        "en": "A new public address system will reach every street.",
        "cs": "Obec modernizuje bezdrátový rozhlas.",
        "sk": "Obec zmodernizuje obecný rozhlas.",
        "hu": "A hangosbemondó rendszert felújítják.",
    },
    # C-ZPO-EGOV "internal processes are digitised and secure" (ZPO1.1, 'SMART veřejné zakázky'): e-signature,
    # electronic records and filing, e-procurement
    ("digitised office", "C-ZPO-EGOV"): {
        "en": "Residents can sign documents with an electronic signature.",
        "cs": "Úřad zavede elektronickou spisovou službu a elektronický podpis.",
        "sk": "Úrad zavedie elektronickú registratúru a elektronický podpis.",
        "hu": "A hivatal bevezeti az elektronikus iratkezelést.",
        "pl": "Gmina wdroży elektroniczne zarządzanie dokumentacją.",
    },
    # "deal with the municipality electronically (... bookings ...)": the city's app, online booking
    ("city app and booking", "C-ZPO-EGOV"): {
        "en": "A city app will show residents every service.",
        "cs": "Občané mohou používat mobilní aplikaci města.",
        "sk": "Obyvatelia môžu používať mobilnú aplikáciu mesta.",
        "hu": "A lakosok városi alkalmazáson érik el a híreket.",
        "pl": "Mieszkańcy korzystają z aplikacji miejskiej.",
    },
    # S-LINKS "national and regional development strategies ... the land-use plan": the national and regional
    # spatial and development documents by name (concept/national/)
    ("national and regional documents", "S-LINKS"): {
        "en": "The strategy respects the New Leipzig Charter.",
        "cs": "Strategie respektuje Zásady územního rozvoje kraje.",
        "sk": "Program rešpektuje Koncepciu územného rozvoja Slovenska.",
        "hu": "Figyelembe vettük az Országos Területrendezési Tervet.",
        "pl": "Strategia uwzględnia Koncepcję Przestrzennego Zagospodarowania Kraju.",
    },
    # S-GOVERNANCE "the departments responsible": a strategic development department, a smart city office
    ("strategy department", "S-GOVERNANCE"): {
        "en": "The strategic development department runs the strategy.",
        "cs": "Realizaci koordinuje odbor strategického rozvoje.",
        "sk": "Realizáciu koordinuje oddelenie strategického rozvoja.",
        "hu": "A végrehajtást a stratégiai iroda koordinálja.",
        "pl": "Wdrażanie koordynuje biuro strategii.",
    },
    # S-MONITORING "regular monitoring reports ... when and how the strategy is updated"
    ("regular reports and updates", "S-MONITORING"): {
        "en": "A monitoring framework sets out what is measured.",
        "cs": "Dokument prochází pravidelnou aktualizací.",
        "sk": "Dokument prechádza pravidelnou aktualizáciou.",
        "hu": "Beszámoló a közgyűlésnek minden évben.",
        "pl": "Co dwa lata powstaje raport ewaluacyjny.",
    },
    ("updated every year", "S-MONITORING"): {
        "en": "The action plan is reviewed annually.",
        "cs": "Akční plán je každoročně aktualizován.",
        "sk": "Akčný plán je každoročne aktualizovaný.",
        "hu": "A cselekvési tervet évente értékeljük.",
        "pl": "Plan działań jest corocznie aktualizowany.",
    },
    # C-ZPO-DATA "uses them in decisions", "digital technical map", "interoperable formats"
    ("data in decisions", "C-ZPO-DATA"): {
        "en": "The council wants data-driven decisions in every department.",
        "cs": "Obec se zapojí do digitální mapy veřejné správy.",
        "sk": "Mesto presadzuje rozhodovanie na základe dát.",
        "hu": "Elkészül a város adatstratégiája.",
        "pl": "Gmina gromadzi dane przestrzenne.",
    },
    # C-A-CARE "home and tele-care ... support for people with disabilities": personal assistance, respite care
    ("care at home and respite", "C-A-CARE"): {
        "en": "The town will offer respite care and personal assistance.",
        "cs": "Rozšíříme osobní asistenci a odlehčovací služby.",
        "sk": "Rozšírime osobnú asistenciu a odľahčovaciu službu.",
        "hu": "Bővül a támogató szolgálat és a védőnői szolgálat.",
        "pl": "Gmina zapewni opiekę wytchnieniową i mieszkania wspomagane.",
    },
    # C-B-ENERGY "energy management of its buildings, energy savings": audits, insulation, guaranteed savings
    ("energy audits and insulation", "C-B-ENERGY"): {
        "en": "Every school gets an energy audit and thermal insulation.",
        "cs": "Proběhne zateplení školy a energetický audit radnice.",
        "sk": "Prebehne zateplenie školy a energetický audit radnice.",
        "hu": "Elkészül az iskola energetikai korszerűsítése.",
        "pl": "Przeprowadzimy audyt energetyczny budynków.",
    },
    # "local renewable sources (photovoltaics, heat pumps, biomass)": biomass boilers, solar collectors
    ("biomass and solar heat", "C-B-ENERGY"): {
        "en": "The school will heat with a biomass boiler and solar collectors.",
        "cs": "Škola bude vytápěna kotlem na biomasu.",
        "sk": "Škola bude vykurovaná kotlom na biomasu.",
        "hu": "A fűtést biomassza-kazán és napkollektor adja.",
        "pl": "Szkoła otrzyma kocioł na biomasę i kolektory słoneczne.",
    },
    # C-B-CIRCULAR "composting of bio-waste": biodegradable and green waste
    ("bio-waste", "C-B-CIRCULAR"): {
        "en": "Green waste will be collected every week.",
        "cs": "Obec podpoří využití biologicky rozložitelného odpadu.",
        "sk": "Obec zabezpečí zhodnotenie biologicky rozložiteľného odpadu.",
        "hu": "A zöldhulladék gyűjtése hetente történik.",
        "pl": "Gmina odbiera odpady zielone od mieszkańców.",
    },
    # "waste prevention ... reuse": repair cafés, deposit return
    ("repair and deposit", "C-B-CIRCULAR"): {
        "en": "A repair café opens in the library.",
        "cs": "V knihovně bude fungovat repair café.",
        "sk": "Zálohový systém znížil množstvo plastov.",
        "hu": "A betétdíjas rendszer csökkenti a szemetet.",
        "pl": "System kaucyjny ograniczy ilość plastiku.",
    },
    # C-C-WATER "drinking water supply and quality": treatment plants and water towers
    ("water treatment and storage", "C-C-WATER"): {
        "en": "The water tower and the water treatment plant will be renovated.",
        "cs": "Rekonstrukce vodojemu a úpravny vody.",
        "sk": "Rekonštrukcia vodojemu a úpravne vody.",
        "hu": "Felújítják a víztornyot.",
        "pl": "Modernizacja stacji uzdatniania wody.",
    },
    # C-C-MOBILITY "accessible and safe streets ... cycling": cycle lanes, traffic calming
    ("cycle lanes and calm streets", "C-C-MOBILITY"): {
        "en": "New bike lanes and traffic calming make streets safer.",
        "cs": "Vzniknou nové cyklopruhy a zklidnění dopravy v centru.",
        "sk": "Vzniknú nové cyklopruhy a upokojenie dopravy.",
        "hu": "Kerékpáros sáv és forgalomcsillapítás készül.",
        "pl": "Powstaną nowe ścieżki rowerowe i uspokojenie ruchu.",
    },
    # C-C-ADAPTATION "prepares for heatwaves ... has an adaptation strategy or plan"
    ("heat and adaptation plans", "C-C-ADAPTATION"): {
        "en": "The town adopts a heat action plan.",
        "cs": "Město přijme adaptační plán.",
        "sk": "Mesto prijme adaptačný plán.",
        "hu": "Hőségriasztás idején a könyvtár hűvös termet nyit.",
        "pl": "W czasie upałów miasto otwiera klimatyzowane sale.",
    },
    # C-ZPO-EGOV, second pass: e-services, electronic document flow, applications filed online
    ("e-services and online applications", "C-ZPO-EGOV"): {
        "en": "Residents can apply online for a parking card.",
        "cs": "Obec rozšíří nabídku e-služeb.",
        "sk": "Mesto zavedie elektronický obeh dokumentov.",
        "hu": "Bővülnek a város e-szolgáltatásai.",
        "pl": "Mieszkańcy mogą złożyć wniosek przez internet.",
    },
    # "staff have the digital skills to run them"
    ("digital skills of staff", "C-ZPO-EGOV"): {
        "en": "We will train the digital skills of employees.",
        "cs": "Posílíme digitální dovednosti zaměstnanců.",
        "sk": "Posilníme digitálne zručnosti zamestnancov.",
        "hu": "Fejlesztjük a köztisztviselők digitális kompetenciáit.",
        "pl": "Podniesiemy kompetencje cyfrowe pracowników.",
    },
    # C-B-ENTERPRISE "support for start-ups and small firms": business zones
    ("business zones", "C-B-ENTERPRISE"): {
        "en": "The town will prepare a new business zone.",
        "cs": "Obec připraví podnikatelskou zónu.",
        "sk": "Obec pripraví podnikateľskú zónu.",
        "hu": "Az iparterület bővítése folytatódik.",
        "pl": "Gmina utworzy strefę aktywności gospodarczej.",
    },
    # S-MONITORING "how its implementation is followed": checks of fulfilment, progress monitored
    ("checks of progress", "S-MONITORING"): {
        "en": "Progress will be monitored by the council.",
        "cs": "Starosta provádí kontrolu plnění.",
        "sk": "Starosta vykonáva kontrolu plnenia.",
        "hu": "A polgármester végzi a végrehajtás ellenőrzését.",
        "pl": "Burmistrz prowadzi kontrolę realizacji.",
    },
    # S-LINKS "regional development strategies": the integrated territorial investments' strategies
    ("integrated territorial strategies", "S-LINKS"): {
        "en": "The strategy fits the Integrated Territorial Investment of the agglomeration.",
        "cs": "Město je součástí strategie ITI aglomerace.",
        "sk": "Mesto využije integrovanú územnú investíciu.",
        "hu": "A projekt a megyei Integrált Területi Program része.",
        "pl": "Gmina należy do obszaru Zintegrowanych Inwestycji Terytorialnych.",
    },
    # S-ACTIONPLAN "by whom (a responsible department or person), by when": a responsible body, a completion date
    ("responsible body and date", "S-ACTIONPLAN"): {
        "en": "Each measure names its responsible body and completion date.",
        "cs": "U každého opatření je uveden odpovědný subjekt.",
        "sk": "Pri každom opatrení je uvedený zodpovedný subjekt.",
        "pl": "Dla każdego zadania wskazano podmiot wiodący i termin wykonania.",
    },
    # Session 13 (real12-concept): forms from set 10's proposals (eval/real_passages/set10/README.md), written
    # from the criteria's descriptions; each sentence fails at c5062b3's lexicon.
    # S-FINANCING "what it costs and who pays": a sum with its currency (an abbreviation, or a multiplier with
    # the currency's name; never bare 'koruna' or 'złoty', a tree's crown and 'golden')
    ("a sum with its currency", "S-FINANCING"): {
        "en": "The new playground costs EUR 40,000.",
        "cs": "Nové hřiště vyjde na 800 000 Kč.",
        "sk": "Nové ihrisko stálo 40 000 EUR.",
        "hu": "Az új játszótér 9 500 000 Ft-ba kerül.",
        "pl": "Nowy plac zabaw kosztował 150 tys. zł.",
    },
    # "national grants": a grant named bare (en had it)
    ("a grant named bare", "S-FINANCING"): {
        "cs": "Knihovna získala grant na nové knihy.",
        "sk": "Knižnica získala grant na nové knihy.",
        "pl": "Biblioteka otrzymała grant na zakup książek.",
    },
    # hu 'támogatás' (support) counts as the head of its amount or rate, or with the state as payer
    ("support with its amount or rate", "S-FINANCING"): {
        "hu": "A támogatás mértéke 85 százalék.",
    },
    ("support with its payer", "S-FINANCING"): {
        "hu": "A felújítás a Magyar Állam támogatásával készült.",
    },
    # "national grants": the national funding programmes and funds by name, as the operational programmes are
    ("national funding programmes", "S-FINANCING"): {
        "en": "The footbridge is part of the Modern Cities Programme.",
        "cs": "Zateplení radnice podpořil Státní fond životního prostředí.",
        "sk": "Obnovu parku podporil Environmentálny fond.",
        "hu": "A járda a Magyar Falu Program keretében újult meg.",
        "pl": "Droga powstała ze środków Rządowego Funduszu Inwestycji Lokalnych.",
    },
    # C-A-EDUCATION "schools and kindergartens are modern and well equipped": works on a school, kindergarten,
    # nursery or gym, their places, a new one (the works noun with the building, never the bare noun)
    ("school and kindergarten buildings", "C-A-EDUCATION"): {
        "en": "The renovation of the kindergarten ends in May.",
        "cs": "Obec dokončila přístavbu mateřské školy.",
        "sk": "Obec dokončila prístavbu materskej školy.",
        "hu": "Elkezdődött az óvoda bővítése.",
        "pl": "Gmina zakończyła rozbudowę przedszkola.",
    },
    # S-GOVERNANCE "who manages the strategy: ... a steering committee or working group, the departments
    # responsible": a coordination body in every language, hu the one responsible for implementation
    ("coordination body and who answers for implementation", "S-GOVERNANCE"): {
        "en": "A coordination committee meets every quarter.",
        "cs": "Strategii řídí koordinační skupina.",
        "sk": "Stratégiu riadi koordinačná skupina.",
        "hu": "A program végrehajtásáért felelős a jegyző.",
        "pl": "Powołano zespół wdrożeniowy.",
    },
}


@pytest.mark.parametrize("family,cid", sorted(FOUND))
def test_description_instruments_are_found(concept, family, cid):
    for lang, text in FOUND[(family, cid)].items():
        assert cid in classify("t", text, "concept", lang, concept)["criteria"], (family, lang, text)


# Tried and left out (concept-log.md, Session 12): each moved a passage of sets 1-9 or an example the wrong way.
LEFT_OUT = [
    # bare school nouns: +3 true, +4 false on sets 1-9 and sk-podbukovina's key (EDUCATION missing)
    ("C-A-EDUCATION", "pl", "Przedszkole i szkoła podstawowa mieszczą się w jednym budynku."),
    ("C-A-EDUCATION", "cs", "Výuka probíhá v budově radnice."),  # bare teaching: 0 true, 1 false
    # pl bare 'zieleń': two examples' keys (pl-brzozolesie partial, pl-srebrnogrod missing)
    ("C-C-NATURE", "pl", "Zieleń przy ulicy została uporządkowana."),
    ("C-C-NATURE", "pl", "Gmina leży w parku krajobrazowym."),  # a landscape park is where a town lies
    ("C-ZPO-PARTNERSHIP", "cs", "Město leží v Euroregionu Nisa."),  # a town lies in a euroregion
    ("C-B-ENTERPRISE", "sk", "Organizácia cestovného ruchu propaguje región."),
    # municipal sectoral plans named as S-LINKS: +1 true, +21 false
    ("S-LINKS", "pl", "Teren objęty jest miejscowym planem zagospodarowania przestrzennego."),
    ("S-LINKS", "cs", "Obec má komunitní plán sociálních služeb."),
    # an update named as the occasion of something else (sk-vresovany's key: monitoring missing). Session 14
    # counts the update of a programme or document itself (+8 / +1 on sets 1-11; tests/test_concept_forms14.py)
    ("S-MONITORING", "sk", "Mesto bude nadväzovať na víziu pri aktualizácii programu rozvoja mesta."),
    ("S-MONITORING", "pl", "Nowe zadania zostaną dopisane przy aktualizacji dokumentu."),
    # health centres and the social welfare office are places a passage names, not the service (+0 true,
    # +2 false; pl-jarzebinowo's and sk-podbukovina's keys: CARE missing)
    ("C-A-CARE", "pl", "Przychodnia mieści się obok urzędu."),
    ("C-A-CARE", "pl", "Ośrodek Pomocy Społecznej przygotował wniosek."),
    ("C-B-ENERGY", "pl", "Termomodernizacja budynku jest zakończona."),  # pl-srebrnogrod's key: ENERGY missing
    ("C-C-MOBILITY", "pl", "Parking P+R jest w budowie."),  # +0 true, +1 false (pedestrian zones: +0 / +1)
    ("C-C-ADAPTATION", "hu", "A település klímastratégiát készít."),  # +0 true, +3 false
    ("C-B-ENTERPRISE", "pl", "Gmina posiada tereny inwestycyjne."),  # pl-brzozolesie's key: partial, not met
    ("C-B-ENTERPRISE", "sk", "Hospodársky rozvoj obce závisí od dopravy."),  # economic development: +3 / +32
    ("C-B-ENTERPRISE", "hu", "A turizmus jelentős a településen."),  # bare tourism: +1 / +4
    ("C-ZPO-PARTNERSHIP", "cs", "Obec leží v mikroregionu Podlesí."),  # a micro-region: +4 / +10
    ("C-ZPO-INCLUSION", "pl", "Osoby zagrożone wykluczeniem społecznym otrzymują zasiłki."),  # +0 / +2
    # base and target years, pl 'miernik', hu 'mutatószám' (lemma 'mutat'): +0 / +3 and two examples' keys
    ("S-INDICATORS", "pl", "Miernik został opisany w rozdziale drugim."),
    # Session 13 (real12-concept), S-FINANCING: the currency's name without a multiplier ('koruna' is also a
    # tree's crown); KEHOP by name (0 true, +7 false on sets 1-10: the grants that paid for drafting climate
    # strategies, label rule 4); 'Czyste Powietrze' (also clean air); a ministry's support won (0 / +1, a grant
    # for drafting a programme)
    ("S-FINANCING", "cs", "Koruny stromů v parku jsou zdravé."),
    ("S-FINANCING", "hu", "A KEHOP felhívás célja a klímatudatosság."),
    ("S-FINANCING", "pl", "W gminie jest czyste powietrze."),
    ("S-FINANCING", "hu", "A kistérség a minisztériumtól támogatást nyert."),
    # C-A-EDUCATION: a building's thermal renovation is energy work (C-B-ENERGY), not a school's equipment
    ("C-A-EDUCATION", "pl", "Termomodernizacja szkoły obniży rachunki."),
    # Session 13, set-10 proposal 5: bare words in another sense now need an object (each was found at c5062b3).
    # pl 'konsultacje' (a doctor's or an adviser's hours; true hits on sets 1-10 where it was the only term: 0,
    # false 3), sk 'konzultácia' (0 / 2), pl 'analizować' (0 / 2), hu 'felülvizsgálat' of planning instruments
    # (4 / 4; with a document as object 3 / 1), hu approval by the assembly of anything (0 / 1)
    ("S-PARTICIPATION", "pl", "Konsultacje z lekarzem odbywają się we wtorki."),
    ("S-PARTICIPATION", "sk", "Konzultácie s právnikom sú bezplatné."),
    ("S-ANALYSIS", "pl", "Urzędnicy analizują wnioski o dotacje."),
    ("S-MONITORING", "hu", "A településrendezési eszközök felülvizsgálata megkezdődött."),
    ("S-VISION", "hu", "A közgyűlés jóváhagyta a szerződést."),
]


# Session 13: the same words with an object (the strategy, a plan, the residents) are still found.
WITH_OBJECT = [
    ("S-PARTICIPATION", "pl", "Przeprowadzono konsultacje projektu strategii."),
    ("S-PARTICIPATION", "sk", "Návrh prešiel verejnou konzultáciou."),
    ("S-ANALYSIS", "pl", "Gmina przeanalizowała potrzeby mieszkańców."),
    ("S-MONITORING", "hu", "A stratégia felülvizsgálata kétévente történik."),
    ("S-VISION", "hu", "A közgyűlés jóváhagyta a programot."),
]


@pytest.mark.parametrize("cid,lang,text", WITH_OBJECT)
def test_words_with_an_object_are_found(concept, cid, lang, text):
    assert cid in classify("t", text, "concept", lang, concept)["criteria"]


@pytest.mark.parametrize("cid,lang,text", LEFT_OUT)
def test_left_out_words_stay_out(concept, cid, lang, text):
    assert cid not in classify("t", text, "concept", lang, concept)["criteria"]
