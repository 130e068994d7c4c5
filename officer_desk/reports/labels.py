"""Report texts in English and Dutch (codebook labels come from the codebook itself)."""

from __future__ import annotations

from officer_desk.domain.codebook import label as codebook_label

LANGS = ("en", "nl")

_REPORT_CODES: dict[str, dict[str, tuple[str, str]]] = {
    "measure": {
        "students": ("Students", "Studenten"),
        "activities": ("Activities", "Activiteiten"),
        "participants": ("Participants", "Deelnemers"),
    },
    "follow_up_outcome": {
        "on_time": ("Done on time", "Op tijd gedaan"),
        "late": ("Done late", "Te laat gedaan"),
        "overdue": ("Still overdue", "Nog achterstallig"),
        "missed": ("Missed", "Gemist"),
        "not_yet_due": ("Not yet due", "Nog niet aan de beurt"),
    },
}

TEXT: dict[str, tuple[str, str]] = {
    "title": ("Student well-being report", "Rapportage studentenwelzijn"),
    "subtitle_quarter": ("Anonymised quarterly figures", "Geanonimiseerde kwartaalcijfers"),
    "subtitle_ytd": ("Anonymised figures, year to date", "Geanonimiseerde cijfers, jaar tot nu"),
    "subtitle_merged": (
        "Anonymised figures, all faculties combined",
        "Geanonimiseerde cijfers, alle faculteiten samen",
    ),
    "faculty": ("Faculty", "Faculteit"),
    "all_faculties": ("All faculties", "Alle faculteiten"),
    "period": ("Period", "Periode"),
    "generated": ("Generated in", "Gemaakt in"),
    "codebook": ("Codebook version", "Versie codeboek"),
    "threshold_line": (
        "Counts below {t} students (below {s}, zero included, for sensitive subjects) are not "
        "shown.",
        "Aantallen onder {t} studenten (onder {s}, nul inbegrepen, bij gevoelige onderwerpen) "
        "worden niet getoond.",
    ),
    "symbol_line": (
        "x = not shown to protect individual students",
        "x = niet getoond om individuele studenten te beschermen",
    ),
    "sources": ("Combined from", "Samengesteld uit"),
    "contents": ("Contents", "Inhoud"),
    "page": ("Page {n} of {total}", "Pagina {n} van {total}"),
    "confidential": (
        "Anonymised aggregate figures; contains no personal data.",
        "Geanonimiseerde totaalcijfers; bevat geen persoonsgegevens.",
    ),
    # sections
    "sec_reach": ("1  Students reached", "1  Bereikte studenten"),
    "sec_access": ("2  How students came and how urgent", "2  Hoe studenten kwamen en urgentie"),
    "sec_topics": ("3  Topics", "3  Onderwerpen"),
    "sec_referrals": ("4  Referrals", "4  Verwijzingen"),
    "sec_follow_up": ("5  Follow-up", "5  Opvolging"),
    "sec_outreach": ("6  Prevention and outreach", "6  Preventie en voorlichting"),
    "sec_method": ("7  About these figures", "7  Over deze cijfers"),
    # table captions
    "cap_seen": (
        "Students seen, by study phase and student group",
        "Gesproken studenten, naar studiefase en studentgroep",
    ),
    "cap_initiator": (
        "Students by who took the initiative (first contact in the period)",
        "Studenten naar wie het initiatief nam (eerste contact in de periode)",
    ),
    "cap_urgency": (
        "Students by urgency (highest in the period)",
        "Studenten naar urgentie (hoogste in de periode)",
    ),
    "cap_topics": (
        "Topics raised, by study phase (students per topic)",
        "Besproken onderwerpen, naar studiefase (studenten per onderwerp)",
    ),
    "cap_referrals": (
        "Referrals by destination and status (students per destination and status)",
        "Verwijzingen naar bestemming en status (studenten per bestemming en status)",
    ),
    "cap_follow_ups": (
        "Follow-ups due in the period: students by outcome",
        "Vervolgafspraken in de periode: studenten naar uitkomst",
    ),
    "cap_outreach": ("Outreach activities by type", "Voorlichtingsactiviteiten naar soort"),
    "chart_seen": ("Students seen by study phase", "Gesproken studenten naar studiefase"),
    "chart_topics": ("Students per topic", "Studenten per onderwerp"),
    "chart_trend": (
        "Trend over the last four released quarters: students seen",
        "Verloop over de laatste vier vrijgegeven kwartalen: gesproken studenten",
    ),
    "chart_ytd_trend": ("Students seen per quarter", "Gesproken studenten per kwartaal"),
    "chart_referrals": ("Referrals by status", "Verwijzingen naar status"),
    "chart_none": (
        "No chart: too few published figures.",
        "Geen grafiek: te weinig gepubliceerde cijfers.",
    ),
    "total": ("Total", "Totaal"),
    "total_mentions": ("Total (mentions)", "Totaal (vermeldingen)"),
    "all_students": ("Students", "Studenten"),
    # key figures
    "key_figures": ("Key figures", "Kerncijfers"),
    "fig_students_seen": ("Students seen", "Gesproken studenten"),
    "fig_consultations": ("Consultations", "Gesprekken"),
    "fig_students_case_opened": (
        "Students with a new case",
        "Studenten met een nieuw dossier",
    ),
    "fig_students_case_closed": (
        "Students whose case was closed",
        "Studenten van wie het dossier werd gesloten",
    ),
    "fig_referral_loop_closed_pct": (
        "Referrals with the loop closed",
        "Verwijzingen met bekende afloop",
    ),
    "fig_follow_up_median_days": (
        "Median days from consultation to follow-up",
        "Mediaan aantal dagen van gesprek tot opvolging",
    ),
    "days": ("{n} days", "{n} dagen"),
    "withheld": (
        "Fewer than {n} students: no breakdown is published ({band}).",
        "Minder dan {n} studenten: er wordt geen uitsplitsing gepubliceerd ({band}).",
    ),
    "breakdown_only": (
        "The breakdown cannot be published without risk to individual students; "
        "only the total is shown.",
        "De uitsplitsing kan niet worden gepubliceerd zonder risico voor individuele "
        "studenten; alleen het totaal wordt getoond.",
    ),
    "breakdown_combined": (
        "The combined breakdown is hidden: the reports it is made from hid different cells, "
        "and a sum that includes a hidden cell is hidden too. Only the total is shown.",
        "De samengestelde uitsplitsing is verborgen: de rapportages waaruit zij bestaat, "
        "verbergen verschillende cellen, en een som met een verborgen cel is ook verborgen. "
        "Alleen het totaal wordt getoond.",
    ),
    "at_least": ("at least {n}", "ten minste {n}"),
    "lower_line": (
        "≥ k = at least k: part of this figure was not shown in a report it is made from",
        "≥ k = ten minste k: een deel van dit cijfer is niet getoond in een rapportage "
        "waaruit het bestaat",
    ),
    "lower_note": (
        "A figure that one of the reports it is made from did not show cannot be added up "
        "exactly. It is shown as x, or as '≥ k' (at least k) when the other reports showed "
        "their part: k is the sum of the parts that were shown. This follows from those "
        "reports alone and adds no information to them.",
        "Een cijfer dat in een van de onderliggende rapportages niet is getoond, kan niet "
        "exact worden opgeteld. Het staat er als x, of als '≥ k' (ten minste k) als de andere "
        "rapportages hun deel wel toonden: k is de som van de getoonde delen. Dit volgt uit "
        "die rapportages alleen en voegt er geen informatie aan toe.",
    ),
    "not_published": (
        "This table is not published, to protect individual students.",
        "Deze tabel wordt niet gepubliceerd, om individuele studenten te beschermen.",
    ),
    "unknown_note": (
        "Not included: {who} (fewer than {n} students each; distribution unknown, at most "
        "{max} students in total). The figures above are therefore lower bounds.",
        "Niet meegeteld: {who} (elk minder dan {n} studenten; verdeling onbekend, samen ten "
        "hoogste {max} studenten). De cijfers hierboven zijn daarom ondergrenzen.",
    ),
    "multi_note": (
        "A student can raise several topics, so a student can appear in several cells; the "
        "totals count mentions, not distinct students.",
        "Een student kan meerdere onderwerpen bespreken en dus in meerdere cellen staan; de "
        "totalen tellen vermeldingen, geen afzonderlijke studenten.",
    ),
    "multi_note_ref": (
        "A student referred to two places, or with two statuses, appears in several cells; "
        "the totals count these mentions.",
        "Een student die naar twee plekken is verwezen, of met twee statussen, staat in "
        "meerdere cellen; de totalen tellen deze vermeldingen.",
    ),
    "sensitive_note": (
        "* Sensitive: counts below {s} students, zero included, are not shown.",
        "* Gevoelig: aantallen onder {s} studenten, nul inbegrepen, worden niet getoond.",
    ),
    "follow_note": (
        "Each student is counted once, under the least favourable outcome of their "
        "follow-ups in the period.",
        "Elke student telt één keer mee, bij de minst gunstige uitkomst van zijn of haar "
        "vervolgafspraken in de periode.",
    ),
    "outreach_note": (
        "Activities and head-counts of participants; these are not individual students and "
        "are shown without suppression.",
        "Activiteiten en aantallen deelnemers; dit zijn geen individuele studenten en ze "
        "worden zonder onderdrukking getoond.",
    ),
    "ytd_note": (
        "Year to date is the sum of the released quarters: a student seen in two quarters "
        "counts twice.",
        "Jaar tot nu is de som van de vrijgegeven kwartalen: een student die in twee "
        "kwartalen is gesproken, telt twee keer.",
    ),
}

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
        "kerncijfer zoals gesprekken of studenten met een nieuw dossier. Voor gevoelige "
        "onderwerpen ({sensitive}) ligt de grens hoger: geen aantal van 1 tot en met {sm} "
        "wordt getoond, en in hun rijen wordt ook een nul verborgen, zodat een rij zonder "
        "studenten er hetzelfde uitziet als een rij met één student. Elders wordt nul als 0 "
        "getoond.",
        "Daarnaast worden enkele andere cijfers verborgen, zodat een verborgen aantal niet "
        "uit de totalen kan worden teruggerekend. Elk verborgen cijfer heeft hetzelfde "
        "symbool, x, wat de reden ook is. Voor vrijgave heeft een computercontrole de plaats "
        "ingenomen van iemand die deze rapportage, de eerdere en samengestelde rapportages en "
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

METHOD: dict[str, tuple[str, ...]] = {
    "en": (
        "Every figure in this report counts distinct students: a student who came seven "
        "times counts once. Consultations are shown only as one total.",
        "Where all students of a row or column fall into one category, that row or column "
        "is not broken down, because it would tell something about every student in it.",
        "A table about fewer than {n} students is not broken down at all; it only says '{band}'.",
        "The period is a quarter; no dates, days or names appear anywhere. Codes and "
        "labels follow codebook version {codebook}. Year-to-date and combined reports "
        "are sums of the released quarterly reports and add no information to them.",
    ),
    "nl": (
        "Elk cijfer in deze rapportage telt afzonderlijke studenten: een student die zeven "
        "keer kwam, telt één keer. Gesprekken worden alleen als één totaal getoond.",
        "Als alle studenten van een rij of kolom in één categorie vallen, wordt die rij of "
        "kolom niet uitgesplitst, omdat dat iets over elke student daarin zou zeggen.",
        "Een tabel over minder dan {n} studenten wordt helemaal niet uitgesplitst; er staat "
        "alleen '{band}'.",
        "De periode is een kwartaal; nergens staan data, dagen of namen. Codes en "
        "omschrijvingen volgen versie {codebook} van het codeboek. Jaar-tot-nu- en "
        "samengestelde rapportages zijn sommen van de vrijgegeven kwartaalrapportages en "
        "voegen daar geen informatie aan toe.",
    ),
}


def text(key: str, lang: str, **params: object) -> str:
    en, nl = TEXT[key]
    s = nl if lang == "nl" else en
    return s.format(**params) if params else s


def code_label(vocab: str, code: str, lang: str) -> str:
    """Label of a codebook or report code in ``lang``."""
    if vocab in _REPORT_CODES:
        en, nl = _REPORT_CODES[vocab].get(code, (code, code))
        return nl if lang == "nl" else en
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
            "Alleen gemaakt uit vrijgegeven rapportages",
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
            "ook geen jaar-tot-nu-, verloop- of samengestelde rapportage die eruit is gemaakt. "
            "Voor de vrijgave is een rapportage een concept. De volledige cijfers staan alleen "
            "op het eigen scherm van de medewerker; een opgeslagen of afgedrukt concept heeft "
            "geen tabellen, alleen het aantal studenten en gesprekken in stappen van tien, "
            "zodat twee concepten van verschillende momenten niet kunnen worden vergeleken om "
            "iets te weten te komen over een student die tussendoor kwam. Een concept wordt "
            "nooit ondertekend en kan niet met andere rapportages worden samengevoegd.",
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
