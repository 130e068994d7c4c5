"""The Students view's note search: every word typed must match, each either in the student's
name or number or in the note's text ("amara exam": Amara's notes that mention exams).

Matches come newest first by the consultation's date. Sorting every match of a common word by
date is slow (the date lives in ``consultation``, the words in ``note_fts``): the search
looks at the :data:`CANDIDATES` most recently written matches of each query, sorts those by
date and says whether that was all of them (``NoteSearch.complete``). Only a complete search
may call its first rows "the newest"; docs/BENCHMARKS.md has the figures.
"""

from __future__ import annotations

import itertools

from officer_desk.domain.models import NoteSearch, SearchHit
from officer_desk.domain.validation import name_key
from officer_desk.store.db import Store, parse_moment

#: Matches of one full-text query looked at before sorting by date.
CANDIDATES = 1000
#: A name part matching at most this many students is searched student by student (their
#: notes, each checked against the full-text index); more go through the index first.
FEW_STUDENTS = 150
#: More students than this for the name part: its words count as note words only.
MANY_STUDENTS = 5000

_SNIPPET = "snippet(note_fts, 0, '[', ']', '…', 12)"


def words_of(text: str) -> list[str]:
    """The words of a query, without the quotes that would end an FTS5 string."""
    return [w for w in (part.replace('"', "") for part in text.split()) if w]


def fts_match(words: list[str]) -> str:
    """Every word must match, the last one as a prefix (search as you type)."""
    if not words:
        return ""
    return " ".join([f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*'])


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_") + "%"


def _name_match(word: str) -> tuple[str, list[str]]:
    """SQL (alias ``s``) for "the name or number contains ``word``": a word with a digit
    can only be part of a number, a word without one only of a name (half the work)."""
    if any(ch.isdigit() for ch in word):
        return r"s.student_number LIKE ? ESCAPE '\'", [_like(word)]
    return r"s.name_key LIKE ? ESCAPE '\'", [_like(word)]


def _name_flags(store: Store, keys: list[str]) -> dict[int, tuple[bool, ...]]:
    """Students whose name or number contains at least one of ``keys``, with one flag per
    key. One pass over the student table, at most MANY_STUDENTS + 1 rows."""
    terms = [_name_match(key) for key in keys]
    params = [p for _sql, ps in terms for p in ps]
    rows = store.all(
        "SELECT s.id, "
        + ", ".join(f"({sql})" for sql, _ps in terms)
        + " FROM student s WHERE "
        + " OR ".join(f"({sql})" for sql, _ps in terms)
        + " LIMIT ?",
        (*params, *params, MANY_STUDENTS + 1),
    )
    return {row[0]: tuple(bool(x) for x in row[1:]) for row in rows}


def _dated_candidates(
    store: Store, match: str, students: list[int] | None, name_keys: list[str]
) -> tuple[list[tuple[int, str]], bool]:
    """(note id, started_at) of notes matching ``match``: of the few ``students``, or else
    the :data:`CANDIDATES` most recently written ones whose student's name or number holds
    every one of ``name_keys``. Also whether these were all matches.

    FTS5 looks a rowid up slowly (about a millisecond each) but walks a range of its lists
    quickly: restrictions to a set of notes go in as ``+rowid IN (…)`` (the ``+`` keeps
    SQLite from handing them to the index one by one) inside a rowid range."""
    if students is not None:
        marks = ",".join("?" * len(students))
        span = store.one(
            f"SELECT min(id), max(id) FROM note WHERE student_id IN ({marks})", students
        )
        if span is None or span[0] is None:
            return [], True
        rows = store.all(
            "SELECT n.id, c.started_at FROM"
            " (SELECT rowid FROM note_fts WHERE note_fts MATCH ? AND rowid BETWEEN ? AND ?"
            f"   AND +rowid IN (SELECT id FROM note WHERE student_id IN ({marks}))) f"
            " CROSS JOIN note n ON n.id = f.rowid"
            " CROSS JOIN consultation c ON c.id = n.consultation_id",
            (match, span[0], span[1], *students),
        )
        return [(int(r[0]), str(r[1])) for r in rows], True
    terms = [_name_match(key) for key in name_keys]
    where = "".join(f" AND {sql}" for sql, _ps in terms)
    params = [p for _sql, ps in terms for p in ps]
    rows = store.all(
        "SELECT f.rowid, c.started_at FROM"
        " (SELECT rowid FROM note_fts WHERE note_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f"
        " CROSS JOIN note n ON n.id = f.rowid"
        " CROSS JOIN consultation c ON c.id = n.consultation_id"
        + (" CROSS JOIN student s ON s.id = n.student_id" + where if name_keys else ""),
        (match, CANDIDATES + 1, *params),
    )
    complete = (
        len(rows) <= CANDIDATES
        if not name_keys
        else store.scalar(
            "SELECT count(*) FROM (SELECT rowid FROM note_fts WHERE note_fts MATCH ? LIMIT ?)",
            (match, CANDIDATES + 1),
        )
        <= CANDIDATES
    )
    return [(int(r[0]), str(r[1])) for r in rows[:CANDIDATES]], complete


def _hits(store: Store, match: str, note_ids: list[int]) -> list[SearchHit]:
    """The rows to show for ``note_ids`` (snippets made only for these), in that order."""
    if not note_ids:
        return []
    marks = ",".join("?" * len(note_ids))
    snippets = dict(
        store.all(
            f"SELECT rowid, {_SNIPPET} FROM note_fts WHERE note_fts MATCH ?"
            f" AND rowid BETWEEN ? AND ? AND +rowid IN ({marks})",
            (match, min(note_ids), max(note_ids), *note_ids),
        )
    )
    rows = store.all(
        "SELECT n.id, n.consultation_id, n.student_id, s.display_name, c.started_at, n.layer"
        " FROM note n CROSS JOIN consultation c ON c.id = n.consultation_id"
        f" CROSS JOIN student s ON s.id = n.student_id WHERE n.id IN ({marks})",
        note_ids,
    )
    by_id = {
        r[0]: SearchHit(r[0], r[1], r[2], r[3], parse_moment(r[4]), r[5], snippets.get(r[0], ""))  # type: ignore[arg-type]
        for r in rows
    }
    return [by_id[i] for i in note_ids if i in by_id]


def find_notes(store: Store, text: str, *, limit: int = 50) -> NoteSearch:
    """Notes where every word of ``text`` matches the student's name or number or the note's
    text (the last word as a prefix), newest consultation first."""
    words = words_of(text)
    if not words:
        return NoteSearch([], True)
    keys = [name_key(w) for w in words]
    # Which students carry which words in their name or number (one word alone is either in
    # the name, and so in the list of names, or must be in the note).
    flags = _name_flags(store, keys) if len(words) > 1 else {}
    many = len(flags) > MANY_STUDENTS
    if many:
        flags = {}
    # Group the students by the words their name holds; the other words must be in a note.
    groups: dict[tuple[bool, ...], list[int]] = {}
    for sid, pattern in flags.items():
        groups.setdefault(pattern, []).append(sid)
    queries: list[tuple[str, list[int] | None, list[str]]] = [(fts_match(words), None, [])]
    for pattern, students in groups.items():
        note_words = [w for w, named in zip(words, pattern, strict=True) if not named]
        if not note_words:
            continue  # the name holds every word: a match in the list of names, not in notes
        named = [k for k, named in zip(keys, pattern, strict=True) if named]
        queries.append(
            (
                fts_match(note_words),
                students if len(students) <= FEW_STUDENTS else None,
                [] if len(students) <= FEW_STUDENTS else named,
            )
        )
    found: dict[int, tuple[str, str]] = {}
    complete = True
    for match, only, name_keys in queries:
        rows, whole = _dated_candidates(store, match, only, name_keys)
        complete = complete and whole
        for note_id, started in rows:
            found.setdefault(note_id, (started, match))
    ordered = sorted(found.items(), key=lambda item: (item[1][0], item[0]), reverse=True)[:limit]
    # Snippets per query (the words to mark differ), then back in date order.
    by_match = itertools.groupby(sorted(ordered, key=lambda item: item[1][1]), lambda i: i[1][1])
    made: dict[int, SearchHit] = {}
    for match, items in by_match:
        for hit in _hits(store, match, [note_id for note_id, _ in items]):
            made[hit.note_id] = hit
    hits = [made[note_id] for note_id, _ in ordered if note_id in made]
    return NoteSearch(hits, complete and not many)
