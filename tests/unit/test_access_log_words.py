"""Every access-log entry the app writes has a sentence in both languages (domain/texts.py),
whatever its record kind and detail; an unknown action has none (the view shows the code)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from officer_desk.domain import texts
from officer_desk.domain.models import ACCESS_LOG_ACTIONS

KINDS = ("student", "case", "consultation", "referral", "follow_up", "vault", "report", "export")
DETAILS = (
    "",
    "closed",
    "reopened",
    "finalised",
    "note:dossier",
    "addendum:private",
    "merged:12",
    "legal_hold:on",
    "legal_hold:off",
    "subject_access:pdf+json",
    "calendar:ics:events=3",
    "students:csv:rows=4",
    "key rotated",
    "recovery",
    "retention:7y",
    "2026-Q3:draft",
    "done",
)


@given(
    st.sampled_from(ACCESS_LOG_ACTIONS),
    st.sampled_from(KINDS),
    st.sampled_from(DETAILS) | st.text(max_size=20),
)
def test_every_action_has_a_sentence_in_both_languages(action, kind, detail):
    key = texts.access_log_what(action, kind, detail)
    assert key in texts.ACCESS_LOG_WHAT
    english, dutch = texts.ACCESS_LOG_WHAT[key]
    assert english and dutch and english != dutch


def test_the_sentences_an_officer_reads():
    what = texts.access_log_what
    assert what("viewed", "student", "") == "viewed_student"
    assert what("updated", "case", "closed") == "closed_case"
    assert what("updated", "consultation", "addendum:dossier") == "addendum"
    assert what("exported", "student", "subject_access:pdf") == "exported_subject_access"
    assert what("passphrase_changed", "vault", "key rotated") == "key_rotated"
    assert what("no_such_action", "student", "") is None
    assert texts.say(texts.ACCESS_LOG_WHAT, "viewed_student", "nl") == "Studentdossier geopend"
