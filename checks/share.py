"""(to be written)"""

CODE = "C006"
NAME = "share"
SEVERITY = "error"


def check(doc):
    return []
