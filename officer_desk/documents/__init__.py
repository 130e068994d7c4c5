"""Documents about one person, made for that person (the subject-access copy): rendered from
plain data handed over by ``services/``. No Qt, no SQL, no file writing."""
