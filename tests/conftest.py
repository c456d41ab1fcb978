"""sys.path for the tests: the project root first, then tests/ itself.

- The project root: tests/checks/ (fixture files, no __init__.py) would otherwise be imported as
  a namespace package named ``checks`` when pytest runs as a console script, hiding the real
  ``checks`` package (a regular package anywhere on sys.path wins over a namespace one).
- tests/: plain helper modules (support.py, reportgen.py) import by name.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for entry in (HERE, HERE.parent):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))
