"""(to be written)"""

CODE = "C010"
NAME = "target"
SEVERITY = "error"


def check(doc):
    return []
