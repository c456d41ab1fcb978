"""Report phrasings → the claims they state: value in the normalised unit, unit, kind, hedge.

One table, one runner. Every row is a short invented sentence of the kind county reports
print; the expected claims are exact (Decimal equality, so 0.14 == 0.1400). Money is in 万元,
area in 亩, power in 兆瓦, weight in 吨, length in 公里, percentages in percent.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from support import audit

_ABSENT = object()


def E(value, unit, **attrs):
    """An expected claim: value (exact, in the normalised unit), unit and any other field.

    ``low`` / ``high`` are the interval bounds (None for an open end); other keywords are
    Claim attributes (kind, hedge, per, range_role, text ...).
    """
    return {"value": Decimal(str(value)), "unit": unit, **attrs}


def row(text, *claims, id=None):
    return pytest.param(text, list(claims), id=id or text)


CASES = [
    # --- scale words on Arabic numbers -------------------------------------------------------
    row("全县总人口14.56万人", E("145600", "人", kind="amount", hedge=None, text="14.56万人")),  # decimal + 万
    row("完成投资3.8億元", E(38000, "万元", text="3.8億元")),  # traditional 億, money → 万元
    row("接待游客1.8万人次", E(18000, "人次")),  # 万 before the counter 人次
    row("争取资金2000万元", E(2000, "万元")),  # 万元 is already the normal unit
    row("全年财政收入12亿元", E(120000, "万元")),  # 亿元 → ×10000 万元
    row("地区生产总值1.2万亿元", E(120000000, "万元")),  # stacked scale 万亿
    row("引进资金5千万元", E(5000, "万元")),  # Arabic + 千万
    row("预算3.5百万元", E(350, "万元")),  # 百万元
    row("采购500千元设备", E(50, "万元")),  # 千元 is a unit, not the scale 千
    row("完成投资6.8亿元", E(68000, "万元", low=67500, high=68500)),  # ±½ of the last place (0.1亿)
    row("新增农户1.8万户", E(18000, "户")),  # 万 + 户
    row("奖励3万5千元", E("3.5", "万元", text="3万5千元")),  # digits with a chain of scale words
    row("总投资12亿3400万元", E(123400, "万元")),  # 亿 group then 万 group
    # --- Chinese numerals ------------------------------------------------------------------------
    row("培训农民两万人", E(20000, "人", text="两万人")),  # 两 as 2 before a scale
    row("争取项目资金三千八百万元", E(3800, "万元", text="三千八百万元")),  # 三千八百 × 万
    row("贫困发生率降至百分之三十二点四", E("32.4", "%", kind="percent", text="百分之三十二点四")),  # 百分之 + Chinese decimal
    row("投入资金一亿二千万元", E(12000, "万元")),  # 亿 section then 万 section
    row("总投资一亿零五百万元", E(10500, "万元")),  # 零 between sections (was 1000005000000 元)
    row("拨付四千万零六千元", E("4000.6", "万元")),  # 零 after 万
    row("覆盖十九点六万人", E(196000, "人")),  # Chinese decimal before 万
    row("修建水窖两千三百户", E(2300, "户")),  # 两千三百
    row("组建合作社十五个", E(15, "个")),  # 十五 with a counter
    row("发放补贴二十五万元", E(25, "万元")),  # 二十五万
    row("实现全覆盖百分之百", E(100, "%", kind="percent")),  # 百分之百: bare 百 is one hundred
    row("占比百分之5", E(5, "%", kind="percent")),  # 百分之 + Arabic digits
    # --- ranges ----------------------------------------------------------------------------------
    row("补助标准为3-10万元",  # the low end borrows 万 and 元 from the high end
        E(3, "万元", range_role="low", text="3"), E(10, "万元", range_role="high", text="10万元")),
    row("给予500元至1000元奖励",
        E("0.05", "万元", range_role="low"), E("0.1", "万元", range_role="high")),  # 至 joins two full figures
    row("增速保持在5%-8%", E(5, "%", kind="percent", range_role="low"), E(8, "%", kind="percent", range_role="high")),
    # --- hedges: near, more, bounds, approximately -------------------------------------------------
    row("筹集资金近300万元", E(300, "万元", hedge="near", low=270)),  # 近: up to 10% below
    row("参会群众200多人", E(200, "人", hedge="more", low=200, high=300)),  # 多 after the hundreds
    row("收购农产品1万多公斤", E(10, "吨", hedge="more", low=10, high=20)),  # [10000, 20000] 公斤
    row("选派帮扶干部50余人", E(50, "人", hedge="more", low=50, high=60)),  # 余 after the tens
    row("动员三十余人", E(30, "人", hedge="more", low=30, high=40)),  # Chinese: 三十余 is 30 to 40
    row("惠及一百多户", E(100, "户", hedge="more", low=100, high=200)),  # 一百多 is 100 to 200
    row("吸引社会资金三千多万元", E(3000, "万元", hedge="more", low=3000, high=4000)),  # 三千多万
    row("辐射群众十多万人", E(100000, "人", hedge="more", low=100000, high=200000)),  # 十多万: not exactly 100000
    row("就业4万多人", E(40000, "人", hedge="more", low=40000, high=50000)),  # 多 after 万
    row("带动1.5万余人", E(15000, "人", hedge="more", low=15000, high=16000)),  # decimal before 万余
    row("贫困发生率降至0.3%以下", E("0.3", "%", kind="percent", hedge="at_most", low=0, high="0.35")),  # 以下
    row("带动超过5000户", E(5000, "户", hedge="at_least", low="5000", high=None)),  # 超过: at least the figure, open above
    row("超3000万元", E(3000, "万元", hedge="at_least", high=None)),  # 超 alone
    row("已签约5236人", E(5236, "人", hedge=None, low="5235.5", high="5236.5")),  # 签约 ends a word: 约 is no hedge
    row("辐射带动附近3个村，约1300人", E(3, "个", hedge=None), E(1300, "人", hedge="approx")),  # 附近 is no 近
    row("开展培训次均补助320元", E("0.032", "万元", kind="per_unit", per="次")),  # 次均: an average per time
    row("综合覆盖率不低于80%", E(80, "%", hedge="at_least", high=None)),  # 不低于
    row("转移就业5000人左右", E(5000, "人", hedge="approx", low=4500, high=5500)),  # 左右: ±10%
    row("年投入约1.5亿元", E(15000, "万元", hedge="approx", low=13500, high=16500)),  # 约
    row("项目资金约为300万元", E(300, "万元", hedge="approx", low=270, high=330)),  # 约为: 约 before a verb
    row("约有500人参加", E(500, "人", hedge="approx", low=450, high=550)),  # 约有
    row("单户补助不超过5万元", E(5, "万元", hedge="at_most", low=0)),  # 不超过 is at most, not 超过
    row("负债率不高于3%", E(3, "%", hedge="at_most", low=0)),  # 不高于 is at most, not 高于
    row("误差不足10%", E(10, "%", hedge="at_most", low=0, high="10.5")),  # 不足
    row("控制在2%以内", E(2, "%", hedge="at_most")),  # 以内
    row("新增就业500人以上", E(500, "人", hedge="at_least", high=None)),  # 以上
    row("接待3万人次以上", E(30000, "人次", hedge="at_least")),  # 以上 after 人次
    row("户均1.5万元左右", E("1.5", "万元", hedge="approx", kind="per_unit")),  # 左右 on a per-unit figure
    # --- compound figures and per-unit figures -----------------------------------------------------
    row("建档立卡贫困户14109户40779人", E(14109, "户"), E(40779, "人")),  # households then persons
    row("户均增收1400元", E("0.14", "万元", kind="per_unit", per="户")),  # 1400元 = 0.14 万元
    row("每人每年补助1万元", E(1, "万元", kind="per_unit", per="人")),  # 每人每年
    row("农村居民人均可支配收入8520元", E("0.852", "万元", kind="per_unit", per="人")),  # 人均 … 收入
    row("每亩补助500元", E("0.05", "万元", kind="per_unit", per="亩")),  # 每亩 with a verb between
    row("亩均增收800元", E("0.08", "万元", kind="per_unit", per="亩")),  # 亩均
    row("人均收入增长1.5倍", E("1.5", "倍", kind="amount")),  # a multiple after 人均 is not per-unit
    row("发放资助资金2968万元，生均1038元", E("2968", "万元"), E("0.1038", "万元", kind="per_unit", per="人")),  # per pupil
    row("总装机容量38.4兆瓦，座均300千瓦", E("38.4", "兆瓦"), E("0.3", "兆瓦", kind="per_unit", per="座")),  # per station
    row("发放2000元/人", E("0.2", "万元", kind="per_unit", per="人")),  # 元/人
    row("人均纯收入3000元以上", E("0.3", "万元", kind="per_unit", hedge="at_least")),  # per-unit and bound
    row("每户补助3-10万元",
        E(3, "万元", kind="per_unit", per="户", range_role="low"),
        E(10, "万元", kind="per_unit", per="户", range_role="high")),  # per-unit range
    # --- full-width digits and separators ----------------------------------------------------------
    row("共有贫困户１２３４户", E(1234, "户", text="１２３４户")),  # full-width digits
    row("投入资金1,234,567元", E("123.4567", "万元", text="1,234,567元")),  # thousands separators
    row("投入资金３．５万元", E("3.5", "万元")),  # full-width decimal point
    row("贫困人口１，２３４户", E(1234, "户")),  # full-width thousands separator
    row("发生率降至１５％", E(15, "%", kind="percent")),  # full-width percent sign
    # --- percentages ---------------------------------------------------------------------------
    row("同比增长12.5%", E("12.5", "%", kind="percent")),
    row("比上年提高3.2个百分点", E("3.2", "个百分点", kind="percentage_point")),  # points, not percent
    row("人口自然增长率5‰", E("0.5", "%", kind="percent")),  # per mille → percent
    # --- area → 亩 -------------------------------------------------------------------------------
    row("种植花椒2000亩", E(2000, "亩")),
    row("新增高标准农田2.5万亩", E(25000, "亩")),  # 万 + 亩
    row("退耕还林30公顷", E(450, "亩")),  # 1 公顷 = 15 亩
    row("新建住房1200平方米", E("1.8", "亩")),  # 1 平方米 = 0.0015 亩
    # --- power → 兆瓦 -----------------------------------------------------------------------------
    row("光伏装机20兆瓦", E(20, "兆瓦")),
    row("光伏装机20MW", E(20, "兆瓦")),  # Latin symbol
    row("村级电站500千瓦", E("0.5", "兆瓦")),  # 千瓦 is a unit, not 千 × 瓦
    row("村级电站500kW", E("0.5", "兆瓦")),
    row("风电装机300万千瓦", E(3000, "兆瓦")),  # 万 + 千瓦
    row("新能源装机1.2GW", E(1200, "兆瓦")),
    # --- persons and person-times ------------------------------------------------------------------
    row("帮扶责任人5人", E(5, "人")),
    row("驻村干部12名", E(12, "人")),  # 名 counts persons
    row("全家4口", E(4, "人")),  # 口 counts persons
    row("邀请专家3位", E(3, "人")),  # 位 counts persons
    row("培训300人次", E(300, "人次")),
    row("培训300人(次)", E(300, "人次", text="300人(次)")),  # bracketed 次
    # --- counters keep their own unit ----------------------------------------------------------------
    row("建设扶贫车间6个", E(6, "个")),
    row("实施项目12项", E(12, "项")),
    row("硬化道路8条", E(8, "条")),
    row("新建桥梁3座", E(3, "座")),
    row("改造学校2所", E(2, "所")),
    row("引进企业5家", E(5, "家")),
    row("组建服务队4支", E(4, "支")),
    row("举办招聘会7场", E(7, "场")),
    row("建成安置房60套", E(60, "套")),
    row("新建厂房10栋", E(10, "栋")),
    row("发放鸡苗500只", E(500, "只")),
    row("发放基础母牛120头", E(120, "头")),
    # --- weight and length ---------------------------------------------------------------------------
    row("年产量300吨", E(300, "吨")),
    row("销售1.5万吨", E(15000, "吨")),
    row("收购500公斤", E("0.5", "吨")),
    row("收购500千克", E("0.5", "吨")),  # 千克 is a unit, not 千 × 克
    row("硬化道路15公里", E(15, "公里")),
    row("新建道路12.6千米", E("12.6", "公里")),
    row("新建步道800米", E("0.8", "公里")),
    row("铺设管网2.3km", E("2.3", "公里")),
    # --- traditional characters and pinyin annotations -----------------------------------------------
    row("貧困人口4.3萬人", E(43000, "人", text="4.3萬人")),  # traditional 萬
    row("國(guó)家投入12.5萬(wàn)元", E("12.5", "万元", text="12.5萬(wàn)元")),  # pinyin inside the figure
    row("縣(xiàn)裏(lǐ)共有貧(pín)困(kùn)戶(hù)1200戶(hù)", E(1200, "户", text="1200戶")),  # pinyin before and after
    row("總(zǒng)人(rén)口(kǒu)14.56萬(wàn)人(rén)", E(145600, "人", text="14.56萬(wàn)人")),  # every character annotated
    # --- text spaced out around its digits (copied from a laid-out page) -----------------------------
    row("有股东社员 86 人", E(86, "人", text="86 人")),
    row("已完成投资 470 萬元", E(470, "万元", text="470 萬元")),
    row("从 2018 年起"),  # a year, spaced out, is still a year
    row("道路\t21\t1450", E(21, ""), E(1450, "")),  # table cells keep no unit
    # --- ratios of shares --------------------------------------------------------------------------
    row("三次产业比调整为12.9︰41.8︰45.3", E("12.9", ""), E("41.8", ""), E("45.3", "")),  # ︰ is no ".."
    row("三次产业结构为12.9:41.8:45.3", E("12.9", ""), E("41.8", ""), E("45.3", "")),  # not clock times
    # --- 元 dropped after a scale in a list of money ------------------------------------------------
    row("项目投资金额86万,互助资金25万元", E(86, "万元", text="86万"), E(25, "万元")),
    row("总人口14.56万,贫困人口4.1万人", E(145600, ""), E(41000, "人")),  # not money: no 元 borrowed
    # --- changes in points whose list states 个百分点 once, at its end --------------------------------
    row("比重分别下降0.3个、提高0.5个百分点", E("0.3", "个百分点", text="0.3个", kind="percentage_point"),
        E("0.5", "个百分点", kind="percentage_point")),
    row("比重分别回落1.24和0.86个百分点", E("1.24", "个百分点", text="1.24", kind="percentage_point"),
        E("0.86", "个百分点", kind="percentage_point")),
    row("新建村部3个、提高2个百分点", E(3, "个"), E(2, "个百分点")),  # no verb of change before 3个
    # --- ranks ---------------------------------------------------------------------------------------
    row("综合考核位列全省第3位", E(3, "位次", kind="rank", low=3, high=3)),  # a rank is exact
]


def _check(claim, expected: dict) -> None:
    for key, want in expected.items():
        if key == "low":
            got = claim.interval.low
        elif key == "high":
            got = claim.interval.high
        else:
            got = getattr(claim, key)
        if key in ("low", "high") and want is not None:
            want = Decimal(str(want))
        assert got == want, f"{key}: got {got!r}, want {want!r} for {claim.text!r}"


@pytest.mark.parametrize("text, expected", CASES)
def test_phrasing(text, expected):
    claims = audit(text).claims
    assert [(c.value, c.unit) for c in claims] == [(e["value"], e["unit"]) for e in expected], \
        [(c.text, c.value, c.unit) for c in claims]
    for claim, want in zip(claims, expected):
        _check(claim, want)
        # offsets index the text as given, whatever normalisation did
        assert text[claim.start:claim.end] == claim.text


def test_table_is_large_enough():
    assert len(CASES) >= 70


def test_compound_figure_shares_a_group():
    """14109户40779人 is one statement in two units: both claims carry one group id."""
    first, second = audit("建档立卡贫困户14109户40779人").claims
    assert second.group == first.id


def test_compound_figure_both_members_carry_the_group():
    first, second = audit("建档立卡贫困户14109户40779人").claims
    assert first.group is not None and first.group == second.group


def test_near_is_below_the_stated_figure():
    (claim,) = audit("筹集资金近300万元").claims
    assert claim.interval.high == Decimal(300)


def test_fell_to_zero():
    claims = audit("贫困人口降至零").claims
    assert [(c.value, c.unit) for c in claims] == [(Decimal(0), "人")]


def test_pinyin_offsets_index_the_original():
    text = "國(guó)家下(xià)撥(bō)資(zī)金(jīn)12.5萬(wàn)元(yuán)"
    (claim,) = audit(text).claims
    assert claim.start == text.index("12.5")
    assert claim.number_span.start == text.index("12.5")
    assert text[claim.number_span.start:claim.number_span.end] == "12.5"
    assert claim.end == text.index("元") + 1


def _read_with_cn2an(text: str):
    """What _read_integer gives when cn2an is always asked: its value, or NotANumber."""
    import cn2an

    from auditor import numbers

    try:
        value = Decimal(str(cn2an.cn2an(text.replace("两", "二").replace("〇", "零"), "strict")))
    except Exception:
        return numbers._integer(text, text)
    if value != numbers._integer(text, text):
        raise numbers.NotANumber(text)
    return value


def test_short_numerals_read_without_cn2an_as_cn2an_would():
    """Every string of up to CN2AN_FREE_LENGTH numeral characters gets the same value (to the
    digit string of the Decimal) or the same refusal without cn2an as with it."""
    import itertools

    from auditor import numbers

    alphabet = "零〇一二两三四五六七八九十百千万亿"
    for length in range(1, numbers.CN2AN_FREE_LENGTH + 1):
        for chars in itertools.product(alphabet, repeat=length):
            text = "".join(chars)
            try:
                expected = str(_read_with_cn2an(text))
            except numbers.NotANumber:
                expected = "NotANumber"
            try:
                got = str(numbers._read_integer(text, text))
            except numbers.NotANumber:
                got = "NotANumber"
            assert got == expected, text


def test_table_row_gives_the_unit_its_columns_do_not():
    """A table by year (年度 | 2019年 | … | 合计) names each indicator's unit in its row: in brackets
    after the label, or in a 单位 column; a label in brackets that is no unit (城关镇（社区）) gives none."""
    text = ("年度\t2019年\t2020年\t合计\n改造户数（户）\t412\t386\t798\n补助资金（万元）\t1030\t965\t1995\n"
            "城关镇（社区）\t12\t15\t27\n\n指标\t单位\t绝对值\t增长(%)\n地区生产总值\t亿元\t126.1\t6.2\n")
    got = [(c.text, c.value, c.unit) for c in audit(text).claims]
    assert got[:6] == [("412", 412, "户"), ("386", 386, "户"), ("798", 798, "户"),
                       ("1030", 1030, "万元"), ("965", 965, "万元"), ("1995", 1995, "万元")]
    assert [u for _, _, u in got[6:9]] == ["", "", ""]
    assert got[9:] == [("126.1", Decimal("1261000"), "万元"), ("6.2", Decimal("6.2"), "%")]


def test_a_run_of_numeral_characters_longer_than_any_number_is_skipped_not_read():
    """Read section by section, a run of thousands of numeral characters recursed once per 万 or
    亿 and raised RecursionError."""
    from auditor import audit_text, numbers

    run = "一二三四五六七八九十百千万亿" * 3000
    with pytest.raises(numbers.NotANumber):
        numbers.parse_chinese(run)
    longest = "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九"
    assert numbers.parse_chinese(longest)[0] == Decimal("9999999999999999")
    result = audit_text(f"全县{run}人。")
    assert not result.claims
    assert [s.text for s in result.skipped] == [run + "人"] or [s.text for s in result.skipped] == [run]
