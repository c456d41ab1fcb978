"""(to be written)"""

CODE = "C007"
NAME = "rate_pair"
SEVERITY = "error"


def check(doc):
    return []
