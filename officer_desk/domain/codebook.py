"""The versioned codebook: every closed vocabulary with English and Dutch labels.

Codes are stable identifiers stored in the vault and published in reports; labels are for
display. A change to any vocabulary or to the sensitive set requires a new
``CODEBOOK_VERSION`` (reports and the merge refuse mixed versions).
"""

from __future__ import annotations

from dataclasses import dataclass

CODEBOOK_VERSION = "2026.1"


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    en: str
    nl: str
    group: str = ""  # e.g. "internal"/"external" for destinations

    def label(self, lang: str = "en") -> str:
        return self.nl if lang == "nl" else self.en


def _v(*items: tuple[str, ...]) -> tuple[Code, ...]:
    return tuple(Code(*item) for item in items)


FACULTIES = _v(
    ("LAW", "Law", "Rechtsgeleerdheid"),
    ("FEB", "Economics and Business", "Economie en Bedrijfskunde"),
    ("HUM", "Humanities", "Geesteswetenschappen"),
    ("SCI", "Science", "Natuurwetenschappen"),
    ("SOC", "Social and Behavioural Sciences", "Sociale en Gedragswetenschappen"),
    ("MED", "Medicine", "Geneeskunde"),
    ("TEC", "Engineering", "Techniek"),
)

STUDY_PHASES = _v(
    ("bachelor_first", "Bachelor, first year", "Bachelor, eerste jaar"),
    ("bachelor_later", "Bachelor, later years", "Bachelor, latere jaren"),
    ("master", "Master", "Master"),
    ("phd", "PhD", "Promovendus"),
    ("other", "Other", "Overig"),
)

STUDENT_GROUPS = _v(
    ("domestic", "Domestic", "Nederlands"),
    ("eea", "EU/EEA", "EU/EER"),
    ("non_eea", "Outside the EU/EEA", "Buiten de EU/EER"),
)

TOPICS = _v(
    ("study_stress", "Study and deadline stress", "Studie- en deadlinestress"),
    ("uncertainty", "Uncertainty and study choice", "Onzekerheid en studiekeuze"),
    ("housing", "Housing", "Huisvesting"),
    ("finances", "Money and finances", "Geld en financiën"),
    ("loneliness", "Loneliness", "Eenzaamheid"),
    ("mental_health", "Mental health", "Mentale gezondheid"),
    ("physical_health", "Physical health", "Lichamelijke gezondheid"),
    ("family", "Family and relationships", "Familie en relaties"),
    ("discrimination", "Discrimination and exclusion", "Discriminatie en uitsluiting"),
    ("suicidality", "Suicidal thoughts", "Suïcidale gedachten"),
    ("sexual_violence", "Sexual misconduct or violence", "Seksueel grensoverschrijdend gedrag"),
    ("family_addiction", "Care for a family member", "Zorg voor een familielid"),
    ("other", "Other", "Overig"),
)

# Report rows that use the higher threshold, zeros included (docs/DISCLOSURE.md, R2/R2b).
SENSITIVE_TOPICS = frozenset({"suicidality", "sexual_violence", "family_addiction"})
# A crisis urgency or a crisis-line referral says the same as a sensitive topic.
SENSITIVE_URGENCIES = frozenset({"crisis"})
SENSITIVE_DESTINATIONS = frozenset({"crisis_line"})

CHANNELS = _v(
    ("in_person", "In person", "Persoonlijk"),
    ("video", "Video call", "Videogesprek"),
    ("phone", "Phone", "Telefoon"),
    ("email", "E-mail", "E-mail"),
    ("chat", "Chat", "Chat"),
)

INITIATORS = _v(
    ("student", "Student", "Student"),
    ("staff_referral", "Referred by staff", "Verwezen door medewerker"),
    ("officer_outreach", "Officer outreach", "Initiatief van de functionaris"),
    ("other", "Other", "Anders"),
)

URGENCIES = _v(
    ("low", "Low", "Laag"),
    ("moderate", "Moderate", "Gemiddeld"),
    ("high", "High", "Hoog"),
    ("crisis", "Crisis", "Crisis"),
)

DESTINATIONS = _v(
    ("student_psychologist", "Student psychologist", "Studentpsycholoog", "internal"),
    ("study_adviser", "Study adviser", "Studieadviseur", "internal"),
    ("student_counsellor", "Student counsellor", "Studentendecaan", "internal"),
    ("support_group", "Support group", "Lotgenotengroep", "internal"),
    ("buddy_programme", "Buddy programme", "Buddyprogramma", "internal"),
    ("workshop", "Workshop", "Workshop", "internal"),
    ("ehealth", "E-health programme", "E-healthprogramma", "internal"),
    ("wellbeing_week", "Well-being week activity", "Activiteit welzijnsweek", "internal"),
    ("gp", "General practitioner (GP)", "Huisarts", "external"),
    ("mental_health_care", "Mental-health care", "GGZ", "external"),
    ("crisis_line", "Crisis line", "Crisislijn", "external"),
    ("external_other", "Other external help", "Andere externe hulp", "external"),
)

REFERRAL_STATUSES = _v(
    ("proposed", "Proposed", "Voorgesteld"),
    ("made", "Made", "Verwezen"),
    ("in_progress", "In progress", "Loopt"),
    ("completed", "Completed", "Afgerond"),
    ("declined", "Declined", "Afgewezen"),
    ("cancelled", "Cancelled", "Geannuleerd"),
)
# Referral statuses that close the loop (the student got there, or clearly did not go).
REFERRAL_CLOSED_STATUSES = frozenset({"completed", "declined", "cancelled"})

FOLLOW_UP_KINDS = _v(
    ("meeting", "Meeting", "Afspraak"),
    ("call", "Call", "Telefoongesprek"),
    ("message", "Message", "Bericht"),
    ("referral_check", "Check on a referral", "Verwijzing nagaan"),
)

FOLLOW_UP_STATUSES = _v(
    ("open", "Open", "Open"),
    ("done", "Done", "Gedaan"),
    ("missed", "Missed", "Gemist"),
    ("cancelled", "Cancelled", "Geannuleerd"),
)

CASE_STATUSES = _v(
    ("open", "Open", "Open"),
    ("closed", "Closed", "Afgesloten"),
)

CLOSE_REASONS = _v(
    ("resolved", "Resolved", "Opgelost"),
    ("referred", "Referred on", "Doorverwezen"),
    ("no_response", "No response", "Geen reactie"),
    ("student_withdrew", "Student withdrew", "Student zag ervan af"),
    ("other", "Other", "Anders"),
)

OUTREACH_TYPES = _v(
    ("wellbeing_week_event", "Well-being week event", "Activiteit welzijnsweek"),
    ("workshop", "Workshop", "Workshop"),
    ("support_group_session", "Support-group session", "Bijeenkomst lotgenotengroep"),
    ("buddy_round", "Buddy-programme round", "Ronde buddyprogramma"),
    ("information_session", "Information session", "Voorlichtingsbijeenkomst"),
    ("other", "Other", "Overig"),
)

NOTE_LAYERS = _v(
    ("dossier", "Dossier note", "Dossiernotitie"),
    ("private", "Private working note", "Persoonlijke werknotitie"),
)

VOCABULARIES: dict[str, tuple[Code, ...]] = {
    "faculty": FACULTIES,
    "phase": STUDY_PHASES,
    "student_group": STUDENT_GROUPS,
    "topic": TOPICS,
    "channel": CHANNELS,
    "initiator": INITIATORS,
    "urgency": URGENCIES,
    "destination": DESTINATIONS,
    "referral_status": REFERRAL_STATUSES,
    "follow_up_kind": FOLLOW_UP_KINDS,
    "follow_up_status": FOLLOW_UP_STATUSES,
    "case_status": CASE_STATUSES,
    "close_reason": CLOSE_REASONS,
    "outreach_type": OUTREACH_TYPES,
    "note_layer": NOTE_LAYERS,
}


def codes(vocabulary: str) -> tuple[str, ...]:
    """The codes of one vocabulary, in codebook order."""
    return tuple(c.code for c in VOCABULARIES[vocabulary])


def is_valid(vocabulary: str, code: str) -> bool:
    return any(c.code == code for c in VOCABULARIES[vocabulary])


def label(vocabulary: str, code: str, lang: str = "en") -> str:
    """Display label of ``code``; the code itself when unknown."""
    for c in VOCABULARIES[vocabulary]:
        if c.code == code:
            return c.label(lang)
    return code


def find(vocabulary: str, text: str) -> str | None:
    """Match free text (a code, or an English or Dutch label, any case) to a code."""
    needle = " ".join(text.split()).casefold()
    if not needle:
        return None
    for c in VOCABULARIES[vocabulary]:
        if needle in (c.code.casefold(), c.en.casefold(), c.nl.casefold()):
            return c.code
    return None
