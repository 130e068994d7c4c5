"""Run-time resources of Officer Desk (installed from the repository's ``resources/``)."""
