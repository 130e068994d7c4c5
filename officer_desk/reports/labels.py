"""Report texts in English and Dutch (codebook labels come from the codebook itself)."""

from __future__ import annotations

from officer_desk.domain.codebook import label as codebook_label
from officer_desk.domain.texts import LANGUAGES, REPORT, REPORT_CODES, REPORT_METHOD, pick

LANGS = LANGUAGES
#: The report's texts, ``key -> (English, Dutch)`` (domain/texts.py).
TEXT = REPORT
_REPORT_CODES = REPORT_CODES
#: The method note's paragraphs per language.
METHOD: dict[str, tuple[str, ...]] = {
    lang: tuple(pick(pair, lang) for pair in REPORT_METHOD) for lang in LANGUAGES
}


def text(key: str, lang: str, **params: object) -> str:
    s = pick(TEXT[key], lang)
    return s.format(**params) if params else s


def code_label(vocab: str, code: str, lang: str) -> str:
    """Label of a codebook or report code in ``lang``."""
    if vocab in _REPORT_CODES:
        return pick(_REPORT_CODES[vocab].get(code, (code, code)), lang)
    return codebook_label(vocab, code, lang)
