"""The concept data (concept/) and its loader/validator (generator/concept.py)."""

from __future__ import annotations

import itertools
import shutil
import textwrap
from pathlib import Path

import pytest

from generator.concept import EGD_IDS, ID_PATTERNS, load_concept, validate_concept
from generator.errors import ValidationError
from generator.match import expand
from generator.models import LANGUAGES
from generator.text import TOKEN_RE, lemmas, normalise

ROOT = Path(__file__).resolve().parents[1] / "concept"
STRUCTURE_IDS = (
    "S-ANALYSIS", "S-VISION", "S-GOALS", "S-MEASURES", "S-INDICATORS", "S-ACTIONPLAN",
    "S-FINANCING", "S-GOVERNANCE", "S-PARTICIPATION", "S-MONITORING", "S-LINKS",
)
# Words so general that a strategy of any kind contains them: never a term on their own.
GENERIC = {
    "en": {"city", "strategy", "municipality", "plan", "goal", "development", "project", "smart"},
    "cs": {"město", "strategie", "obec", "plán", "cíl", "rozvoj", "projekt", "smart"},
    "sk": {"mesto", "stratégia", "obec", "plán", "cieľ", "rozvoj", "projekt", "smart"},
    "hu": {"város", "stratégia", "település", "terv", "cél", "fejlesztés", "projekt", "smart"},
    "pl": {"miasto", "strategia", "gmina", "plan", "cel", "rozwój", "projekt", "smart"},
}


@pytest.fixture(scope="module")
def concept():
    return load_concept(ROOT)


def test_real_concept_is_valid():
    assert [str(p) for p in validate_concept(ROOT) if p.severity == "error"] == []


def test_required_ids_present(concept):
    ids = [c.id for c in concept.criteria]
    assert set(STRUCTURE_IDS) <= set(ids)
    assert set(EGD_IDS) == {c.id for c in concept.framework("egd")}
    content = [c for c in concept.framework("concept") if c.id.startswith("C-")]
    assert {c.area for c in content} == {"ZPO", "A", "B", "C"}


def test_ids_unique_and_well_formed(concept):
    ids = [c.id for c in concept.criteria]
    assert len(ids) == len(set(ids))
    for c in concept.criteria:
        assert ID_PATTERNS[c.framework].match(c.id), c.id


@pytest.mark.parametrize("framework", ["concept", "egd"])
def test_every_language_everywhere(concept, framework):
    for c in concept.framework(framework):
        for lang in LANGUAGES:
            assert c.title[lang].strip(), (c.id, "title", lang)
            assert len(c.description[lang]) > 60, (c.id, "description", lang)
            assert c.recommendation[lang].strip(), (c.id, "recommendation", lang)
            # 50: real documents say participation and financing in many set phrases, and Czech and
            # Slovak need a verb and its noun, or a spelling variant, as two terms (issue 6)
            assert 10 <= len(c.terms[lang]) <= 50, (c.id, "terms", lang, len(c.terms[lang]))


def test_sdg_goals_have_titles_when_present(concept):
    for c in concept.framework("sdg"):
        for lang in LANGUAGES:
            assert c.title[lang].strip(), (c.id, lang)


def test_every_concept_criterion_names_its_source(concept):
    for c in concept.framework("concept") + concept.framework("egd"):
        assert len(c.source) > 10, c.id
    for a in concept.areas:
        if a.framework == "concept":
            assert a.source, a.id
    origins = concept.meta["frameworks"]
    for name in ("concept", "egd"):
        assert {"document", "year", "adopting_body"} <= set(origins[name]["origin"]), name


def test_every_term_lemmatises_to_something(concept):
    for c in concept.framework("concept") + concept.framework("egd"):
        for lang in LANGUAGES:
            for term in _phrases(c.terms[lang]):
                assert any(lemmas(term, lang)), (c.id, lang, term)


def test_no_generic_single_word_terms(concept):
    for c in concept.framework("concept") + concept.framework("egd"):
        for lang in LANGUAGES:
            for term in _phrases(c.terms[lang]):
                assert term.strip().lower() not in GENERIC[lang], (c.id, lang, term)


# Single-word terms that simplemma shortens to a prefix of themselves. It does that to many
# Hungarian compounds in their base form ("energiatároló" -> "energia", "szélessáv" ->
# "széles"), and the matcher compares lemmas, so such a term matches every word with that
# lemma ("energia" anywhere). A shortened term is allowed only where the short lemma still
# names the criterion's subject; each entry says why.
SHORTENED_OK = {
    ("en", "monitoring"): "monitor - the same activity",
    ("en", "composting"): "compost - the same activity",
    ("hu", "monitoring"): "monitor - the same activity",
    ("hu", "monitorozás"): "monitor - the same activity",
    ("hu", "elköteleződés"): "elkötelez (to commit) - the same commitment",
    ("hu", "bázisérték"): "bázis - base year/baseline in indicator tables",
    ("hu", "műhelymunka"): "műhely - a workshop",
    ("hu", "akadálymentesség"): "akadálymentes - barrier-free",
    ("hu", "sérülékenység"): "sérülékeny - vulnerable",
    ("hu", "árnyékolás"): "árnyék - shade, the adaptation sense",
    ("hu", "villámárvíz"): "villám - rare outside 'villámárvíz' in strategies",
    ("hu", "partnerségben"): "partnerség - in partnership (bare 'partnerség' is left out: its lemma 'partner' "
                             "also takes 'partnerségi egyeztetés', the legal name of public consultation)",
    ("hu", "mobilitás"): "mobil - also 'mobil alkalmazás' (a known false hit), but every real mention of mobility needs it",
    # Inflected forms written on purpose: the base forms 'projektlap', 'projektötlet' lemmatise
    # to the generic 'projekt' (every "projekt" was a measures hit); these keep the compound.
    ("hu", "projektlapokat"): "projektlap - the project sheet itself, not 'projekt'",
    ("hu", "projektötleteket"): "projektötlet - the project idea itself, not 'projekt'",
    ("hu", "klímaterv"): "klíma - the climate area's own subject",
    ("hu", "nyílászárócsere"): "nyílászáró - windows, building renovation",
    ("hu", "zajtérkép"): "zaj - noise, the pollution area's subject",
    ("hu", "szénrégió"): "szén - coal, the just transition's subject",
    ("hu", "költségtervezet"): "költségterv - cost plan, the same thing (the written form matches its possessive)",
}


def test_single_word_terms_keep_their_meaning_when_lemmatised(concept):
    from generator.text import TOKEN_RE, normalise

    for c in concept.framework("concept") + concept.framework("egd"):
        for lang in LANGUAGES:
            for term in _phrases(c.terms[lang]):
                if len(TOKEN_RE.findall(normalise(term))) != 1:
                    continue
                word, lem = term.lower(), lemmas(term, lang)[0]
                if (lang, word) in SHORTENED_OK:
                    continue
                assert lem not in GENERIC[lang], (c.id, lang, term, lem)
                shortened = lem != word and word.startswith(lem) and len(word) - len(lem) >= 3
                assert not shortened, f"{c.id} {lang}: {term!r} lemmatises to {lem!r}"


def test_neuter_adjective_phrases_match_their_inflected_forms(concept):
    """simplemma leaves some cs/sk neuter adjectives unreduced ("dotazníkové" -> "dotazníkové")
    while their other cases go to the masculine lemma ("dotazníkového" -> "dotazníkový"), so
    a phrase written only in the base form misses every other case of it (issue 6: "v rámci
    dotazníkového šetření"). Such a phrase (before a masculine or neuter noun) needs its
    genitive beside it."""
    for c in concept.framework("concept"):
        for lang in ("cs", "sk"):
            have = _lemma_set(_phrases(c.terms[lang]), lang)
            for term in _phrases(c.terms[lang]):
                words = TOKEN_RE.findall(normalise(term))  # as lemmas() splits it
                if len(words) < 2:
                    continue
                lems = lemmas(term, lang)
                for n, (word, lem) in enumerate(zip(words, lems, strict=True)):
                    if not (lem.endswith("é") and len(lem) > 4 and lem == word.lower()):
                        continue
                    if n + 1 < len(lems) and lems[n + 1].endswith("a"):
                        continue  # a feminine noun ("ekosystémové služby"): no -ého case to cover
                    genitive = lemmas(word[:-1] + "ého", lang)[0]
                    if genitive == lem or not genitive.endswith("ý"):
                        continue
                    want = lemmas(term, lang)
                    want[n] = genitive
                    assert " ".join(want) in have, (c.id, lang, term, genitive)


def test_cs_mobility_in_every_case(concept):
    """simplemma knows no case of cs "mobilita" but the nominative ("plán mobility" stays
    "mobility"), so C-C-MOBILITY carries the other cases as written (issue 6)."""
    crit = next(c for c in concept.framework("concept") if c.id == "C-C-MOBILITY")
    have = _lemma_set(_phrases(crit.terms["cs"]), "cs")
    for form in ("mobilita", "mobility", "mobilitu", "mobilitou", "mobilitě"):
        assert " ".join(lemmas(form, "cs")) in have, form


def _phrases(terms):
    """The phrases the written terms stand for (a group of alternatives is several)."""
    return [one for t in terms for one in expand(t)]


def _lemma_set(terms, lang):
    return {" ".join(lemmas(t, lang)) for t in terms}


@pytest.mark.parametrize("framework", ["concept", "egd"])
def test_criteria_do_not_share_most_terms(concept, framework):
    crit = concept.framework(framework)
    for lang in LANGUAGES:
        sets = {c.id: _lemma_set(_phrases(c.terms[lang]), lang) for c in crit}
        for a, b in itertools.combinations(sets, 2):
            inter = len(sets[a] & sets[b])
            union = len(sets[a] | sets[b]) or 1
            assert inter / union < 0.5, (lang, a, b, sorted(sets[a] & sets[b]))


def test_thresholds_and_weights(concept):
    for c in concept.framework("concept") + concept.framework("egd"):
        assert c.weight > 0
        assert 1 <= c.partial <= c.met, c.id


def test_crosswalk_and_national_name_existing_ids(concept):
    ids = {c.id for c in concept.criteria}
    concept_ids = {c.id for c in concept.framework("concept")}
    assert set(concept.meta["crosswalk"]) <= concept_ids
    for cid, link in concept.meta["crosswalk"].items():
        assert set(link.get("egd", [])) <= set(EGD_IDS), cid
        assert all(s.startswith("SDG-") and 1 <= int(s[4:]) <= 17 for s in link.get("sdg", [])), cid
    assert set(concept.meta["national"]) == {"cz", "sk", "hu", "pl"}
    for cc, data in concept.meta["national"].items():
        for ins in data["instruments"]:
            assert "verified" in ins, (cc, ins["id"])
            for req in ins.get("requirements", []):
                assert req["maps_to"], (cc, req["id"])
                assert set(req["maps_to"]) <= ids & concept_ids, (cc, req["id"])


def test_digest_is_stable_and_changes_with_content(tmp_path):
    root = tmp_path / "concept"
    shutil.copytree(ROOT, root)
    first = load_concept(root).digest
    assert load_concept(root).digest == first
    cw = root / "crosswalk.yaml"
    cw.write_text(cw.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert load_concept(root).digest != first


def test_loads_without_sdg_files(tmp_path):
    root = tmp_path / "concept"
    shutil.copytree(ROOT, root)
    (root / "sdg.yaml").unlink(missing_ok=True)
    shutil.rmtree(root / "lexicon", ignore_errors=True)
    c = load_concept(root)
    assert c.framework("sdg") == ()
    assert len(c.framework("concept")) >= 11


# --- broken fixtures: exact messages ------------------------------------------------------

FIVE = "{en: x, cs: x, sk: x, hu: x, pl: x}"


def _write_min(root: Path, criterion: str) -> None:
    """A minimal concept folder: one area, the given criterion text, a Green Deal file."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "smart-concept.yaml").write_text(
        textwrap.dedent(
            f"""\
            framework:
              id: concept
              title: {FIVE}
              origin: {{document: d, year: 2021, adopting_body: b}}
            areas:
              - {{id: structure, source: s, title: {FIVE}}}
            criteria:
            """
        )
        + textwrap.indent(textwrap.dedent(criterion), "  "),
        encoding="utf-8",
    )
    egd = [
        f"  - {{id: {i}, weight: 1, met: 2, partial: 1, source: s, title: {FIVE}, description: {FIVE}, "
        f"recommendation: {FIVE}, terms: {{en: [a], cs: [a], sk: [a], hu: [a], pl: [a]}}}}"
        for i in EGD_IDS
    ]
    (root / "green-deal.yaml").write_text(
        f"framework:\n  id: egd\n  title: {FIVE}\n  origin: {{document: d, year: 2019, adopting_body: b}}\ncriteria:\n"
        + "\n".join(egd)
        + "\n",
        encoding="utf-8",
    )


GOOD = """\
- id: S-VISION
  area: structure
  weight: 1
  met: 2
  partial: 1
  source: somewhere
  title: {en: x, cs: x, sk: x, hu: x, pl: x}
  description: {en: x, cs: x, sk: x, hu: x, pl: x}
  recommendation: {en: x, cs: x, sk: x, hu: x, pl: x}
  terms:
    en: [vision]
    cs: [vize]
    sk: [vízia]
    hu: [jövőkép]
    pl: [wizja]
"""


def _messages(root: Path) -> list[str]:
    return [str(p) for p in validate_concept(root)]


def test_minimal_fixture_is_valid(tmp_path):
    _write_min(tmp_path / "concept", GOOD)
    assert _messages(tmp_path / "concept") == []


def test_missing_language_terms(tmp_path):
    _write_min(tmp_path / "concept", GOOD.replace("    hu: [jövőkép]\n", ""))
    # line 17 of the file is the `terms:` key of the criterion (7 header lines + 10)
    assert "concept/smart-concept.yaml:17: criterion S-VISION: terms for 'hu' are missing" in _messages(tmp_path / "concept")


def test_empty_term_list(tmp_path):
    _write_min(tmp_path / "concept", GOOD.replace("pl: [wizja]", "pl: []"))
    assert "concept/smart-concept.yaml:17: criterion S-VISION: terms for 'pl' are missing" in _messages(tmp_path / "concept")


def test_missing_recommendation_language(tmp_path):
    bad = GOOD.replace("recommendation: {en: x, cs: x, sk: x, hu: x, pl: x}", "recommendation: {en: x, cs: x, hu: x, pl: x}")
    _write_min(tmp_path / "concept", bad)
    assert "concept/smart-concept.yaml:16: criterion S-VISION: recommendation for 'sk' is missing" in _messages(tmp_path / "concept")


def test_missing_recommendation_field(tmp_path):
    bad = GOOD.replace("  recommendation: {en: x, cs: x, sk: x, hu: x, pl: x}\n", "")
    _write_min(tmp_path / "concept", bad)
    msgs = _messages(tmp_path / "concept")
    assert "concept/smart-concept.yaml:8: criteria/0: 'recommendation' is a required property" in msgs


@pytest.mark.parametrize("term", ["(spolupráce s|společně s) obec", "spolupráce s (obec|spolek) a (kraj|stát)",
                                  "(|místní) akční plán"])
def test_groups_of_alternatives_are_valid_terms(tmp_path, term):
    _write_min(tmp_path / "concept", GOOD.replace("cs: [vize]", f"cs: [vize, '{term}']"))
    assert _messages(tmp_path / "concept") == []


@pytest.mark.parametrize("term", ["spolupráce s (obec|spolek", "spolupráce s obec|spolek", "spolupráce s (obec)",
                                  "spolupráce s ((obec|spolek)|kraj)"])
def test_a_bracket_or_bar_outside_a_group_is_named_with_its_line(tmp_path, term):
    """The matcher would read a stray bracket or bar as part of a word: the term would never match."""
    _write_min(tmp_path / "concept", GOOD.replace("cs: [vize]", f"cs: [vize, '{term}']"))
    msgs = _messages(tmp_path / "concept")
    assert msgs == [f"concept/smart-concept.yaml:19: criterion S-VISION: term '{term}' has a bracket or '|' outside "
                    "a group of alternatives; write a group as '(first|second)', e.g. 'cooperation with "
                    "(municipality|association)' ('cs')"]


def test_a_stray_bracket_in_the_sdg_lexicon_is_named(tmp_path):
    root = tmp_path / "concept"
    _write_min(root, GOOD)
    (root / "lexicon").mkdir()
    (root / "lexicon" / "sdg.yaml").write_text(
        "goals:\n  SDG-11:\n    cs:\n      core: [doprava]\n      weak: ['(chodník|cyklostezka']\n", encoding="utf-8")
    msgs = _messages(root)
    assert any(m.startswith("concept/lexicon/sdg.yaml:5: SDG-11: term '(chodník|cyklostezka' has a bracket") and
               m.endswith("('cs', weak)") for m in msgs), msgs


def test_bad_id_unknown_area_and_duplicate(tmp_path):
    bad = GOOD.replace("id: S-VISION", "id: S-vision").replace("area: structure", "area: nowhere")
    _write_min(tmp_path / "concept", bad + GOOD.replace("id: S-VISION", "id: S-vision"))
    msgs = _messages(tmp_path / "concept")
    assert any("criterion S-vision: id does not match" in m for m in msgs)
    assert "concept/smart-concept.yaml:9: criterion S-vision: unknown area 'nowhere'" in msgs
    assert any(m.startswith("concept/smart-concept.yaml:23: criterion S-vision: duplicate id") for m in msgs)


def test_crosswalk_unknown_ids(tmp_path):
    root = tmp_path / "concept"
    _write_min(root, GOOD)
    (root / "crosswalk.yaml").write_text(
        "note: n\nlinks:\n  S-VISION: {sdg: [SDG-16], egd: [EGD-NOPE]}\n  C-X-NOTHING: {sdg: [], egd: []}\n",
        encoding="utf-8",
    )
    msgs = _messages(root)
    assert "concept/crosswalk.yaml:3: crosswalk S-VISION: unknown EGD area 'EGD-NOPE'" in msgs
    assert "concept/crosswalk.yaml:4: crosswalk: unknown criterion 'C-X-NOTHING'" in msgs


def test_national_unknown_criterion(tmp_path):
    root = tmp_path / "concept"
    _write_min(root, GOOD)
    (root / "national").mkdir()
    (root / "national" / "pl.yaml").write_text(
        textwrap.dedent(
            f"""\
            country: PL
            language: pl
            title: {FIVE}
            summary: s
            instruments:
              - id: X
                kind: law
                title: t
                source: s
                verified: false
                requirements:
                  - {{id: R1, text: t, maps_to: [S-VISION, S-NOTHING]}}
            """
        ),
        encoding="utf-8",
    )
    assert "concept/national/pl.yaml:12: requirement R1: unknown criterion 'S-NOTHING'" in _messages(root)


def test_yaml_syntax_and_duplicate_keys(tmp_path):
    root = tmp_path / "concept"
    _write_min(root, GOOD)
    (root / "crosswalk.yaml").write_text("note: [unclosed\nlinks: {}\n", encoding="utf-8")
    assert any(m.startswith("concept/crosswalk.yaml:") and "YAML syntax error" in m for m in _messages(root))
    (root / "crosswalk.yaml").write_text("note: a\nnote: b\nlinks: {}\n", encoding="utf-8")
    assert "concept/crosswalk.yaml:2: duplicate key 'note'" in _messages(root)


def test_load_refuses_invalid_concept(tmp_path):
    _write_min(tmp_path / "concept", GOOD.replace("    hu: [jövőkép]\n", ""))
    with pytest.raises(ValidationError):
        load_concept(tmp_path / "concept")


def test_unsafe_yaml_tag_is_an_error_not_code(tmp_path):
    root = tmp_path / "concept"
    _write_min(root, GOOD)
    (root / "crosswalk.yaml").write_text("note: !!python/object/apply:os.system ['echo hi']\nlinks: {}\n", encoding="utf-8")
    msgs = _messages(root)
    assert any(m.startswith("concept/crosswalk.yaml:1:") for m in msgs)


def test_sdg_lexicon_tiers_and_context_are_checked(tmp_path):
    """concept/lexicon/sdg.yaml: a misspelt tier or a context list under an unknown language is
    reported with the file, not silently ignored by the scorer."""
    _write_min(tmp_path / "concept", GOOD)
    lexicon = tmp_path / "concept" / "lexicon" / "sdg.yaml"
    lexicon.parent.mkdir(parents=True, exist_ok=True)
    lexicon.write_text("rules: {threshold: 3, core: 3, sector: 2, strong: 2, weak: 1}\n"
                       "context: {en: [Agenda 2030]}\n"
                       "goals:\n  SDG-6:\n    en: {core: [drinking water], strong: [sanitation]}\n", encoding="utf-8")
    assert _messages(tmp_path / "concept") == []
    lexicon.write_text("goals:\n  SDG-6:\n    en: {strnog: [sanitation]}\n", encoding="utf-8")
    assert any("lexicon/sdg.yaml" in m and "strnog" in m for m in _messages(tmp_path / "concept"))
    lexicon.write_text("context: {de: [Agenda 2030]}\ngoals: {}\n", encoding="utf-8")
    assert any("lexicon/sdg.yaml" in m and "de" in m for m in _messages(tmp_path / "concept"))


# The analysis named by its own noun and verb ("analýza ... byla provedena", "analyzuje úroveň
# rozvoja"): real strategies say they analyse far more often than they name an 'analytical part'
# (issue 6; real passages sets 1-4). One pair per language, as lemmas.
ANALYSIS_WORDS = {
    "en": ("analysis", "analyse"), "cs": ("analýza", "analyzovat"), "sk": ("analýza", "analyzovať"),
    "hu": ("elemzés", "elemez"), "pl": ("analiza", "analizować sytuację"),
}


# Goals named with the measures that serve them ("stanovuje cíle a opatření", "célok és
# intézkedések", "cele i działania"): the goal structure as real strategies describe themselves
# (issue 6). Goals coordinated with priorities are left out: "v súlade s cieľmi a prioritami
# národnej stratégie" is the statutory sentence on a higher-level strategy (S-LINKS).
GOALS_AND_MEASURES = {
    "en": "goals and measures", "cs": "cíle a opatření", "sk": "ciele a opatrenia",
    "hu": "célok és intézkedések", "pl": "cele i działania",
}


# Political commitment told with the verb ("az önkormányzat vállalta, hogy ...", "se dobrovolně
# zavázaly", "zobowiązuje się"): the commitment half of S-VISION, as councils write it
# (issue 6). The bare noun (závazek, záväzok, vállalás) stays out: any obligation.
COMMITMENT_VERBS = {
    "en": "commit to", "cs": "zavázat se", "sk": "zaviazať sa", "hu": "vállalta hogy", "pl": "zobowiązać się",
}


# Networks of cities are partnerships (issue 6): international networks, associations of
# towns, the Healthy Cities network, and the Covenant of Mayors, whose name is also an S-LINKS
# term (its commitments frame the town's plans): one name, evidence for both criteria.
COVENANT = {
    "en": "Covenant of Mayors", "cs": "Pakt starostů a primátorů", "sk": "Dohovor primátorov a starostov",
    "hu": "Polgármesterek Szövetsége", "pl": "Porozumienie Burmistrzów",
}


def test_covenant_of_mayors_counts_for_links_and_partnership(concept):
    from generator.commands.classify import classify

    for lang, name in COVENANT.items():
        got = classify("t", f"{name}: 2021.", "concept", lang, concept)["criteria"]
        assert {"S-LINKS", "C-ZPO-PARTNERSHIP"} <= set(got), (lang, got)


# Partnership is cooperation or an agreement with a kind of partner (issue 6, set 5: the labels
# count 'spolupracuje se sportovními subjekty', 'v spolupráci so združením', 'porozumienie z
# Gminą', 'konzorciumi együttműködés'); the institutional nouns alone matched in other senses:
# 'mikroregion' as a territory, socio-economic partners invited to comment, and the Hungarian
# 'partnerségi egyeztetés', the legal name of public consultation.
PARTNERSHIP_SAID = {
    "en": ("The centre works in cooperation with other organisations.", "the founding signatories met"),
    "cs": ("Město spolupracuje se sportovními subjekty.", "spolupráce se sousedními obcemi"),
    "sk": ("zber odpadu v spolupráci so združením HONT", "spolupráca s miestnymi podnikmi"),
    "hu": ("az Egyesülettel konzorciumi együttműködésben", "a kamarával és az egyetemmel közösen"),
    "pl": ("porozumienie z Gminą Brwinów", "międzygminne działania na rzecz ochrony środowiska"),
}
PARTNERSHIP_NOT = {
    "en": "The city invites residents and socio-economic partners to comment.",
    "cs": "Vážení občané mikroregionu, plán je hotov.",
    "sk": "Mesto vyzýva všetkých sociálno-ekonomických partnerov na pripomienky.",
    "hu": "A partnerségi egyeztetés szabályai: a környező települések lakosai.",
    "pl": "Prezydent zaprasza mieszkańców i partnerów społeczno-gospodarczych.",
}


def test_partnership_is_cooperation_with_a_partner(concept):
    from generator.commands.classify import classify

    assert sorted(PARTNERSHIP_SAID) == sorted(PARTNERSHIP_NOT) == sorted(LANGUAGES)
    for lang, texts in PARTNERSHIP_SAID.items():
        for text in texts:
            got = classify("t", text, "concept", lang, concept)["criteria"]
            assert "C-ZPO-PARTNERSHIP" in got, (lang, text)
        got = classify("t", PARTNERSHIP_NOT[lang], "concept", lang, concept)["criteria"]
        assert "C-ZPO-PARTNERSHIP" not in got, (lang, PARTNERSHIP_NOT[lang])


# Consultation told by what residents gave and how they were asked (issue 6): the comments
# and proposals formula, the opinions of residents, the involvement of the community.
PARTICIPATION_FORMULAS = {
    "en": ("comments and proposals", "opinions of residents", "involvement of the community"),
    "cs": ("připomínky a návrhy", "názory obyvatel", "zapojení komunity"),
    "sk": ("pripomienky a návrhy", "názory obyvateľov", "zapojenie komunity"),
    "hu": ("észrevételek és javaslatok", "lakosok véleménye", "közösség bevonása"),
    "pl": ("uwagi i wnioski", "opinie mieszkańców", "włączenie społeczności"),
}


# Adoption told in the passive with the resolution ("bol uznesením OcZ ... schválený",
# "was adopted as Resolution No."), and council abbreviations (issue 6). The annex formula
# ("stanowiącą załącznik do niniejszej uchwały") is left out: drafting schedules and
# consultation rules are annexed to resolutions as well.
ADOPTED_BY_RESOLUTION = {
    "en": "approved by resolution", "cs": "schválený usnesením", "sk": "schválený uznesením",
    "hu": "határozattal elfogadott", "pl": "zatwierdzona uchwałą",
}


# A link told as consistency with the strategic documents, or building on a plan (issue 6).
LINK_FORMULAS = {
    "en": "consistent with strategic documents", "cs": "soulad se strategickými dokumenty",
    "sk": "súlad so strategickými dokumentmi", "hu": "stratégiai dokumentumokkal összhangban",
    "pl": "spójny z dokumentem strategicznym",
}


# Measures named as the projects and activities (or concrete steps) that carry the goals out
# (issue 6): "Akční plán s přehledem konkrétních projektů a aktivit", "aktivitami a projektmi".
MEASURE_FORMULAS = {
    "en": "projects and activities", "cs": "projekty a aktivity", "sk": "projekty a aktivity",
    "hu": "projektek és tevékenységek", "pl": "projekty i działania",
}


# The budget a programme is carried by, in every language (issue 6): programme (task-based)
# budgets and multi-year budgets, the Hungarian cost plan of a programme.
BUDGET_TERMS = {
    "en": "programme budget", "cs": "programový rozpočet", "sk": "programový rozpočet",
    "hu": "programköltségvetés", "pl": "budżet zadaniowy",
}


# The municipal information (ICT) strategy is an e-government document in every language
# (issue 6); hu had 'informatikai stratégia'.
INFORMATION_STRATEGY = {
    "en": "information strategy", "cs": "informační strategie", "sk": "informačná stratégia",
    "hu": "informatikai stratégia", "pl": "strategia informatyzacji",
}


# Goals told through the document they belong to and through priorities (issue 6, set 5: 'cieľ
# plánu', 'cele planu', 'stanovení priorit', 'stanovenie priorít', 'cel nadrzędny', 'main
# objectives'); each one family over strategy / plan / programme / concept.
GOALS_OF_DOCUMENT = {
    "en": ("objective of plan", "priority of programme", "main objective", "set priorities"),
    "cs": ("cíl plánu", "priorita programu", "stanovení priorit", "hlavní priorita"),
    "sk": ("cieľ plánu", "priorita programu", "stanovenie priorít", "hlavná priorita"),
    "hu": ("prioritások meghatározása", "célok kijelölése", "fő prioritás"),
    "pl": ("cel planu", "priorytet programu", "określenie priorytetów", "cel nadrzędny"),
}


# Monitoring told as following the indicators or the fulfilment (set 5: 'sledování indikátorů').
MONITORING_OF_INDICATORS = {
    "en": "monitoring of indicators", "cs": "sledování indikátorů", "sk": "sledovanie indikátorov",
    "hu": "mutató nyomon követés", "pl": "monitorowanie wskaźników",
}


# Links told as following from or agreeing with a plan, programme, concept or priorities, not
# only a strategy (set 5: 'vychází ze Strategického plánu', 'v súlade s národnými prioritami').
LINKS_TO_DOCUMENTS = {
    "en": ("follows from plan", "in line with priorities"), "cs": ("vychází z plánu", "soulad s prioritami"),
    "sk": ("vychádza z plánu", "súlad s prioritami"), "hu": ("programmal összhangban", "megyei klímastratégia"),
    "pl": ("wynika z planu", "zgodny z priorytetami"),
}


# Participation told by the verbs of consulting and commenting, asking residents, comments
# received, and everyday words (issue 6, set 5: 'konzultován se zástupci', 'připomínkové
# řízení', 'anketa', 'verejná schôdza', 'invited to participate', 'commented by residents').
CONSULTING_WORDS = {
    "en": ("consult with residents", "commented by residents", "invited to participate", "asked residents"),
    "cs": ("konzultovat s veřejností", "připomínkové řízení", "anketa", "veřejná schůze", "ptát se obyvatel"),
    "sk": ("konzultovať s verejnosťou", "pripomienkové konanie", "anketa", "verejná schôdza", "pýtať sa obyvateľ"),
    "hu": ("lakosság véleményez", "minden érintett", "lakossági kérdőív", "beérkezett észrevétel"),
    "pl": ("konsultować z mieszkańcy", "konsultacje projektu", "spotkanie publiczne", "zgłoszone uwagi"),
}


# Adoption told by who approved it in any word form, participle or verb (set 5: 'schválená
# poslancami', 'schválený poslancami mestského zastupiteľstva').
APPROVED_BY = {
    "en": "approved by councillors", "cs": "schváleno zastupiteli", "sk": "schválená poslancami",
    "hu": "közgyűlés jóváhagy stratégia", "pl": "uchwalić rada",
}


# Analysis told by the problems it found and by traffic counts and surveys, measured data (set
# 5: 'feltárt esélyegyenlőségi problémák', 'forgalomszámlálás', 'utasszámlálás').
PROBLEMS_AND_COUNTS = {
    "en": ("identified problems", "traffic count"), "cs": ("zjištěné problémy", "sčítání dopravy"),
    "sk": ("zistené problémy", "sčítanie dopravy"), "hu": ("feltárt problémák", "forgalomszámlálás"),
    "pl": ("zidentyfikowane problemy", "badanie ruchu"),
}


# Each family above, with the criterion whose lexicon must hold it (as lemmas) in every language.
TERM_FAMILIES = {
    "analysis by its noun and verb": ("S-ANALYSIS", ANALYSIS_WORDS),
    "goals named with their measures": ("S-GOALS", GOALS_AND_MEASURES),
    "commitment by its verb": ("S-VISION", COMMITMENT_VERBS),
    "participation formulas": ("S-PARTICIPATION", PARTICIPATION_FORMULAS),
    "adoption by resolution, passive": ("S-VISION", ADOPTED_BY_RESOLUTION),
    "consistency with strategic documents": ("S-LINKS", LINK_FORMULAS),
    "projects and activities": ("S-MEASURES", MEASURE_FORMULAS),
    "programme budget": ("S-FINANCING", BUDGET_TERMS),
    "information strategy": ("C-ZPO-EGOV", INFORMATION_STRATEGY),
    "goals of the document, priorities": ("S-GOALS", GOALS_OF_DOCUMENT),
    "monitoring of indicators": ("S-MONITORING", MONITORING_OF_INDICATORS),
    "links to plans and priorities": ("S-LINKS", LINKS_TO_DOCUMENTS),
    "consulting and commenting": ("S-PARTICIPATION", CONSULTING_WORDS),
    "approved by the council": ("S-VISION", APPROVED_BY),
    "problems found, traffic counts": ("S-ANALYSIS", PROBLEMS_AND_COUNTS),
}


@pytest.mark.parametrize("family", sorted(TERM_FAMILIES))
def test_term_family_in_every_language(concept, family):
    cid, terms = TERM_FAMILIES[family]
    crit = next(c for c in concept.framework("concept") if c.id == cid)
    assert sorted(terms) == sorted(LANGUAGES), family
    for lang, words in terms.items():
        have = _lemma_set(_phrases(crit.terms[lang]), lang)
        for word in (words if isinstance(words, tuple) else (words,)):
            assert " ".join(lemmas(word, lang)) in have, (lang, word)


# A survey counts as analysis only with its results (set-5 proposal 3: the survey terms found
# calls to fill in a questionnaire, cs5-04, sk5-01); the survey itself is participation.
SURVEY_RESULTS = {
    "en": "results of survey", "cs": "výsledky dotazníkového šetření", "sk": "výsledky prieskumu",
    "hu": "felmérés eredményei", "pl": "wyniki ankiety",
}
SURVEY_ALONE = {
    "en": "questionnaire survey", "cs": "dotazníkové šetření", "sk": "prieskum verejnej mienky",
    "hu": "kérdőíves felmérés", "pl": "badanie ankietowe",
}


def test_a_survey_is_analysis_only_with_its_results(concept):
    crit = next(c for c in concept.framework("concept") if c.id == "S-ANALYSIS")
    assert sorted(SURVEY_RESULTS) == sorted(SURVEY_ALONE) == sorted(LANGUAGES)
    for lang in LANGUAGES:
        have = _lemma_set(_phrases(crit.terms[lang]), lang)
        assert " ".join(lemmas(SURVEY_RESULTS[lang], lang)) in have, lang
        assert " ".join(lemmas(SURVEY_ALONE[lang], lang)) not in have, lang


def test_hungarian_budget_of_the_city_and_grants(concept):
    # hu says the city's budget in the genitive ('a város költségvetése'; cs/sk/pl terms already
    # read 'rozpočet města', 'budżet miasta') and funding through grant calls ('pályázatok útján')
    from generator.commands.classify import classify

    for text in ("a város költségvetése lehetőségeinek függvényében", "pályázatok útján hajtsa végre"):
        assert "S-FINANCING" in classify("t", text, "concept", "hu", concept)["criteria"], text


# Single words that matched only in other senses on sets 1-5 (0 true, 2-4 false hits each):
# hu 'alapelv' (UN principles quoted), 'kiemelt cél' ('kiemelten fontos célnak tekinti'),
# 'intézményrendszer' (the school network), pl 'planowane działanie' ("planując działania" in a
# quotation), cs/sk 'realizátor' (a procured contractor, 0 true, 3 false) and sk 'realizačná
# časť' (the statutory list of a programme's parts, 0 true, 2 false). (pl 'przedsięwzięcie', any undertaking, 0 true and 4 false hits, stays: the measures
# of two Polish examples rest on it.)
LEFT_OUT_WORDS = (
    ("S-VISION", "hu", "alapelv"), ("S-GOALS", "hu", "kiemelt cél"), ("S-GOVERNANCE", "hu", "intézményrendszer"),
    ("S-MEASURES", "pl", "planowane działanie"),
    ("S-ACTIONPLAN", "cs", "realizátor"), ("S-ACTIONPLAN", "sk", "realizátor"),
    ("S-ACTIONPLAN", "sk", "realizačná časť"),
)


def test_words_left_out_stay_out(concept):
    terms = {c.id: c.terms for c in concept.framework("concept")}
    for cid, lang, word in LEFT_OUT_WORDS:
        assert word not in _phrases(terms[cid][lang]), (cid, lang, word)


def test_hungarian_stakeholder_partners_are_participation(concept):
    # 'érintett partnerek' (the partners concerned) is the hu planning word for stakeholders, whom
    # the other languages' 'stakeholder' terms find; bare 'érintett' lemmatises to the verb 'érint'
    from generator.commands.classify import classify

    got = classify("t", "Összefogja az érintett partnerek céljait, elvárásait.", "concept", "hu", concept)
    assert "S-PARTICIPATION" in got["criteria"]


def test_english_strong_and_weak_points_are_analysis(concept):
    # the other languages' 'silná stránka', 'mocna strona', 'erősség' cover this; en had only
    # 'strengths and weaknesses' (set 5 en5-01: 'strong and weak points')
    from generator.commands.classify import classify

    got = classify("t", "We examined the strong and weak points of the metropolitan area.", "concept", "en", concept)
    assert "S-ANALYSIS" in got["criteria"]


def test_families_left_out_stay_out(concept):
    """Goals coordinated with priorities (the statutory sentence on a higher-level strategy) and
    the annex-of-resolution formula (schedules and rules are annexed too) were tried and left
    out (comments above): they must not come back unnoticed."""
    terms = {c.id: c.terms for c in concept.framework("concept")}
    for lang in LANGUAGES:
        assert not any(" ".join(lemmas(t, lang)).startswith(("cíl a priorita", "cieľ a priorita"))
                       for t in terms["S-GOALS"][lang]), lang
        assert not any("załącznik" in t or "melléklet" in t for t in terms["S-VISION"][lang]), lang




def test_single_word_terms_match_their_case_forms(concept):
    """Every one-word term of cs, sk, pl and hu matches its regular case forms (generator.match
    INFLECTIONS: the loanwords and derived nouns simplemma knows only in the base form, every hu
    noun by vowel harmony), as the matcher sees them (issue 6, set-7 proposal 2: 'biodiverzitu',
    'kompostovania', 'önrészt' were missed). A form the lemmatiser knows as another word is that
    word ('schválení', approved) and is not asked for."""
    from generator.match import Matcher, inflections
    from generator.text import known

    missed = []
    for c in concept.framework("concept") + concept.framework("egd"):
        for lang in ("cs", "sk", "pl", "hu"):
            terms = [t for t in _phrases(c.terms[lang]) if len(TOKEN_RE.findall(normalise(t))) == 1]
            m = Matcher([(c.id, t, 1.0) for t in terms], lang)
            for t in terms:
                for form in inflections(t.lower(), lang):
                    if known(form, lang) and lemmas(form, lang) != lemmas(t, lang):
                        continue
                    if not any(h.key == c.id for h in m.match(f"x {form} x")):
                        missed.append((c.id, lang, t, form))
    assert not missed, missed


def test_polish_conditions_are_analysis_only_as_the_chapters_name_them(concept):
    # issue 6, set-8 proposal 4: bare 'uwarunkowania' (conditions) found the everyday sense, "zmieniające
    # się uwarunkowania zewnętrzne" (pl8-07: the reason for an update); the analysis chapter is
    # 'Uwarunkowania rozwoju', 'uwarunkowania społeczno-gospodarcze', 'Uwarunkowania funkcjonalno-przestrzenne'
    from generator.commands.classify import classify

    def analysis(text):
        return "S-ANALYSIS" in classify("t", text, "concept", "pl", concept)["criteria"]

    assert not analysis("Przesłanką były zmieniające się uwarunkowania zewnętrzne.")
    assert analysis("Rozdział przedstawia uwarunkowania rozwoju gminy.")
    assert analysis("2. Uwarunkowania funkcjonalno-przestrzenne 2.1 Uwarunkowania formalno-prawne")
    assert analysis("Opis uwarunkowań społeczno-gospodarczych gminy.")


# Instrument vocabulary of village and town pages (issue 6, set-8 proposal 3: 'kanalizace s ČOV', 'zvoz
# odpadu', 'komunálny odpad', 'MAS Brdy', sirens and warning signals), in every language.
INSTRUMENT_WORDS = {
    # sewerage built or extended (a passing "rain water lost in the sewers" is not about it: examples' keys)
    "C-C-WATER": {"en": ("sewerage system", "construction of sewers"), "cs": ("vybudování kanalizace", "ČOV"),
                  "sk": ("vybudovanie kanalizácie", "ČOV"), "hu": ("csatornázás", "szennyvízelvezetés"),
                  "pl": ("budowa kanalizacji",)},
    "C-B-CIRCULAR": {"en": ("municipal waste", "refuse collection"), "cs": ("vývoz odpadu", "komunální odpad"),
                     "sk": ("zvoz odpadu", "komunálny odpad"), "hu": ("hulladékgyűjtés", "települési hulladék"),
                     "pl": ("wywóz odpadów", "odpady komunalne")},
    "C-A-RESILIENCE": {"en": ("siren", "flood protection"), "cs": ("siréna", "protipovodňový"),
                       "sk": ("siréna", "protipovodňový"), "hu": ("sziréna", "árvízvédelem"),
                       "pl": ("syrena alarmowa", "ochrona przeciwpowodziowa")},
    # a local action group by its acronym (en 'LAG' is also the word 'lag': left out)
    "C-ZPO-PARTNERSHIP": {"cs": ("MAS",), "sk": ("MAS",), "hu": ("HACS",), "pl": ("LGD",)},
    # the digitally excluded (pl8-02 'uczniom wykluczonym cyfrowo'), the integration of newcomers (en8-01)
    "C-ZPO-INCLUSION": {"en": ("digitally excluded", "integration of newcomers"),
                        "cs": ("digitálně vyloučený", "integrace cizinců"), "sk": ("digitálne vylúčený", "integrácia cudzincov"),
                        "hu": ("digitálisan kirekesztett", "bevándorlók integrációja"),
                        "pl": ("wykluczony cyfrowo", "integracja cudzoziemców")},
    "C-B-ICT": {"en": ("internet network",), "cs": ("internetová síť",), "sk": ("internetová sieť",),
                "hu": ("internethálózat",), "pl": ("sieć internetowa",)},
    # a public map system (sk8-08 'mapový informačný systém'); bare 'database' was left out (2 false, 1 true hits)
    "C-ZPO-DATA": {"en": ("map portal", "geoportal"), "cs": ("mapový portál", "mapový informační systém"),
                   "sk": ("mapový portál", "mapový informačný systém"), "hu": ("térképes portál", "geoportál"),
                   "pl": ("geoportal",)},
    # rain water kept where it falls, in every language as hu 'esővízgyűjtés' was
    "C-C-NATURE": {"en": ("rainwater harvesting", "rain barrel"), "cs": ("sběr dešťové vody",),
                   "sk": ("zber dažďovej vody",), "hu": ("esővízgyűjtő",), "pl": ("zbieranie deszczówki",)},
}


def _assert_terms_have(concept, cid: str, words_by_lang: dict[str, tuple[str, ...]]) -> None:
    """Every word or phrase, lemmatised, is one of criterion `cid`'s terms in its language."""
    crit = next(c for c in concept.framework("concept") if c.id == cid)
    for lang, words in words_by_lang.items():
        have = _lemma_set(_phrases(crit.terms[lang]), lang)
        for word in words:
            assert " ".join(lemmas(word, lang)) in have, (lang, word)


@pytest.mark.parametrize("cid", sorted(INSTRUMENT_WORDS))
def test_instrument_vocabulary_in_every_language(concept, cid):
    _assert_terms_have(concept, cid, INSTRUMENT_WORDS[cid])


def test_bare_database_and_remote_lessons_stay_out(concept):
    # tried for set 8 (hu8-07 'adatbázis', pl8-02 'zdalne lekcje'): bare 'database' is any register's (2 false,
    # 1 true hits on sets 1-8), remote teaching a passing circumstance as often as a measure (1 true, 1 false)
    terms = {c.id: c.terms for c in concept.framework("concept")}
    for lang, word in (("en", "database"), ("cs", "databáze"), ("hu", "adatbázis"), ("pl", "baza danych")):
        assert word not in _phrases(terms["C-ZPO-DATA"][lang]), (lang, word)
    assert "online výuka" not in _phrases(terms["C-A-EDUCATION"]["cs"])


def test_flood_protection_measures_are_still_measures(concept):
    # the flood-protection adjective, not the phrase: 'protipovodňová opatření' (cs8-08) keeps its measures
    from generator.commands.classify import classify

    got = classify("t", "V plánu jsou tyto akce: protipovodňová opatření, kanalizace.", "concept", "cs", concept)
    assert {"S-MEASURES", "C-A-RESILIENCE"} <= set(got["criteria"])
    got = classify("t", "Dažďová voda sa nestráca v kanalizácii, ale vsakuje sa.", "concept", "sk", concept)
    assert "C-C-WATER" not in got["criteria"]


# Analysis headings that describe the situation (pl8-04 'Opis sytuacji', hu 'a település bemutatása') and the
# action plan's date column (pl8-15 'Data realizacji', as cs 'termín realizace'), set-8 proposal 3.
HEADING_WORDS = {
    "S-ANALYSIS": {"en": ("description of the situation",), "cs": ("popis situace",), "sk": ("opis situácie",),
                   "hu": ("település bemutatása",), "pl": ("opis sytuacji",)},
    "S-ACTIONPLAN": {"en": ("implementation date",), "cs": ("termín realizace",), "sk": ("termín realizácie",),
                     "hu": ("határidő",), "pl": ("data realizacji", "termin realizacji")},
}


@pytest.mark.parametrize("cid", sorted(HEADING_WORDS))
def test_situation_and_date_words_in_every_language(concept, cid):
    _assert_terms_have(concept, cid, HEADING_WORDS[cid])


# Participation by public meetings said iteratively, public forums and workshop meetings (set 8: cs8-12 'veřejného
# setkávání', pl8-07 'Po spotkaniach warsztatowych', cs8-15 'Veřejném fóru'), as SDG 16's lexicon has them.
PUBLIC_MEETINGS = {"en": ("public forum", "participatory workshop"), "cs": ("veřejné setkávání", "veřejné fórum"),
                   "sk": ("verejné stretávanie", "verejné fórum"), "hu": ("nyilvános fórum", "lakossági fórum"),
                   "pl": ("spotkanie warsztatowe", "forum mieszkańców")}


def test_public_meetings_and_forums_are_participation(concept):
    _assert_terms_have(concept, "S-PARTICIPATION", PUBLIC_MEETINGS)


# Funding named by its grant, without a sum (the session-11 label rule: who pays is S-FINANCING; set 8 cs8-01
# 'projekt hrazený dotačním způsobem', cs8-11 'Díky dotační podpoře', hu8-03 'pályázat keretében').
GRANT_PAID = {"en": ("grant-funded", "grant funding"), "cs": ("dotační podpora", "dotačním způsobem"),
              "sk": ("dotačná podpora",), "hu": ("pályázat keretében",), "pl": ("dofinansowanie",)}


def test_a_grant_named_without_a_sum_is_financing(concept):
    _assert_terms_have(concept, "S-FINANCING", GRANT_PAID)


def test_a_draft_put_out_for_comments_is_participation(concept):
    # set 8 cs8-09 'Návrh našeho programu ... předkládáme k připomínkám' (the set-7 rule: comments invited on a draft)
    from generator.commands.classify import classify

    for lang, text in (("cs", "Návrh programu předkládáme k připomínkám."), ("sk", "Návrh zverejňujeme na pripomienkovanie."),
                       ("pl", "Projekt strategii poddajemy pod konsultacje."), ("hu", "A tervezetet véleményezésre bocsátja."),
                       ("en", "The draft is published for comments.")):
        assert "S-PARTICIPATION" in classify("t", text, "concept", lang, concept)["criteria"], lang


def test_membership_of_an_association_is_partnership(concept):
    # C-ZPO-PARTNERSHIP names networks and memberships (set 8 sk8-09 'Členstvo obce v združeniach')
    from generator.commands.classify import classify

    for lang, text in (("sk", "Členstvo obce v združeniach."), ("cs", "Obec je členem svazku obcí Podbrdsko."),
                       ("hu", "A település a társulás tagja."), ("pl", "Gmina jest członkiem stowarzyszenia gmin."),
                       ("en", "The town is a member of the association of towns."),
                       # a joint undertaking of local governments (set 8 pl8-08), as 'spolupráce obcí' in cs and sk
                       ("pl", "Strategia jest wspólnym przedsięwzięciem samorządów powiatu."),
                       ("en", "The strategy is a joint undertaking of municipalities of the county.")):
        assert "C-ZPO-PARTNERSHIP" in classify("t", text, "concept", lang, concept)["criteria"], lang


# Session 11 (real10, set-9 proposal 2): instruments the criteria's own descriptions name, said as a municipal text
# says them, in every language; written from the descriptions (concept/smart-concept.yaml), not from passages.
DESCRIPTION_WORDS = {
    # "energy savings and efficient public lighting": LED lamps and their replacement
    "C-B-ENERGY": {"en": ("LED lamps", "replacement of luminaires"), "cs": ("LED svítidlo", "výměna svítidel"),
                   "sk": ("LED svietidlo", "výmena svietidiel"), "hu": ("LED lámpatest", "lámpatestek cseréje"),
                   "pl": ("oprawa LED", "wymiana opraw")},
    # "shared and demand-responsive services": the senior taxi (and a village bus)
    "C-C-MOBILITY": {"en": ("senior taxi",), "cs": ("senior taxi", "seniortaxi"), "sk": ("senior taxi", "seniortaxi"),
                     "hu": ("szenior taxi", "falubusz"), "pl": ("senior taxi", "taksówka dla seniorów")},
    # "online forms, payments, bookings, a citizen portal": eID, fees paid online, forms, reporting apps
    "C-ZPO-EGOV": {"en": ("eID", "online tax payment", "online form", "app for reporting problems"),
                   "cs": ("elektronická identita", "platba poplatků online", "elektronický formulář",
                          "aplikace pro hlášení", "Zlepšeme Česko"),
                   "sk": ("elektronická identita", "platba poplatkov online", "elektronický formulár",
                          "aplikácia na hlásenie", "Odkaz pre starostu"),
                   "hu": ("elektronikus személyazonosító", "online adófizetés", "online űrlap", "hibabejelentő alkalmazás"),
                   "pl": ("profil zaufany", "płatność podatków online", "formularz elektroniczny",
                          "aplikacja do zgłaszania")},
    # "joint projects ... and networks", "cities abroad": a union of municipalities, joining a network, twinning
    "C-ZPO-PARTNERSHIP": {"en": ("twinning agreement", "join the network", "twin city"),
                          "cs": ("svazek obcí", "připojit k iniciativě", "družební město"),
                          "sk": ("pristúpenie k iniciatíve", "družobné mesto"),
                          "hu": ("hálózathoz csatlakozás", "testvértelepülés"),
                          "pl": ("przystąpienie do sieci", "miasto bliźniacze")},
    # "drinking water supply": drinking fountains
    "C-C-WATER": {"en": ("drinking fountain",), "cs": ("pítko",), "sk": ("pitná fontána",), "hu": ("ivókút",),
                  "pl": ("poidełko",)},
    # "composting of bio-waste": home composters
    "C-B-CIRCULAR": {"en": ("composter", "home composting"), "cs": ("kompostér",), "sk": ("kompostér",),
                     "hu": ("házi komposztálás",), "pl": ("kompostownik",)},
    # "schools ... modern and well equipped": interactive boards, specialised classrooms
    "C-A-EDUCATION": {"en": ("interactive whiteboard", "specialised classroom"),
                      "cs": ("interaktivní tabule", "odborná učebna"), "sk": ("interaktívna tabuľa", "odborná učebňa"),
                      "hu": ("interaktív tábla", "szaktanterem"), "pl": ("tablica interaktywna", "pracownia komputerowa")},
    # "biodiversity ... protected": pollinators and insect hotels
    "C-C-NATURE": {"en": ("pollinator", "insect hotel"), "cs": ("opylovač", "hmyzí hotel"),
                   "sk": ("opeľovač", "hmyzí hotel"), "hu": ("beporzó", "rovarszálló"),
                   "pl": ("zapylacz", "hotel dla owadów")},
    # "availability of doctors"; transport on demand for older people is a care service too
    # "tourism services", "small firms": the tourist information centre, farmers' markets
    "C-B-ENTERPRISE": {"en": ("tourist information centre", "farmers market"),
                       "cs": ("turistické informační centrum", "farmářské trhy"),
                       "sk": ("turistické informačné centrum", "farmárske trhy"),
                       "hu": ("Tourinform iroda", "termelői piac"), "pl": ("punkt informacji turystycznej", "targ rolniczy")},
    # "cools heat islands, prepares for heatwaves": mist showers and water curtains
    "C-C-ADAPTATION": {"en": ("mist shower", "water curtain"), "cs": ("mlžítko", "mlžná brána"),
                       "sk": ("hmlovisko", "hmlová brána"), "hu": ("párakapu",), "pl": ("kurtyna wodna",)},
    # "public Wi-Fi": the EU's WiFi4EU vouchers
    "C-B-ICT": {lang: ("WiFi4EU",) for lang in ("en", "cs", "sk", "hu", "pl")},
    # "accessible and safe streets": 30 zones, residential zones, safe routes to school
    "C-C-MOBILITY streets": {"en": ("zone 30", "safe route to school"), "cs": ("zóna 30", "obytná zóna"),
                             "sk": ("zóna 30", "obytná zóna"), "hu": ("30-as zóna", "biztonságos iskolaút"),
                             "pl": ("strefa tempo 30", "strefa zamieszkania")},
    # "trees ... managed with data (greenery register)", "rainwater is retained ... where it falls"
    "C-C-NATURE trees and rain": {"en": ("tree inventory", "infiltration of rainwater"),
                         "cs": ("inventarizace zeleně", "vsakování dešťové vody"),
                         "sk": ("inventarizácia zelene", "vsakovanie dažďovej vody"),
                         "hu": ("faleltár", "csapadékvíz visszatartása"),
                         "pl": ("inwentaryzacja zieleni", "zagospodarowanie wód opadowych")},
    "C-A-CARE": {"en": ("senior taxi", "general practitioner"), "cs": ("senior taxi", "praktický lékař"),
                 "sk": ("senior taxi", "praktický lekár"), "hu": ("szenior taxi", "háziorvos"),
                 "pl": ("senior taxi", "lekarz rodzinny")},
}


@pytest.mark.parametrize("cid", sorted(DESCRIPTION_WORDS))
def test_instruments_the_descriptions_name_in_every_language(concept, cid):
    _assert_terms_have(concept, cid.split(" ")[0], DESCRIPTION_WORDS[cid])  # "C-C-MOBILITY streets": a second family


def test_remote_meter_reading_and_bare_fault_reports_stay_out(concept):
    # tried (real10): remote reading is an energy meter's as often as a water meter's (three examples' keys say
    # C-C-WATER missing), and a lighting system's 'hlásenie porúch' is no e-government (sk-podbukovina)
    terms = {c.id: _lemma_set(_phrases(c.terms["sk"]), "sk") for c in concept.framework("concept")}
    assert " ".join(lemmas("hlásenie porúch", "sk")) not in terms["C-ZPO-EGOV"]
    crit = next(c for c in concept.framework("concept") if c.id == "C-C-WATER")
    for lang, word in (("hu", "távleolvasás"), ("pl", "zdalny odczyt"), ("cs", "dálkový odečet")):
        assert " ".join(lemmas(word, lang)) not in _lemma_set(_phrases(crit.terms[lang]), lang), (lang, word)


# The SDG targets' own instruments (real10): 2.1 delivered meals, 15.5 pollinators and flower meadows, 7.3 LED
# lighting, 11.2 transport for older persons. (16.1 'criminal activity' was left out: cs/sk 'trestná činnost' beside
# 'trestný čin' moves held-out row 9fc050c, labelled 12, to SDG 16: concept-log.md, real10.)
SDG_TARGET_WORDS = {
    ("SDG-2", "sector"): {"en": ("meal delivery",), "cs": ("rozvoz obědů",), "sk": ("rozvoz obedov",),
                          "hu": ("ebédkihordás",), "pl": ("dowóz posiłków",)},
    ("SDG-15", "strong"): {"en": ("pollinator", "flower meadow"), "cs": ("opylovač", "květnatá louka"),
                           "sk": ("opeľovač", "kvitnúca lúka"), "hu": ("beporzó", "virágos rét"),
                           "pl": ("zapylacz", "łąka kwietna")},
    ("SDG-7", "strong"): {"en": ("LED lighting",), "cs": ("LED osvětlení",), "sk": ("LED osvetlenie",),
                          "hu": ("LED világítás",), "pl": ("oświetlenie LED",)},
    ("SDG-11", "strong"): {"en": ("senior taxi",), "cs": ("senior taxi",), "sk": ("senior taxi",),
                           "hu": ("szenior taxi",), "pl": ("taksówka dla seniora",)},
}


@pytest.mark.parametrize("goal,tier", sorted(SDG_TARGET_WORDS))
def test_sdg_target_instruments_in_every_language(goal, tier):
    import yaml

    lexicon = yaml.safe_load((ROOT / "lexicon" / "sdg.yaml").read_text(encoding="utf-8"))["goals"][goal]
    for lang, words in SDG_TARGET_WORDS[(goal, tier)].items():
        have = _lemma_set(_phrases(lexicon[lang][tier]), lang)
        for word in words:
            assert " ".join(lemmas(word, lang)) in have, (goal, tier, lang, word)
