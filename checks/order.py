"""(to be written)"""

CODE = "C008"
NAME = "order"
SEVERITY = "error"


def check(doc):
    return []
