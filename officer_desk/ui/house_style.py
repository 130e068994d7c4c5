"""The app's Qt style: the platform's own style, with the app's line icons (``ui/icons.py``)
on message boxes and dialog buttons instead of the platform's stock pictures. Installed after
the first paint (``style.install_house_style``), so it costs nothing at start-up.

A style written in Python is asked from C++ for every metric and primitive it could
override; with only ``standardIcon`` overridden, building and painting the Today and Students
views took the same CPU time with and without it (within the noise of about 10 %), where an
application event filter doing the same job on ``Show`` events cost about 30 %
(docs/BENCHMARKS.md)."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from officer_desk.ui.style import tone

#: Standard pixmaps drawn from the app's icon set (semantic name, signal colour or "").
_STANDARD_ICONS: dict[QStyle.StandardPixmap, tuple[str, str]] = {
    QStyle.StandardPixmap.SP_MessageBoxInformation: ("info", "mark"),
    QStyle.StandardPixmap.SP_MessageBoxWarning: ("warning", "warning"),
    QStyle.StandardPixmap.SP_MessageBoxCritical: ("alert", "error"),
    QStyle.StandardPixmap.SP_MessageBoxQuestion: ("help", "mark"),
    QStyle.StandardPixmap.SP_DialogYesButton: ("yes", ""),
    QStyle.StandardPixmap.SP_DialogNoButton: ("no", ""),
    QStyle.StandardPixmap.SP_DialogOkButton: ("done", ""),
    QStyle.StandardPixmap.SP_DialogApplyButton: ("done", ""),
    QStyle.StandardPixmap.SP_DialogCancelButton: ("close", ""),
    QStyle.StandardPixmap.SP_DialogCloseButton: ("close", ""),
    QStyle.StandardPixmap.SP_DialogSaveButton: ("save", ""),
    QStyle.StandardPixmap.SP_DialogOpenButton: ("open", ""),
    QStyle.StandardPixmap.SP_DialogHelpButton: ("help", ""),
    QStyle.StandardPixmap.SP_DialogDiscardButton: ("erase", ""),
    QStyle.StandardPixmap.SP_DialogResetButton: ("undo", ""),
    QStyle.StandardPixmap.SP_DialogRetryButton: ("refresh", ""),
    QStyle.StandardPixmap.SP_DialogAbortButton: ("close", ""),
    QStyle.StandardPixmap.SP_DialogIgnoreButton: ("close", ""),
    QStyle.StandardPixmap.SP_DialogNoToAllButton: ("no", ""),
    QStyle.StandardPixmap.SP_DialogYesToAllButton: ("yes", ""),
    QStyle.StandardPixmap.SP_DialogSaveAllButton: ("save", ""),
}


class HouseStyle(QProxyStyle):
    """The platform's style, except that message boxes and dialog buttons get the app's own
    line icons (``ui/icons.py``) in the palette's colours instead of the platform's stock
    pictures (the old green and red balls on Yes and No)."""

    def standardIcon(
        self,
        standard_icon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        mapped = _STANDARD_ICONS.get(standard_icon)
        if mapped is None:
            return super().standardIcon(standard_icon, option, widget)
        from officer_desk.ui.icons import icon

        name, kind = mapped
        return icon(name, tone(kind) if kind else None)


def install() -> None:
    """Put ``HouseStyle`` over the application's current style (once)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or isinstance(app.style(), HouseStyle):
        return
    base = QStyleFactory.create(app.style().name())
    app.setStyle(HouseStyle(base) if base is not None else HouseStyle())
