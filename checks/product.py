"""(to be written)"""

CODE = "C005"
NAME = "product"
SEVERITY = "error"


def check(doc):
    return []
