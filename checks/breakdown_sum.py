"""(to be written)"""

CODE = "C003"
NAME = "breakdown_sum"
SEVERITY = "error"


def check(doc):
    return []
