"""Input errors: one line for the user, one exit code per kind of failure."""

from __future__ import annotations

# Exit codes a script can rely on. 0 and 1 are the audit's verdict (see cli.py).
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_UNREADABLE = 4
EXIT_EMPTY = 5
EXIT_BINARY = 6
EXIT_ENCODING = 7
EXIT_TOO_LARGE = 8


class InputError(Exception):
    """A report that cannot be audited; ``str(err)`` is the one line shown to the user."""

    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code
