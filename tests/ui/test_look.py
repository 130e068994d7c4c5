"""The house look: one icon set drawn in the palette's colours, tables that explain
themselves when empty."""

from __future__ import annotations

from PySide6.QtCore import QSize, QStringListModel
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from pytestqt.qtbot import QtBot

from officer_desk.resources_path import resource
from officer_desk.ui import icons
from officer_desk.ui.views.common import make_table


def _darkest_and_lightest(image_icon: QIcon) -> tuple[int, int]:
    image = image_icon.pixmap(QSize(32, 32)).toImage()
    values = [
        QColor(image.pixel(x, y)).lightness()
        for x in range(image.width())
        for y in range(image.height())
        if QColor.fromRgba(image.pixel(x, y)).alpha() > 200
    ]
    assert values, "the icon painted nothing"
    return min(values), max(values)


def test_every_named_icon_has_its_svg_and_a_licence() -> None:
    for name in icons.NAMES:
        assert resource("icons", "ui", f"{icons.NAMES[name]}.svg").is_file(), name
    assert resource("icons", "ui", "LICENSE-lucide.txt").is_file()


def test_icons_follow_the_palette(qtbot: QtBot) -> None:
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    saved = app.palette()
    try:
        light = QPalette(saved)
        light.setColor(QPalette.ColorRole.WindowText, QColor("#101010"))
        app.setPalette(light)
        _, lightest = _darkest_and_lightest(icons.icon("students"))
        assert lightest < 80
        dark = QPalette(saved)
        dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
        app.setPalette(dark)
        darkest, _ = _darkest_and_lightest(icons.icon("students"))
        assert darkest > 170
    finally:
        app.setPalette(saved)


def test_unknown_icon_name_is_refused() -> None:
    try:
        icons.icon("no-such-icon")
    except KeyError:
        return
    raise AssertionError("an unknown icon name was accepted")


def test_app_icon_is_not_null(qtbot: QtBot) -> None:
    assert not icons.app_icon().isNull()


def test_empty_table_says_what_to_do(qtbot: QtBot) -> None:
    table = make_table(empty_text="No follow-ups due.")
    qtbot.addWidget(table)
    model = QStringListModel([])
    table.setModel(model)
    table.resize(400, 200)
    table.show()
    assert table.is_showing_empty_text()
    blank = table.viewport().grab().toImage()
    model.setStringList(["one row"])
    assert not table.is_showing_empty_text()
    model.setStringList([])
    table.set_empty_text("")
    assert not table.is_showing_empty_text()
    # the hint is really painted: the empty table with a hint differs from one without
    table.set_empty_text("No follow-ups due.")
    qtbot.wait(10)
    assert table.viewport().grab().toImage() == blank
    table.set_empty_text("")
    qtbot.wait(10)
    assert table.viewport().grab().toImage() != blank


def test_dark_scheme_uses_a_style_that_can_draw_it() -> None:
    from officer_desk.ui import style

    assert style.style_for_scheme(True, "windowsvista") == "Fusion"
    assert style.style_for_scheme(False, "windowsvista") == ""
    assert style.style_for_scheme(True, "fusion") == ""
    assert style.style_for_scheme(True, "windows11") == ""


def _scheme(base: str, text: str) -> QPalette:
    pal = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.Window, base),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.WindowText, text),
    ):
        pal.setColor(role, QColor(colour))
    return pal


def test_message_colours_follow_a_switch_to_dark_mode_while_running(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    from officer_desk.ui import style
    from officer_desk.ui.unlock.pages import UnlockPage

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = app.palette()
    try:
        app.setPalette(_scheme("#ffffff", "#000000"))
        page = UnlockPage()
        qtbot.addWidget(page)
        page.show_error("Wrong passphrase")
        light_css = page.error.styleSheet()
        assert light_css == style.message_css("error")
        app.setPalette(_scheme("#202020", "#f0f0f0"))  # the system switched to dark
        qtbot.waitUntil(lambda: page.error.styleSheet() != light_css, timeout=2000)
        dark_css = page.error.styleSheet()
        assert dark_css == style.message_css("error") and dark_css != light_css
        # lighter on dark, so it keeps its contrast
        assert (
            QColor(dark_css.split()[1].rstrip(";")).lightness()
            > QColor(light_css.split()[1].rstrip(";")).lightness()
        )
    finally:
        app.setPalette(saved)
