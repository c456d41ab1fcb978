"""Generated lists of items one per line, as county notices lay them out (invented names and figures).

Each list is consistent: the item lines add up to the total its heading or closing line states, and
the lines of a 其中 block under an item add up to that item. The layouts vary the enumerator
(none, 一、, 1., （一）), the colon after the label, the end of a line (；, 。, nothing), the heading
(a colon, 具体如下, none), a closing 合计 line, and a 其中 block under one item. ``broken=True``
edits the first item line's figure beyond any rounding (never a round figure), in a list whose
total is stated and that has no 其中 block, so that its sum must fail. ``generate_places`` gives
lists of places with their households and persons.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

NAMES = ["学前教育资助", "义务教育生活补助", "普通高中助学金", "中职助学金", "城关镇", "河口乡", "柳林镇", "东关村",
         "西坪村", "种植业", "养殖业", "光伏产业", "乡村旅游", "劳务输出", "道路硬化", "饮水工程", "危房改造"]
SUB_NAMES = ["寄宿生", "非寄宿生", "困境儿童", "核桃", "花椒", "中央资金", "省级资金", "市级资金"]
UNITS = ["人", "户", "万元", "个"]
_CN = "一二三四五六七八九十"


@dataclass
class LineList:
    text: str
    offset: int | None = None   # where the edited figure stands (broken lists only)
    figure: str = ""            # the edited figure as written


def _enumerator(style: str, k: int) -> str:
    return {"none": "", "cn": f"{_CN[k]}、", "digit": f"{k + 1}.", "paren": f"（{_CN[k]}）"}[style]


def _written(v) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".") if isinstance(v, float) else str(v)


def generate(seed: int, broken: bool = False) -> LineList:
    rng = random.Random(seed)
    unit = rng.choice(UNITS)
    n = rng.randint(2, 6)
    style = rng.choice(["none", "cn", "digit", "paren"])
    colon = "：" if rng.random() < 0.7 else ""
    names = rng.sample(NAMES, n)
    if unit == "万元":
        values = [round(rng.uniform(5, 900), rng.choice([1, 2])) for _ in range(n)]
        total = round(sum(values), 2)
    else:
        values = [rng.randint(3, 900) for _ in range(n)]
        total = sum(values)
    head = rng.choice(["colon", "words", "none", "closing", "both"])
    sub_at = None if broken else (rng.randrange(n) if rng.random() < 0.4 else None)
    if broken and head == "none":
        head = "closing"
    lines = []
    if head in ("colon", "both"):
        lines.append(f"2024年全县共落实{_written(total)}{unit}：")
    elif head == "words":
        lines.append(f"2024年全县共计{_written(total)}{unit}，具体如下")
    for k in range(n):
        end = rng.choice(["", "；", "。"]) if k < n - 1 else rng.choice(["", "。"])
        lines.append(f"{_enumerator(style, k)}{names[k]}{colon}{_written(values[k])}{unit}{end}")
        if k == sub_at and unit != "万元" and values[k] >= 10:
            a = rng.randint(1, values[k] - 1)
            first, second = rng.sample(SUB_NAMES, 2)
            lines += [f"其中：{first}：{a}{unit}；", f"{second}：{values[k] - a}{unit}；"]
    if head in ("closing", "both"):
        lines.append(f"合计：{_written(total)}{unit}")
    out = LineList("\n".join(lines) + "\n")
    if broken:
        k = 1 if head in ("colon", "words", "both") else 0
        v = values[0]
        new = round(v * 1.25 + 7.3, 1) if isinstance(v, float) else int(v * 1.25) + 7
        if not isinstance(new, float) and new % 10 == 0:
            new += 3  # never a round figure, which may be read as rounded
        line = lines[k]
        m = re.search(re.escape(_written(v)) + re.escape(unit), line)
        lines[k] = line[:m.start()] + _written(new) + line[m.start() + len(_written(v)):]
        text = "\n".join(lines) + "\n"
        out = LineList(text, sum(len(x) + 1 for x in lines[:k]) + m.start(), _written(new))
    return out


PLACES = ["城关镇", "河口乡", "柳林镇", "东关村", "西坪村", "南山村", "北岭乡", "石桥镇"]
KINDS = ["一般贫困户", "低保贫困户", "特困供养户", "脱贫户", "监测户"]


def generate_places(seed: int) -> str:
    """A consistent list of places, one per line, each with its households and persons (城关镇：
    建档立卡贫困户46户173人), under a heading with the totals or over a 合计 line or both or neither,
    one place perhaps broken down by kind in a 其中 block."""
    rng = random.Random(seed)
    n = rng.randint(2, 5)
    names = rng.sample(PLACES, n)
    households = [rng.randint(10, 400) for _ in names]
    persons = [h * 3 + rng.randint(0, h) for h in households]
    style = rng.choice(["none", "cn", "digit", "paren"])
    colon = rng.choice(["：", ""])
    word = rng.choice(["贫困户", "建档立卡贫困户", ""])
    head = rng.choice(["colon", "none", "closing", "both"])
    sub_at = rng.randrange(n) if rng.random() < 0.4 else None
    lines = []
    if head in ("colon", "both"):
        lines.append(f"全乡共有建档立卡贫困户{sum(households)}户{sum(persons)}人，分布如下：")
    for k in range(n):
        end = rng.choice(["；", "。", ""])
        lines.append(f"{_enumerator(style, k)}{names[k]}{colon}{word}{households[k]}户{persons[k]}人{end}")
        if k == sub_at and households[k] > 4:
            a = rng.randint(1, households[k] - 1)
            ap = min(persons[k] - (households[k] - a), a * 3 + rng.randint(0, a))
            first, second = rng.sample(KINDS, 2)
            lines += [f"其中：{first}{a}户{ap}人；", f"{second}{households[k] - a}户{persons[k] - ap}人；"]
    if head in ("closing", "both"):
        lines.append(f"合计{sum(households)}户{sum(persons)}人。")
    return "\n".join(lines) + "\n"
