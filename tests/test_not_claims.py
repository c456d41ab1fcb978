"""Number-like tokens that are not claims: dates, ordinals, names, phone and document numbers.

Each row is a sentence and the token in it that must not become a claim. For tokens written
with digits, the parser must also say why it skipped them (``result.skipped`` with a reason);
Chinese-numeral words (第一书记, 两不愁三保障) are simply not numbers and need no entry.
"""

from __future__ import annotations

import pytest

from support import audit


def row(text, token, reason=None, *, digits=True, id=None):
    """``token`` is a substring of ``text``; ``reason`` a word the skip reason must contain."""
    return pytest.param(text, token, reason, digits, id=id or f"{token}@{text}")


CASES = [
    # --- years and dates ------------------------------------------------------------------------
    row("截至2019年12月底，全县共有贫困户1200户", "2019", "year"),  # a year before 年
    row("截至2019年12月底，全县共有贫困户1200户", "12", "date"),  # the month of the same date
    row("2020年全面完成脱贫任务", "2020", "year"),
    row("2019年至2021年累计投入", "2021", "year"),  # the second year of a span
    row("2021-2025年规划", "2021", "year"),  # a year before a dash
    row("12月31日前完成", "31", "date"),  # day of month
    row("5月份开工建设", "5", "date"),  # 月份 is still a month
    row("1-5月完成投资3亿元", "1", "date"),  # the first month of a month range
    row("1至10月，全县新增就业", "10", "date"),
    row("二〇二〇年底全县脱贫", "二〇二〇", "year"),  # a year in Chinese digits
    row("上午9:30召开推进会", "9", "clock"),  # clock time
    # --- ordinals ---------------------------------------------------------------------------
    row("派驻第6批驻村工作队", "6", "ordinal"),  # 第6批
    row("召开第4次专题会议", "4", "ordinal"),  # 第4次
    row("第一书记驻村开展工作", "一", digits=False),  # 第一书记 is a job title
    row("第三季度完成验收", "三", digits=False),
    row("一是加强组织领导", "一", digits=False),  # enumeration word
    # --- policy names built from digits ----------------------------------------------------
    row("深入实施“351”工程", "351", "quoted"),
    row("推广“232”帮扶模式", "232", "quoted"),
    row("推行“1+X”产业模式", "1", "quoted"),
    row("推行1+X帮扶模式", "1", "1+X"),  # unquoted 1+X
    row("打造“6+1”产业体系", "6", "quoted"),
    row("实现“两不愁三保障”目标", "两", digits=False),
    # --- classes named by a numeral: 二类户 is the second class of households, not two of them -----
    row("对二类户124户每户补助1.5万元", "二类", "class"),
    row("其中三类人员12人", "三类", "class"),
    row("完成四类村庄认定", "四类", "class"),
    row("落实“四议两公开”制度", "四", digits=False),
    row("实施“十三五”规划以来", "十三五", "plan period"),
    # --- phone, postcode and document numbers -----------------------------------------------
    row("联系电话：0937-5512345", "5512345", "phone"),
    row("联系电话：0937-5512345", "0937", "phone"),  # the area code too
    row("咨询热线0937-5512345。", "5512345", "phone"),
    row("监督手机13912345678", "13912345678", "phone"),  # mobile number
    row("邮编735000", "735000", "code"),  # postcode
    row("根据青政发〔2024〕12号文件精神", "2024", "document"),  # year inside 〔〕
    row("根据青政发〔2024〕12号文件精神", "12", "document"),  # the document's serial number
    # --- list markers, identifiers and versions -----------------------------------------------
    row("工作措施\n1.加强领导\n2.落实资金", "1", "list marker"),
    row("工作措施\n1.加强领导\n2.落实资金", "2", "list marker"),
    row("主要任务\n(3)强化督查", "3", "list marker"),
    row("新建5G基站", "5", "letters"),  # 5G
    row("创建3A级景区", "3", "letters"),  # 3A
    row("升级到2.0.1版本", "2.0", "version"),
    # --- spoken shorthand that drops its last unit: refused, not misread ---------------------------
    row("奖励一万三元", "一万三", "Chinese numerals"),  # 13000 or 10003?
    row("修建两千四百五户", "两千四百五", "Chinese numerals"),
    row("奖励5万12千元", "5万12千", "do not form one number"),  # 12千 does not fit below 万
    row("增长.5个百分点", "5", "leading digit"),  # a decimal point with no digit before it
    # --- numbers of tables and figures ----------------------------------------------------------
    row("表2 2018—2022年全县脱贫户收入情况", "2", "table"),
    row("附表3：各乡镇目标任务分解", "3", "table"),
    row("各村完成情况见表1。", "1", "table"),
    row("如图2所示，收入逐年增长", "2", "figure"),
]


@pytest.mark.parametrize("text, token, reason, digits", CASES)
def test_not_a_claim(text, token, reason, digits):
    result = audit(text)
    start = text.index(token)
    end = start + len(token)
    overlapping = [c for c in result.claims if c.start < end and start < c.end]
    assert overlapping == [], [(c.text, c.value, c.unit) for c in overlapping]
    if digits:
        skips = [s for s in result.skipped if s.start <= start and end <= s.end]
        assert skips, f"{token!r} not in skipped: {[(s.text, s.reason) for s in result.skipped]}"
        assert all(s.reason.strip() for s in skips)
        assert any(reason.lower() in s.reason.lower() for s in skips), [s.reason for s in skips]
        for s in skips:
            assert text[s.start:s.end] == s.text


def test_real_figures_next_to_skipped_tokens_survive():
    """Skipping the date must not cost the figure in the same sentence."""
    result = audit("截至2019年12月底，全县共有贫困户1200户")
    assert [(c.text, c.value, c.unit) for c in result.claims] == [("1200户", 1200, "户")]


def test_table_and_figure_inside_other_words_keep_their_figures():
    """代表3人 (three deputies), 报表3份 (three forms): 表 ends another word, the figure stays."""
    result = audit("选举人大代表3人，上报报表3份")
    assert [(c.text, c.unit) for c in result.claims] == [("3人", "人"), ("3份", "份")]
