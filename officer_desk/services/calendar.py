"""Open follow-ups as an iCalendar (.ics) file for the officer's own calendar program.

The file holds **no names, numbers, e-mail addresses or note text**: each event is titled
"Follow-up" (translated when asked) with the internal reference (``OD-FU-123``) and the kind
of follow-up, which the officer looks up in Officer Desk. Timed follow-ups last 30 minutes
with a reminder 15 minutes before; all-day ones get a reminder at 9:00 on the day. UIDs are
stable per vault and follow-up (re-importing updates instead of duplicating). Times are
floating local times, like the app's own. Written 0600 with a safe save; logged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from officer_desk.domain import codebook, texts
from officer_desk.services.desk import Desk
from officer_desk.services.exporter import follow_up_reference
from officer_desk.store import transfer
from officer_desk.vault.files import safe_write

EVENT_MINUTES = 30
REMIND_BEFORE = dt.timedelta(minutes=15)
ALL_DAY_REMINDER = dt.timedelta(hours=9)  # after the start of the day: 9:00


@dataclass(frozen=True, slots=True)
class CalendarResult:
    path: Path
    events: int


def _vault_tag(desk: Desk) -> str:
    """A short stable tag of this vault (hash of its creation moment; no personal data)."""
    created = desk.store.meta("created_at") or "officer-desk"
    return hashlib.sha256(created.encode("utf-8")).hexdigest()[:16]


def build_calendar(
    desk: Desk,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    lang: str = "en",
) -> tuple[bytes, int]:
    rows = transfer.calendar_rows(desk.store, start=start, end=end)
    tag = _vault_tag(desk)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    summary = texts.say(texts.CALENDAR, "summary", lang)
    cal = Calendar()
    cal.add("prodid", "-//Officer Desk//Follow-ups//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"Officer Desk — {summary}")
    for fid, due, time, kind in rows:
        ref = follow_up_reference(fid)
        event = Event()
        event.add("uid", f"{ref.lower()}-{tag}@officer-desk")
        event.add("dtstamp", stamp)
        event.add("summary", f"{summary} {ref}")
        event.add("description", f"{codebook.label('follow_up_kind', kind, lang)} — {ref}")
        event.add("class", "PRIVATE")
        event.add("transp", "OPAQUE" if time else "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"{summary} {ref}")
        if time is not None:
            begin = dt.datetime.combine(due, time)
            event.add("dtstart", begin)
            event.add("dtend", begin + dt.timedelta(minutes=EVENT_MINUTES))
            alarm.add("trigger", -REMIND_BEFORE)
        else:
            event.add("dtstart", due)
            event.add("dtend", due + dt.timedelta(days=1))
            alarm.add("trigger", ALL_DAY_REMINDER)
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical(), len(rows)


def export_calendar(
    desk: Desk,
    out: Path,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    lang: str = "en",
) -> CalendarResult:
    data, count = build_calendar(desk, start=start, end=end, lang=lang)
    safe_write(Path(out), data, mode=0o600)
    desk.log_event("exported", "export", None, f"calendar:ics:events={count}")
    return CalendarResult(Path(out), count)
