"""(to be written)"""

CODE = "C004"
NAME = "table_total"
SEVERITY = "error"


def check(doc):
    return []
