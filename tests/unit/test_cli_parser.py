"""The command line: starting the app builds no subcommand parsers, and nothing is lost by it."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from officer_desk import cli


def _registered_commands() -> set[str]:
    parser = cli.build_parser()
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return set(action.choices)


def test_command_names_match_the_registered_commands() -> None:
    assert cli.COMMAND_NAMES == _registered_commands()


def test_app_options_parse_without_the_commands() -> None:
    parser = cli.build_parser(commands=False)
    args = parser.parse_args(["--vault", "/somewhere", "--demo", "--lang", "nl"])
    assert (args.command, args.vault, args.demo, args.lang) == (None, "/somewhere", True, "nl")
    assert not [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]


@pytest.mark.parametrize(
    ("argv", "whole"),
    [
        ([], False),
        (["--vault", "/v", "--lang", "en"], False),
        (["--self-check"], False),
        (["check", "--vault", "/v"], True),
        (["--vault", "/v", "report"], True),
        (["--help"], True),
        (["-h"], True),
    ],
)
def test_the_whole_parser_is_built_only_when_a_command_may_be_named(
    argv: list[str], whole: bool
) -> None:
    assert cli._names_a_command(argv) is whole


def test_help_still_lists_every_command() -> None:
    res = subprocess.run(
        [sys.executable, "-m", "officer_desk", "--help"], capture_output=True, text=True
    )
    assert res.returncode == 0
    for name in cli.COMMAND_NAMES:
        assert name in res.stdout


def test_an_unknown_word_is_still_a_usage_error() -> None:
    res = subprocess.run(
        [sys.executable, "-m", "officer_desk", "--vault", "/nonexistent", "chek"],
        capture_output=True,
        text=True,
    )
    assert res.returncode == 2
    assert "chek" in res.stderr


_TOKENS = [
    "--vault",
    "--vault=/v",
    "--vault=",
    "/some/vault",
    "",
    "--demo",
    "--lang",
    "--lang=nl",
    "--lang=fr",
    "en",
    "nl",
    "fr",
    "--self-check",
    "--install-desktop-entry",
    "--version",
    "--dem",
    "--va",
    "-x",
    "--",
    "check",
    "--demo=yes",
]


@settings(max_examples=400, deadline=None)
@example(["--vault", "--demo"])
@example(["--lang", "en", "--lang", "nl"])
@example(["--vault", ""])
@given(st.lists(st.sampled_from(_TOKENS), max_size=6))
def test_the_quick_reading_agrees_with_argparse(argv: list[str]) -> None:
    quick = cli.app_options(argv)
    if quick is None:
        return  # argparse reads it (tested above)
    parser = cli.build_parser(commands=False)
    try:
        full = parser.parse_args(argv)
    except SystemExit:
        pytest.fail(f"the quick reading accepted what argparse refuses: {argv!r}")
    assert vars(quick) == vars(full)


def test_the_quick_reading_answers_the_usual_starts() -> None:
    for argv in ([], ["--demo"], ["--vault", "/v", "--lang", "nl"], ["--self-check"]):
        assert cli.app_options(argv) is not None
    for argv in (["--help"], ["check"], ["--version"], ["--vau", "/v"], ["--lang", "de"]):
        assert cli.app_options(argv) is None
