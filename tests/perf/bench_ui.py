"""Benchmark the content views on a real vault (a script, not a test).

    # on an existing vault (passphrase from OFFICER_DESK_PASSPHRASE or a prompt):
    QT_QPA_PLATFORM=offscreen python tests/perf/bench_ui.py --vault /path/to/vault
    # or on a fresh demo vault (created in a temporary directory, fast test KDF):
    QT_QPA_PLATFORM=offscreen python tests/perf/bench_ui.py --students 20000

Measures typing a search in the Students view (median/p95 from a keystroke to updated
results: the list, its count and the note matches), opening a student page, saving a
consultation from the dialog, scrolling the student list end to end, and the peak RSS.
Goals: search p95 <= 50 ms, student page <= 100 ms, save <= 20 ms.
"""

from __future__ import annotations

import argparse
import getpass
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def _rss_mb() -> float:
    """Current resident memory (Linux /proc; peak from getrusage elsewhere)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vault", type=Path, help="an existing vault directory")
    parser.add_argument(
        "--students", type=int, default=20_000, help="students in the demo vault (when no --vault)"
    )
    parser.add_argument("--keep", type=Path, help="create the demo vault here and keep it")
    parser.add_argument("--rounds", type=int, default=3, help="repetitions of each query")
    args = parser.parse_args()

    if args.vault:
        vault_dir = args.vault
        passphrase = os.environ.get("OFFICER_DESK_PASSPHRASE") or getpass.getpass("Passphrase: ")
    else:
        from officer_desk.services.demo import DEMO_PASSPHRASE, create_demo_vault
        from officer_desk.vault import test_kdf

        os.environ["OFFICER_DESK_INSECURE_TEST_KDF"] = "1"
        os.environ["OFFICER_DESK_TEST_RUN"] = "1"  # marks a test run: the switch works only then
        vault_dir = (args.keep or Path(tempfile.mkdtemp(prefix="bench_ui_"))) / "vault"
        passphrase = DEMO_PASSPHRASE
        if not vault_dir.exists():
            t = time.perf_counter()
            print(f"creating a demo vault with {args.students} students …", file=sys.stderr)
            create_demo_vault(vault_dir, passphrase, students=args.students, kdf=test_kdf())
            print(f"  done in {time.perf_counter() - t:.1f} s", file=sys.stderr)

    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    baseline_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    from officer_desk.domain.models import ConsultationDraft

    # Open the way the app does: derive the key, open without the page check (the app runs
    # it on a worker afterwards).
    from officer_desk.services.session import open_key
    from officer_desk.ui.context import UiContext
    from officer_desk.ui.views.consultation_dialog import ConsultationDialog
    from officer_desk.ui.views.student_page import StudentPageView
    from officer_desk.ui.views.students import StudentsView
    from officer_desk.ui.views.today import TodayView
    from officer_desk.vault import derive_key

    session = open_key(derive_key(vault_dir, passphrase))
    rss_stages: list[tuple[str, float]] = [("after unlock", _rss_mb())]
    desk = session.desk
    ctx = UiContext(session, lang="en")
    rng = random.Random(7)
    rows: list[tuple[str, str, str]] = []

    def add_row(row: tuple[str, str, str]) -> None:
        rows.append(row)
        rss_stages.append((row[0], _rss_mb()))

    def settle() -> None:
        QCoreApplication.processEvents()

    # -- the Students view --------------------------------------------------------------------
    t_build = time.perf_counter()
    view = StudentsView(ctx)
    view.resize(1280, 800)
    view.show()
    settle()
    build_ms = (time.perf_counter() - t_build) * 1000
    total = view.model.total
    add_row(
        ("Students view: build + first page + paint", f"{build_ms:.1f} ms", f"{total} students")
    )

    sample = desk.list_students(limit=400, offset=rng.randrange(max(1, total - 400)))
    names = [r.display_name for r in sample]
    last_names = sorted({n.split()[-1] for n in names})
    first_names = sorted({n.split()[0] for n in names})
    numbers = [r.student_number for r in sample if r.student_number]
    note_words = [
        "deadline",
        "huisvesting",
        "slapen",
        "thesis",
        "stress",
        "family",
        "financiën",
        "eenzaam",
        "exam",
        "motivation",
    ]
    words = (
        rng.sample(last_names, min(6, len(last_names)))
        + rng.sample(first_names, min(4, len(first_names)))
        + note_words
        + [n[:5] for n in rng.sample(numbers, min(4, len(numbers)))]
    )

    def type_query(query: str) -> list[float]:
        """Type ``query`` one key at a time; time each keystroke to updated results."""
        out = []
        view.search_edit.clear()
        view.apply_search()
        settle()
        for i in range(1, len(query) + 1):
            prefix = query[:i]

            def step(text: str = prefix) -> None:
                view.search_edit.setText(text)
                view.apply_search()  # what the 150 ms debounce timer triggers
                settle()

            out.append(timed(step))
        return out

    word_times: list[float] = []
    prefix_times: list[float] = []
    for _ in range(args.rounds):
        for word in words:
            times = type_query(word)
            prefix_times.extend(times[:3])
            word_times.extend(times[3:])
    # whole words pasted/typed after the debounce (only the final state is searched)
    whole: list[float] = []
    for _ in range(args.rounds):
        for word in words:
            view.search_edit.clear()
            view.apply_search()
            settle()

            def once(text: str = word) -> None:
                view.search_edit.setText(text)
                view.apply_search()
                settle()

            whole.append(timed(once))
    add_row(
        (
            "search, short prefixes (1-3 keys)",
            f"med {statistics.median(prefix_times):.1f} / p95 {pct(prefix_times, 95):.1f}"
            f" / max {max(prefix_times):.1f} ms",
            f"n={len(prefix_times)}",
        )
    )
    add_row(
        (
            "search, longer prefixes (4+ keys)",
            f"med {statistics.median(word_times):.1f} / p95 {pct(word_times, 95):.1f}"
            f" / max {max(word_times):.1f} ms",
            f"n={len(word_times)}",
        )
    )
    add_row(
        (
            "search, whole words",
            f"med {statistics.median(whole):.1f} / p95 {pct(whole, 95):.1f}"
            f" / max {max(whole):.1f} ms",
            f"n={len(whole)}",
        )
    )

    # -- scrolling the whole list -------------------------------------------------------------
    view.search_edit.clear()
    view.apply_search()
    settle()
    bar = view.table.verticalScrollBar()
    page_times: list[float] = []
    start = time.perf_counter()
    guard = 0
    while guard < 100_000:
        guard += 1

        def page_down() -> None:
            bar.setValue(bar.value() + bar.pageStep())
            settle()

        page_times.append(timed(page_down))
        if bar.value() >= bar.maximum() and not view.model.canFetchMore():
            break
    scroll_s = time.perf_counter() - start
    add_row(
        (
            "scroll student list end to end",
            f"{scroll_s:.2f} s total; page med {statistics.median(page_times):.1f} / "
            f"p95 {pct(page_times, 95):.1f} ms",
            f"{view.model.rowCount()} rows",
        )
    )

    # -- opening student pages ----------------------------------------------------------------
    page_view = StudentPageView(ctx)
    page_view.resize(1280, 800)
    page_view.show()
    settle()
    ids = [r.id for r in desk.list_students(order="last_contact", descending=True, limit=400)]
    ids = rng.sample(ids, min(60, len(ids)))
    page_ms = []
    for sid in ids:

        def open_page(student: int = sid) -> None:
            page_view.show_student(student)
            settle()

        page_ms.append(timed(open_page))
    add_row(
        (
            "open a student page (+ paint)",
            f"med {statistics.median(page_ms):.1f} / p95 {pct(page_ms, 95):.1f} / "
            f"max {max(page_ms):.1f} ms",
            f"n={len(page_ms)}",
        )
    )
    page_view.hide()
    view.hide()

    # -- saving a consultation ----------------------------------------------------------------
    today = TodayView(ctx)  # the view behind the dialog; it refreshes after each save
    today.resize(1280, 800)
    today.show()
    settle()
    save_ms: list[float] = []
    refreshed_ms: list[float] = []
    dialog_ms: list[float] = []
    for sid in ids[:30]:
        t = time.perf_counter()
        dialog = ConsultationDialog(ctx, sid)
        dialog.show()
        settle()
        dialog_ms.append((time.perf_counter() - t) * 1000)
        dialog.topic_list.item(rng.randrange(dialog.topic_list.count())).setCheckState(
            Qt.CheckState.Checked
        )
        dialog.dossier_edit.setPlainText("Benchmark note about study stress and sleep. " * 8)
        dialog.private_edit.setPlainText("Private impressions. " * 5)
        dialog._add_referral()
        dialog._quick_pick(days=14)
        assert isinstance(dialog.build_draft(), ConsultationDraft)
        ok: list[bool] = []
        t = time.perf_counter()
        save_ms.append(timed(lambda d=dialog, o=ok: o.append(d.save())))
        if not ok[0]:
            print("save failed:", dialog.error, file=sys.stderr)
        settle()  # the Today view behind refreshes once, on the next event-loop turn
        refreshed_ms.append((time.perf_counter() - t) * 1000)
        dialog.deleteLater()
        # The app's event loop deletes closed dialogs; processEvents() alone does not run
        # deferred deletes, which made every dialog of this loop stay alive (~4 MB each).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        settle()
    add_row(
        (
            "open the Log consultation dialog",
            f"med {statistics.median(dialog_ms):.1f} / p95 {pct(dialog_ms, 95):.1f} ms",
            f"n={len(dialog_ms)}",
        )
    )
    add_row(
        (
            "save a consultation (+ referral, follow-up)",
            f"med {statistics.median(save_ms):.1f} / p95 {pct(save_ms, 95):.1f} / "
            f"max {max(save_ms):.1f} ms",
            f"n={len(save_ms)}",
        )
    )
    add_row(
        (
            "  … until the Today view behind has refreshed",
            f"med {statistics.median(refreshed_ms):.1f} / p95 {pct(refreshed_ms, 95):.1f}"
            f" / max {max(refreshed_ms):.1f} ms",
            f"n={len(refreshed_ms)}",
        )
    )

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(("peak RSS", f"{peak:.0f} MB", f"{baseline_rss:.0f} MB after QApplication"))
    for stage, mb in rss_stages:
        print(f"RSS {mb:6.0f} MB  {stage}", file=sys.stderr)

    width = max(len(r[0]) for r in rows)
    vwidth = max(len(r[1]) for r in rows)
    print(f"\nOfficer Desk UI benchmark — {total} students, vault {vault_dir}")
    print(f"{'measure':<{width}}  {'result':<{vwidth}}  note")
    print(f"{'-' * width}  {'-' * vwidth}  ----")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:<{vwidth}}  {note}")
    goals = [
        (
            "search p95 <= 50 ms",
            max(pct(prefix_times, 95), pct(word_times, 95), pct(whole, 95)) <= 50,
        ),
        ("student page p95 <= 100 ms", pct(page_ms, 95) <= 100),
        ("save p95 <= 20 ms", pct(save_ms, 95) <= 20),
    ]
    print()
    for goal, met in goals:
        print(f"{'met ' if met else 'MISSED'}  {goal}")
    ctx.detach()
    session.close()
    app.processEvents()
    os._exit(0)  # skip Qt teardown of the widgets


if __name__ == "__main__":
    raise SystemExit(main())
