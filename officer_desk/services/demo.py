"""Synthetic demo data: realistic students, cases, consultations with bilingual notes,
referrals in every status, follow-ups done, missed and upcoming (some overdue), and
outreach activities over the two years before an anchor date.

Everything is drawn from one ``random.Random(seed)``: the same seed and anchor date give the
same vault contents. Nothing here is real personal data.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from officer_desk.domain import codebook
from officer_desk.domain.models import (
    ConsultationDraft,
    FollowUpDraft,
    OutreachActivity,
    ReferralDraft,
    Student,
)
from officer_desk.services.desk import Desk, FixedClock
from officer_desk.store import records

DEMO_PASSPHRASE = "demo vault of officer desk 2026"

FIRST_NAMES = (
    "Anna Sanne Lotte Emma Julia Fleur Iris Noor Sophie Eva Lisa Femke Maud Roos Lieke Daan "
    "Sem Lucas Thijs Jesse Bram Ruben Milan Lars Stijn Niels Tim Joost Sven Koen Mohamed "
    "Yasmina Fatima Ayoub Priya Wei Mei Lukas Sofia Mateo Aisha Omar Elif Emre Chiara Giulia "
    "Marta Pablo Ioana Andrei Zofia Jakub Hannah Jonas Amara Kwame Nadia Tariq Linh Arjun"
).split()
LAST_NAMES = (
    "de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|"
    "Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|"
    "Kok|Jacobs|Haddou|El Amrani|Yilmaz|Kaya|Öztürk|Nguyen|Chen|Wang|Kumar|Patel|Rossi|"
    "Bianchi|García|Fernández|Popescu|Kowalski|Nowak|Müller|Schmidt|Okafor|Mensah|Ahmed|Rahman"
).split("|")
PROGRAMMES = {
    "LAW": ["Law", "Notarial Law", "Criminology"],
    "FEB": ["Economics", "Business Administration", "Econometrics"],
    "HUM": ["History", "Linguistics", "Philosophy", "Media Studies"],
    "SCI": ["Physics", "Biology", "Computer Science", "Mathematics"],
    "SOC": ["Psychology", "Sociology", "Pedagogy", "Political Science"],
    "MED": ["Medicine", "Biomedical Sciences", "Health Sciences"],
    "TEC": ["Mechanical Engineering", "Civil Engineering", "Industrial Design"],
}

_NOTE_EN = {
    "study_stress": [
        "Student feels behind on {course} deadlines and sleeps badly in the run-up to exams.",
        "Three deadlines in one week; we made a week plan and agreed to contact the lecturer.",
    ],
    "uncertainty": [
        "Doubts whether the programme fits; talked about interests and the study choice check.",
        "Unsure about continuing after the first year; binding study advice worries them.",
    ],
    "housing": [
        "Lost the room at the end of the month; staying with friends, no fixed address yet.",
        "Conflict with the landlord about a deposit; pointed to the housing desk.",
    ],
    "finances": [
        "Money runs out before the end of the month; explained the emergency fund and budget help.",
        "Student loan delayed; works many hours next to study, which eats into study time.",
    ],
    "loneliness": [
        "New in the city, few contacts outside lectures; interested in the buddy programme.",
        "Feels isolated since moving here; weekends are the hardest.",
    ],
    "mental_health": [
        "Low mood for several weeks, less energy, skips lectures; discussed the psychologist.",
        "Panic attacks before presentations; wants help and agreed to a referral.",
    ],
    "physical_health": [
        "Recovering from surgery, missed practicals; discussed adjustments with the adviser.",
        "Chronic pain makes long exam sessions hard; explained the extra-time procedure.",
    ],
    "family": [
        "Illness in the family at home; travels back often and misses classes.",
        "Tension at home after a break-up of the parents; needs a quiet place to study.",
    ],
    "discrimination": [
        "Experienced exclusion in a project group; explained the confidential adviser.",
    ],
    "suicidality": [
        "Mentioned dark thoughts; safety plan discussed and GP contacted the same day.",
    ],
    "sexual_violence": [
        "Disclosed an incident; informed about the confidential adviser and support options.",
    ],
    "family_addiction": [
        "Cares for a parent with an addiction; little room for study and own life.",
    ],
    "other": ["General check-in; no specific concern beyond the busy period."],
}
_NOTE_NL = {
    "study_stress": [
        "Student loopt achter met de deadlines van {course} en slaapt slecht voor de tentamens.",
        "Drie deadlines in één week; weekplanning gemaakt, contact met docent afgesproken.",
    ],
    "uncertainty": [
        "Twijfelt of de opleiding past; gesproken over interesses en de studiekeuzecheck.",
        "Onzeker over doorgaan na het eerste jaar; het bindend studieadvies geeft stress.",
    ],
    "housing": [
        "Kamer kwijt aan het eind van de maand; logeert bij vrienden, nog geen vast adres.",
        "Conflict met de verhuurder over de borg; doorverwezen naar het woonloket.",
    ],
    "finances": [
        "Geld is op voor het eind van de maand; noodfonds en budgethulp uitgelegd.",
        "Studiefinanciering vertraagd; werkt veel uren naast de studie.",
    ],
    "loneliness": [
        "Nieuw in de stad, weinig contacten buiten de colleges; interesse in het buddyprogramma.",
        "Voelt zich geïsoleerd sinds de verhuizing; de weekenden zijn het zwaarst.",
    ],
    "mental_health": [
        "Al weken somber, minder energie, slaat colleges over; studentpsycholoog besproken.",
        "Paniekaanvallen voor presentaties; wil hulp en stemt in met een verwijzing.",
    ],
    "physical_health": [
        "Herstelt van een operatie, practica gemist; aanpassingen met de studieadviseur besproken.",
        "Chronische pijn maakt lange tentamens zwaar; extra-tijdregeling uitgelegd.",
    ],
    "family": [
        "Ziekte in de familie; reist vaak naar huis en mist colleges.",
        "Spanning thuis na de scheiding van de ouders; zoekt een rustige studieplek.",
    ],
    "discrimination": ["Uitsluiting ervaren in een projectgroep; vertrouwenspersoon uitgelegd."],
    "suicidality": [
        "Noemde donkere gedachten; veiligheidsplan besproken en dezelfde dag huisarts gebeld.",
    ],
    "sexual_violence": [
        "Vertelde over een incident; geïnformeerd over de vertrouwenspersoon en steun.",
    ],
    "family_addiction": ["Zorgt voor een ouder met een verslaving; weinig ruimte voor studie."],
    "other": ["Algemene check-in; geen specifieke zorg naast de drukke periode."],
}
_PRIVATE = [
    "Check next time how the week plan worked out.",
    "Seemed more relaxed than last time.",
    "Volgende keer vragen naar de slaap.",
    "Let op: noemde twee keer de druk van thuis.",
    "Ask whether the referral came through.",
    "",
]
_COURSES = ["Statistics 2", "Research Methods", "Contract Law", "Organic Chemistry", "Thesis"]
_TOPIC_WEIGHTS = {
    "study_stress": 30,
    "uncertainty": 14,
    "housing": 8,
    "finances": 9,
    "loneliness": 11,
    "mental_health": 18,
    "physical_health": 5,
    "family": 7,
    "discrimination": 2,
    "suicidality": 1.5,
    "sexual_violence": 1,
    "family_addiction": 1,
    "other": 3,
}
_DESTINATION_FOR = {
    "study_stress": ["study_adviser", "workshop", "ehealth"],
    "uncertainty": ["study_adviser", "student_counsellor"],
    "housing": ["student_counsellor", "external_other"],
    "finances": ["student_counsellor", "external_other"],
    "loneliness": ["buddy_programme", "support_group", "wellbeing_week"],
    "mental_health": ["student_psychologist", "gp", "ehealth", "mental_health_care"],
    "physical_health": ["gp", "study_adviser"],
    "family": ["student_psychologist", "student_counsellor"],
    "discrimination": ["student_counsellor"],
    "suicidality": ["gp", "crisis_line", "mental_health_care"],
    "sexual_violence": ["student_psychologist", "external_other"],
    "family_addiction": ["support_group", "student_psychologist"],
    "other": ["study_adviser"],
}


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def populate(
    desk: Desk,
    *,
    students: int = 200,
    seed: int = 1,
    today: dt.date | None = None,
    faculty: str = "SOC",
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Fill an open vault with synthetic data (in batches of one transaction each)."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    start = today - dt.timedelta(days=730)
    clock = FixedClock(dt.datetime.combine(today, dt.time(9, 0)))
    saved_clock, desk.clock = desk.clock, clock
    numbers: set[str] = set()
    try:
        with desk.muted():  # no UI refresh storms
            batch = 250
            for first in range(0, students, batch):
                with desk.store.transaction():
                    for i in range(first, min(students, first + batch)):
                        _one_student(desk, clock, rng, i, start, today, faculty, numbers)
                if progress:
                    progress(min(students, first + batch), students)
            with desk.store.transaction():
                _outreach(desk, rng, start, today)
            desk.store.optimize()
    finally:
        desk.clock = saved_clock


def _one_student(
    desk: Desk,
    clock: FixedClock,
    rng: random.Random,
    index: int,
    start: dt.date,
    today: dt.date,
    faculty: str,
    numbers: set[str],
) -> None:
    fac = faculty if rng.random() < 0.85 else rng.choice(codebook.codes("faculty"))
    number = f"s{rng.randrange(1_000_000, 9_999_999)}"
    while number in numbers:
        number = f"s{rng.randrange(1_000_000, 9_999_999)}"
    numbers.add(number)
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    email_user = f"{first}.{last}".lower().replace(" ", "").replace("ö", "o").replace("í", "i")
    email_user = email_user.replace("ü", "u").replace("á", "a")
    phase = rng.choices(codebook.codes("phase"), weights=[30, 35, 25, 6, 4])[0]
    group = rng.choices(codebook.codes("student_group"), weights=[70, 18, 12])[0]
    clock.moment = dt.datetime.combine(start, dt.time(8, 0))
    student = desk.create_student(
        Student(
            None,
            f"{first} {last}",
            student_number=number if rng.random() < 0.95 else "",
            email=f"{email_user}{index}@student.example.nl" if rng.random() < 0.9 else "",
            programme=rng.choice(PROGRAMMES[fac]),
            faculty=fac,
            phase=phase,
            student_group=group,
        )
    )
    assert student.id is not None
    lang_nl = group == "domestic" and rng.random() < 0.8
    # First contact spread over two years, more recent ones more likely.
    span = (today - start).days
    offset = int(span * (1 - rng.random() ** 1.6))
    day = start + dt.timedelta(days=min(offset, span - 1))
    episodes = 1 if rng.random() < 0.8 else 2
    for episode in range(episodes):
        concern = _weighted(rng, _TOPIC_WEIGHTS)
        visits = rng.choices([1, 2, 3, 4, 5, 6], weights=[30, 25, 18, 12, 8, 7])[0]
        for visit in range(visits):
            if day > today:
                break
            moment = dt.datetime.combine(day, dt.time(rng.randrange(9, 17), rng.choice([0, 30])))
            clock.moment = moment
            topics = [concern]
            if rng.random() < 0.45:
                extra = _weighted(rng, _TOPIC_WEIGHTS)
                if extra not in topics:
                    topics.append(extra)
            urgency = rng.choices(codebook.codes("urgency"), weights=[45, 38, 14, 3])[0]
            if concern in ("suicidality",):
                urgency = rng.choice(["high", "crisis"])
            bank = _NOTE_NL if lang_nl else _NOTE_EN
            note = " ".join(rng.choice(bank[t]) for t in topics).format(course=rng.choice(_COURSES))
            referrals = []
            if rng.random() < (0.45 if visit == 0 else 0.2):
                dest = rng.choice(_DESTINATION_FOR[concern])
                referrals.append(ReferralDraft(dest, status=rng.choice(["proposed", "made"])))
            follow_up = None
            if visit < visits - 1 or rng.random() < 0.5:
                gap = rng.choice([7, 14, 14, 21, 30])
                follow_up = FollowUpDraft(
                    day + dt.timedelta(days=gap),
                    kind=rng.choices(codebook.codes("follow_up_kind"), weights=[55, 20, 15, 10])[0],
                    due_time=dt.time(rng.randrange(9, 17), 0) if rng.random() < 0.6 else None,
                )
            initiator = "student"
            if visit == 0:
                initiator = rng.choices(codebook.codes("initiator"), weights=[70, 18, 9, 3])[0]
            cons = desk.log_consultation(
                ConsultationDraft(
                    student_id=student.id,
                    started_at=moment,
                    duration_min=rng.choice([20, 30, 30, 45, 60]),
                    channel=rng.choices(codebook.codes("channel"), weights=[60, 20, 10, 7, 3])[0],
                    initiator=initiator,
                    topics=topics,
                    primary_topic=concern,
                    urgency=urgency,
                    dossier_note=note,
                    private_note=rng.choice(_PRIVATE),
                    referrals=referrals,
                    follow_up=follow_up,
                )
            )
            if (today - day).days > 14 and rng.random() < 0.85:
                desk.finalise(cons.id)
            _settle(desk, clock, rng, student.id, cons.id, today)
            gap_days = follow_up.due_date - day if follow_up else dt.timedelta(days=30)
            day = day + gap_days + dt.timedelta(days=rng.randrange(0, 4))
        if episode == 0 and episodes == 2 or (today - day).days > 45 and rng.random() < 0.8:
            case = records.open_case_of(desk.store, student.id)
            if case is not None and case.id is not None:
                close_on = min(today, max(day, case.opened_on))
                clock.moment = dt.datetime.combine(close_on, dt.time(17, 0))
                desk.close_case(
                    case.id,
                    rng.choices(codebook.codes("close_reason"), weights=[50, 25, 15, 5, 5])[0],
                    on=close_on,
                )
        day = day + dt.timedelta(days=rng.randrange(60, 240))


def _settle(
    desk: Desk,
    clock: FixedClock,
    rng: random.Random,
    student_id: int,
    consultation_id: int,
    today: dt.date,
) -> None:
    """Move the referrals and follow-ups of a consultation on, as time would have."""
    for ref in records.referrals_of(desk.store, student_id):
        if ref.consultation_id != consultation_id:
            continue
        age = (today - ref.proposed_on).days
        if age > 60:
            status = rng.choices(
                ["completed", "declined", "cancelled", "in_progress"], weights=[65, 12, 8, 15]
            )[0]
        elif age > 14:
            status = rng.choice(["made", "in_progress", "completed", "declined"])
        else:
            continue
        clock.moment = dt.datetime.combine(
            min(today, ref.proposed_on + dt.timedelta(days=min(age, 30))), dt.time(12, 0)
        )
        desk.update_referral(ref.id, status)
    for fu in records.follow_ups_of(desk.store, student_id):
        if fu.consultation_id != consultation_id or fu.status != "open":
            continue
        if fu.due_date >= today:
            continue
        roll = rng.random()
        if roll < 0.78:
            done = fu.due_date + dt.timedelta(days=rng.choice([0, 0, 0, 1, 3, 9]))
            done = min(done, today)
            clock.moment = dt.datetime.combine(done, dt.time(16, 0))
            desk.complete_follow_up(fu.id, on=done)
        elif roll < 0.92:
            clock.moment = dt.datetime.combine(fu.due_date, dt.time(17, 0))
            desk.miss_follow_up(fu.id)
        elif roll < 0.97:
            clock.moment = dt.datetime.combine(fu.due_date, dt.time(8, 0))
            desk.cancel_follow_up(fu.id)
        # else: stays open and overdue


def _outreach(desk: Desk, rng: random.Random, start: dt.date, today: dt.date) -> None:
    day = start
    while day < today:
        kind = rng.choices(codebook.codes("outreach_type"), weights=[20, 30, 20, 10, 15, 5])[0]
        desk.record_outreach(OutreachActivity(None, kind, day, participants=rng.randrange(4, 120)))
        day += dt.timedelta(days=rng.randrange(7, 21))


def create_demo_vault(
    vault_dir: Path,
    passphrase: str = DEMO_PASSPHRASE,
    *,
    students: int = 200,
    seed: int = 1,
    today: dt.date | None = None,
    kdf: object | None = None,
    faculty: str = "SOC",
    progress: Callable[[int, int], None] | None = None,
) -> str:
    """Create a vault at ``vault_dir`` filled with demo data; returns the recovery key."""
    from officer_desk.services.session import create

    session, recovery_key = create(
        vault_dir,
        passphrase,
        officer_name="Demo Officer",
        faculty=faculty,
        kdf=kdf,  # type: ignore[arg-type]
    )
    try:
        populate(
            session.desk,
            students=students,
            seed=seed,
            today=today,
            faculty=faculty,
            progress=progress,
        )
    finally:
        session.close()
    return recovery_key
