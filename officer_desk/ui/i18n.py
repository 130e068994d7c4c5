"""Installing the Qt translator for the chosen language.

The language preference lives in the vault's settings (``language``: "", "en" or "nl"), but the
unlock screen is shown before the vault is open, so the choice is mirrored in ``QSettings``
(not personal). "" means the system locale.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from officer_desk import resources_path
from officer_desk.domain.texts import LANGUAGES

SUPPORTED = LANGUAGES
_SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []


class EnglishPlurals(QTranslator):
    """English has no translation file, only plurals: the source "%n backup(s)" reads
    "1 backup" and "2 backups" (``tr(text, "", n)``); every other string stays as written."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or "(s)" not in source:
            return None
        return source.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


def translations_dir() -> Path:
    return resources_path.translations_dir()


def effective_language(preference: str) -> str:
    """ "en" or "nl" for a preference of "", "en" or "nl" ("" follows the system locale)."""
    if preference in SUPPORTED:
        return preference
    name = QLocale.system().name().split("_")[0].lower()
    return name if name in SUPPORTED else "en"


def stored_preference() -> str:
    value = QSettings().value(_SETTINGS_KEY, "")
    return value if isinstance(value, str) and value in ("", *SUPPORTED) else ""


def store_preference(preference: str) -> None:
    QSettings().setValue(_SETTINGS_KEY, preference if preference in SUPPORTED else "")


def install(preference: str) -> str:
    """Install the translators for ``preference``; returns the effective language code.

    Replaces whatever an earlier call installed, so the language can change at run time.
    """
    app = QCoreApplication.instance()
    lang = effective_language(preference)
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands if lang == "nl" else QLocale.Country.UnitedKingdom,
        )
    )
    if app is None:
        return lang
    if lang == "en":
        plurals = EnglishPlurals(app)
        app.installTranslator(plurals)
        _installed.append(plurals)
        return lang
    ours = QTranslator(app)
    if ours.load(f"officer_desk_{lang}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return lang
