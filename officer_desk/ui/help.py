"""The built-in user guide: a short HTML guide per language (``resources/help``), shown in a
dialog with a contents list. F1 opens it at the section of the current view.

The guide is read from the app's own resources; links to anything but its own sections are
not followed (no browser, no network).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from officer_desk.resources_path import resource
from officer_desk.ui import style

#: The guide's sections (anchors) in order; F1 on a view opens its own section.
SECTIONS = (
    "start",
    "daily",
    "today",
    "students",
    "student",
    "follow_ups",
    "outreach",
    "reports",
    "access_log",
    "privacy",
    "settings",
    "protects",
    "limits",
)

_ANCHOR = Qt.ItemDataRole.UserRole
_HEADING = re.compile(r'<h([23]) id="([a-z_]+)">(?:<a name="[a-z_]+"></a>)?(.*?)</h\1>', re.S)


def guide_html(lang: str) -> str:
    """The guide's HTML in ``lang`` ("en" or "nl"; English for anything else)."""
    name = "guide_nl.html" if lang == "nl" else "guide_en.html"
    return resource("help", name).read_text(encoding="utf-8")


def contents(html: str) -> list[tuple[str, str, int]]:
    """(anchor, title, level) of each section heading of the guide."""
    return [
        (anchor, re.sub(r"<[^>]+>", "", title).strip(), int(level))
        for level, anchor, title in _HEADING.findall(html)
    ]


def section_for_view(view_id: str) -> str:
    """The guide section about a view (the start of the guide for anything else)."""
    return view_id if view_id in SECTIONS else "start"


class GuideDialog(QDialog):
    """The user guide: contents on the left, the text on the right."""

    def __init__(self, lang: str, section: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("User guide — Officer Desk"))
        html = guide_html(lang)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)  # anchors are followed below, nothing else
        self.browser.anchorClicked.connect(self._anchor_clicked)
        self.browser.setHtml(html)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.toc = QListWidget(self)
        self.toc.setAccessibleName(self.tr("Contents"))
        for anchor, title, level in contents(html):
            item = QListWidgetItem(("    " if level > 2 else "") + title)
            item.setData(_ANCHOR, anchor)
            self.toc.addItem(item)
        self.toc.setMaximumWidth(max(160, self.toc.sizeHintForColumn(0) + 24))
        self.toc.currentItemChanged.connect(self._contents_clicked)
        body = QHBoxLayout()
        body.setSpacing(style.SPACING)
        body.addWidget(self.toc)
        body.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        layout.setSpacing(style.SPACING)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(820, 600)
        self.current_section = ""
        self.show_section(section or "start")
        self.browser.setFocus()

    def show_section(self, anchor: str) -> None:
        """Scroll the guide to the section ``anchor`` and mark it in the contents."""
        self.current_section = anchor
        self.browser.scrollToAnchor(anchor)
        for row in range(self.toc.count()):
            item = self.toc.item(row)
            if item.data(_ANCHOR) == anchor and self.toc.currentRow() != row:
                self.toc.blockSignals(True)
                self.toc.setCurrentRow(row)
                self.toc.blockSignals(False)

    def _contents_clicked(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.show_section(str(item.data(_ANCHOR)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The text is laid out only now: scroll (again) to the section asked for.
        self.browser.scrollToAnchor(self.current_section)

    def _anchor_clicked(self, url: QUrl) -> None:
        # Only the guide's own sections; an outside link is not opened.
        if not url.scheme() and not url.path() and url.fragment():
            self.show_section(url.fragment())
