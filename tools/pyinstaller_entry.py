"""Entry point of the PyInstaller app bundle (tools/officer_desk.spec): the same command line
as the ``officer-desk`` script; with no command it starts the desktop app."""

from officer_desk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
