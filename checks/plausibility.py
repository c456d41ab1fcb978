"""(to be written)"""

CODE = "C013"
NAME = "plausibility"
SEVERITY = "error"


def check(doc):
    return []
