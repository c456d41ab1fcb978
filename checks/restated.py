"""(to be written)"""

CODE = "C011"
NAME = "restated"
SEVERITY = "error"


def check(doc):
    return []
