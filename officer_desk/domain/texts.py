"""Everything Officer Desk says in two languages outside Qt: the report texts, the
subject-access copy, the calendar export and the built-in note templates. (What the windows
and the command line say is translated with Qt Linguist: ``resources/translations``.)

One format for all of them: a key maps to a pair ``(English, Dutch)``, in the order of
``LANGUAGES``; ``pick`` chooses one by language code and ``say`` fills in ``{placeholders}``.
A test checks that both texts of every pair are there and use the same placeholders.
No Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping

#: The languages of the app, the reports and every document it writes (the first is the
#: default).
LANGUAGES: tuple[str, ...] = ("en", "nl")
DEFAULT_LANGUAGE = LANGUAGES[0]

Pair = tuple[str, str]


def language(lang: str | None) -> str:
    """``lang`` if the app speaks it, else the default language."""
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def pick(pair: Pair, lang: str | None) -> str:
    """The text of ``pair`` in ``lang`` (the default language for an unknown one)."""
    return pair[LANGUAGES.index(language(lang))]


def say(table: Mapping[str, Pair], key: str, lang: str | None, **params: object) -> str:
    """``table[key]`` in ``lang``, with ``params`` filled in."""
    text = pick(table[key], lang)
    return text.format(**params) if params else text


# --- reports (reports/labels.py) ---------------------------------------------------------------

REPORT: dict[str, Pair] = {
    "title": ("Student well-being report", "Rapportage studentenwelzijn"),
    "subtitle_quarter": ("Anonymised quarterly figures", "Geanonimiseerde kwartaalcijfers"),
    "subtitle_ytd": (
        "Anonymised figures, year to date",
        "Geanonimiseerde cijfers, jaar tot nu toe",
    ),
    "subtitle_merged": (
        "Anonymised figures, all faculties combined",
        "Geanonimiseerde cijfers, alle faculteiten samen",
    ),
    "faculty": ("Faculty", "Faculteit"),
    "all_faculties": ("All faculties", "Alle faculteiten"),
    "period": ("Period", "Periode"),
    "generated": ("Generated in", "Gemaakt in"),
    "codebook": ("Category version", "Versie categorieën"),
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
    "sec_reach": ("1  Students reached", "1  Bereikte studenten"),
    "sec_access": ("2  How students came and how urgent", "2  Hoe studenten kwamen en urgentie"),
    "sec_topics": ("3  Topics", "3  Onderwerpen"),
    "sec_referrals": ("4  Referrals", "4  Verwijzingen"),
    "sec_follow_up": ("5  Follow-up", "5  Vervolgafspraken"),
    "sec_outreach": ("6  Prevention and outreach", "6  Voorlichting en activiteiten"),
    "sec_method": ("7  About these figures", "7  Over deze cijfers"),
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
    "key_figures": ("Key figures", "Kerncijfers"),
    "fig_students_seen": ("Students seen", "Gesproken studenten"),
    "fig_consultations": ("Consultations", "Gesprekken"),
    "fig_students_case_opened": ("Students with a new case", "Studenten met een nieuw traject"),
    "fig_students_case_closed": (
        "Students whose case was closed",
        "Studenten van wie het traject werd afgesloten",
    ),
    "fig_referral_loop_closed_pct": (
        "Referrals with the loop closed",
        "Verwijzingen met bekende afloop",
    ),
    "fig_follow_up_median_days": (
        "Median days from consultation to follow-up",
        "Mediaan aantal dagen van gesprek tot vervolgafspraak",
    ),
    "days": ("{n} days", "{n} dagen"),
    "withheld": (
        "Fewer than {n} students: no breakdown is published ({band}).",
        "Minder dan {n} studenten: er wordt geen uitsplitsing gepubliceerd ({band}).",
    ),
    "breakdown_only": (
        "The breakdown cannot be published without risk to individual students; only the total "
        "is shown.",
        "De uitsplitsing kan niet worden gepubliceerd zonder risico voor individuele studenten; "
        "alleen het totaal wordt getoond.",
    ),
    "breakdown_combined": (
        "The combined breakdown is hidden: the reports it is made from hid different cells, and "
        "a sum that includes a hidden cell is hidden too. Only the total is shown.",
        "De samengestelde uitsplitsing is verborgen: de rapporten waaruit zij bestaat, "
        "verbergen verschillende cellen, en een som met een verborgen cel is ook verborgen. "
        "Alleen het totaal wordt getoond.",
    ),
    "at_least": ("at least {n}", "ten minste {n}"),
    "lower_line": (
        "≥ k = at least k: part of this figure was not shown in a report it is made from",
        "≥ k = ten minste k: een deel van dit cijfer is niet getoond in een rapport waaruit het "
        "bestaat",
    ),
    "lower_note": (
        "A figure that one of the reports it is made from did not show cannot be added up "
        "exactly. It is shown as x, or as '≥ k' (at least k) when the other reports showed "
        "their part: k is the sum of the parts that were shown. This follows from those reports "
        "alone and adds no information to them.",
        "Een cijfer dat in een van de onderliggende rapporten niet is getoond, kan niet exact "
        "worden opgeteld. Het staat er als x, of als '≥ k' (ten minste k) als de andere "
        "rapporten hun deel wel toonden: k is de som van de getoonde delen. Dit volgt uit die "
        "rapporten alleen en voegt er geen informatie aan toe.",
    ),
    "not_published": (
        "This table is not published, to protect individual students.",
        "Deze tabel wordt niet gepubliceerd, om individuele studenten te beschermen.",
    ),
    "unknown_note": (
        "Not included: {who} (fewer than {n} students each; distribution unknown, at most {max} "
        "students in total). The figures above are therefore lower bounds.",
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
        "A student referred to two places, or with two statuses, appears in several cells; the "
        "totals count these mentions.",
        "Een student die naar twee plekken is verwezen, of met twee statussen, staat in "
        "meerdere cellen; de totalen tellen deze vermeldingen.",
    ),
    "sensitive_note": (
        "* Sensitive: counts below {s} students, zero included, are not shown.",
        "* Gevoelig: aantallen onder {s} studenten, nul inbegrepen, worden niet getoond.",
    ),
    "follow_note": (
        "Each student is counted once, under the least favourable outcome of their follow-ups "
        "in the period.",
        "Elke student telt één keer mee, bij de minst gunstige uitkomst van zijn of haar "
        "vervolgafspraken in de periode.",
    ),
    "outreach_note": (
        "Activities and head-counts of participants; these are not individual students and are "
        "shown in full.",
        "Activiteiten en aantallen deelnemers; dit zijn geen individuele studenten en ze worden "
        "volledig getoond.",
    ),
    "ytd_note": (
        "Year to date is the sum of the released quarters: a student seen in two quarters "
        "counts twice.",
        "Jaar tot nu toe is de som van de vrijgegeven kwartalen: een student die in twee "
        "kwartalen is gesproken, telt twee keer.",
    ),
}

#: Report-only categories that are not vocabularies of the records.
REPORT_CODES: dict[str, dict[str, Pair]] = {
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

#: The paragraphs of the report's method note, in order.
REPORT_METHOD: tuple[Pair, ...] = (
    (
        "Every figure in this report counts distinct students: a student who came seven times "
        "counts once. Consultations are shown only as one total.",
        "Elk cijfer in dit rapport telt afzonderlijke studenten: een student die zeven keer "
        "kwam, telt één keer. Gesprekken worden alleen als één totaal getoond.",
    ),
    (
        "Where all students of a row or column fall into one category, that row or column is "
        "not broken down, because it would tell something about every student in it.",
        "Als alle studenten van een rij of kolom in één categorie vallen, wordt die rij of "
        "kolom niet uitgesplitst, omdat dat iets over elke student daarin zou zeggen.",
    ),
    (
        "A table about fewer than {n} students is not broken down at all; it only says '{band}'.",
        "Een tabel over minder dan {n} studenten wordt helemaal niet uitgesplitst; er staat "
        "alleen '{band}'.",
    ),
    (
        "The period is a quarter; no dates, days or names appear anywhere. The categories "
        "follow version {codebook} of the category lists. Year-to-date and combined reports are "
        "sums of the released quarterly reports and add no information to them.",
        "De periode is een kwartaal; nergens staan data, dagen of namen. De categorieën volgen "
        "versie {codebook} van de categorieënlijsten. Overzichten van het jaar tot nu toe en "
        "samengevoegde rapporten zijn sommen van de vrijgegeven kwartaalrapporten en voegen "
        "daar geen informatie aan toe.",
    ),
)

# --- the subject-access copy (documents/subject_access.py) ---------------------------------------

SUBJECT_ACCESS: dict[str, Pair] = {
    "title": ("Copy of personal data (GDPR art. 15)", "Kopie van persoonsgegevens (AVG art. 15)"),
    "intro": (
        "This document contains everything the student well-being officer holds on you in "
        "Officer Desk: your profile, cases, consultations with the dossier notes and the "
        "officer's working notes, referrals, follow-ups, and the log of who opened or exported "
        "these records and when. A machine-readable copy (JSON) accompanies it.",
        "Dit document bevat alles wat de studentwelzijnsfunctionaris in Officer Desk over u "
        "bewaart: uw profiel, trajecten, gesprekken met de dossiernotities en de werknotities "
        "van de functionaris, verwijzingen, vervolgafspraken en het logboek "
        "van wie deze gegevens wanneer heeft geopend of geëxporteerd. Een machineleesbare kopie "
        "(JSON) hoort erbij.",
    ),
    "generated": ("Generated", "Gemaakt op"),
    "retention": (
        "Retention rule: records are deleted {years} years after the last activity unless a "
        "case is open or a legal hold applies.",
        "Bewaarregel: gegevens worden {years} jaar na de laatste activiteit verwijderd, tenzij "
        "een traject openstaat of een juridische bewaarplicht geldt.",
    ),
    "profile": ("Profile", "Profiel"),
    "name": ("Name", "Naam"),
    "number": ("Student number", "Studentnummer"),
    "email": ("E-mail", "E-mail"),
    "programme": ("Programme", "Opleiding"),
    "faculty": ("Faculty", "Faculteit"),
    "phase": ("Study phase", "Studiefase"),
    "group": ("Student group", "Studentgroep"),
    "hold": ("Legal hold", "Juridische bewaarplicht"),
    "created": ("Record created", "Aangemaakt"),
    "cases": ("Cases", "Trajecten"),
    "opened": ("Opened", "Geopend"),
    "concern": ("Primary concern", "Hoofdonderwerp"),
    "status": ("Status", "Status"),
    "closed": ("Closed", "Afgesloten"),
    "reason": ("Close reason", "Reden van afsluiten"),
    "consultations": ("Consultations", "Gesprekken"),
    "when": ("When", "Wanneer"),
    "duration": ("Duration (min)", "Duur (min)"),
    "channel": ("Channel", "Kanaal"),
    "initiator": ("Initiated by", "Initiatief van"),
    "urgency": ("Urgency", "Urgentie"),
    "topics": ("Topics", "Onderwerpen"),
    "finalised": ("Finalised", "Definitief"),
    "dossier": ("Dossier note", "Dossiernotitie"),
    "private": ("Working note", "Werknotitie"),
    "addendum": ("addendum", "aanvulling"),
    "referrals": ("Referrals", "Verwijzingen"),
    "destination": ("Destination", "Bestemming"),
    "proposed": ("Proposed", "Voorgesteld"),
    "changed": ("Status changed", "Status gewijzigd"),
    "outcome": ("Outcome", "Uitkomst"),
    "follow_ups": ("Follow-ups", "Vervolgafspraken"),
    "due": ("Due", "Gepland"),
    "kind": ("Kind", "Soort"),
    "done": ("Done", "Gedaan"),
    "note": ("Note", "Notitie"),
    "drafts": ("Unsaved drafts", "Niet-opgeslagen concepten"),
    "log": ("Access log", "Toegangslogboek"),
    "action": ("Action", "Handeling"),
    "record": ("Record", "Onderdeel"),
    "detail": ("Detail", "Bijzonderheden"),
    "none": ("None.", "Geen."),
    "yes": ("yes", "ja"),
    "no": ("no", "nee"),
    "page": ("Page", "Pagina"),
}

# --- the calendar export (services/calendar.py) ----------------------------------------------

CALENDAR: dict[str, Pair] = {"summary": ("Follow-up", "Vervolgafspraak")}

# --- the built-in note templates (services/templates.py): (name, body) per template ------------

NOTE_TEMPLATES: tuple[tuple[Pair, Pair], ...] = (
    (
        ("First intake", "Eerste gesprek (intake)"),
        (
            "Reason for contact:\n\nSituation (study, housing, finances, social):\n\nWhat the "
            "student has tried so far:\n\nRisk check (urgency, safety):\n\nAgreed next "
            "steps:\n\nReferral(s) discussed:\n\nFollow-up:\n",
            "Aanleiding voor het contact:\n\nSituatie (studie, wonen, financiën, "
            "sociaal):\n\nWat de student al heeft geprobeerd:\n\nInschatting (urgentie, "
            "veiligheid):\n\nAfgesproken vervolgstappen:\n\nBesproken "
            "doorverwijzing(en):\n\nVervolgafspraak:\n",
        ),
    ),
    (
        ("Follow-up conversation", "Vervolggesprek"),
        (
            "Since last contact:\n\nProgress on agreed steps:\n\nNew concerns:\n\nAgreed next "
            "steps:\n\nFollow-up:\n",
            "Sinds het vorige contact:\n\nVoortgang afgesproken stappen:\n\nNieuwe "
            "zorgen:\n\nAfgesproken vervolgstappen:\n\nVervolgafspraak:\n",
        ),
    ),
    (
        ("Referral check", "Controle doorverwijzing"),
        (
            "Referred to:\n\nDid the student make contact? (yes / no / waiting)\n\nExperience "
            "so far:\n\nIs further support from the officer needed?\n\nClose the referral as:\n",
            "Doorverwezen naar:\n\nHeeft de student contact opgenomen? (ja / nee / wacht "
            "nog)\n\nErvaring tot nu toe:\n\nIs verdere ondersteuning door de functionaris "
            "nodig?\n\nVerwijzing afsluiten als:\n",
        ),
    ),
)

# --- the access log in words (the Access log view and the subject-access copy) -------------------

#: What an access-log entry says happened, as an officer (or the student) would put it.
ACCESS_LOG_WHAT: dict[str, Pair] = {
    "viewed_student": ("Opened student record", "Studentdossier geopend"),
    "viewed_other": ("Opened a record", "Gegevens geopend"),
    "created_student": ("Added a student", "Student toegevoegd"),
    "created_case": ("Opened a case", "Traject geopend"),
    "created_consultation": ("Logged a consultation", "Gesprek vastgelegd"),
    "created_referral": ("Made a referral", "Verwijzing vastgelegd"),
    "created_follow_up": ("Planned a follow-up", "Vervolgafspraak gepland"),
    "created_other": ("Added", "Toegevoegd"),
    "merged_student": (
        "Merged a duplicate into this student",
        "Dubbele student met deze student samengevoegd",
    ),
    "legal_hold_on": ("Placed on legal hold", "Juridische bewaarplicht ingesteld"),
    "legal_hold_off": ("Taken off legal hold", "Juridische bewaarplicht opgeheven"),
    "updated_student": ("Changed student details", "Studentgegevens gewijzigd"),
    "closed_case": ("Closed a case", "Traject afgesloten"),
    "reopened_case": ("Reopened a case", "Traject heropend"),
    "updated_case": ("Changed a case", "Traject gewijzigd"),
    "finalised": ("Finalised the notes", "Notities definitief gemaakt"),
    "addendum": ("Added to a finalised note", "Definitieve notitie aangevuld"),
    "edited_note": ("Edited a note", "Notitie bewerkt"),
    "updated_referral": ("Updated a referral", "Verwijzing bijgewerkt"),
    "updated_follow_up": ("Updated a follow-up", "Vervolgafspraak bijgewerkt"),
    "updated_other": ("Changed", "Gewijzigd"),
    "exported_subject_access": (
        "Exported data for a subject access request",
        "Gegevens geëxporteerd voor een inzageverzoek",
    ),
    "exported_calendar": (
        "Exported follow-ups to a calendar",
        "Vervolgafspraken naar een agenda geëxporteerd",
    ),
    "exported_list": ("Exported a list", "Lijst geëxporteerd"),
    "vault_created": ("Created the vault", "Kluis aangemaakt"),
    "unlocked": ("Unlocked the vault", "Kluis ontgrendeld"),
    "reported": ("Made a report", "Rapport gemaakt"),
    "released": ("Released a quarter's report", "Kwartaalrapport vrijgegeven"),
    "erased": ("Erased a student", "Student gewist"),
    "purged": (
        "Deleted at the end of the retention period",
        "Verwijderd na afloop van de bewaartermijn",
    ),
    "imported": ("Imported records from a file", "Gegevens uit een bestand geïmporteerd"),
    "backup": ("Made a backup", "Back-up gemaakt"),
    "restored": ("Restored a backup", "Back-up teruggezet"),
    "merged": ("Combined the faculties' reports", "Rapporten van de faculteiten samengevoegd"),
    "moved": (
        "Moved a consultation to another student",
        "Gesprek naar een andere student verplaatst",
    ),
    "key_rotated": ("Changed the vault key", "Kluissleutel vervangen"),
    "recovery": (
        "Set a new passphrase with the recovery key",
        "Nieuwe wachtzin ingesteld met de herstelsleutel",
    ),
    "passphrase_changed": ("Changed the passphrase", "Wachtzin gewijzigd"),
}

#: The record kinds of the access log, in words.
ACCESS_LOG_RECORD: dict[str, Pair] = {
    "student": ("Student", "Student"),
    "case": ("Case", "Traject"),
    "consultation": ("Consultation", "Gesprek"),
    "referral": ("Referral", "Verwijzing"),
    "follow_up": ("Follow-up", "Vervolgafspraak"),
    "vault": ("Vault", "Kluis"),
    "report": ("Report", "Rapport"),
    "export": ("Exported list", "Geëxporteerde lijst"),
    "import": ("Imported file", "Geïmporteerd bestand"),
}

_CREATED = {"student", "case", "consultation", "referral", "follow_up"}
_SIMPLE = {
    "vault_created",
    "unlocked",
    "reported",
    "released",
    "erased",
    "purged",
    "imported",
    "backup",
    "restored",
    "merged",
    "moved",
}


def access_log_what(action: str, record_type: str, detail: str) -> str | None:
    """The ``ACCESS_LOG_WHAT`` key of an access-log entry (``None`` for an unknown action).

    The entry itself holds codes only (``viewed``/``student``, ``updated``/``case``/``closed``,
    ``exported``/``student``/``subject_access:pdf``); this turns them into one sentence."""
    head = detail.partition(":")[0]
    if action == "viewed":
        return "viewed_student" if record_type == "student" else "viewed_other"
    if action == "created":
        return f"created_{record_type}" if record_type in _CREATED else "created_other"
    if action == "updated":
        return _updated(record_type, detail, head)
    if action == "exported":
        if record_type == "student":
            return "exported_subject_access"
        return "exported_calendar" if head == "calendar" else "exported_list"
    if action == "passphrase_changed":
        return {"key rotated": "key_rotated", "recovery": "recovery"}.get(
            detail, "passphrase_changed"
        )
    return action if action in _SIMPLE else None


def _updated(record_type: str, detail: str, head: str) -> str:
    if record_type == "student":
        if head == "merged":
            return "merged_student"
        return {"legal_hold:on": "legal_hold_on", "legal_hold:off": "legal_hold_off"}.get(
            detail, "updated_student"
        )
    if record_type == "case":
        return {"closed": "closed_case", "reopened": "reopened_case"}.get(detail, "updated_case")
    if record_type == "consultation":
        if detail == "finalised":
            return "finalised"
        return "addendum" if head == "addendum" else "edited_note"
    if record_type in ("referral", "follow_up"):
        return f"updated_{record_type}"
    return "updated_other"


#: Every table of pairs, for the check that both languages are complete.
TABLES: dict[str, Mapping[str, Pair]] = {
    "report": REPORT,
    "subject_access": SUBJECT_ACCESS,
    "calendar": CALENDAR,
    "access_log_what": ACCESS_LOG_WHAT,
    "access_log_record": ACCESS_LOG_RECORD,
    **{f"report_codes.{vocab}": codes for vocab, codes in REPORT_CODES.items()},
    "report_method": {str(i): pair for i, pair in enumerate(REPORT_METHOD)},
    **{
        f"note_template.{i}": {"name": name, "body": body}
        for i, (name, body) in enumerate(NOTE_TEMPLATES)
    },
}
