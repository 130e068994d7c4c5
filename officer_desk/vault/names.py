"""File names and the application id of a vault (importable without SQLCipher)."""

APPLICATION_ID = 0x4F444B31  # "ODK1", set with PRAGMA application_id at creation
DB_NAME = "officer.db"
KEYFILE_NAME = "keys.json"
KEYFILE_BAK_NAME = "keys.bak"
