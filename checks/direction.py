"""(to be written)"""

CODE = "C009"
NAME = "direction"
SEVERITY = "error"


def check(doc):
    return []
