"""Generate county reports with known relations: consistent, or with one relation broken.

Underlying quantities are drawn exactly; the text states them as officials do (万/亿 with one or
two decimals, rounded half up; percentages to one or two decimals), so a consistent report is
consistent only within rounding — which is exactly what the checks must tolerate.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

D = Decimal
RELATIONS = ("balance", "breakdown", "product", "subset", "share", "order", "progress", "direction")


def _round(x: Decimal, places: int) -> Decimal:
    return x.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def wan(x: int, places: int = 2) -> str:
    """An integer count or amount written with 万: 196000 → 19.6万 (as officials round)."""
    s = format(_round(D(x) / 10000, places).normalize(), "f")
    return f"{s}万"


def _written(x: int) -> tuple[Decimal, Decimal]:
    """The value and the place of the last digit of ``wan(x, 1)``, in units."""
    digits = wan(x, 1)[:-1]
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return D(digits) * 10000, D(1).scaleb(-decimals) * 10000


def _low_as_written(x: int) -> Decimal:
    value, place = _written(x)
    return value - place / 2


def _high_as_written(x: int) -> Decimal:
    value, place = _written(x)
    return value + place  # rounded up by half a digit, or truncated by a whole one


@dataclass
class Report:
    text: str
    broken: str | None = None                        # name of the broken relation, if any
    figures: dict[str, str] = field(default_factory=dict)   # relation → the figure edited
    offsets: dict[str, int] = field(default_factory=dict)   # relation → where the edited figure starts


def generate(seed: int, broken: str | None = None, in_wan_mu: bool = True) -> Report:
    """A report with every relation in RELATIONS; ``broken`` names the one to break."""
    rng = random.Random(seed)
    county = rng.choice(["青石县", "柳河县", "石桥县", "云岭县", "桑园县", "白沙县", "东坪县", "南溪县"])
    paras = [f"{county}脱贫攻坚工作情况"]
    where: dict[str, int] = {}  # relation → the paragraph that holds its edited figure

    class Edits(dict):
        def __setitem__(self, name: str, figure: str) -> None:
            where[name] = len(paras)  # each figure is edited right before its paragraph is written
            super().__setitem__(name, figure)

    edited = Edits()

    def bump(name: str, value: int, minimum: int = 3) -> int:
        if broken != name:
            return value
        new = value + max(minimum, value // 5)
        edited[name] = str(new)
        return new

    # balance: registered − lifted = remaining (households and persons)
    th = rng.randint(3000, 30000)
    lh = th - rng.randint(50, th // 10)
    rh = th - lh
    lp = lh * rng.randint(28, 38) // 10           # 2.8–3.8 persons per household
    rp = rh * rng.randint(20, 35) // 10           # the remaining are smaller households
    tp = lp + rp
    rh = bump("balance", rh)
    paras.append(f"截至2019年底，全县建档立卡贫困户{th}户{tp}人，累计脱贫{lh}户{lp}人，"
                 f"剩余贫困人口{rh}户{rp}人。")

    # breakdown: 其中 A、B、C sums to the total
    a, b, c = rng.randint(20, 400), rng.randint(20, 400), rng.randint(5, 120)
    total = bump("breakdown", a + b + c)
    paras.append(f"全年实施到户产业项目{total}个，其中种植类{a}个、养殖类{b}个、加工类{c}个。")

    # product: per-unit × count = total
    per = D(rng.randint(5, 30)) / 10              # 0.5 .. 3.0 万元
    n = rng.randint(20, 200)
    prod = per * n
    if broken == "product":
        prod = prod * D("1.3") + 2
        # broken beyond any reading as written: a total with trailing zeros (100万元) may be rounding
        # (50万..150万), so it is moved off them
        while format(_round(prod, 1).normalize(), "f").endswith("0"):
            prod += D("0.3")
        edited["product"] = format(_round(prod, 1).normalize(), "f")
    paras.append(f"每个工作队每年安排工作经费{format(per.normalize(), 'f')}万元，全县{n}个工作队共计"
                 f"{format(_round(prod, 1).normalize(), 'f')}万元。")

    # subset: fruiting area ≤ planted area (written in 万亩 or 亩)
    planted = rng.randint(20000, 300000)
    fruiting = rng.randint(planted // 5, planted * 9 // 10)
    if broken == "subset":
        # broken beyond any reading of the figures as written: trailing zeros read as rounding
        # (20万 as 15万..25万) and the whole's last digit as truncated (3万 for 3.9万)
        while wan(planted, 1).endswith("0万"):
            planted += 1000
        fruiting = planted * 13 // 10 + 1000
        while in_wan_mu and (wan(fruiting, 1).endswith("0万")
                             or _low_as_written(fruiting) <= _high_as_written(planted)):
            fruiting += 1000
    fr = f"{wan(fruiting, 1)}亩" if in_wan_mu else f"{fruiting}亩"
    if broken == "subset":
        edited["subset"] = fr
    paras.append(f"全县核桃种植面积达{wan(planted, 1)}亩，其中挂果面积{fr}。")

    # share: part / whole = stated percentage
    whole = rng.randint(800, 6000)
    part = rng.randint(whole // 4, whole * 9 // 10)
    part = min(part, th)  # the poor among 低保 households cannot outnumber the registered poor
    pct = _round(D(part) * 100 / whole, 1)
    if broken == "share":
        pct = _round(pct * D("1.3") if pct < 70 else pct * D("0.6"), 1)
        edited["share"] = format(pct, "f")
    paras.append(f"全县纳入农村低保{whole}户，其中贫困户{part}户，占低保户总数的{pct}%。")

    # order: min ≤ mean ≤ max
    lo = rng.randint(3000, 5000)
    hi = rng.randint(15000, 40000)
    mean = _round(D(rng.randint(lo * 10, hi * 10)) / 10, 1)
    if broken == "order":
        lo = int(hi * 13 // 10)
        edited["order"] = str(lo)
    paras.append(f"经逐户核算，脱贫户人均纯收入最低为{lo}元，最高达{hi}元，平均为{mean}元。")

    # progress: done + in progress = reported
    done, doing = rng.randint(10, 80), rng.randint(1, 9)
    reported = bump("progress", done + doing)
    paras.append(f"省级督查反馈问题{reported}条，已完成整改{done}条，正在整改{doing}条。")

    # direction: a rate that fell, stated with 下降到
    r1 = _round(D(rng.randint(80, 350)) / 10, 1)
    r2 = _round(D(rng.randint(1, 30)) / 10, 1)
    if broken == "direction":
        r2, r1 = r1, r2
        edited["direction"] = format(r1, "f")
    paras.append(f"全县贫困发生率由2014年的{r1}%下降到{r2}%。")

    filler = ["各乡镇认真落实帮扶责任，驻村工作队扎实开展工作。", "全县上下凝心聚力，持续巩固脱贫成果。"]
    paras.insert(2, rng.choice(filler))
    text = "\n".join(paras) + "\n"
    offsets = {}
    for name, figure in edited.items():
        k = where[name] + (where[name] >= 2)  # the filler moved the paragraphs after it
        start = sum(len(p) + 1 for p in paras[:k])
        m = re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d.年])", paras[k])  # (截至2019年底: a year)
        offsets[name] = start + m.start()
    return Report(text, broken, dict(edited), offsets)


#: relations of a county's statistical bulletin, generated apart (``generate_bulletin``) so that the
#: poverty report above, which the benchmark's corpus is made of, stays as it was
BULLETIN_RELATIONS = ("level", "ageband", "structure", "threshold", "each", "ceiling", "per_thousand")


def _one(x: Decimal) -> str:
    return format(_round(x, 1), "f")


def generate_bulletin(seed: int, broken: str | None = None) -> Report:
    """A short statistical bulletin holding every relation in BULLETIN_RELATIONS, consistent as
    officials round, or with ``broken`` broken beyond any rounding."""
    rng = random.Random(seed)
    county = rng.choice(["青石县", "柳河县", "石桥县", "云岭县", "桑园县", "白沙县", "东坪县", "南溪县"])
    paras: list[str] = [f"{county}2025年国民经济和社会发展统计公报"]
    edited: dict[str, str] = {}
    where: dict[str, int] = {}

    def edit(name: str, figure: str) -> None:
        edited[name] = figure
        where[name] = len(paras)

    # level: all residents' per-capita income lies between the urban and the rural one
    urban, rural = rng.randint(26000, 46000), rng.randint(11000, 22000)
    whole = rural + (urban - rural) * rng.randint(30, 70) // 100
    if broken == "level":
        whole = urban * 115 // 100 + 500
        edit("level", str(whole))
    paras.append(f"全年全体居民人均可支配收入{whole}元。其中，城镇居民人均可支配收入{urban}元；"
                 f"农村居民人均可支配收入{rural}元。")

    # ageband: the population by age adds up to the population
    bands = [rng.randint(20000, 60000), rng.randint(20000, 60000), rng.randint(60000, 140000),
             rng.randint(30000, 80000)]
    people = sum(bands)
    town = people * rng.randint(30, 55) // 100
    if broken == "ageband":
        bands[2] += max(3, bands[2] // 5)
        edit("ageband", str(bands[2]))
    paras.append(f"年末全县户籍人口为{people}人。其中，城镇人口{town}人，乡村人口{people - town}人；"
                 f"0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为{bands[0]}人、{bands[1]}人、"
                 f"{bands[2]}人和{bands[3]}人。")

    # structure: each sector's change of share is its new share less its old one
    old1, old2 = D(rng.randint(80, 250)) / 10, D(rng.randint(250, 450)) / 10
    old3 = 100 - old1 - old2
    down1, up2 = D(rng.randint(1, 9)) / 10, D(rng.randint(1, 15)) / 10
    if up2 == down1:
        up2 += D("0.1")
    new1, new2 = old1 - down1, old2 + up2
    new3 = 100 - new1 - new2
    change3 = new3 - old3
    stated2 = up2
    if broken == "structure":
        stated2 = up2 + D("0.5")
        while _one(stated2) in (_one(down1), _one(abs(change3))):
            stated2 += D("0.1")  # (the edited figure must be found where it stands: no other like it)
        edit("structure", _one(stated2))
    verb3 = "提高" if change3 > 0 else "下降"
    paras.append(f"三次产业结构由上年的{_one(old1)}:{_one(old2)}:{_one(old3)}调整为{_one(new1)}:{_one(new2)}:"
                 f"{_one(new3)}，第一产业比重下降{_one(down1)}个百分点，第二产业比重提高{_one(stated2)}个百分点，"
                 f"第三产业比重{verb3}{_one(abs(change3))}个百分点。")

    # threshold: the class above a stricter threshold lies within the looser one's, and both within the villages
    villages = rng.randint(80, 300)
    over10 = rng.randint(villages // 2, villages - 1)
    over50 = rng.randint(1, max(1, over10 // 3))
    if broken == "threshold":
        over50 = over10 + max(3, over10 // 5)
        over50 += over50 == villages  # (the edited figure must be found where it stands: no other like it)
        edit("threshold", str(over50))
    paras.append(f"全县{villages}个行政村集体经济收入全部达到5万元以上，其中10万元以上的村{over10}个，"
                 f"50万元以上的村{over50}个。")

    # each: a count whose units each get an amount, and the total
    n, each = rng.randint(5, 40), rng.choice([20, 30, 50, 80])
    total = n * each
    if broken == "each":
        total = total * 13 // 10 + 2
        edit("each", str(total))
    paras.append(f"为{n}个村各安排集体经济发展资金{each}万元，共计{total}万元。")

    # ceiling: the debt kept within its limit, the 其中 split adding up to it
    limit = rng.randint(300, 900)                      # 0.1亿元
    debt = limit * 10 * rng.randint(60, 97) // 100     # 0.01亿元
    general = debt * rng.randint(30, 60) // 100
    if broken == "ceiling":
        debt = limit * 10 * 12 // 10
        general = debt * rng.randint(30, 60) // 100
        edit("ceiling", format(D(debt) / 100, "f"))
    paras.append(f"年末全县政府债务余额{format(D(debt) / 100, 'f')}亿元，其中一般债务{format(D(general) / 100, 'f')}亿元、"
                 f"专项债务{format(D(debt - general) / 100, 'f')}亿元，控制在债务限额{format(D(limit) / 10, 'f')}亿元以内。")

    # per_thousand: doctors per thousand residents
    residents = rng.randint(150000, 600000)
    if broken == "per_thousand":  # broken beyond any rounding: not 30万人, which may be 25万..35万
        while wan(residents).endswith("0万"):
            residents += 1000
    doctors = residents * rng.randint(18, 35) // 10000
    ratio = _round(D(doctors) * 1000 / residents, 2)
    if broken == "per_thousand":
        ratio = _round(ratio * D("1.3"), 2)
        edit("per_thousand", format(ratio, "f"))
    paras.append(f"年末全县常住人口{wan(residents)}人。全县执业（助理）医师{doctors}人，每千人口执业（助理）医师"
                 f"{format(ratio, 'f')}人。")

    text = "\n".join(paras) + "\n"
    offsets = {}
    for name, figure in edited.items():
        start = sum(len(p) + 1 for p in paras[:where[name]])
        m = re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d.年])", paras[where[name]])
        offsets[name] = start + m.start()
    return Report(text, broken, edited, offsets)
