"""Report texts in English and Dutch (codebook labels come from the codebook itself)."""

from __future__ import annotations

from officer_desk.domain.codebook import label as codebook_label
from officer_desk.domain.texts import LANGUAGES, REPORT, REPORT_CODES, REPORT_METHOD, pick

LANGS = LANGUAGES
#: The report's texts, ``key -> (English, Dutch)`` (domain/texts.py).
TEXT = REPORT
_REPORT_CODES = REPORT_CODES
# What is protected and how, in plain words (docs/DISCLOSURE.md): printed in the method note
# right after the first METHOD paragraph. Parameters: tm = T - 1, sm = sensitive T - 1,
# t = T, s = sensitive T, sensitive = the sensitive subjects as a list of labels.
PROTECTION: dict[str, tuple[str, ...]] = {
    "en": (
        "To keep individual students from being recognised, no count from 1 to {tm} is "
        "shown: not in a table, not in a total and not in a key figure such as consultations "
        "or students with a new case. Sensitive subjects ({sensitive}) have a higher limit: "
        "no count from 1 to {sm} is shown, and in their rows a zero is hidden too, so that a "
        "row without any student looks the same as a row with one. Elsewhere zero is shown "
        "as 0.",
        "Some further figures are hidden as well, so that a hidden number cannot be worked "
        "out from the totals. Every hidden figure is shown with the same symbol, x, whatever "
        "the reason. Before release, a computer check took the place of someone who holds "
        "this report, the earlier and combined reports, and everything the system guarantees "
        "(for example that every conversation has a topic), and tried to work out every "
        "hidden number in whole numbers. None of the hidden small numbers could be narrowed "
        "down to fewer than {t} possible values ({s} for sensitive subjects).",
    ),
    "nl": (
        "Om te voorkomen dat individuele studenten herkenbaar zijn, wordt geen aantal van 1 "
        "tot en met {tm} getoond: niet in een tabel, niet in een totaal en niet in een "
        "kerncijfer zoals gesprekken of studenten met een nieuw traject. Voor gevoelige "
        "onderwerpen ({sensitive}) ligt de grens hoger: geen aantal van 1 tot en met {sm} "
        "wordt getoond, en in hun rijen wordt ook een nul verborgen, zodat een rij zonder "
        "studenten er hetzelfde uitziet als een rij met één student. Elders wordt nul als 0 "
        "getoond.",
        "Daarnaast worden enkele andere cijfers verborgen, zodat een verborgen aantal niet "
        "uit de totalen kan worden teruggerekend. Elk verborgen cijfer heeft hetzelfde "
        "symbool, x, wat de reden ook is. Vóór de vrijgave heeft een computercontrole de plaats "
        "ingenomen van iemand die dit rapport, de eerdere en samengevoegde rapporten en "
        "alles wat het systeem garandeert kent (bijvoorbeeld dat elk gesprek een onderwerp "
        "heeft), en geprobeerd elk verborgen aantal in hele getallen terug te rekenen. Geen "
        "van de verborgen kleine aantallen kon zo worden teruggebracht tot minder dan {t} "
        "mogelijke waarden ({s} bij gevoelige onderwerpen).",
    ),
}

# Sensitive subjects besides the sensitive topics (crisis urgency, crisis-line referrals).
PROTECTION_SUBJECTS: dict[str, list[str]] = {
    "en": ["crisis urgency", "referrals to a crisis line"],
    "nl": ["urgentie crisis", "verwijzingen naar een crisislijn"],
}

#: The method note's paragraphs per language.
METHOD: dict[str, tuple[str, ...]] = {
    lang: tuple(pick(pair, lang) for pair in REPORT_METHOD) for lang in LANGUAGES
}


def text(key: str, lang: str, **params: object) -> str:
    s = pick(TEXT[key], lang)
    return s.format(**params) if params else s


def code_label(vocab: str, code: str, lang: str) -> str:
    """Label of a codebook or report code in ``lang``."""
    if vocab in _REPORT_CODES:
        return pick(_REPORT_CODES[vocab].get(code, (code, code)), lang)
    return codebook_label(vocab, code, lang)


# Drafts, releases, period kinds and merging (docs/DISCLOSURE.md, the section of that name).
TEXT.update(
    {
        "draft_mark": ("DRAFT", "CONCEPT"),
        "draft_banner": (
            "DRAFT – not released; figures may still change",
            "CONCEPT – niet vrijgegeven; cijfers kunnen nog veranderen",
        ),
        "subtitle_draft": (
            "Draft of the anonymised quarterly figures",
            "Concept van de geanonimiseerde kwartaalcijfers",
        ),
        "status": ("Status", "Status"),
        "status_draft": ("Draft, not released", "Concept, niet vrijgegeven"),
        "status_released": ("Released (release {n})", "Vrijgegeven (vrijgave {n})"),
        "status_derived": (
            "Made from released reports only",
            "Alleen gemaakt uit vrijgegeven rapporten",
        ),
        "draft_figures": ("Figures so far", "Cijfers tot nu toe"),
        "draft_students": ("Students seen", "Gesproken studenten"),
        "draft_consultations": ("Consultations", "Gesprekken"),
        "draft_hidden": ("shown after release", "getoond na vrijgave"),
        "draft_intro": (
            "This is a draft. The tables are published when the quarter is released, after it "
            "has ended. Until then a saved or printed draft shows only these totals, in bands "
            "of ten.",
            "Dit is een concept. De tabellen worden gepubliceerd als het kwartaal is "
            "vrijgegeven, na afloop ervan. Tot dan toont een opgeslagen of afgedrukt concept "
            "alleen deze totalen, in stappen van tien.",
        ),
        "method_drafts": (
            "Only released quarters leave the officer's computer. A quarter can be released "
            "once it has ended; its figures are then frozen: records added later, also with an "
            "earlier date, never change them, nor any year-to-date, trend or combined report "
            "made from them. Before release a report is a draft. Its full figures are shown "
            "only on the officer's own screen; a saved or printed draft has no tables, only the "
            "number of students and consultations in bands of ten, so that two drafts made at "
            "different times cannot be compared to learn anything about a student who came in "
            "between. A draft is never signed and cannot be combined with other reports.",
            "Alleen vrijgegeven kwartalen verlaten de computer van de medewerker. Een kwartaal "
            "kan worden vrijgegeven als het voorbij is; de cijfers liggen dan vast: gegevens "
            "die later worden ingevoerd, ook met een eerdere datum, veranderen ze nooit, en "
            "ook geen overzicht van het jaar tot nu toe, verloop of samengevoegd rapport dat "
            "eruit is gemaakt. Vóór de vrijgave is een rapport een concept. De volledige cijfers "
            "staan alleen "
            "op het eigen scherm van de medewerker; een opgeslagen of afgedrukt concept heeft "
            "geen tabellen, alleen het aantal studenten en gesprekken in stappen van tien, "
            "zodat twee concepten van verschillende momenten niet kunnen worden vergeleken om "
            "iets te weten te komen over een student die tussendoor kwam. Een concept wordt "
            "nooit ondertekend en kan niet met andere rapporten worden samengevoegd.",
        ),
        "method_period_kind": (
            "A faculty reports either in calendar quarters or in academic-year quarters, never "
            "both: the two overlap by a month, and subtracting one from the other would give "
            "figures for a single month.",
            "Een faculteit rapporteert in kalenderkwartalen of in kwartalen van het "
            "studiejaar, nooit in beide: die overlappen een maand, en door het ene van het "
            "andere af te trekken zouden cijfers over één maand ontstaan.",
        ),
        "method_merge": (
            "Each faculty release is signed with the faculty's own key and numbered. The "
            "central office combines a release only if it comes from the key it trusts for "
            "that faculty, only once per faculty and quarter, never when it is older than a "
            "release already seen, and only with limits of at least 5 students (10 for "
            "sensitive topics).",
            "Elke vrijgave van een faculteit is ondertekend met de eigen sleutel van de "
            "faculteit en genummerd. Het centrale bureau voegt een vrijgave alleen samen als "
            "die komt van de sleutel die het voor die faculteit vertrouwt, maar één keer per "
            "faculteit en kwartaal, nooit als die ouder is dan een al ontvangen vrijgave, en "
            "alleen met grenzen van ten minste 5 studenten (10 bij gevoelige onderwerpen).",
        ),
    }
)
