"""Officer Desk: confidential case tracking for student well-being officers."""

__version__ = "0.1.0"
