"""(to be written)"""

CODE = "C012"
NAME = "range_product"
SEVERITY = "error"


def check(doc):
    return []
