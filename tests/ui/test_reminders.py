"""Tray reminders count due follow-ups and never show a name."""

from __future__ import annotations

import datetime as dt

from officer_desk.domain.models import Student
from officer_desk.services.desk import FixedClock
from officer_desk.ui.reminders import FollowUpReminder, due_follow_up_ids


def test_reminder_counts_each_due_follow_up_once(unlocked, qtbot):
    window = unlocked
    desk = window.session.desk
    now = dt.datetime(2026, 11, 16, 10, 0)
    desk.clock = FixedClock(now)
    sid = desk.create_student(Student(None, "Jamie Example")).id
    desk.schedule_follow_up(sid, now.date() - dt.timedelta(days=2))  # overdue
    desk.schedule_follow_up(sid, now.date(), due_time=dt.time(9, 30))  # due already
    later = desk.schedule_follow_up(sid, now.date(), due_time=dt.time(11, 0))
    desk.schedule_follow_up(sid, now.date() + dt.timedelta(days=3))  # not yet
    assert len(due_follow_up_ids(desk)) == 2

    reminder = FollowUpReminder(window)
    counts: list[int] = []
    reminder.due.connect(counts.append)
    reminder.start(desk)
    assert counts == [2]
    assert reminder.check() == 0  # nothing new
    desk.clock.advance(hours=1, minutes=5)
    assert reminder.check() == 1
    assert counts == [2, 1]
    assert later.id in due_follow_up_ids(desk)
    reminder.stop()
    assert reminder.check() == 0
