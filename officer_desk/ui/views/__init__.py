"""The content views shown in the main window."""
