"""Texts shaped unlike any real report, for the tests and the benchmark of linear work: one sentence
of thousands of clauses, a line of thousands of shares, a table of thousands of rows. Each function
takes a size n (about the number of figure groups) and a seeded random.Random. All texts are
invented.
"""

from __future__ import annotations

import random


def clauses(n: int, rng: random.Random) -> str:
    """One sentence of n clauses, each with households, persons and a share."""
    return "，".join(f"第{k}组脱贫{rng.randint(1, 99)}户{rng.randint(100, 999)}人，占{rng.randint(1, 99)}.{rng.randint(0, 9)}%"
                    for k in range(n)) + "。"


def sentences_one_line(n: int, rng: random.Random) -> str:
    return "。".join(f"第{k}组脱贫{rng.randint(1, 99)}户{rng.randint(100, 999)}人，占{rng.randint(1, 99)}.{rng.randint(0, 9)}%"
                    for k in range(n)) + "。"


def breakdowns(n: int, rng: random.Random) -> str:
    """One sentence of n totals, each broken down twice (其中 … 其中)."""
    return "，".join(f"第{k}村共有{rng.randint(500, 999)}人，其中男性{rng.randint(100, 400)}人、女性{rng.randint(100, 400)}人，"
                    f"其中外出务工{rng.randint(10, 99)}人" for k in range(n)) + "。"


def averages(n: int, rng: random.Random) -> str:
    """One sentence of n areas with their yield per mu, total and average per household."""
    return "，".join(f"种植面积{rng.randint(100, 999)}亩，亩均收入{rng.randint(1000, 9999)}元，总收入{rng.randint(10, 99)}万元，"
                    f"户均{rng.randint(100, 999)}元" for _ in range(n)) + "。"


def targets(n: int, rng: random.Random) -> str:
    return "，".join(f"计划完成{rng.randint(100, 999)}户，实际完成{rng.randint(100, 999)}户，完成率{rng.randint(50, 120)}%，"
                    f"目标{rng.randint(10, 99)}万元" for _ in range(n)) + "。"


def subtotal_table(n: int, rng: random.Random) -> str:
    """A table of n/5 blocks of four villages and their 小计, a 合计 and a share column."""
    lines = ["表2 分镇情况", "镇村\t户数（户）\t人口（人）\t占比（%）"]
    for b in range(n // 5):
        for k in range(4):
            lines.append(f"{b}镇{k}村\t{rng.randint(1, 99)}\t{rng.randint(100, 999)}\t{rng.randint(1, 9)}.{rng.randint(0, 9)}")
        lines.append(f"小计\t{rng.randint(100, 300)}\t{rng.randint(1000, 3000)}\t{rng.randint(10, 30)}.{rng.randint(0, 9)}")
    lines.append(f"合计\t{n * 40}\t{n * 400}\t100")
    return "\n".join(lines) + "\n"


def tabbed_line(n: int, rng: random.Random) -> str:
    """One line of figures between tabs: no sentence or clause mark, and no table (one line)."""
    return "\t".join(str(rng.randint(1, 99)) for _ in range(3 * n))


def shares_unpunctuated(n: int, rng: random.Random) -> str:
    return "%".join(str(rng.randint(1, 99)) for _ in range(3 * n)) + "%"


def range_chain(n: int, rng: random.Random) -> str:
    return "-".join(f"{rng.randint(1, 99)}万元" for _ in range(3 * n))


def list_without_commas(n: int, rng: random.Random) -> str:
    counts = [rng.randint(1, 99) for _ in range(3 * n)]
    return "全县共有产业项目" + str(sum(counts)) + "个，其中" + "、".join(f"{k}个" for k in counts) + "。"


def long_table(n: int, rng: random.Random) -> str:
    return "村名\t户数\t人口\n" + "".join(f"第{k}村\t{rng.randint(10, 99)}\t{rng.randint(100, 999)}\n" for k in range(3 * n))


def shares_named_far(n: int, rng: random.Random) -> str:
    """n paragraphs, each stating 全县贫困人口 and a share of it in the next line: every share may
    take its whole from any earlier paragraph (share.FAR_REACH bounds how far back it looks)."""
    return "".join(f"第{k}段。全县贫困人口{rng.randint(1000, 9999)}人。\n"
                   f"其中{k}村{rng.randint(10, 99)}人，占全县贫困人口的{rng.randint(1, 9)}.{rng.randint(0, 9)}%。\n"
                   for k in range(n))


def village_totals(n: int, rng: random.Random) -> str:
    """n lines, each with a place's villages, its poor villages and those lifted: every count of
    villages may be compared with every total of villages (base.nearest bounds how many)."""
    return "".join(f"全县{rng.randint(100, 200)}个行政村中，贫困村{rng.randint(10, 99)}个，已出列{rng.randint(1, 50)}个。\n"
                   for _ in range(n))


#: shapes whose work is linear in Python calls (tests/test_linear_growth.py counts them)
SHAPES = {"clauses in one sentence": clauses, "sentences in one line": sentences_one_line,
          "nested breakdowns in one sentence": breakdowns, "averages in one sentence": averages,
          "targets in one sentence": targets, "a table of 小计 blocks": subtotal_table}

#: shapes whose quadratic work, where it was, lay inside single calls (a regex or slice over an ever
#: longer prefix, a loop over rows): measured by bench/run.py --only shapes, in CPU time
MORE_SHAPES = {"figures between tabs on one line": tabbed_line, "shares without punctuation": shares_unpunctuated,
               "a chain of ranges": range_chain, "a 、-list without commas": list_without_commas,
               "a table of thousands of rows": long_table, "shares named in earlier paragraphs": shares_named_far,
               "village totals in every line": village_totals}
