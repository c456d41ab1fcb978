"""(to be written)"""

CODE = "C002"
NAME = "subset"
SEVERITY = "error"


def check(doc):
    return []
