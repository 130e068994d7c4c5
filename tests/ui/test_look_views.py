"""The look of the whole window (issue 12): it fits a 1024x700 screen in English and Dutch,
locked and unlocked; one status message at a time; every list says what to do when empty;
the user guide opens at the current view's section; the app's own icons replace the
platform's stock pictures; signal colours come from the palette (dark mode)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLayout,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
)
from pytestqt.qtbot import QtBot

from officer_desk.domain.models import ConsultationDraft, FollowUpDraft, Student
from officer_desk.ui import i18n, style
from officer_desk.ui.help import SECTIONS, GuideDialog, contents, guide_html
from officer_desk.ui.main_window import MainWindow
from officer_desk.ui.views.common import HouseTable
from tests.ui.conftest import unlock

ROOT = Path(__file__).resolve().parents[2]
LONG_NAME = "Maximiliaan Alexander van den Broeck-Vanderhoeven"


def _fill(window: MainWindow) -> int:
    """A student with a long name, a consultation and an overdue follow-up."""
    assert window.session is not None
    desk = window.session.desk
    student = desk.create_student(
        Student(None, LONG_NAME, student_number="s7654321", faculty="SOC")
    )
    assert student.id is not None
    today = desk.clock.today()
    import datetime as dt

    desk.log_consultation(
        ConsultationDraft(
            student_id=student.id,
            started_at=desk.clock.now() - dt.timedelta(days=3),
            topics=["study_stress"],
            dossier_note="Talked about the planning of the resits.",
            follow_up=FollowUpDraft(today - dt.timedelta(days=1)),
        )
    )
    return student.id


def _fits(window: MainWindow) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= style.MIN_WINDOW_WIDTH, (window.current_view_id(), hint)
    assert hint.height() <= style.MIN_WINDOW_HEIGHT, (window.current_view_id(), hint)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_view_fits_a_1024_by_700_window(make_window, vault, qtbot: QtBot, lang: str) -> None:
    i18n.install(lang)
    window = make_window(vault.path, language=lang, language_forced=True)
    _fits(window)  # the unlock screen
    unlock(qtbot, window, vault.passphrase)
    student_id = _fill(window)
    for view_id in window.views:
        window.show_view(view_id)
        qtbot.wait(1)
        _fits(window)
    window.open_student(student_id)
    qtbot.waitUntil(lambda: window.current_view_id() == "student")
    _fits(window)
    window.resize(style.MIN_WINDOW_WIDTH, style.MIN_WINDOW_HEIGHT)
    qtbot.waitUntil(lambda: window.size() == QSize(1024, 700))
    window.lock()
    window.wait_until_locked()
    _fits(window)


def _status_texts(window: MainWindow) -> list[str]:
    bar = window.statusBar()
    texts = [bar.currentMessage()] if bar.currentMessage() else []
    texts += [
        label.text() for label in bar.findChildren(QLabel) if label.isVisible() and label.text()
    ]
    return texts


def test_one_status_message_says_locked(unlocked: MainWindow, qtbot: QtBot) -> None:
    QTest.keyClick(unlocked, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: unlocked.locked)
    texts = _status_texts(unlocked)
    saying_locked = [t for t in texts if re.search(r"\block", t, re.I)]
    assert saying_locked == ["Locked"], texts


def test_empty_vault_lists_say_what_to_do(unlocked: MainWindow, qtbot: QtBot) -> None:
    today = unlocked.views["today"]
    assert today.recent_table.is_showing_empty_text()  # type: ignore[attr-defined]
    assert "Ctrl+N" in today.recent_table.empty_text()  # type: ignore[attr-defined]
    unlocked.show_view("students")
    students = unlocked.views["students"]
    table: HouseTable = students.table  # type: ignore[attr-defined]
    assert table.is_showing_empty_text() and "No students yet" in table.empty_text()
    students.search_edit.setText("nobody by this name")  # type: ignore[attr-defined]
    students.apply_search()  # type: ignore[attr-defined]
    assert table.is_showing_empty_text() and "No student matches" in table.empty_text()
    for view_id, attr in (("follow_ups", "table"), ("outreach", "table")):
        unlocked.show_view(view_id)
        shown: HouseTable = getattr(unlocked.views[view_id], attr)
        assert shown.is_showing_empty_text() and shown.empty_text(), view_id
    unlocked.show_view("privacy")
    privacy = unlocked.views["privacy"]
    qtbot.waitUntil(lambda: not privacy.refresh_pending)
    assert privacy.backup_table.empty_text()  # type: ignore[attr-defined]
    assert privacy.candidate_table.is_showing_empty_text()  # type: ignore[attr-defined]


def test_access_log_filtered_to_nothing_says_so(unlocked: MainWindow) -> None:
    unlocked.show_view("access_log")
    log = unlocked.views["access_log"]
    assert not log.table.is_showing_empty_text()  # type: ignore[attr-defined]  # "unlocked"
    combo = log.record_type  # type: ignore[attr-defined]
    assert combo.findData("report") >= 0
    combo.setCurrentIndex(combo.findData("report"))  # no report was ever made
    assert log.table.is_showing_empty_text()  # type: ignore[attr-defined]


def test_reports_explain_themselves_before_a_preview(unlocked: MainWindow) -> None:
    unlocked.show_view("reports")
    reports = unlocked.views["reports"]
    intro = reports.intro  # type: ignore[attr-defined]
    assert intro.isVisible()
    assert not reports.viewer.isVisible()  # type: ignore[attr-defined]
    text = intro.text()
    assert "No quarter has been released" in text and "Preview" in text and "Release" in text


def test_student_page_sections_say_what_to_do(unlocked: MainWindow, qtbot: QtBot) -> None:
    assert unlocked.session is not None
    student = unlocked.session.desk.create_student(Student(None, "Nina Visser"))
    assert student.id is not None
    unlocked.open_student(student.id)
    page = unlocked.student_page
    assert page is not None
    assert page.timeline.is_showing_empty_text()
    assert page.case_table.is_showing_empty_text()


def test_f1_opens_the_guide_at_the_current_view(unlocked: MainWindow, qtbot: QtBot) -> None:
    unlocked.show_view("reports")
    QTest.keyClick(unlocked, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(unlocked.findChildren(GuideDialog)))
    guide = unlocked.findChildren(GuideDialog)[-1]
    qtbot.waitUntil(guide.isVisible)
    assert guide.current_section == "reports"
    assert guide.toc.currentItem().text().strip() == "Reports"
    assert not guide.browser.openExternalLinks() and not guide.browser.openLinks()
    # the guide shows the reports section: its heading is in view
    scrolled = guide.browser.verticalScrollBar().value()
    assert scrolled > 0
    # a link out of the app is not followed
    guide.browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert guide.current_section == "reports"
    guide.browser.anchorClicked.emit(QUrl("#privacy"))
    assert guide.current_section == "privacy"


def test_guide_is_in_the_menu_while_locked(make_window, vault, qtbot: QtBot) -> None:
    window = make_window(vault.path)
    titles = [a.text() for menu in window.menuBar().actions() for a in menu.menu().actions()]
    assert "&User guide" in titles
    guide = window.open_guide()
    qtbot.waitUntil(guide.isVisible)
    assert guide.current_section == "start"


def test_guide_exists_in_real_dutch() -> None:
    en, nl = guide_html("en"), guide_html("nl")
    assert [a for a, _t, _l in contents(en)] == [a for a, _t, _l in contents(nl)]
    assert {a for a, _t, _l in contents(en)} == set(SECTIONS)
    english_titles = {t for _a, t, _l in contents(en)}
    dutch_titles = {t for _a, t, _l in contents(nl)}
    assert not english_titles & dutch_titles - {"Privacy"}
    for word in ("wachtzin", "herstelsleutel", "vergrendelt", "toegangslogboek"):
        assert word in nl.lower(), word


def test_dutch_guide_opens_in_dutch(make_window, vault, qtbot: QtBot) -> None:
    i18n.install("nl")
    window = make_window(vault.path, language="nl", language_forced=True)
    guide = window.open_guide("privacy")
    qtbot.waitUntil(guide.isVisible)
    assert "Privacy en back-ups" in guide.browser.toPlainText()
    # the guide calls things what the windows call them
    for context, source in (("UnlockPage", "Passphrase"), ("MainWindow", "&Log consultation…")):
        term = QCoreApplication.translate(context, source).replace("&", "").rstrip("…").lower()
        assert term != source.replace("&", "").rstrip("…").lower()
        assert term in guide_html("nl").lower(), term
    assert guide.windowTitle() != "User guide — Officer Desk"


def _colour(icon: QIcon, mode: QIcon.Mode) -> QColor:
    image = icon.pixmap(QSize(24, 24), mode).toImage()
    counts: dict[int, int] = {}
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = QColor.fromRgba(image.pixel(x, y))
            if pixel.alpha() > 240:
                counts[pixel.rgb()] = counts.get(pixel.rgb(), 0) + 1
    assert counts, "nothing painted"
    return QColor.fromRgb(max(counts, key=lambda k: counts[k]))


def test_selected_sidebar_icon_uses_the_highlighted_text_colour(unlocked: MainWindow) -> None:
    palette = QGuiApplication.palette()
    item = unlocked.sidebar.currentItem()
    assert item is not None and item.isSelected()
    selected = _colour(item.icon(), QIcon.Mode.Selected)
    normal = _colour(item.icon(), QIcon.Mode.Normal)
    assert selected == palette.color(QPalette.ColorRole.HighlightedText)
    assert normal == palette.color(QPalette.ColorRole.WindowText)
    # and on screen: the selected row's icon area holds the highlighted-text colour
    rect = unlocked.sidebar.visualItemRect(item)
    image = unlocked.sidebar.viewport().grab(rect).toImage()
    wanted = palette.color(QPalette.ColorRole.HighlightedText).rgb()
    icon_area = [
        QColor(image.pixel(x, y)).rgb()
        for x in range(min(image.width(), 40))
        for y in range(image.height())
    ]
    assert wanted in icon_area


def test_message_boxes_and_dialog_buttons_use_the_apps_icons(unlocked: MainWindow) -> None:
    app_style = QApplication.style()
    for pixmap, name in (
        (QStyle.StandardPixmap.SP_DialogYesButton, "officer-desk:yes"),
        (QStyle.StandardPixmap.SP_DialogNoButton, "officer-desk:no"),
        (QStyle.StandardPixmap.SP_MessageBoxWarning, "officer-desk:warning"),
        (QStyle.StandardPixmap.SP_MessageBoxQuestion, "officer-desk:help"),
    ):
        assert app_style.standardIcon(pixmap).name() == name
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Officer Desk",
        "Delete?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        unlocked,
    )
    assert not box.iconPixmap().isNull()
    for button in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No):
        shown = box.button(button).icon()
        assert shown.isNull() or shown.name().startswith("officer-desk:")
    box.deleteLater()


def test_no_stock_style_icons_in_the_source() -> None:
    for path in (ROOT / "officer_desk").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name == "house_style.py":
            continue  # HouseStyle maps the standard pixmaps to the app's icons
        assert "standardIcon(" not in text, path
        assert not re.search(r"\bSP_\w+", text), path


def test_no_hard_coded_colours_in_the_windows() -> None:
    """Colours come from the palette (style.tone/tint), so a dark palette reads well."""
    for path in (ROOT / "officer_desk" / "ui").rglob("*.py"):
        if path.name == "style.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b", text), path


def test_overdue_rows_follow_a_dark_palette(unlocked: MainWindow, qtbot: QtBot) -> None:
    _fill(unlocked)
    today = unlocked.views["today"]
    today.refresh()
    model = today.overdue.model  # type: ignore[attr-defined]
    assert model.rowCount() == 1
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    saved = app.palette()
    try:
        for base, text in (("#ffffff", "#101010"), ("#1e1e1e", "#f0f0f0")):
            pal = QPalette(saved)
            pal.setColor(QPalette.ColorRole.Base, QColor(base))
            pal.setColor(QPalette.ColorRole.Text, QColor(text))
            app.setPalette(pal)
            background = model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color()
            foreground = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color()
            # the row stays close to the palette's base and its text far from it
            assert abs(background.lightness() - QColor(base).lightness()) < 80
            assert abs(foreground.lightness() - background.lightness()) > 90
            assert background.red() > background.blue()  # still reads as "overdue"
    finally:
        app.setPalette(saved)


def test_elided_cells_carry_their_full_text_as_tooltip(unlocked: MainWindow, qtbot: QtBot) -> None:
    _fill(unlocked)
    today = unlocked.views["today"]
    today.refresh()
    model = today.overdue.model  # type: ignore[attr-defined]
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Student"
    )
    assert model.index(0, column).data(Qt.ItemDataRole.ToolTipRole) == LONG_NAME
    unlocked.show_view("students")
    students = unlocked.views["students"].model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: students.rowCount() == 1)
    assert students.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == LONG_NAME


def test_views_use_the_house_margins(unlocked: MainWindow) -> None:
    for view_id, view in unlocked.views.items():
        layout = view.layout()
        assert layout is not None
        if layout.contentsMargins().left() == 0:
            # a scroll area: the house margins are on the layout of what it scrolls
            scroll = view.findChild(QScrollArea)
            assert scroll is not None and scroll.widget() is not None, view_id
            layout = next(
                lay
                for lay in scroll.widget().findChildren(QLayout)
                if lay.contentsMargins().left() == style.MARGIN
            )
        assert layout.contentsMargins().top() == style.MARGIN, view_id
        assert layout.spacing() == style.SPACING, view_id


def test_an_error_line_does_not_move_the_dialog(unlocked: MainWindow, qtbot: QtBot) -> None:
    QTest.keyClick(unlocked, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(unlocked.dialogs) and unlocked.dialogs[0].isVisible())
    dialog = unlocked.dialogs[0]
    qtbot.wait(20)
    watched = [w for w in dialog.findChildren(QPlainTextEdit) if w.isVisible()]
    assert watched
    before = [w.mapTo(dialog, w.rect().topLeft()) for w in watched]
    # saving without a student is refused with a message below the form
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())  # type: ignore[attr-defined]
    assert dialog.error_label.text()  # type: ignore[attr-defined]
    qtbot.wait(20)
    assert [w.mapTo(dialog, w.rect().topLeft()) for w in watched] == before


def test_reports_summarise_the_last_released_quarter(unlocked: MainWindow, qtbot: QtBot) -> None:
    from officer_desk.domain.period import display_label
    from officer_desk.services.reporting import Reporting

    assert unlocked.session is not None
    _fill(unlocked)
    unlocked.show_view("reports")
    reports = unlocked.views["reports"]
    combo = reports.period  # type: ignore[attr-defined]
    last_ended = combo.itemData(1)
    Reporting(unlocked.session.desk).release(last_ended)
    combo.setCurrentIndex(0)  # the officer picks another quarter: the area below explains
    text = reports.intro.text()  # type: ignore[attr-defined]
    assert f"Last released report: {display_label(last_ended, 'en')}" in text
    assert "Consultations:" in text  # its key figures, from the frozen release
    assert reports.intro.isVisible()  # type: ignore[attr-defined]


def test_f1_over_the_consultation_dialog_opens_a_usable_guide(
    unlocked: MainWindow, qtbot: QtBot
) -> None:
    QTest.keyClick(unlocked, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(unlocked.dialogs) and unlocked.dialogs[0].isVisible())
    dialog = unlocked.dialogs[0]
    QTest.keyClick(dialog, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(unlocked.findChildren(GuideDialog)))
    guide = unlocked.findChildren(GuideDialog)[-1]
    qtbot.waitUntil(guide.isVisible)
    # a child of the window-modal dialog, so that dialog does not block it
    assert guide.parent() is dialog
    assert not QApplication.activeModalWidget() or guide.isEnabled()
