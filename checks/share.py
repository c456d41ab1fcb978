"""A share or rate must equal its part over its whole.

What it checks
    1. 占…的X% in the text: the figure before 占 over the whole it names (搬迁人口中建档立卡
       16870人，占搬迁人口的82.69%, with 搬迁任务20402人 earlier in the sentence); a whole is named
       by the words before it or by the noun its counter counts (全县142个行政村中…占行政村总数的…). A whole named
       (占累计脱贫户数的…) but stated only in an earlier paragraph is the one figure named so there.
       The part may be named by the words before 占 rather than stand right before it
       (其中：建档立卡户4120户16010人，建档立卡户占79.1%), or be followed by an aside without
       figures (落实搬迁对象4170户（已签协议），占…) or by its own growth (税收收入8.65亿元，增长3.8%，
       占…). A share of the target or plan (占目标任务的, 占计划的) is of the figure stated earlier as
       planned and named most like the part (搬迁三年行动计划涉及5210户，其中建档立卡户4120户 …
       其中建档立卡3300户，占目标任务的80.1%).
       A share of 总人口 is of the population stated before it in its paragraph, by whichever
       register (年末户籍人口273393人。…男性144994人，占总人口的53%). A share that names no whole is
       of the nearest figure of its unit in its sentence that is no share itself (产业发展资金9650万元，
       占61.5%；基础设施建设资金4230万元，占27.0%: not of 9650万元), or, when its sentence opens by
       dividing the one before (按资金用途分：, 其中), of that sentence's first figure of its unit.
       A share after 其中 is of the figure before 其中, or of either when two figures of its unit
       stand there (下达资金3.86亿元，已拨付3.72亿元，其中用于产业发展2.36亿元，占比61.1%).
       A sentence that opens with the part's name and holds no figure before 占 (税收收入占一般公共
       预算收入的67.4%) takes the part from the two sentences before, in the line, named so; one that
       opens with 用于 divides the total of the sentence before (a warning, failing beyond base.GROSS),
       past sentences that divide it too (按城乡属性分，…。按年龄段分，0-17周岁人口62310人，占21.8%).
       A whole named as another period's (占去年外出务工总数的95.8%) is a figure said of that period
       or of the year before the part's, never one of the part's own period. A figure that names a
       class (收入达10万-30万元的村数，占总村数的38.6%) is no part: the class's count is not stated. A
       rate stated with its excess over the plan (开工6.48万户，开工率达135%，超额完成1.68万户) is what was
       done over what was done less the excess, and the excess is no whole of a later rate. A share
       of a budget (占调整预算98.7%) is of a figure named as a budget, never of the revenue it budgets.
       A share of a flow (占全省新增贷款的46.8%) is of a figure named as that flow, not of a stock
       (贷款余额); a share of a per-capita figure (占全年人均收入的24%) is of a per-capita figure; a
       share after a level's change (…1286家，比上年底增加64家，占…) is of the level; a whole before 其中
       said to be an estimate (预计…186个。其中…) is not sure, and a mismatch only warns. A figure
       named like the whole that is smaller than the part of a share below 100% is no whole but
       another figure named alike (国有控股企业…工业总产值 for 规模以上工业总产值), and nothing is
       said: part ÷ whole above 100% against a share of 72.5% tells nothing of the report. So
       for any whole that is not sure (named in an earlier paragraph, or found by position) and is
       smaller than the part of a share below 100%.
       Parts of one sentence each followed by 占x%, with no whole named or stated (5万元以下的村30个，
       占25%；5万至10万元的村60个，占50%；…), are shares of one whole: each part over its share gives
       it, and one that cannot meet the whole two or more others agree on within a tenth fails; of
       two whose shares make up 100 and whose wholes cannot meet, the pair warns. Shares adding up
       to over 110% are of parts that overlap or of wholes of their own: nothing is said.
    2. Completion: 完成…任务的X% / 完成率X% against what was done over what was planned (a plan
       stated right before the rate, 完成目标任务2.2万人的106.8%, is C010's), and a rate may be
       named by the verb of what it counts (实施项目326个，已完工318个，完工率97.5%), over the figure
       of its kind before it in its sentence or, failing one, the one in the sentence before named by
       the rate's verb (新开工2023年棚改480户 for 开工率), else the first there (a warning, failing
       beyond base.GROSS), or failing both, the nearest figure of its kind the
       paragraph states as a total before (全县共实施易地扶贫搬迁3865户…。…集中安置3102户，集中安置率
       80.3%; a warning too, failing beyond base.GROSS); 结案率 counts what was 办结. A rate named for
       a group (重点人群签约率) is over a figure named for that group only.
    3. Share columns in tables (占总投资比例): each row's amount over the 合计 row's, and the
       shares adding up to the 合计's 100% (a fraction written as 1 is 100%).
    4. Rate columns in tables (贫困发生率): per row, the column named like the rate over the
       column headed 总… (贫困人口 / 总人口数), over the monitored (风险消除率: 已消除风险户数 / 监测户数),
       or over the registered (脱贫率: 脱贫人数 / 建档立卡人数;
       a column of those left, 未脱贫人数, is no part of it); failing a header that names the whole,
       over the one other column of the part's kind to its left (脱贫劳动力 | 务工人数 | 务工率), a
       reading by position that warns, and fails beyond base.GROSS.
    5. A coverage of 100% (签约覆盖率达100%) against the count it covers and the registered
       population it claims to cover (a warning at most: the link crosses the report).
    6. A growth rate against the change of two levels (较…的B增加C，增长X%) in the rate's own item
       (";" closes an item of a list of indicators), or of a level and its change (达到15862元，比上年
       增加1972元，增长14.2%: C ÷ (A − C); 减少0.23万人，下降2.6%: C ÷ (A + C); the change may follow
       its rate: 比上年增长9.1%，增加1057元; in the words of revenue and spending: 增收, 减收, 增支,
       减支; a bulletin's bare 增 / 减 (比上年增0.85万吨，增4.9%); 新增 only from a base; the change of
       the level right before it, never of a base stated further back for another total; the base is the
       from-level of a from–to pair, not the level reached (由5000亩增加到6000亩，净增1000亩); a base named
       by 与…的 may hold an aside (与2010年(第六次全国人口普查数据，下同)的133972万人相比), 较3月16日新增…，增幅…; a base since last month or the year's start
       is the rate's too when it names none of its own: 比上月增加3125人，增长25.8%; a change before another
       level is not that level's (新建大棚1200个，比上年增加150个，实现蔬菜产量3.5万吨，同比增长12.5%); the level is never
       the plan a completion rate is taken of, 完成年初预算数60999万元的40.4%, nor a figure of the
       sentence before, nor a level restated in parens in another unit), or of a level and
       the earlier one it is compared with (达到14625元，较2020年的9830元增长48.8%; 与2010年第六次全国
       人口普查的312564人相比，减少26134人，下降8.36%), past a change of another period and its rate
       (环比增加8.36万人次，增长0.7%，同比增加52.18万人次，增长4.2%: no change is a base). A mismatch fails
       when the levels are counts, quantities or money that is not output and the sentence does not
       call the growth real or comparable
       (存款余额, 人均可支配收入); growth of output or value added (生产总值, 增加值, 产值), or growth
       said to be 实际/可比/同口径, is measured at comparable prices or on an adjusted basis, so there
       it only warns; a real growth below the change of the nominal figures is what it should be, and
       nothing is said (名义增长10.0%，扣除价格因素，实际增长7.9%). A table's share column of one year
       beside one of another (比重2022年 | 比重2012年) is not set against counts that name no year.
    7. 分别占 lists: several parts listed before 分别占 a whole, paired with the rates in order
       (男性18.4万人、女性17.2万人，分别占总人口的51.7%和48.3%), or one part 分别占 several
       wholes named after it (入住1620户6310人，分别占市计划、县计划的171.5%、100%), or parts of
       different kinds each over the whole named for it, in order (农业户4800户，农业人口17900人，分别
       占总户数和总人口的92.31%和96.24%).
    8. A risk removal rate (风险消除率) is the figure stated with 消除风险 over the monitored
       total stated before it in its paragraph (监测对象2310户8120人，累计消除风险1204户4310人，
       风险消除率53.08%), for households or persons, whichever the rate fits; with the total in an
       earlier sentence (not one newly included, 新纳入/新识别), a mismatch warns, and fails beyond
       base.GROSS.
    9. An average growth (从2016年的3150元增加到2021年的11260元，年均增长29.0%; 达到14625元，较
       2020年的9830元…，年均增长8.3%) against the compound growth of the two levels over the years
       between them; a pair that names no years spans those of the pair before it in its sentence
       (…由2020年的86.5亿元增加到2025年的128.6亿元…；一般公共预算收入由5.26亿元增加到8.12亿元，
       年均增长9.1%).
    10. The ratio of urban to rural income (城乡居民收入比为2.50, 缩小到2.50:1; the incomes may be given
        at once, 城乡居民人均可支配收入分别达到38650元、17820元) against the urban and the rural
        per-capita income stated before it in its paragraph.
    11. A share stated before its part (统筹安排衔接资金2.86亿元，用于产业发展的比例为62.5%，达到
        1.79亿元): the part over the figure of its kind before the share in the sentence.
    12. A rate named by any verb (就业率, 救治率, 收回率, 报销比例): the figure done with that verb (已实现
        就业8236人, 已救治382人) over the figure of its kind before it in the sentence; with several
        such figures, the rate passes when one of them gives it and warns when none does. A rate
        named by a noun (农业人口比例, 资金…率 read from its end) is not read so.
    13. A growth from one level to another stated right after them (由2015年的每人每年2400元提高到
        2020年的4560元，增长90.0%; or a level of one year and, in the next clause, the level another
        year reached: 2014年底…2000元，到2015年底…达到2788元，增长39.4%): B ÷ A − 1, read like an
        average growth.
    14. A为B的N倍: A ÷ B = N, B stated between 为/是 and 的 (贷款余额1.86亿元为风险补偿金3200万元的5.8倍;
        a share alike, A是B的N%: 吸纳贫困劳动力793.52万人，是2019年吸纳人数816.86万人的96.91%, unless B is
        a plan, target or budget: C010's completion rate),
        or named by its year right after a from–to pair (由2015年的8040元增加到2020年的12865元，是2015年
        的1.6倍). A growth by N times (达到52.6万元，比2020年的8.3万元增长5.3倍; 由…增加到…，增长5.3倍): the
        level over the base is N + 1, or N as many reports write it; neither fails for counts and money
        that is not output, and warns for output.
    15. The structure of the three sectors (三次产业结构为9.8:36.2:54.0, or their shares 分别为…%)
        against the sectors' values stated before it in its paragraph (第一产业增加值12.3亿元 …):
        each share within one unit of its last digit of its value over the three values' sum (the
        unit allows the nudge that makes the three add up to 100). An earlier structure it is
        compared with (由上年的…调整为) is not checked.
    16. An urbanisation rate (年末常住人口35.36万人，其中城镇常住人口16.55万人，常住人口城镇化率为
        46.8%): the urban population over the population stated before it, in the rate's sentence
        or the one before, of the register the rate names (户籍人口城镇化率: 户籍).
    17. A growth column in a table by year (年份 | 人均纯收入(元) | 增长(%)): each year's level over
        the year before's, less one, from the column nearest to its left; read by position, so a
        mismatch warns, and fails beyond one point and base.GROSS of the growth (for money, only the
        poor's net income, 纯收入, fails). Output (生产总值, 增加值, 投资) and real growth (实际, 可比)
        are not read.
    18. The share of days of good air (优良天数352天，优良天数比率为96.4%) is the days over the days of
        the year, 365 or 366 (either passes); a sex ratio (男性19.86万人，女性18.70万人，性别比为106.2)
        is the men per 100 women; a pupil-teacher ratio (在校学生3.86万人，专任教师2215人，生师比17.4:1)
        the pupils per teacher; a loan-to-deposit ratio (存贷比) is the loans over the deposits
        (各项贷款余额 over 各项存款余额) stated in its sentence or the two before, in its line.
    19. A birth or death rate in ‰ (全年出生人口2864人，出生率为8.1‰) is the births (deaths) over the
        population stated before it in its paragraph (常住 or 户籍: either may be meant), within 2% for
        the year's mean population against the year-end one (as C005 allows); beyond that it warns,
        and fails beyond base.GROSS.
    20. A source of a per-capita income and its share with no whole named (工资性收入8092元，增长8.8%，
        占比63.07%) is over the per-capita income stated before it (人均可支配收入12830元), each source
        being per capita too; sure in its sentence or the one before, else a warning that fails beyond
        base.GROSS. A whole named only as the total (占总面积的, 占总户数的) is the total the part's 其中
        breaks down (全村占地总面积25244亩，其中耕地面积2021亩，占总面积的8.3%).
    21. A sentence that opens by naming the population its figures are among (总人口中，男性…，占51.2%)
        gives its bare shares that whole, as 占总人口的 would: the population stated before it and named
        so (全市人口, 年末人口 and 常住人口 are), never a figure among it or of another such sentence (男性
        人口为41250人), nor one of another place (全市… against 全县…); sure in the sentence before,
        else a warning. A whole named for a wider place (占全市危房改造户数的8%) is a figure said of that
        place, and a total of another measure (占社会消费品零售总额的, under 网上零售额) is no 其中 total.

Why it matters
    A rate is the figure readers remember; when it does not follow from the two figures printed
    next to it, one of the three is wrong.

Flagged
    全县易地扶贫搬迁3120户12480人，其中建档立卡贫困人口10260人，占搬迁人口的85.6%。
    (10260 / 12480 = 82.21%, not 85.6%)

Passing
    全县易地扶贫搬迁3120户12480人，其中建档立卡贫困人口10260人，占搬迁人口的82.21%。

Tolerance
    The part and the whole are intervals (±½ of their last digit); the rate is an interval that
    allows rounding and truncation (82.69% is [82.685%, 82.70%]). Fails only when part ÷ whole
    cannot meet the rate. A whole found by position rather than by its words (but not the figure
    a part is taken from, 286个产业项目中，…32个…，占11.2%), a coverage and the growth of output or
    real growth only ever warn; a whole found by position that misses the rate by more than
    base.GROSS is taken to be the wrong figure, and nothing is said (协议资金41.6亿元，到位资金6.4
    亿元，占比71.9%: of the 到位资金 of all projects); a whole named in an earlier paragraph warns, and fails only when
    more than base.GROSS off; so does a share after 其中
    with two figures of its unit before it that neither gives, unless it is more than 15% off
    both. A planned whole stated in an earlier sentence, and the total of the sentence before
    that a list divides, warn too, unless the stated rate and part ÷ whole lie more than 15%
    apart (base.GROSS): no difference of date or scope explains that. A share of 总人口 fails
    when one kind of population (户籍 / 常住) is stated in its line, in the part's sentence or the
    one before; further back, only beyond base.GROSS. An average growth off the compound growth
    warns, and fails only when it is more
    than 15% off (base.GROSS), and so does a growth from one level to the next (13); for output,
    investment and other measures whose growth is stated at comparable prices while their
    levels are nominal, a growth below the levels' is no sign of an error (silent) and one
    above them only warns. A multiple (N倍) is an interval that allows rounding
    and truncation, and fails when A ÷ B cannot meet it. A share off part ÷ whole by at most one
    unit of its last digit only warns when the shares stated of its whole add up to exactly 100
    (3.7% + 62.1% + 34.2%, the last being 34.13%): officials move one share so that they do.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal, localcontext
from itertools import islice
from typing import NamedTuple

from auditor.models import Claim

from .base import (BASE_OF_RATE, BUDGET, GROSS, REACHED, REPORT_REACH, YEAR, Doc, Iv, Rule, finding, fmt, gross_note, grossly_above, grossly_apart,
                   iv, label, rate_iv, same_paragraph, sentence_or_next, truncated, years_between)
from .direction import from_to_pairs
from .plausibility import sector_structures
from .product import as_mean_population
from .table_total import TTable, grand_row, bigrams, civ, cuts_of, in_table, label_of, members, table_model

CODE = "C006"
NAME = "rate-mismatch"
SEVERITY = "error"
RULE = Rule(CODE, NAME, SEVERITY)

D = Decimal
HUNDRED = D(100)

_SHARE_HEADER = re.compile(r"比例|占比|比重|占[^率]*比|份额|构成")
_RATE_HEADER = re.compile(r"率")
_NOT_PART_RATE = re.compile(r"增长|增速|增幅|下降|同比|环比|年均")
_DEN_HEADER = re.compile(r"总|合计|全部|应|计划|任务|目标|建档立卡|识别|监测")
#: a column of what is left, which shares the words of the rate it is not the part of (未脱贫人数
#: beside 脱贫人数 under 脱贫率)
_LEFT_HEADER = re.compile(r"^(?:未|非|尚未|剩余)")
_ZHAN = re.compile(r"占(?P<noun>[^,;。!?\n%]{0,28}?)(?:的)?(?:比重|比例|比率|份额|比)?(?:为|是|达到|达|约|近|超过|已达)?$")
_DONE = re.compile(r"(?:完成|实现|达到)(?:了)?[^,;。!?\n]{0,12}?(?:任务|计划|目标)(?:的)?(?:为|达到|达)?$|完成率(?:为|达到|达)?$")
_PLAN = re.compile(r"计划|任务|目标|下达|规划")
_COVER = re.compile(r"覆盖率|覆盖面")
_REGISTERED = re.compile(r"建档立卡|贫困户|贫困人口|贫困对象")
_NOT_REGISTERED = re.compile(r"脱贫|减贫|剩余|尚未|其中|新增|返贫|监测|边缘|退出|出列|带动|受益")
_GROWTH = re.compile(r"(?<!年均)(?:(?:增长|增加|提高|上升|下降|减少|降低)(?:了)?|(?:增幅|降幅)(?:为|达到|达)?|"
                     # a bulletin's bare 增 / 减 (比上年增0.85万吨，增4.9%)
                     r"(?<![年均新净])增|(?<![缩削压])减)$")
#: before a change: 增加1972元; 增收4074万元 (of revenue), 减支9240万元 (of spending); 新增 only from a
#: base (较3月6日新增459.19万: 新增就业5200人 is a flow, whose growth is another matter)
_CHANGE = re.compile(r"(?:(?:增加|增长|减少|下降|提高|降低|增收|减收|增支|减支|超收|短收|超支)(?:了)?|"
                     r"(?:上年|去年|同期|(?<![本当每])月|日|初|上季度?)新增|"
                     r"(?:比|较)(?:上年|去年|同期|上年同期)?(?:净)?[增减]|^(?:净)?[增减])$")
_BASE = re.compile(r"(?:较|比|从|由)[^,;。]{0,12}$")
def _based_with(doc: Doc, x) -> bool:
    """Is x a base named by 与…的, an aside in it skipped (与2010年(第六次全国人口普查数据，下同)的133972万人)?"""
    return bool(_BASE_WITH.search(re.sub(r"\([^()]*\)", "", doc.before(x, 40, clause=False))))


#: a base named by 与…的 (与2010年第六次全国人口普查的400839人相比), read over a wider window
_BASE_WITH = re.compile(r"与[^,;。]{0,18}的$")
_FALL = re.compile(r"负增长|下降|减少|降低|减收|减支|降幅|(?:比|较|,)(?:上年|去年|同期|上年同期)?(?:净)?减|减$")
#: between a rate of growth and its change after it: ，增加1057元 / ，增收4074万元
_CHANGE_NEXT = re.compile(r"[,]?(?:比上年|较上年|同比)?(?:增加|减少|增收|减收|增支|减支)了?")
#: between a level and the rate of its growth: ，比上年增长, ，较上年同期增长, ，环比增长, ，增长 (no other
#: figure's words between)
_LEVEL_THEN_RATE = re.compile(r"[,]?(?:(?:比|较)(?:上年|去年|上月|年初|上季度?)(?:同期)?|同比|环比)?"
                              r"(?:负增长|增长|下降|增加|减少)了?")
#: between a level and the earlier level it is compared with: ，比2020年的 / ，较上年同期的
_LEVEL_THEN_BASE = re.compile(r"[,，]?(?:(?:比|较)(?:(?:19|20)\d{2}年(?:底|末)?|上年|去年)?(?:同期)?的"
                              r"|是(?:19|20)\d{2}年(?:底|末)?的?)")
#: words too common in these reports to tell one whole from another
_GENERIC = {"全县", "全市", "全省", "全乡", "全镇", "全区", "面积", "人口", "总数", "数量", "规模", "资金", "投资",
            "贫困", "总人", "总面", "总投", "其中", "合计", "总计", "累计", "以上", "建设", "项目", "农村", "全部",
            "情况", "完成", "实现", "达到", "年度", "全年", "当年", "任务", "计划", "目标", "下达", "省州"}


def named_alike(a: str, b: str) -> int:
    """How many distinctive two-character words the two texts share."""
    return len((bigrams(a) & bigrams(b)) - _GENERIC)


def check(doc: Doc):
    out = []
    for t in table_model(doc):
        out += _table_shares(t)
        out += _table_rates(t)
        out += _table_growth(t)
    # (工资性收入8092元，…，占比63.07%: over the per-capita income its sources make up, not over a
    # figure found by position, such as one county's income stated just before)
    income = _income_shares(doc)
    of_income = {f.claims[0] for f in income}
    orphans: list = []
    out += [f for f in _made_to_add_up(doc, _prose_shares(doc, orphans)) if f.claims[0] not in of_income] + income
    out += _implied_whole(doc, [(p, r) for p, r in orphans if r.id not in of_income])
    out += _respective_shares(doc)
    out += _removal_rate(doc)
    out += _completion(doc)
    out += _verb_rate(doc)
    out += _rate_with_excess(doc)
    out += _named_rate(doc, {f.claims[0] for f in out})
    out += _coverage(doc)
    out += _growth(doc)
    out += _average_growth(doc, {f.claims[0] for f in out})
    out += _income_ratio(doc)
    out += _share_then_part(doc)
    out += _times(doc)
    out += _times_growth(doc)
    out += _sector_values(doc)
    out += _urbanisation(doc)
    out += _good_days(doc)
    out += _sex_ratio(doc)
    out += _student_teacher(doc)
    out += _loan_deposit(doc)
    out += _vital_rates(doc)
    out += _median_of_mean(doc)
    return out


#: a median stated as a share of the mean: 中位数是平均数的86.8%
_MEDIAN_SHARE = re.compile(r"中位数(?:是|为|相当于)(?:平均数|均值|平均值)的$")


def _median_of_mean(doc: Doc):
    """全国居民人均可支配收入15294元。…人均可支配收入中位数13281元，…，中位数是平均数的86.8%: the median
    over the mean of the same measure, stated at most one sentence before it in its paragraph."""
    out = []
    for rate in _prose(doc):
        if rate.kind != "percent" or rate.hedge is not None or not _MEDIAN_SHARE.search(doc.before(rate, 12)):
            continue
        median = next((x for x in doc.preceding_in_sentence(rate) if x.kind in ("amount", "per_unit")
                       and x.dimension == "money" and "中位数" in doc.before(x, 12)), None)
        if median is None:
            continue
        measure = re.sub(r"中位数.*$", "", doc.before(median, 16))[-5:]
        mean = next((x for x in doc.preceding(median) if x.unit == median.unit and x.kind == median.kind
                     and "中位数" not in doc.before(x, 16) and len(measure) >= 3 and measure in doc.before(x, 16)
                     and sentence_or_next(doc, x, median)), None)
        if mean is not None:
            out += _best(rate, [Reading(median, mean, True, f"the median over the mean of {measure}")],
                         "median over mean")
    return out


def _made_to_add_up(doc: Doc, findings: list) -> list:
    """A share that misses part ÷ whole by at most one unit of its last digit only warns when the
    shares stated of its whole add up to exactly 100: officials move one share by a unit so that
    they do (第一产业…占4.1%；第二产业…占68.3%；第三产业…占27.6%, 251664 ÷ 914326 being 27.52%)."""
    rates: dict[str, list] = {}
    for f in findings:
        if len(f.claims) == 3:
            rates.setdefault(f.claims[-1], []).append(doc.by_id[f.claims[0]])
    out = []
    for f in findings:
        shares = rates.get(f.claims[-1], []) if f.status == "fail" and len(f.claims) == 3 else []
        rate = doc.by_id[f.claims[0]]
        place = rate.interval.high - rate.interval.low if rate.interval.high is not None else None
        if len(shares) >= 2 and place and sum(r.value for r in shares) == HUNDRED and f.computed is not None \
                and f.computed.low is not None and f.computed.high is not None \
                and max(f.computed.low - rate.value, rate.value - f.computed.high) <= place:
            f = f.model_copy(update={
                "status": "warn", "severity": "warning", "confidence": 0.5,
                "why": f.why + f"; the {len(shares)} shares stated of this whole add up to exactly 100, as when one "
                               "of them is moved by a unit of its last digit to make them do"})
        out.append(f)
    return out


def _rate_finding(rate: Claim, part: Claim | list[Claim], whole: Claim, what: str, sure: bool,
                  why_link: str, never_fail: bool = False, extra: list[Claim] = (), gross: bool = False):
    parts = part if isinstance(part, list) else [part]
    computed = _part_iv(parts).divide(civ(whole)).scale(HUNDRED)
    stated = rate_iv(rate).scale(HUNDRED)
    if rate.value == 1 and rate.number == "1" and rate.table is not None:
        stated = Iv(HUNDRED, HUNDRED)
    ok = computed.meets(stated)
    num = " + ".join(label(x) for x in parts)  # as written: 1041万亩 ÷ 16.69亿亩, not 10410000 ÷ 1669000000
    if len(parts) > 1:
        num = f"({num})"
    comp = f"{num} ÷ {label(whole)} = {computed}%, stated {_pct(rate)} " + ("✓" if ok else "✗")
    claims = [rate] + parts + [whole] + [c for c in extra if c not in parts and c is not whole]
    if ok:
        return finding(RULE, "pass", claims, f"{what}: part ÷ whole gives the stated {_pct(rate)}", comp,
                       stated, computed, f"the stated {stated}% meets {computed}% ({why_link})", confidence=0.9)
    far = gross and not sure and grossly_apart(stated, computed)
    status = "fail" if (sure or far) and not never_fail else "warn"
    why = f"the stated {stated}% cannot meet part ÷ whole = {computed}% ({why_link})"
    if far and not never_fail:
        why += "; " + (gross_note(stated, computed) if grossly_above(stated, computed) else gross_note(computed, stated))
    elif status == "warn" and not never_fail:
        why += ("; the whole is named but stated in another paragraph, which may count another date or scope"
                if "earlier paragraph" in why_link else
                "; the whole is found by position, not by name, so this is not sure")
    return finding(RULE, status, claims, f"{what}: part ÷ whole is {computed}%, but the rate is stated as "
                   f"{fmt(rate.value)}%", comp, stated, computed, why, confidence=0.9 if status == "fail" else 0.5)


# ---- tables -----------------------------------------------------------------------------


def _pct_columns(t: TTable) -> list[int]:
    return [j for j in t.columns() if any(r.values.get(j) is not None and r.values[j].kind == "percent"
                                          for r in t.rows)]


def _amount_columns(t: TTable, row) -> list[int]:
    return [j for j, c in row.values.items() if c.kind == "amount" and c.dimension and not c.per]


def _table_shares(t: TTable):
    """占总投资比例 0.074: the row's 投资规模 over the 合计's, and the shares adding to 100%."""
    out = []
    grand = grand_row(t)
    if grand is None:
        return out
    for col in _pct_columns(t):
        head = t.header(col)
        if not _SHARE_HEADER.search(head) or _NOT_PART_RATE.search(head):
            continue
        cands = [j for j in _amount_columns(t, grand) if j != col]
        if not cands:
            continue
        score = {j: len(bigrams(head) & bigrams(t.header(j))) for j in cands}
        best = max(score.values())
        picked = [j for j in cands if score[j] == best]
        if len(picked) != 1:
            money = [j for j in cands if grand.values[j].dimension == "money"]
            if len(money) != 1:
                continue
            picked = money
        base = picked[0]
        year = YEAR.search(head)
        if year is not None and year.group() not in t.header(base) and any(
                (other := YEAR.search(t.header(j))) is not None and other.group() != year.group()
                for j in _pct_columns(t) if j != col):
            continue  # 比重2012年 beside 比重2022年: the counts are of one year only, not said which
        whole = grand.values[base]
        sure = best > 0 or len(cands) == 1
        link = f"{head} of {t.header(base) or whole.unit}, over the {label_of(grand)} row"
        # the rows each 小计 / section row sums, found once per table
        blocks = [(sub, {id(m) for m in members(t, sub)}) for sub in t.rows
                  if sub.level >= 1 and sub is not grand and base in sub.values]
        for r in t.rows:
            if r is grand or r.part:
                continue
            rate, part = r.values.get(col), r.values.get(base)
            if rate is None or part is None or rate.kind != "percent":
                continue
            tried = [Reading(part, whole, sure, link)]
            # a row inside a 小计 / section block may give its share of that block instead
            for sub, sums in blocks:
                if id(r) in sums:
                    tried.append(Reading(part, sub.values[base], sure, f"{head} of the {label_of(sub)} row's "
                                                               f"{t.header(base) or whole.unit}"))
            out += _best(rate, tried, f"share in row {label_of(r)}")
        out += _shares_add_up(t, grand, col)
    return out


def _shares_add_up(t: TTable, grand, col: int):
    total = grand.values.get(col)
    if total is None or total.kind != "percent":
        return []
    cuts = [[m.values[col] for m in run if m.values.get(col) is not None] for run in cuts_of(t, grand)]
    if len(cuts) >= 2 and all(len(parts) >= 2 for parts in cuts):
        # 其中：城镇 / 乡村 / 其中：男性 / 女性: each cut's shares add up, when all of them do
        found = [f for parts in cuts for f in _shares_sum(t, grand, col, total, parts)]
        if all(f.status == "pass" for f in found):
            return found
    parts = [m.values[col] for m in members(t, grand) if m.values.get(col) is not None]
    return _shares_sum(t, grand, col, total, parts)


def _shares_sum(t: TTable, grand, col: int, total, parts: list):
    if len(parts) < 2:
        return []
    s = Iv(D(0), D(0))
    for p in parts:
        s = s + rate_iv(p).scale(HUNDRED)
    stated = Iv(HUNDRED, HUNDRED) if total.number == "1" else rate_iv(total).scale(HUNDRED)
    ok = s.meets(stated)
    shown = fmt(HUNDRED if total.number == "1" else total.value)  # as stated: 100, not its interval's 99.5
    comp = " + ".join(fmt(p.value) for p in parts) + f" = {s}%, stated {shown}% " + ("✓" if ok else "✗")
    msg = (f"the shares in column {t.header(col)} add up to the {label_of(grand)} row's {shown}%" if ok else
           f"the shares in column {t.header(col)} add up to {s}%, not {shown}%")
    return [finding(RULE, "pass" if ok else "fail", [total] + parts, msg, comp, stated, s,
                    f"each share may be rounded or truncated; the sum's interval is {s}", confidence=0.9)]


def _table_rates(t: TTable):
    """贫困发生率 per row: the column named like the rate (贫困人口) over the one headed 总… (总人口数),
    or 脱贫率 as 脱贫人数 over 建档立卡人数."""
    out = []
    sample = next((r for r in t.rows if r.level == 0 and r.values), None)
    if sample is None:
        return out
    for col in _pct_columns(t):
        head = t.header(col)
        if not _RATE_HEADER.search(head) or _SHARE_HEADER.search(head) or _NOT_PART_RATE.search(head):
            continue
        amount_cols = sorted({j for r in t.rows for j in _amount_columns(t, r)})
        core = bigrams(re.sub(r"[^率]{0,2}率.*$", "", head)) or bigrams(head)
        dim_of = {j: next(r.values[j].dimension for r in t.rows if j in r.values) for j in amount_cols}
        pairs = []
        for den in amount_cols:
            if not _DEN_HEADER.search(t.header(den)):
                continue
            for num in amount_cols:
                if num != den and dim_of[num] == dim_of[den] and not _DEN_HEADER.search(t.header(num)) \
                        and not _LEFT_HEADER.match(t.header(num)) and bigrams(t.header(num)) & core:
                    pairs.append((num, den))
        sure = True
        if not pairs:
            # 脱贫劳动力(人) | 务工人数(人) | 务工率(%): the one other column of the part's kind, by
            # position (a mismatch warns, and fails beyond base.GROSS)
            nums = [j for j in amount_cols if bigrams(t.header(j)) & core and not _LEFT_HEADER.match(t.header(j))]
            if len(nums) == 1:
                dens = [j for j in amount_cols if j != nums[0] and dim_of[j] == dim_of[nums[0]]]
                if len(dens) == 1 and dens[0] < nums[0]:
                    pairs, sure = [(nums[0], dens[0])], False
        if not pairs or len(pairs) > 2:
            continue
        for r in t.rows:
            rate = r.values.get(col)
            if rate is None or rate.kind != "percent":
                continue
            tried = [Reading(r.values[n], r.values[d], sure, f"{head} = {t.header(n)} ÷ {t.header(d)}"
                             + ("" if sure else ", the one other column of its kind"), gross=True)
                     for n, d in pairs if r.values.get(n) is not None and r.values.get(d) is not None
                     and r.values[n].dimension == r.values[d].dimension]
            out += _best(rate, tried, f"{head} in row {label_of(r)}")
    return out


#: a column of growth over the year before: 增长(%), 比上年增长(%), 增速, 同比
_GROWTH_HEADER = re.compile(r"增长|增速|增幅|增减|同比|比上年")
#: growth at comparable prices, not the nominal change of the levels
_REAL_HEADER = re.compile(r"实际|可比|不变价")
_YEAR_CELL = re.compile(r"\s*((?:19|20)\d{2})\s*年?(?:度)?\s*")


def _table_growth(t: TTable):
    """A table by year with a growth column (年份 | 人均纯收入(元) | 增长(%)): each year's growth is
    its level over the year before's, less one, the level being the column of figures nearest to
    the left of the growth column. A reading by position: a mismatch warns, and fails when the
    two differ by more than base.GROSS of the computed growth and by more than one point, for counts
    and the poor's net income (纯收入); other money may be stated in real terms, and only warns.
    Levels of output (生产总值, 增加值, 投资 …) grow at comparable prices and are not read."""
    out = []
    years = {}
    for r in t.rows:
        first = min(r.texts, default=None)  # the row's first cell: its year, not a figure
        m = _YEAR_CELL.fullmatch(r.texts[first]) if first is not None else None
        if m and not r.values.get(first):
            years[id(r)] = int(m.group(1))
    rows = [r for r in t.rows if id(r) in years]
    if len(rows) < 2:
        return out
    for col in _pct_columns(t):
        head = t.header(col)
        if not _GROWTH_HEADER.search(head) or _SHARE_HEADER.search(head) or _REAL_HEADER.search(head):
            continue
        left = [j for j in t.columns() if j < col and any(
            r.values.get(j) is not None and r.values[j].kind in ("amount", "per_unit") and r.values[j].dimension
            for r in rows)]
        if not left or _REAL_GROWTH.search(t.header(left[-1])) or _GROWTH_HEADER.search(t.header(left[-1])):
            continue
        base = left[-1]
        for prev, r in zip(rows, rows[1:]):
            rate, a, b = r.values.get(col), prev.values.get(base), r.values.get(base)
            if years[id(r)] != years[id(prev)] + 1 or None in (rate, a, b) or rate.kind != "percent" \
                    or rate.hedge is not None or a.dimension != b.dimension or a.value <= 0:
                continue
            ratio = civ(b).divide(civ(a))
            if ratio.low is None or ratio.high is None:
                continue
            computed = Iv((ratio.low - 1) * HUNDRED, (ratio.high - 1) * HUNDRED)
            i = iv(rate)
            half = rate.interval.high - rate.value if rate.interval.high is not None else D(0)
            stated = Iv(i.low - half, i.high + half)  # rounded or truncated, either side of zero
            ok = computed.meets(stated)
            comp = (f"{b.number} ÷ {a.number} − 1 = {computed}%, stated {_pct(rate)} "
                    + ("✓" if ok else "✗"))
            link = (f"{head} in {years[id(r)]} is {t.header(base)} of {years[id(r)]} over {years[id(prev)]}, "
                    "the column nearest to its left")
            if ok:
                out.append(finding(RULE, "pass", [rate, b, a], f"the growth in {years[id(r)]} follows from the "
                                   "two years' levels", comp, stated, computed, f"{stated} meets {computed} ({link})",
                                   confidence=0.8))
                continue
            gap = (stated.low - computed.high) if stated.low > computed.high else (computed.low - stated.high)
            # money other than the poor's net income (纯收入, stated in current prices) may grow in real
            # terms in a statistical table: off its levels it only warns
            nominal = b.dimension != "money" or "纯收入" in t.header(base)
            far = nominal and gap > max(D(1), GROSS * max(abs(computed.low), abs(computed.high)))
            why = f"the stated {stated}% cannot meet {computed}% ({link})"
            why += ("; the gap is more than one point and more than "
                    f"{fmt(GROSS * 100)}% of the growth, more than a column read by position could explain"
                    if far else "; the level column is found by position, so this is not sure")
            out.append(finding(RULE, "fail" if far else "warn", [rate, b, a],
                               f"the levels of {years[id(prev)]} and {years[id(r)]} give a growth of {computed}%, "
                               f"but it is stated as {fmt(rate.value)}%", comp, stated, computed, why,
                               confidence=0.8 if far else 0.5))
    return out


# ---- prose ------------------------------------------------------------------------------


def _prose(doc: Doc):
    return [c for c in doc.claims if not in_table(doc, c)]


def _group(doc: Doc, c: Claim) -> list[Claim]:
    """A compound figure's members (4321户16870人), or the claim alone."""
    if c.group is None:
        lead = c
    else:
        lead = doc.by_id.get(c.group, c)
    out = [lead]
    for x in doc.following(lead):
        if x.group is not None and x.group == lead.id:
            out.append(x)
        elif x.start > c.end + 20:
            break
    return out


def _dim_hint(noun: str) -> str | None:
    if re.search(r"人口|人数|劳动力|人次", noun):
        return "person_visit" if "人次" in noun else "person"
    if re.search(r"户数|户", noun):
        return "household"
    if re.search(r"资金|投资|金额|收入|产值|总值|资产|贷款", noun):
        return "money"
    if re.search(r"面积", noun):
        return "area"
    return None


def _part_before(doc: Doc, rate: Claim, cue_start_norm: int) -> Claim | None:
    """The amount right before the cue (……16870人，占…): at most a comma and a word between, or
    the words of the figure's own clause (32个项目效益不佳，占…), also past the figure's own growth
    (税收收入8.65亿元，增长3.8%，占…)."""
    cue = at_cue = doc.n.span(cue_start_norm, cue_start_norm)[0]
    for x in doc.preceding(rate):
        if x.kind == "percent" and cue == at_cue and doc.same_sentence(x, rate) \
                and _OWN_GROWTH.search(doc.before(x, 8)) and len(doc.norm(x.end, cue)) <= 2:
            cue = x.clause.start - 1 if x.clause.start > 0 else x.start  # back to the comma before 增长
            continue
        if x.kind != "amount" or not x.dimension or x.per:
            return None
        if not doc.same_sentence(x, rate):
            return None
        if _LEVEL_CHANGE_BEFORE.search(doc.before(x, 12)) and len(doc.norm(x.end, cue)) <= 2:
            # (also past its growth: 公办养老机构1200家，比上年增加80家，增长7.14%，占全省养老机构的37.50%)
            # 民营工业企业6371家，比上年底增加310家，占规上工业企业家数的84.1%: the share is of the level,
            # not of its change
            cue = x.clause.start - 1 if x.clause.start > 0 else x.start
            continue
        gap = doc.norm(x.end, cue)
        if gap.startswith("(") and ")" in gap and len(re.sub(r"\([^()]*\)", "", gap)) <= 4 \
                and not re.search(r"[。;；]", gap):
            return x  # 3954户(已交押金,不含插花安置),占…: an aside without figures between
        if len(gap) <= 4 and not re.search(r"[。;；]", gap):
            if ")" in gap:
                # 12480户41230人(脱贫不稳定户…14370人),占…: the share is of the figure the aside
                # breaks down, not of the aside's last item
                return _before_aside(doc, x, cue_start_norm)
            return x
        if len(gap) <= 10 and re.fullmatch(r"[\u4e00-\u9fff]+,?", gap):
            return x  # 其中32个项目效益不佳，占11.2%: the words of the part's own clause
        return None
    return None


#: a figure said to be an estimate (预计全市新建…222个): a share may be of the final figure
_ESTIMATE = re.compile(r"预计|估计|初步测算")
#: a level's change right before a share: ，比上年底增加310家，占…
_LEVEL_CHANGE_BEFORE = re.compile(r"^[^,;。]{0,3}(?:比|较)(?:上年|去年|(?:19|20)\d{2}年)(?:底|末|同期)?(?:净)?"
                                  r"(?:增加|减少|增长|下降|增收|减收|增支|减支|多|少)了?$")
#: a figure's own growth, between it and the share of it: ，增长3.8%，占… / ，同比下降2.1%，占…
_OWN_GROWTH = re.compile(r"^[,]?(?:比上年|较上年|同比)?(?:负增长|增长|下降|增加|减少|提高|降低)了?$")


#: 占目标任务的 / 占计划的: the whole is a figure the report stated as planned
_PLAN_WHOLE = re.compile(r"(?:年度|全年|总|三年|五年)?(?:目标任务|计划任务|目标|任务|计划|规划)(?:数|总数|量)?")
_PLAN_CONTEXT = re.compile(r"计划|任务|目标|规划")


def _plan_whole(doc: Doc, p: Claim, group: list[Claim]):
    """The planned figure (计划…涉及4942户, 其中建档立卡户3660户) that a share 占目标任务的 is of:
    of p's dimension, stated before p with a plan word before it in its sentence, named most like
    p. (whole, sure): sure when the plan and the part share the sentence and the naming is unique."""
    def name(c: Claim) -> str:
        # the words of its sentence before it; after 其中, only the words that name the part
        text = doc.before(doc.lead(c), 40, clause=False)
        return text.rsplit("其中", 1)[-1]

    part_name = name(p)
    cands = []
    for w in doc.preceding(doc.lead(p)):
        if w in group or in_table(doc, w) or w.kind != "amount" or w.dimension != p.dimension or w.per:
            continue
        context = re.sub(r"占[^,;。]*?(?:计划|任务|目标)", "", doc.before(doc.lead(w), 40, clause=False))
        if not _PLAN_CONTEXT.search(context.rsplit("。", 1)[-1]):
            continue  # (a figure stated as a share of the plan is not the plan)
        if BASE_OF_RATE.match(doc.after(w, 10)):
            continue  # 占年度目标任务100亿元的120.0%。其中，…占年度任务的150%: the total's own task, not an item's
        if re.match(r"[\u4e00-\u9fff]{0,3}[,]?占", doc.after(w, 8, clause=False)):
            continue  # 完成规划的村183个，占计划的91.5%，正在规划的村17个: a part of the plan with its own share
        cands.append(w)
        if len(cands) >= 8:
            break
    if not cands:
        return None
    score = {w.id: named_alike(part_name, name(w)) for w in cands}
    best = max(score.values())
    named = [w for w in cands if score[w.id] == best]
    if best == 0 and len(cands) > 1:
        return None
    whole = named[0]
    return whole, len(named) == 1 and doc.same_sentence(whole, p)


def _named_part(doc: Doc, rate: Claim, cue_pos: int) -> Claim | None:
    """建档立卡户3660户14617人，建档立卡户占74%: the figure of the sentence named by the words
    right before 占 (a noun after a comma, no figure between)."""
    prev = next((x for x in doc.preceding_in_sentence(rate) if doc.n.to_norm(x.end) <= cue_pos), None)
    if prev is None:
        return _part_named_before(doc, rate, cue_pos)
    gap = doc.n.text[doc.n.to_norm(prev.end):cue_pos]
    m = re.fullmatch(r"[,;]([\u4e00-\u9fff]{2,10})", gap)
    if not m:
        return None
    noun = m.group(1)
    hint = _dim_hint(noun)
    cands = [x for x in doc.preceding_in_sentence(rate) if doc.n.to_norm(x.end) <= cue_pos and x.kind == "amount"
             and x.dimension and not x.per and (hint is None or x.dimension == hint)]
    if not cands:
        # …第一产业增加值占…19.3%，第二产业增加值占地区生产总值的比重为33.6%: the parts are in the sentences
        # before, as for a share whose sentence opens with the part's name
        return _part_named_before(doc, rate, cue_pos, noun)
    score = {x.id: len(bigrams(noun) & bigrams(doc.before(doc.lead(x), 10))) for x in cands}
    best = max(score.values(), default=0)
    named = [x for x in cands if score[x.id] == best]
    return named[0] if best >= 2 and len(named) == 1 else None


#: a sentence that opens with the name of a part and 占: 税收收入占一般公共预算收入的67.4%
_OPENS_WITH_PART = re.compile(r"\s*(?:其中)?[,:]?\s*(?:全[县市区省]|全年)?([\u4e00-\u9fff]{2,10})")


def _part_named_before(doc: Doc, rate: Claim, cue_pos: int, noun: str | None = None) -> Claim | None:
    """…其中：税收收入7.58亿元，…。税收收入占一般公共预算收入的67.4%: a share whose sentence opens
    with the part's name (or whose clause does, ``noun``) and holds no figure before 占. The part
    is the one figure of the two sentences before, in the line, that the same words name right before it (with a verb such as
    完成 between at most)."""
    if noun is None:
        m = _OPENS_WITH_PART.fullmatch(doc.n.text[doc.n.to_norm(rate.sentence.start):cue_pos])
        if not m:
            return None
        noun = m.group(1)
    named, sentences = [], 0
    last_sentence = rate.sentence
    for x in doc.preceding(rate):
        if x.line != rate.line:
            break
        if x.sentence != last_sentence:
            sentences += 1
            last_sentence = x.sentence
            if sentences > 2:
                break
        if x.kind != "amount" or not x.dimension or x.per or x.table is not None or x.group not in (None, x.id):
            continue
        before = doc.before(x, len(noun) + 6)
        at = before.rfind(noun)
        if at >= 0 and re.fullmatch(r"(?:为|达到?|是|完成|实现|共|合计|共计|累计)*", before[at + len(noun):]):
            named.append(x)
    return named[0] if len(named) == 1 else None


def _before_aside(doc: Doc, inner: Claim, cue_start_norm: int) -> Claim | None:
    text = doc.n.text
    depth, i = 0, cue_start_norm - 1
    while i >= 0 and text[i] not in "。;\n":
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            depth -= 1
            if depth == 0:
                break
        i -= 1
    if depth != 0 or i < 0 or text[i] != "(":
        return None
    open_orig = doc.n.span(i, i)[0]
    for x in doc.preceding(inner):
        if x.end > open_orig:
            continue
        if x.kind == "amount" and x.dimension and not x.per and doc.same_sentence(x, inner) \
                and len(doc.norm(x.end, open_orig)) <= 1:
            return x
        return None
    return None


#: how far back in its line a share's whole is looked for, in characters: further than any whole
#: of a real report stands from its part, and it keeps a line of thousands of shares linear
LINE_REACH = 3000


def _wholes_before(doc: Doc, part: Claim, dim: str) -> list[Claim]:
    """Figures of one dimension stated before the part, in its sentence, then in its line (at most
    LINE_REACH characters back)."""
    out = []
    lead = doc.lead(part)
    for x in doc.preceding(lead):
        if x.line != part.line or x.start < lead.start - LINE_REACH:
            break
        if not in_table(doc, x) and x.dimension == dim and x.kind == "amount" and not x.per:
            out.append(x)
    return out


def _named_as(doc: Doc, w: Claim) -> str:
    """The words that name a figure: the text before it, and the noun its counter counts
    (全县142个行政村中 → 行政村), up to 中/里 or a punctuation mark."""
    return doc.per_claim("share.named_as", w, _name_of)


def _name_of(doc: Doc, w: Claim) -> str:
    noun = _NOUN_END.split(doc.after(w, 6), 1)[0]
    # (常住人口中，0-14岁人口为49.39万人: named by the age band, a part among 常住人口, not 常住人口)
    return _AMONG_BEFORE.sub("", doc.before(doc.lead(w), 14, clause=False)) + " " + noun


#: the whole a figure is among, before its own name: 常住人口中，
_AMONG_BEFORE = re.compile(r"^.*中[,:]")


_NOUN_END = re.compile(r"[中里,;:。、的(]")


class _Names:
    """Prose amounts by the distinctive two-character words that name them (_named_as), per
    dimension: the figures an earlier paragraph names like a given noun, found without reading
    every figure."""

    def __init__(self, doc: Doc):
        self._doc = doc
        self._by_word: dict[tuple[str, str], list[Claim]] | None = None

    @property
    def by_word(self) -> dict[tuple[str, str], list[Claim]]:
        """Built when first read: most shares find their whole among the figures before them,
        and never look further (_named_far)."""
        if self._by_word is None:
            doc, by_word = self._doc, {}
            for w in doc.claims:
                if w.table is not None or w.kind != "amount" or not w.dimension or w.per:
                    continue
                for word in bigrams(_named_as(doc, w)) - _GENERIC:
                    by_word.setdefault((w.dimension, word), []).append(w)
            self._by_word = by_word
            self._positions = {key: [doc.index[w.id] for w in ws] for key, ws in by_word.items()}
        return self._by_word

    @property
    def positions(self) -> dict[tuple[str, str], list[int]]:
        """The report positions (Doc.index) of the figures of each list of by_word."""
        self.by_word
        return self._positions


def _of_noun_kind(doc: Doc, noun: str, w: Claim) -> bool:
    """Can ``w`` be the whole ``noun`` names, by the kind of figure the noun says it is?"""
    if re.search(r"人均|户均", noun) and not (w.kind == "per_unit" or re.search(r"人均|户均", doc.before(doc.lead(w), 24))):
        return False  # 占全年人均收入的24%: a per-capita figure, never a total (茶青收入1290万元, 旅游总收入31亿元)
    if "新增" in noun and "新增" not in _named_as(doc, w):
        return False  # 占全省新增贷款的46.8%: a flow, never a stock (涉农贷款余额6390.7亿元)
    if re.search(BUDGET, noun) and not re.search(BUDGET, _named_as(doc, w)):
        return False  # 占调整预算100.93%: a budget, never the revenue it budgets (一般公共预算收入28,583万元)
    if re.search(r"增产|增量|增加量|增收", noun) and not _CHANGE_NAMED.search(doc.before(doc.lead(w), 8)):
        return False  # 占全国夏粮增产总量的60%: a change, never the level (夏粮总产量12627万吨)
    if "总" in noun and re.search(r"因[^,;。]{1,8}(?:增产|增加|减少|减产|提高)", doc.before(doc.lead(w), 14)):
        return False  # 占全国夏粮增产总量的60% against 因单产提高增产粮食262万吨: a cause's part of it, no total
    if re.search(r"(?<!进)出口|^进口", noun) and "进出口" not in noun and "进出口" in _named_as(doc, w):
        return False  # 占出口总值的59.2%: exports, never 进出口总值 (which holds the word 出口)
    enrolled = _ENROLLED.search(noun)
    if enrolled is not None and enrolled.group() not in _named_as(doc, w):
        return False  # 占在校学生的25%: those enrolled, never a count of some of them (资助学生5000人)
    return True


#: before a figure that is a change: 比上年增加, 增产
_CHANGE_NAMED = re.compile(r"(?:增加|增产|增长|增收|提高)(?:了)?[\u4e00-\u9fff]{0,4}$")
#: a whole named as those on a roll (在校学生, 在册党员, 在岗职工): the roll, not a group named otherwise
_ENROLLED = re.compile(r"在校|在园|在读|在册|在岗|在职|在院")


def _named_whole(doc: Doc, names, noun: str, p, wholes, group, rate=None):
    """The reading of a whole the share names (占全县贫困人口的…): the figure among
    ``wholes`` named most like ``noun`` (sure when only one is), or else the one earlier figure
    named so in another paragraph (never sure: a warning at most); None when no figure is."""
    period = _OTHER_PERIOD_WHOLE.match(noun)
    if period is not None:
        # 占去年省外务工总数的95.76%: a whole of another period, never this period's figure
        wholes = [w for w in wholes if period.group(0) in doc.before(doc.lead(w), 12)
                  or period.group(0) != "前年" and years_between(w, p) == 1]  # (2023年…6.09万人。2024年…占上年…)
        if not wholes:
            return None
    wholes = [w for w in wholes if _of_noun_kind(doc, noun, w)]
    scope = re.match(r"全[国省市州]", noun)
    if scope is not None:
        # 乙县改造危房960户，其中贫困户720户，占全市危房改造户数的8%: a whole of the wider place is a
        # figure said of it, not the county's own
        wholes = [w for w in wholes if scope.group() in doc.before(doc.lead(w), 24, clause=False)]
    if "总额" in noun:
        # 网上零售额200亿元。其中，…占社会消费品零售总额的30.0%: a total of another measure is not named
        wholes = [w for w in wholes if "总" in _named_as(doc, w)]
    score = {w.id: named_alike(noun, _named_as(doc, w)) for w in wholes}
    best = max(score.values(), default=0)
    if best > 0:
        named = [w for w in wholes if score[w.id] == best]
        if rate is not None and len(named) > 1:
            # 项目支出预算48100元 and 财政拨款收支总预算1085203.63元, both named like 支出总预算: the one that
            # gives the rate, if one does
            fits = next((w for w in named if _rate_finding(rate, p, w, "", False, "").status == "pass"), None)
            if fits is not None:
                return Reading(p, fits, False, f"the whole is a figure named {noun}, of those named alike the one "
                                                "that gives the rate")
        if rate is not None and rate.value < HUNDRED and civ(p).above(civ(named[0])):
            # 人均教育文化娱乐消费支出583元，占人均消费支出的比重为9.1% against 人均生活用品及服务消费
            # 支出356元: a figure named like the whole but smaller than the part is another part, no whole
            return None
        # sure only when the figure's name holds at least a third of the noun's words (公共财政预算收入 is
        # not sure of 地方财政收入 for sharing 财政 and 收入 alone)
        words = re.sub(r"的$", "", re.sub(r"[^\u4e00-\u9fff]", "", noun))
        sure = len(named) == 1 and 3 * best >= len(bigrams(words) - _GENERIC)
        return Reading(p, named[0], sure, f"the whole is the figure named {noun}")
    if _POPULATION.fullmatch(noun):
        # 总人口 names no figure by its words: the population stated before the part in its line
        # (年末户籍人口273393人 … 男性144994人，占总人口的53%), sure when it is the only kind
        # of population there and stated in the part's sentence or the one before it
        pops = [(w, m.group(1)) for w in wholes
                for m in [_POPULATION_FIGURE.search(doc.before(doc.lead(w), 10))] if m]
        if pops:
            whole = pops[0][0]
            near = len(re.findall(r"[。!?]", doc.between(whole, p))) <= 1
            sure = near and len({kind for _, kind in pops}) == 1
            # (further off, with one kind of population stated, it fails beyond base.GROSS)
            return Reading(p, whole, sure, f"the whole is the {pops[0][1]}人口 stated before it, as {noun} says",
                           gross=len({kind for _, kind in pops}) == 1)
    if _GENERIC_TOTAL.fullmatch(noun):
        # 全村占地总面积25244亩，其中耕地面积2021亩，占总面积的8.3%: 总面积 names the total the part is of
        whole = next((w for w in wholes if w.end <= p.start and w.sentence == p.sentence
                      and w.dimension == p.dimension and "其中" in doc.between(w, p)
                      and not re.search(r"[;]", doc.between(w, p))), None)
        if whole is not None and not civ(p).above(civ(whole)):
            return Reading(p, whole, True, f"the whole is the total before 其中, which {noun} names")
    far = _named_far(doc, names, noun, p, group)
    if far is not None and _of_noun_kind(doc, noun, far):
        # another paragraph may count another date or scope; beyond base.GROSS neither explains it
        return Reading(p, far, False, f"the whole is the figure named {noun} in an earlier paragraph", gross=True)
    return None


#: a whole named only as the total: 占总面积的, 占总户数的, 占总数的
_GENERIC_TOTAL = re.compile(r"(?:全[县市区乡镇村])?总(?:面积|户数|人数|数|量|数量|规模|个数|村数|产量|产值|金额)(?:的)?")
#: a figure that qualifies the noun after it (10万元的村数, 50万元以上的村): it names a class, it counts nothing
_QUALIFIES_NOUN = re.compile(r"^(?:及?以上|以下|以内)?的")
#: a whole of another period than the part's (占去年外出务工总数的95.4%)
_OTHER_PERIOD_WHOLE = re.compile(r"去年|上年同期|上年|上一年|前年|同期")
#: a share of 总人口: the population of the place, whichever register the report stated it by
_POPULATION = re.compile(r"(?:全[县市区乡镇省村])?(?:总人口|人口总数|总人数)(?:数)?")
_POPULATION_FIGURE = re.compile(r"(?<![城镇乡村农])(户籍|常住|总|(?<=全[省市县区乡镇村])|(?<=年末))人口(?:数|总数)?"
                                r"(?:为|达到?|共|有|是)?$")
#: a sentence that opens by naming the population its figures are among: 总人口中，…
AMONG = re.compile(r"\s*((?:全[省市县区乡镇])?(?:总人口|户籍人口|常住人口|人口总数))中[,:]")


def among_whole(doc: Doc, p, among):
    """(whole, sure, population word) for a figure of a sentence that opens by naming the population it is
    among (全县常住人口中，居住在城镇的人口为120000人): the population stated before, named so, never a
    figure among it (nor one of another 全X中 sentence, 男性人口为41250人); None when none is. Sure in
    the sentence or the one before in its paragraph, or when both name the same place (全县…)."""
    pop = re.sub(r"^全[省市县区乡镇]", "", among.group(1))
    scope = re.match(r"全[省市县区乡镇]", among.group(1))
    back = list(islice((w for w in _within_reach(doc, p) if w.dimension == p.dimension
                        and w.kind == "amount" and not w.per and not in_table(doc, w)), 41))
    named = [w for w in back if w.sentence != p.sentence and not AMONG.match(doc.sentence(w))
             and (pop in doc.before(w, 12) or pop == "总人口" and _POPULATION_FIGURE.search(doc.before(w, 10)))
             and not (scope and re.search(r"全[省市县区乡镇]", doc.before(w, 12))
                      and scope.group() not in doc.before(w, 12))]
    if not named:
        return None
    w = named[0]
    sure = sentence_or_next(doc, w, p) or (scope is not None and scope.group() + pop in doc.before(w, 12))
    return w, sure, pop


#: how far back, in characters, a share's whole is looked for in earlier paragraphs (see
#: base.REPORT_REACH)
FAR_REACH = REPORT_REACH


def _within_reach(doc: Doc, c: Claim):
    """The figures before c, nearest first, at most FAR_REACH characters back."""
    for x in doc.preceding(c):
        if x.start < c.start - FAR_REACH:
            return
        yield x


def _named_far(doc: Doc, names: _Names, noun: str, p: Claim, group: list[Claim]) -> Claim | None:
    """The one figure before p, outside p's paragraph and at most FAR_REACH characters back, named
    most like ``noun`` (sharing at least two distinctive words with it); figures sharing none cannot
    be the one."""
    lead = doc.lead(p)
    limit = doc.index[lead.id]
    far: dict[str, Claim] = {}
    for word in bigrams(noun) - _GENERIC:
        named = names.by_word.get((p.dimension, word), ())
        # the figures so named before p, nearest first (the list is in report order)
        k = bisect.bisect_left(names.positions[(p.dimension, word)], limit) if named else 0
        for w in map(named.__getitem__, range(k - 1, -1, -1)):
            if w.start < lead.start - FAR_REACH:
                break
            if w.line != p.line and w not in group and not _SHARE_AFTER.match(doc.after(w, 4, clause=False)):
                far[w.id] = w  # (not 项目支出预算48100元，占支出总预算的4.43%: a part of what it names)
    score = {wid: named_alike(noun, _named_as(doc, w)) for wid, w in far.items()}
    top = max(score.values(), default=0)
    named = [wid for wid in far if score[wid] == top]
    return far[named[0]] if top >= 2 and len(named) == 1 else None


def _prose_shares(doc: Doc, orphans: list | None = None):
    """Shares stated as 占x% of a part before them, each read against its whole. A share whose
    whole is neither named nor stated is added to ``orphans`` as (part, rate)."""
    out = []
    names = None
    for rate in _prose(doc):
        if rate.kind != "percent" or rate.hedge in ("at_least", "at_most", "at_most_soft"):
            continue
        before = doc.before(rate, 32)
        m = _ZHAN.search(before)
        if not m:
            continue
        noun = m.group("noun").strip()
        among = None
        if not noun:
            # 总人口中，男性26.81万人，占51.2%: the sentence names the whole its shares are of
            among = AMONG.match(doc.sentence(rate))
            if among is not None:
                noun = among.group(1)
        cue_pos = doc.n.to_norm(rate.start) - len(before) + m.start()
        if before[:m.start()].endswith("分别") or "分别" in noun:
            continue  # 分别占…的a%、b%: the rates pair with several parts or wholes (_respective_shares)
        inside = [x for x in doc.preceding_in_sentence(rate) if doc.n.to_norm(x.start) > cue_pos
                  and x.kind == "amount"]
        part = _part_before(doc, inside[-1] if inside else rate, cue_pos) if True else None
        named_part = False
        if part is None and not inside:
            part = _named_part(doc, rate, cue_pos)
            named_part = part is not None
        if part is None or part.range_with or _QUALIFIES_NOUN.match(doc.after(part, 6)):
            continue  # (收入达10万-30万元的村数，占总村数的35.27%: the figures name a class; its count is not stated)
        group = _group(doc, part)
        hint = _dim_hint(noun)
        tried = []
        for p in group:
            if hint and p.dimension != hint:
                continue
            if inside:
                whole = next((w for w in inside if w.dimension == p.dimension), None)
                if whole is not None:
                    tried.append(Reading(p, whole, True, "the whole is named inside 占…的"))
                continue
            wholes = [w for w in _wholes_before(doc, p, p.dimension) if w not in group]
            if among is not None:
                found = among_whole(doc, p, among)
                if found is not None:
                    tried.append(Reading(p, found[0], found[1], f"the whole is the {found[2]} stated before the "
                                         f"sentence that opens {among.group(1)}中", gross=True))
                continue
            if noun and _PLAN_WHOLE.fullmatch(noun):
                plan = _plan_whole(doc, p, group)
                if plan is not None:
                    whole, sure = plan
                    tried.append(Reading(p, whole, sure, "the whole is the planned figure named like the part"
                                  + ("" if sure else " in an earlier sentence"), gross=True))
                continue
            if noun:
                if names is None:
                    names = _Names(doc)
                reading = _named_whole(doc, names, noun, p, wholes, group, rate)
                if reading is not None:
                    tried.append(reading)
                # a whole named but not stated as a figure: nothing to check
                continue
            # a figure itself followed by 占…% is another part of the list (产业发展资金9650万元，占61.5%；
            # 基础设施建设资金4230万元，占27.0%), not the whole of this one
            wholes = [w for w in wholes if doc.same_sentence(w, p) and not _SHARE_AFTER.match(doc.after(w, 4, clause=False))]
            if not wholes:
                whole = _total_of_sentence_before(doc, p)
                if whole is not None:
                    tried.append(Reading(p, whole, False, "the whole is the total of the sentence before (past "
                                         "any that divide it too), which this one divides (按…分 / 其中)", gross=True))
                elif orphans is not None and not named_part:
                    orphans.append((p, rate))
                continue
            # 总数A，其中B…占x%；C…占y%: the whole is the figure right before 其中
            splits = [w for w in wholes if "其中" in doc.between(w, doc.lead(p))]
            others = [w for w in splits[1:] if _whole_of_done(doc, w, p)]
            if splits and others and _whole_of_done(doc, splits[0], p):
                # 下达资金3.86亿元，已拨付3.72亿元，…，其中用于产业发展2.36亿元，占比61.1%: of either
                tried += [Reading(p, w, False, "the whole is one of the figures of its unit before 其中",
                                  gross=True) for w in [splits[0]] + others]
            elif splits:
                estimate = bool(_ESTIMATE.search(doc.norm(splits[0].sentence.start, splits[0].start)))
                tried.append(Reading(p, splits[0], not estimate, "the whole is the figure before 其中"
                                     + ("; it is an estimate (预计), which the share may not be taken of" if estimate
                                        else "")))
            elif _PARTITIVE.match(doc.after(wholes[0], 10, clause=False)):
                # 全县286个产业项目中，仍有32个项目效益不佳，占11.2%: the whole the part is taken from
                tried.append(Reading(p, wholes[0], True, "the whole is the figure the part is taken from (…中)"))
            else:
                tried.append(Reading(p, wholes[0], False, _BY_POSITION))
        out += _best(rate, tried, f"share 占{noun or '比'}")
    return out


_SHARE_AFTER = re.compile(r"^[,]?占")


#: a part taken from a whole of its own (农村居民中低保对象2000人，占4.5%): not a share of the list's whole
_OWN_WHOLE = re.compile(r"(?<!其)中(?:[,:]|有|的)|在[^,;。]{1,8}(?:中|里)")


def _implied_whole(doc: Doc, orphans: list) -> list:
    """Parts listed in one sentence, each with its share and no whole stated (5万元以下的村30个，占25%；
    5万至10万元的村60个，占50%；10万元以上的村30个，占25%): each part ÷ its share gives the whole
    they are shares of, and these must meet. One that cannot meet the whole the others agree on,
    when the others (two or more) agree on it within a tenth, fails; of two whose shares make up
    100 (so they are the whole's two parts) but whose wholes cannot meet, neither is known to be
    the wrong one, and the pair warns.
    Shares that add up to more than 100 are not of one whole of parts apart: nothing is said."""
    groups: dict[tuple, list] = {}
    for p, rate in orphans:
        if (p.hedge is not None or rate.hedge is not None or p.kind != "amount" or p.per or not p.unit
                or rate.value <= 0 or rate.value >= HUNDRED or p.table is not None or rate.table is not None
                or _OWN_WHOLE.search(doc.before(p, 16))):
            continue
        group = groups.setdefault((p.sentence.start, p.unit), [])
        if all(r.id != rate.id for _, r in group):
            group.append((p, rate))
    out = []
    for items in groups.values():
        if len(items) < 2:
            continue
        wholes = [civ(p).divide(rate_iv(r)) for p, r in items]
        if any(w.low is None or w.high is None for w in wholes):
            continue
        claims = [c for p, r in items for c in (r, p)]
        shown = "；".join(f"{label(p)} ÷ {_pct(r)} = {w}" for (p, r), w in zip(items, wholes))
        common = _common(wholes)
        what = "shares of one whole that is not stated"
        if common is not None:
            out.append(finding(RULE, "pass", claims, f"{what}: each part ÷ its share gives the same whole",
                               f"{shown}: they meet at {common} ✓", None, common,
                               "each part over its share gives a whole, and these wholes meet", confidence=0.8))
            continue
        # shares of one whole of parts apart add up to at most 100 (to exactly 100 when the parts make it up)
        shares = Iv(D(0), D(0))
        for _, r in items:
            shares = shares + rate_iv(r).scale(HUNDRED)
        if shares.low > _MOST_SHARES:
            continue  # (parts that overlap, or each a rate of a group of its own)
        # the whole the others agree on, without each part in turn: one part alone off it is the odd one
        rests = [_common(wholes[:i] + wholes[i + 1:]) for i in range(len(items))]
        odd = [i for i, rest in enumerate(rests) if rest is not None and not wholes[i].meets(rest)]
        rest = rests[odd[0]] if len(odd) == 1 else None
        if len(items) >= 3 and rest is not None and (rest.high - rest.low) * 10 <= rest.low:
            i = odd[0]
            p, r = items[i]
            mine = claims[2 * i:2 * i + 2]
            computed = civ(p).divide(rest).scale(HUNDRED)
            out.append(finding(
                RULE, "fail", mine + [c for c in claims if c not in mine],
                f"{what}: {label(p)} at {_pct(r)} gives a whole of {wholes[i]}, but the other "
                f"{len(items) - 1} parts and their shares give {rest}", f"{shown} ✗", rate_iv(r).scale(HUNDRED),
                computed,
                f"the {len(items)} parts of one sentence are each followed by 占x% with no whole named or stated, "
                f"so they are shares of one whole; {len(items) - 1} of them agree on it, and {label(p)} over it "
                f"is {computed}%, which cannot meet the stated {_pct(r)}",
                confidence=0.8))
        elif len(items) == 2 and shares.meets(Iv(HUNDRED, HUNDRED)):
            out.append(finding(
                RULE, "warn", claims, f"{what}: the two parts over their shares give wholes that cannot meet",
                f"{shown} ✗", None, None,
                "both parts are followed by 占x% with no whole named or stated, and the shares add up to 100, "
                "so they read as the two parts of one whole, but part ÷ share gives two wholes that cannot "
                "meet; which figure is wrong, two figures cannot say", confidence=0.5))
    return out


#: stated shares of one whole can add up to a little over 100 when one of them is wrong (32.6% + 33%
#: + 38.4%), but not to much more: beyond this the parts overlap or are each of a whole of their own
_MOST_SHARES = D(110)


def _common(wholes: list) -> Iv | None:
    """Where all the intervals meet, or None."""
    low = max(w.low for w in wholes)
    high = min(w.high for w in wholes)
    return Iv(low, high) if low <= high else None


#: a change since a date other than a year before (比年初, 较上月, 环比): not the base of a 同比 growth
_OTHER_BASE = re.compile(r"年初|月初|季初|上月|上季|环比")
#: a rate's own base of a year before: 同比增长, 比上年增长
_OWN_BASE = re.compile(r"同比|上年|去年|同期")
#: after a whole that a part is taken from: 118个村中，… / 286个产业项目中，…
_PARTITIVE = re.compile(r"^[\u4e00-\u9fff]{0,6}?中,")
#: a sentence that divides the total of the one before: 按资金用途分：…, 其中：…, 从结构看，…, 用于…
_DIVIDES = re.compile(r"^\s*(?:按[^,:;。]{1,10}(?:分|划分|统计)|其中|从[^,:;。]{1,8}看|分[^,:;。]{1,6}看|"
                      r"(?:[\u4e00-\u9fff]{1,6}中|其中|资金|上述资金)?用于)")
_OPENS_WITH_PARTS = re.compile(r"^\s*其中")


def _total_of_sentence_before(doc: Doc, p: Claim) -> Claim | None:
    """The figure of p's kind that the sentence before p's ends its statement with, when p's sentence
    opens by dividing it (2022年共下达衔接资金15680万元…。按资金用途分：产业发展资金9650万元，占61.5%)."""
    if not _DIVIDES.match(doc.norm(p.sentence.start, min(p.sentence.end, p.sentence.start + 14))):
        return None
    last = _last_before_sentence(doc, p)
    if last is None or not same_paragraph(doc, last, p) and last.line != p.line - 1:
        return None
    for _ in range(3):
        # 投入资金4.86亿元…。其中，中央资金2.95亿元、…。资金用于产业发展3.02亿元，占62.1%: the sentence
        # before is itself a breakdown; the total is the one it breaks down. So too past a sibling split
        # (按城乡属性分，城镇属性人口93284人，…。按年龄段分，0-17周岁人口65669人，占24.0%)
        opening = doc.norm(last.sentence.start, last.start)
        if not (_OPENS_WITH_PARTS.match(opening) or _DIVIDES.match(opening)):
            break
        last = _last_before_sentence(doc, last)
        if last is None or not same_paragraph(doc, last, p) and last.line != p.line - 1:
            return None
    else:
        return None
    return next((x for x in doc.in_sentence(last) if x.dimension == p.dimension and x.kind == "amount"
                 and not x.per and x.table is None and x.hedge is None), None)


def _last_before_sentence(doc: Doc, p: Claim) -> Claim | None:
    """The last figure before p's sentence (so the last of the sentence before it that has one)."""
    return next((x for x in doc.preceding(doc.lead(p)) if not doc.same_sentence(x, p)), None)


def _part_iv(part) -> Iv:
    """The interval of a part, or of the sum of a list of parts."""
    p = Iv(D(0), D(0))
    for x in (part if isinstance(part, list) else [part]):
        p = p + civ(x)
    return p


def _far_off(rate: Claim, part, whole: Claim) -> bool:
    """Does part ÷ whole miss the rate by more than base.GROSS?"""
    return grossly_apart(_part_iv(part).divide(civ(whole)).scale(HUNDRED), rate_iv(rate).scale(HUNDRED))


class Reading(NamedTuple):
    """One way of pairing a rate's part with a whole, for ``_best`` to try."""

    part: Claim
    whole: Claim
    sure: bool        # found by its words, in reach: a mismatch fails (else it warns)
    how: str          # how the whole was found, for the finding's why
    gross: bool = False  # a mismatch beyond base.GROSS fails even when not sure


#: how a share's whole is found when nothing but its place before the share names it
_BY_POSITION = "the whole is the nearest earlier figure of the same unit"


def _best(rate: Claim, tried, what: str):
    """One finding per rate: the pairing that holds, else every sure pairing that does not. A
    whole found only by its place that misses the rate by more than base.GROSS is taken to be the
    wrong figure, not a wrong rate (市内项目…协议资金43.1亿元，到位资金6.7亿元，占比72.8%: 6.7 of
    the 到位资金 of all projects, not of 43.1), and that reading is dropped: nothing is said of it."""
    tried = [t for t in tried if t.sure or t.gross or t.how != _BY_POSITION or not _far_off(rate, t.part, t.whole)]
    # (占规上工业增加值的51.8% against 工业增加值203465万元 of another paragraph, for a part of 1933.8亿元:
    # a share below 100% of an unsure whole smaller than its part is of another figure)
    tried = [t for t in tried if t.sure or rate.value >= HUNDRED or not _part_iv(t.part).above(civ(t.whole))]
    if not tried:
        return []
    findings = [(_rate_finding(rate, t.part, t.whole, what, t.sure, t.how, gross=t.gross), t.part, t.whole)
                for t in tried]
    passing = [f for f, _, _ in findings if f.status == "pass"]
    if passing:
        return passing[:1]
    if len(findings) == 1:
        return [findings[0][0]]
    # several dimensions or wholes tried (1469户7832人 against 1297户7000人): one finding naming them
    # all, failing when each of them fails on its own
    sure = all(f.status == "fail" for f, _, _ in findings)
    parts = list({x.id: x for t in tried for x in (t.part if isinstance(t.part, list) else [t.part])}.values())
    wholes = list({t.whole.id: t.whole for t in tried}.values())
    f0 = _rate_finding(rate, tried[0].part, tried[0].whole, what, sure, tried[0].how, extra=parts + wholes)
    comps = "；".join(f.computation for f, _, _ in findings)
    return [f0.model_copy(update={"computation": comps,
                                  "message": f"{what}: no pairing of the figures before it gives {fmt(rate.value)}%"})]


def _completion(doc: Doc):
    """完成省州下达任务111.89%: what was done over what was planned."""
    out = []
    for rate in _prose(doc):
        if rate.kind != "percent" or rate.hedge in ("at_least", "at_most", "at_most_soft"):
            continue
        before = doc.before(rate, 20)
        m = _DONE.search(before)
        if not m:
            continue
        cue_pos = doc.n.to_norm(rate.start) - len(before) + m.start()
        part = _part_before(doc, rate, cue_pos)
        if part is None:
            continue
        group = _group(doc, part)
        tried = []
        for p in group:
            plans = [w for w in _wholes_before(doc, p, p.dimension)
                     if w not in group and _PLAN.search(doc.before(doc.lead(w), 10, clause=False))]
            if not plans:
                continue
            w = plans[0]
            pb = doc.before(doc.lead(p), 12, clause=False)
            wb = doc.before(doc.lead(w), 12, clause=False)
            sure = named_alike(re.sub(_PLAN, "", wb), pb) > 0
            tried.append(Reading(p, w, sure, "planned figure named alike" if sure else "the nearest planned figure"))
        out += _best(rate, tried, "completion rate")
    return out


#: a rate named by the verb of what it counts: 已完工318个，完工率97.5%
_VERB_RATE = re.compile(r"(?:^|[,;:])(?:项目|问题)?(完工|竣工|开工|入住|搬迁入住|整改完成|整改|办结|结案|销号|出列|签约|验收|到位|"
                        r"拨付|支付|兑付|发放|录入|建档|入学|参保|参合)率(?:为|达到|达|是)?$")
#: before a verb, what says the thing is not yet done (正在整改18个, 尚未整改3个): no part of the rate
_NOT_DONE_YET = r"(?<!正在)(?<!未)(?<!推进)(?<!持续)"
#: other ways of saying the rate's verb before the figure it counts
_VERB_ALSO = {"整改完成": "完成整改|整改到位|整改完毕", "整改": "完成整改|整改完成|整改到位",
              "结案": "办结|审结|结案|已结"}


def _rates_named(doc: Doc, name: re.Pattern, width: int):
    """(rate, match) for each plain percentage in prose whose text before it (``width``
    characters of its clause) ends with a name ``name`` matches (完工率, 城镇化率 …)."""
    for rate in _prose(doc):
        if rate.kind == "percent" and rate.hedge is None:
            m = name.search(doc.before(rate, width))
            if m:
                yield rate, m


def _verb_rate(doc: Doc):
    """实施项目326个，已完工318个，完工率97.5%: the figure stated with the rate's verb over the
    figure of its kind before it, all in one sentence."""
    out = []
    for rate, m in _rates_named(doc, _VERB_RATE, 12):
        verb = m.group(1)
        said = f"(?:{verb}|{_VERB_ALSO[verb]})" if verb in _VERB_ALSO else verb
        done = next((x for x in doc.preceding_in_sentence(rate) if x.kind == "amount" and x.dimension and
                     not x.per and re.search(rf"(?:已|累计|共|全部)?(?:实现)?{_NOT_DONE_YET}{said}(?:了)?(?:的)?(?:问题|项目|工程|任务|企业)?$",
                                             doc.before(doc.lead(x), 10))), None)
        if done is None or _of_subgroup(doc, done, said) or _EXCESS_AFTER.match(doc.after(rate, 8, clause=False)):
            continue  # (竣工17.51万户，竣工率达135%，超额完成4.54万户: of a plan the sentence does not state)
        tried = []
        for p in _group(doc, done):
            whole = next((w for w in doc.preceding_in_sentence(doc.lead(p)) if _whole_of_rate(doc, w, p)), None)
            if whole is not None:
                tried.append(Reading(p, whole, True, f"what was done ({verb}) over the figure of its kind before it"))
                continue
            # 共梳理出问题86个，其中…。截至目前，已整改完成79个，整改完成率91.9%: the sentence before
            # states the whole first
            last = _last_before_sentence(doc, p)
            if last is not None and same_paragraph(doc, last, p):
                kinds = [w for w in doc.in_sentence(last) if _whole_of_rate(doc, w, p)]
                # (推进建设6402户(其中…，新开工2023年棚改480户)…。…开工480户(套)，开工率为100%: the figure
                # the sentence before names by the rate's verb is its whole, not that sentence's first)
                whole = next((w for w in kinds if verb in doc.before(doc.lead(w), 12)), kinds[0] if kinds else None)
                if whole is not None:
                    tried.append(Reading(p, whole, False, f"what was done ({verb}) over the first figure of its "
                                         "kind in the sentence before", gross=True))
        out += _best(rate, tried, f"{verb}率")
    return out


#: the stock a year's turnover (出栏率) is taken of: the one it opened with
_OPENING_STOCK = re.compile(r"上年末|上年底|年初|期初")
#: any rate named by what it counts (就业率, 救治率, 收回率, 治理率, 报销比例): the word before 率
_NAMED_RATE = re.compile(r"([\u4e00-\u9fff]{2,6})(?:率|比例)(?:为|达到|达|是|已达)?$")
#: rates that are no part over a whole stated beside them, or are read elsewhere
_NOT_NAMED_RATE = re.compile(r"增长|增速|增幅|下降|发生|完成|城镇化|贡献|出生|死亡|失业|利率|汇率|税率|费率|"
                             r"收益|回报|利润|毛利|负债|资产|结构|占")
#: what was done, said with its verb: 已实现就业8236人, 已救治382人, 得到有效治理的村65个, 其中投产
#: 茶园28.6万亩 (已/累计/实现/得到/其中: done, so a part of what was to be done), or with the verb
#: that ends the rate's name right before the figure (三重保障制度报销1.13亿元), unless it is what is
#: new (新增就业5600人)
_DONE_WITH = (r"(?:(?:已|累计|共|全部|均|其中)(?:经)?(?:实现|得到|获得|完成)?(?:有效)?(?:{stems})(?:了)?(?:的)?"
              r"[\u4e00-\u9fff]{{0,3}}|(?<!新增)" + _NOT_DONE_YET + r"{verb}(?:了)?)$")
#: a rate named by a noun (农业人口比例, 资金使用率 read from its end) is a share, not a rate of what
#: was done: 城镇人口14万人 or 财政资金2.1亿元 is no part done
_NOUN_STEM = {"人口", "资金", "项目", "人数", "户数", "面积", "企业", "收入", "支出", "产值", "投资", "天数", "数量",
              "规模", "总量", "人员", "群众", "农户", "学生", "教师", "资产", "产量"}


def _named_rate(doc: Doc, handled: set):
    """实现就业8236人，就业率96.2%: a rate named by a verb (the two characters before 率) is the
    figure done with that verb (已…) over a figure of its kind before it in the sentence, not
    itself a change or done with the verb. Several such figures: the rate passes if one of them
    gives it, and only warns if none does."""
    out = []
    for rate, m in _rates_named(doc, _NAMED_RATE, 12):
        if rate.id in handled or _NOT_NAMED_RATE.search(m.group(1)) or _VERB_RATE.search(doc.before(rate, 12)):
            continue
        word = m.group(1)
        if word[-2:] in _NOUN_STEM:
            continue
        if word.endswith("出栏") and not any(_OPENING_STOCK.search(doc.before(doc.lead(x), 12))
                                            for x in doc.preceding_in_sentence(rate)):
            continue  # 年末生猪存栏213.4万头，出栏336.8万头，出栏率152%: of the stock the year opened with
        stems = {word[-2:]} | ({word[:2]} if len(word) <= 4 and word[:2] not in _NOUN_STEM else set())
        said = "|".join(re.escape(x) for x in stems)
        done_rx = re.compile(_DONE_WITH.format(stems=said, verb=re.escape(word[-2:])))
        dones = [x for x in doc.preceding_in_sentence(rate) if x.kind == "amount" and x.dimension and
                 not x.per and done_rx.search(doc.before(doc.lead(x), 12))]
        done = dones[0] if dones else None
        if done is None or _of_subgroup(doc, done, said):
            continue
        # 重点人群签约率: a rate of a group the rate names, over that group, not over everyone before
        group_name = word[:-2] if len(word) > 4 else ""
        tried = []
        if len({x.id for x in dones if x.dimension == done.dimension}) > 1 \
                and not (len(word) > 2 and any(word in doc.before(doc.lead(x), 12) for x in dones)):
            # (集中安置3258户，分散安置607户，集中安置率84.3%: one of them names the rate, read below)
            # 基本医保报销1.52亿元，大病保险报销0.21亿元，医疗救助0.36亿元，综合报销比例88.9%: several figures
            # done with the verb, each a part; the rate is of them all, with what follows them
            first = dones[-1] if dones[-1].dimension == done.dimension else done
            parts = [x for x in doc.in_sentence(rate) if first.start <= x.start and x.end <= rate.start
                     and x.dimension == done.dimension and x.kind == "amount" and not x.per]
            wholes = [w for w in doc.preceding_in_sentence(doc.lead(first)) if _whole_of_rate(doc, w, first)
                      and not re.search(said, doc.before(doc.lead(w), 10))]
            if wholes:
                combined = word.startswith(("综合", "合计", "总"))  # 综合报销比例: of them all, surely
                tried.append(Reading(parts, wholes[0], combined, f"what was done ({word}), the {len(parts)} figures "
                                     "from the first done with it, over the figure of its kind before them"))
                if not combined:
                    tried += [Reading(x, wholes[0], False, f"what was done ({word}), one of the figures done with "
                                      "it, over the figure of its kind before them")
                              for x in dones if x.dimension == first.dimension]
            out += _best(rate, tried, f"{word}率")
            continue
        for p in _group(doc, done):
            wholes = [w for w in doc.preceding_in_sentence(doc.lead(p)) if _whole_of_rate(doc, w, p)
                      and not re.search(said, doc.before(doc.lead(w), 10)) and "新增" not in doc.before(w, 6)
                      and (not group_name or group_name in doc.before(doc.lead(w), 12))]
            tried += [Reading(p, w, len(wholes) == 1, f"what was done ({word}) over "
                              + ("the figure of its kind before it" if len(wholes) == 1 else
                                 "one of several figures of its kind before it")) for w in wholes]
        if not tried and not group_name:
            # 全县共实施易地扶贫搬迁3865户14236人…。…集中安置3102户11465人，集中安置率80.3%: the
            # paragraph's total, sentences back; the link is inferred, so it fails only beyond base.GROSS
            tried = [Reading(p, w, False, f"what was done ({word}) over the total of its kind stated earlier in "
                             "the paragraph", gross=True)
                     for p in _group(doc, done) for w in [_paragraph_total(doc, p)] if w is not None]
        out += _best(rate, tried, f"{word}率")
    return out


#: words that say a figure is the whole of the place or of a programme: 全县共实施…, 累计…
_TOTAL_WORDS = re.compile(r"共|累计|总|全[县市省区州镇乡]")


def _paragraph_total(doc: Doc, p: Claim):
    """The nearest figure of p's kind before p's sentence, in its paragraph, stated as a total."""
    for w in doc.preceding(p):
        if w.line != p.line:
            return None
        if w.sentence == p.sentence or not _whole_of_rate(doc, w, p):
            continue
        before = doc.before(doc.lead(w), 14)
        if _TOTAL_WORDS.search(before) and "其中" not in before:
            return w
    return None


def _of_subgroup(doc: Doc, done: Claim, verb: str) -> bool:
    """其中脱贫人口和监测对象参保4.86万人，参保率100%: what a group named after 其中 did, so the rate
    after it is the group's own (over the group, not stated), not a share of the whole before 其中.
    (其中已签约8.65万人 names no group: the part done of the whole.)"""
    m = re.search(rf"其中[,:]?([\u4e00-\u9fff]*?)(?:已|累计|共|全部|均)?(?:实现)?(?:{verb})(?:了)?(?:的)?$",
                  doc.before(doc.lead(done), 24))
    return m is not None and len(m.group(1)) >= 2


#: a count of places or bodies, not of the things they did (12个省市援建项目…)
_ACTORS = re.compile(r"[\u4e00-\u9fff]{0,2}(?:省市|省区|省份|地市|单位|部门|企业|地区|国家)")
#: right after a figure, a rate of its own: 、住房竣工率90%
_OWN_RATE_AFTER = re.compile(r"^[,、]?\s*[\u4e00-\u9fff]{0,8}率(?:为|达到|达|是)?\s*\d")


def _whole_of_rate(doc: Doc, w: Claim, done: Claim) -> bool:
    """Can w be the whole a rate of what was done is of: a whole of what was done (below) that has
    no rate of its own (竣工5400人、竣工率90%，入住5100人、入住率85%: both done of a plan not stated)?"""
    return _whole_of_done(doc, w, done) and not _OWN_RATE_AFTER.match(doc.after(w, 14, clause=False))


def _whole_of_done(doc: Doc, w: Claim, done: Claim) -> bool:
    """Can w be the whole that ``done`` was done of: a plain amount of its kind, no change, base or
    excess over a plan (超额完成5.7万户)?"""
    before = doc.before(w, 6)
    if w.unit == "个" and _ACTORS.match(doc.after(w, 6)) and not _ACTORS.match(doc.after(done, 6)) \
            and (w.clause == done.clause or re.match(r"[\u4e00-\u9fff]", doc.after(done, 1)) is None):
        return False  # 12个省市援建项目已开工530个: the count names whose projects, it is no stock of them
    return (w.dimension == done.dimension and w.kind == "amount" and not w.per and w.hedge is None
            and w.table is None and not _CHANGE.search(before) and not _BASE.search(before)
            and not _EXCESS.search(before))


def _rate_with_excess(doc: Doc):
    """开工18.67万户，开工率达144%，超额完成5.7万户: the plan is what was done less the excess, and
    the rate is what was done over the plan."""
    out = []
    for rate in _prose(doc):
        if rate.kind != "percent" or rate.hedge is not None or not _EXCESS_AFTER.match(doc.after(rate, 8, clause=False)):
            continue
        excess = next((x for x in doc.following(rate) if x.start >= rate.end), None)
        done = next(iter(doc.preceding_in_sentence(rate)), None)
        if excess is None or done is None or not doc.same_sentence(excess, rate) or excess.hedge is not None \
                or done.hedge is not None or not _EXCESS_GAP.fullmatch(doc.between(rate, excess)) \
                or excess.dimension != done.dimension or done.kind != "amount" or excess.kind != "amount" \
                or not _RATE_GAP.fullmatch(doc.between(done, rate)):
            continue
        plan = civ(done) - civ(excess)
        if plan.low is None or plan.low <= 0:
            continue
        computed = civ(done).divide(plan).scale(HUNDRED)
        stated = rate_iv(rate).scale(HUNDRED)
        ok = computed.meets(stated)
        comp = (f"{label(done)} ÷ ({label(done)} − {label(excess)}) = {computed}%, stated {_pct(rate)} "
                + ("✓" if ok else "✗"))
        msg = ("what was done over the plan (what was done less the excess) gives the rate" if ok else
               f"what was done over the plan (what was done less the excess) is {computed}%, but the rate is "
               f"stated as {fmt(rate.value)}%")
        out.append(finding(RULE, "pass" if ok else "fail", [rate, done, excess], msg, comp, stated, computed,
                           f"the stated {stated}% {'meets' if ok else 'cannot meet'} {computed}% (the plan is what was "
                           "done less the excess over it, all in one sentence)", confidence=0.85))
    return out


#: between a figure and its rate (开工18.67万户，开工率达144%), and between the rate and the excess
_RATE_GAP = re.compile(r"[,]?\s*[\u4e00-\u9fff]{0,6}率(?:达到|达|为)?")
_EXCESS_GAP = re.compile(r"[,]?\s*超额(?:完成)?(?:了)?(?:任务)?")
#: an excess over a plan, no whole: 超额完成5.7万户; right after a rate, it says the rate is of a plan
_EXCESS = re.compile(r"超额(?:完成)?(?:了)?$|超出(?:计划|任务)?$")
_EXCESS_AFTER = re.compile(r"^[,]?\s*超额")


def _coverage(doc: Doc):
    """签约服务18078人，建档立卡家庭医生签约覆盖率达100%: the count covered against the registered."""
    out = []
    registered = {}
    for c in _prose(doc):
        if c.kind != "amount" or c.dimension not in ("person", "household"):
            continue
        lead = doc.lead(c)
        b = doc.before(lead, 12)
        if _REGISTERED.search(b) and not _NOT_REGISTERED.search(b):
            registered.setdefault(c.dimension, c)
    for rate in _prose(doc):
        if rate.kind != "percent" or rate.value != HUNDRED:
            continue
        before = doc.before(rate, 20)
        if not _COVER.search(before) or not _REGISTERED.search(before):
            continue
        key = bigrams(re.sub(r"覆盖率|覆盖面|建档立卡|贫困", "", before))
        part = None
        for x in doc.preceding(rate):
            if not doc.same_sentence(x, rate):
                break
            if x.kind == "amount" and x.dimension in ("person", "household") and \
                    key & bigrams(doc.before(doc.lead(x), 10)):
                part = x
                break
        if part is None or part.dimension not in registered:
            continue
        whole = registered[part.dimension]
        if whole.start > rate.start:
            continue
        out.append(_rate_finding(rate, part, whole, "coverage of the registered", False,
                                 "the covered count over the registered population stated earlier", never_fail=True))
    return out


def _growth(doc: Doc):
    """较…的9323.1亿元增加4374.4亿元，增长33.6%: change over base (a warning at most). A growth said to
    be real (实际增长, 扣除价格因素) below the change of the nominal figures is what it should be: nothing is said."""
    out = _change_growth(doc, real := set())
    return [f for f in out if not (f.claims[0] in real and f.status == "warn" and f.stated is not None
                                   and f.computed is not None and f.stated.high is not None
                                   and f.computed.low is not None and f.stated.high < f.computed.low)]


def _change_growth(doc: Doc, real: set):
    out = []
    for rate in _prose(doc):
        if rate.kind != "percent":
            continue
        before = doc.before(rate, 8)
        if not _GROWTH.search(before) or "年均" in doc.before(rate, 14, clause=False):
            continue
        if _AT_PRICES.search(doc.before(rate, 14, clause=False)):
            # 名义增长10.5%，扣除价格因素，实际增长9.1%: said to be at comparable prices, below the change of the
            # figures, as it should be (output's growth not said so still warns: 33.6% of a nominal 46.9%)
            real.add(rate.id)
        # the levels must be in the rate's item: ";" closes one indicator of a list (人均…比上年增加
        # 0.6万元，比全省高2.6万元；固定资产投资增长16%)
        same = [x for x in doc.preceding_in_sentence(rate) if ";" not in doc.between(x, rate)]
        change = next((x for x in same[:2] if x.kind == "amount" and x.dimension and
                       _CHANGE.search(doc.before(x, 6))), None)
        if change is not None and change is not same[0] and same[0].kind == "amount" \
                and not re.fullmatch(r"\s*\(\s*", doc.between(change, same[0])):
            # (新建温室大棚1200个，比上年增加150个，实现蔬菜产量3.5万吨，同比增长12.5%: another level between)
            # (增加265.5万公顷(398.2万亩)，增长1%: the same change in another unit, in parens, is no other level)
            change = None  # 增收2546万元。其中：税收收入完成66342万元，较上年同期增长18.39%: another level's change
        if change is None:
            # 达到12680元，比上年增长9.1%，增加1057元: the change stated right after its rate
            after = next((x for x in doc.following(rate)[:1] if doc.same_sentence(x, rate)), None)
            if after is not None and after.kind == "amount" and after.dimension and after.hedge is None \
                    and _CHANGE_NEXT.fullmatch(doc.between(rate, after)):
                level = next((x for x in same[:1] if x.kind in ("amount", "per_unit") and x.hedge is None
                              and x.dimension == after.dimension and after.per in ("", x.per)
                              and _LEVEL_THEN_RATE.fullmatch(doc.between(x, rate))), None)
                fell = bool(_FALL.search(doc.before(after, 6)))
                if level is not None and fell == bool(_FALL.search(before)):
                    out.append(_level_growth(rate, level, after, sure=_nominal(doc, rate, level), fell=fell))
                continue
        if change is not None and _OTHER_BASE.search(doc.before(change, 8)) and not _OTHER_BASE.search(before) \
                and _OWN_BASE.search(before):
            # 贷款余额286.5亿元，比年初增加28.6亿元，同比增长12.3%: the change is since another date (a rate
            # with no base of its own, 比上月增加3125人，增长25.8%, is over the change's)
            continue
        pool = same[same.index(change) + 1:] if change is not None else same[:3]
        if change is not None:
            # 实现总产量3.4691万吨，比上年增0.1798万吨，增5.5%: the change is of the level right before it;
            # a base further back (比2013年的17.3459万吨, of another total) is not this change's
            kin = next((x for x in pool if x.kind in ("amount", "per_unit") and x.dimension == change.dimension), None)
            if kin is not None and not (_BASE.search(doc.before(kin, 14)) or _based_with(doc, kin)):
                pool = pool[:pool.index(kin) + 1]
        base = next((x for x in pool if x.kind == "amount" and x.dimension and not in_table(doc, x)
                     and (_BASE.search(doc.before(x, 14)) or _based_with(doc, x))
                     and not _CHANGE.search(doc.before(x, 6)) and not REACHED.search(doc.before(x, 6))
                     and (change is None or x.dimension == change.dimension)), None)
        # (由5000亩增加到6000亩，净增1000亩: the level reached is no base; the from-level is)
        # (环比增加19.45万人次，增长0.5%，同比增加138.79万人次，增长4.1%: a change is no base of another)
        if base is None and change is not None:
            # 达到15862元，比上年增加1972元，增长14.2%: the base is the level less the change
            # (past another change and its growth: 达3565.06万人次，环比增加19.45万人次，增长0.5%，同比增加…)
            k = same.index(change) + 1
            back = same[k:k + 2] if k + 2 > len(same) or not _CHANGE.search(doc.before(same[k + 1], 6)) \
                or same[k].kind != "percent" else same[k + 2:k + 3]
            if any(BASE_OF_RATE.match(doc.after(x, 12)) for x in back):
                # 完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元: past the plan a rate is
                # taken of, to the level before it
                j = same.index(back[-1]) + 1
                back = [x for x in back if not BASE_OF_RATE.match(doc.after(x, 12)) and x.kind != "percent"] \
                    + same[j:j + 1]
            level = next((x for x in back
                          if x.kind in ("amount", "per_unit")
                          and x.dimension == change.dimension and change.per in ("", x.per) and x.hedge is None
                          and not _BASE.search(doc.before(x, 14)) and not BASE_OF_RATE.match(doc.after(x, 12))),
                         None)
            if level is not None and level in same and same.index(level) + 1 < len(same):
                first = same[same.index(level) + 1]
                if first.dimension == level.dimension and re.fullmatch(r"\s*\(\s*", doc.between(first, level)):
                    level = first  # 2643.8万公顷(39657万亩): the level as first written, in the change's unit
            if level is not None and change.hedge is None:
                fell = bool(_FALL.search(doc.before(change, 6)))
                if fell == bool(_FALL.search(before)):  # (减少0.23万人，下降2.6%; not 减少…，增长…)
                    out.append(_level_growth(rate, level, change, sure=_nominal(doc, rate, level), fell=fell))
            continue
        if base is None:
            continue
        if change is not None:
            sure = _nominal(doc, rate, base)
            out.append(_rate_finding(rate, change, base, "growth rate", sure,
                                     "the change over the base; " + (_SURE_NOMINAL if sure else _WARN_REAL),
                                     never_fail=not sure))
            continue
        level = next((x for x in pool if x is not base and x.dimension == base.dimension and (
            x.kind == "amount" and x.start > base.start
            # 达到14625元，较2020年的9830元增长48.8%: the level before the base it is compared with
            or x.kind in ("amount", "per_unit") and base.kind in ("amount", "per_unit") and base.per in ("", x.per)
            and x.hedge is None
            and x.end <= base.start and _LEVEL_THEN_BASE.fullmatch(doc.between(x, base)))), None)
        if level is None:
            continue
        fall = bool(_FALL.search(before))
        diff = (civ(base) - civ(level)) if fall else (civ(level) - civ(base))
        if diff.low is None or diff.high is None or diff.high < 0:
            continue  # (a level that went the other way is C009's to say)
        computed = Iv(max(diff.low, D(0)), diff.high).divide(civ(base)).scale(HUNDRED)
        stated = rate_iv(rate).scale(HUNDRED)
        ok = computed.meets(stated)
        sign = "−"
        a, b = (base, level) if fall else (level, base)
        comp = f"({label(a)} {sign} {label(b)}) ÷ {label(base)} = {computed}%, stated {_pct(rate)} " + \
               ("✓" if ok else "✗")
        msg = ("the growth rate follows from the two levels" if ok else
               f"the two levels give {computed}%, but the growth is stated as {fmt(rate.value)}%")
        sure = _nominal(doc, rate, level)
        out.append(finding(RULE, "pass" if ok else ("fail" if sure else "warn"), [rate, base, level], msg, comp,
                           stated, computed, _SURE_NOMINAL if sure else _WARN_REAL, confidence=0.85 if sure else 0.5))
    return out


#: growth that may be real (at comparable prices) or on an adjusted basis, not the change of the
#: nominal levels stated: output and value added, any growth said to be real or comparable, and the
#: indicators statistics offices grow on a comparable set of units without saying so (规模以上
#: enterprises, 限额以上 trade, investment, retail sales, revenue and profit of firms)
_NOT_NOMINAL = re.compile(r"生产总值|GDP|增加值|产值|经济总量|实际|可比|不变价|口径|扣除|剔除|折算|"
                         r"规模以上|规上|限额以上|限上|固定资产投资|零售总额|营业收入|利润")


#: a growth said to be at comparable prices, below the change of nominal figures (not 同口径 growth,
#: which may lie on either side)
_AT_PRICES = re.compile(r"实际|可比价|不变价|扣除价格")


def _nominal(doc: Doc, rate: Claim, level: Claim) -> bool:
    """Is the growth of ``level`` the plain change of the figures stated: a count, a quantity or an
    amount of money that is not output and is not said to be real or comparable (存款余额, 人均可支配
    收入, 消费帮扶金额)? Then the growth rate is arithmetic on them, and a mismatch fails."""
    if level.dimension in (None, "percent"):
        return False
    return not _NOT_NOMINAL.search(doc.sentence(rate))


_WARN_REAL = ("growth of output, or growth said to be real or comparable, is stated at comparable prices or on "
              "an adjusted basis while the levels are nominal, so this is a warning at most")
_SURE_NOMINAL = ("the levels are counts, quantities or money that is not output, and the growth is not said to be "
                 "real or comparable: it is the plain change of the figures stated")


def _level_growth(rate: Claim, level: Claim, change: Claim, sure: bool = False, fell: bool = False):
    """change ÷ (level − change) against a growth rate, or change ÷ (level + change) against a fall
    (在校学生8.65万人，比上年减少0.23万人，下降2.6%); ``sure`` when the growth is nominal."""
    base = (civ(level) + civ(change)) if fell else (civ(level) - civ(change))
    computed = civ(change).divide(base).scale(HUNDRED) if base.low is not None and base.low > 0 else None
    stated = rate_iv(rate).scale(HUNDRED)
    if computed is None:
        return finding(RULE, "warn", [rate, change, level], "the change is not below the level it led to",
                       f"{fmt(level.value)} − {fmt(change.value)} ≤ 0", stated, None,
                       "a level cannot have grown by as much as itself or more", confidence=0.5)
    ok = computed.meets(stated)
    sign = "+" if fell else "−"
    comp = (f"{label(change)} ÷ ({label(level)} {sign} {label(change)})"
            f" = {computed}%, "
            f"stated {_pct(rate)} " + ("✓" if ok else "✗"))
    msg = ("the growth rate follows from the level and its change" if ok else
           f"the level and its change give {computed}%, but the growth is stated as {fmt(rate.value)}%")
    return finding(RULE, "pass" if ok else ("fail" if sure else "warn"), [rate, change, level], msg, comp, stated,
                   computed, f"the base is the level {'plus' if fell else 'less'} the change; "
                   + (_SURE_NOMINAL if sure else _WARN_REAL),
                   confidence=0.85 if sure else 0.5)


# ---- 分别占…的a%、b% ------------------------------------------------------------------------

#: A、B，分别占C的a%、b% / A，分别占C、D的a%、b% / A、B占C的比重分别为a%、b%
_RESPECTIVE = re.compile(r"(?:分别占(?P<n1>[^,;。!?\n%]{0,24}?)(?:的)?(?:比重|比例|份额)?(?:分别)?(?:为|是|达到|达)?"
                         r"|占(?P<n2>[^,;。!?\n%]{1,24}?)(?:的)?(?:比重|比例|份额)分别(?:为|是|达到|达)?)$")
_RATE_JOIN = re.compile(r"\s*(?:、|和|及|与|,)\s*")
_NOUN_SPLIT = re.compile(r"、|和|及|与")


def _rate_list(doc: Doc, first: Claim) -> list[Claim]:
    """first and the rates joined to it by 、/和/及 (51.2%和48.8%)."""
    rates = [first]
    for x in doc.following(first):
        if x.kind != "percent" or not doc.same_sentence(x, first) or \
                not _RATE_JOIN.fullmatch(doc.between(rates[-1], x)):
            break
        rates.append(x)
    return rates


def _parts_before(doc: Doc, cue_orig: int, k: int, rate: Claim, alike: bool = True) -> list[list[Claim]] | None:
    """The k listed figures (each a compound group) right before the cue, joined by 、/，/和; of one
    dimension unless not ``alike``."""
    groups: list[list[Claim]] = []
    edge = cue_orig
    for x in doc.preceding(rate):
        if x.end > cue_orig:
            continue
        gap = doc.norm(x.end, edge)
        if groups and x.group is not None and x.group == groups[-1][0].group and gap in ("", "、"):
            groups[-1].insert(0, x)  # another member of the same compound (1856户6829人)
            edge = x.start
            continue
        if len(groups) == k:
            break
        if not doc.same_sentence(x, rate) or x.kind != "amount" or not x.dimension or x.per:
            return None
        limit = 4 if not groups else 20
        if len(gap) > limit or re.search(r"[。;]", gap) or (groups and not re.search(r"[、,和及与]", gap)):
            return None
        groups.append([x])
        edge = x.start
    if len(groups) != k:
        return None
    groups.reverse()
    dims = [{x.dimension for x in g} for g in groups]
    return groups if not alike or all(d == dims[0] for d in dims) else None


def _respective_shares(doc: Doc):
    """男性131.2万人、女性125.2万人，分别占总人口的51.2%和48.8%: each part over the whole, in
    order; 入住1856户6829人，分别占省计划、县计划的171.8%、100%: the part over each whole."""
    out = []
    names = None
    done: set[str] = set()
    for rate in _prose(doc):
        if rate.kind != "percent" or rate.id in done or rate.hedge in ("at_least", "at_most", "at_most_soft"):
            continue
        before = doc.before(rate, 30, clause=False)
        m = _RESPECTIVE.search(before)
        if not m:
            continue
        rates = _rate_list(doc, rate)
        done.update(r.id for r in rates)
        if len(rates) < 2:
            continue
        noun = (m.group("n1") if m.group("n1") is not None else m.group("n2")).strip()
        nouns = [n for n in _NOUN_SPLIT.split(noun) if n]
        cue_norm = doc.n.to_norm(rate.start) - len(before) + m.start()
        cue_orig = doc.n.span(cue_norm, cue_norm)[0]
        if len(nouns) == len(rates) and len(nouns) > 1:
            if names is None:
                names = _Names(doc)
            hints = [_dim_hint(n) for n in nouns]
            own = _parts_before(doc, cue_orig, len(rates), rate, alike=False) if all(hints) and len(set(hints)) > 1 else None
            if own is not None and all(any(p.dimension == h for p in g) for g, h in zip(own, hints)):
                # 农业户4800户，农业人口17900人，分别占总户数和总人口的92.31%和96.24%: a part per whole, in order
                for r, n, g, h in zip(rates, nouns, own, hints):
                    tried = []
                    for p in g:
                        if p.dimension != h:
                            continue
                        wholes = [w for w in _wholes_before(doc, p, p.dimension) if not any(w in x for x in own)]
                        reading = _named_whole(doc, names, n, p, wholes, g)
                        if reading is not None:
                            tried.append(reading)
                    out += _best(r, tried, f"share 分别占{n}")
                continue
            parts = _parts_before(doc, cue_orig, 1, rate)
            if parts is None:
                continue
            group = parts[0]
            for r, n in zip(rates, nouns):
                tried = []
                for p in group:
                    if _dim_hint(n) not in (None, p.dimension):
                        continue  # (总户数 is no whole of persons)
                    wholes = [w for w in _wholes_before(doc, p, p.dimension) if w not in group]
                    reading = _named_whole(doc, names, n, p, wholes, group)
                    if reading is not None:
                        tried.append(reading)
                out += _best(r, tried, f"share 分别占{n}")
            continue
        if len(nouns) > 1:
            continue
        parts = _parts_before(doc, cue_orig, len(rates), rate)
        if parts is None:
            continue
        first = parts[0][0]
        for r, group in zip(rates, parts):
            tried = []
            for p in group:
                wholes = [w for w in _wholes_before(doc, first, p.dimension)
                          if not any(w in g for g in parts)]
                if not wholes:
                    continue
                sure = False
                whole = None
                if noun:
                    score = {w.id: named_alike(noun, _named_as(doc, w)) for w in wholes}
                    best = max(score.values(), default=0)
                    named = [w for w in wholes if score[w.id] == best]
                    if best > 0:
                        whole, sure, how = named[0], len(named) == 1, f"the whole is the figure named {noun}"
                if whole is None:
                    split = next((w for w in wholes if doc.same_sentence(w, first)
                                  and "其中" in doc.between(w, first)), None)
                    if split is not None:
                        whole, sure, how = split, True, "the whole is the figure before 其中"
                        if _ESTIMATE.search(doc.norm(split.sentence.start, split.start)):
                            sure, how = False, how + "; it is an estimate (预计), which the share may not be taken of"
                    elif doc.same_sentence(wholes[0], first):
                        whole, how = wholes[0], "the whole is the nearest earlier figure of the same unit"
                if whole is not None:
                    tried.append(Reading(p, whole, sure, how))
            out += _best(r, tried, f"share 分别占{noun or '比'}")
    return out


# ---- 风险消除率 --------------------------------------------------------------------------------

_REMOVAL_RATE = re.compile(r"消除率(?:为|达到|达|是)?$")


def _removal_rate(doc: Doc):
    """监测对象2310户8120人，累计消除风险1204户4310人，风险消除率53.08%: removed over monitored."""
    from .balance import MONITORED, RESOLVED

    def cue(c: Claim, n: int) -> str:
        return doc.before(doc.lead(c), n)

    out = []
    for rate in _prose(doc):
        if rate.kind != "percent" or not _REMOVAL_RATE.search(doc.before(rate, 10)):
            continue
        resolved = next((x for x in doc.preceding(rate) if same_paragraph(doc, x, rate) and x.kind == "amount"
                         and x.dimension in ("household", "person") and RESOLVED.search(cue(x, 12))), None)
        if resolved is None:
            continue
        tried = []
        for p in _group(doc, resolved):
            total = next((w for w in doc.preceding(doc.lead(p)) if same_paragraph(doc, w, p) and w.dimension == p.dimension
                          and w.kind == "amount" and MONITORED.search(doc.before(doc.lead(w), 14, clause=False))
                          and not re.search(r"新增|新纳入|新识别|消除|其中", cue(w, 8))), None)
            if total is not None:
                # all three are named; a total in an earlier sentence of the paragraph may still count
                # another scope, so a mismatch there fails only beyond base.GROSS
                near = doc.same_sentence(total, rate)
                tried.append(Reading(p, total, near, "risk removed over those monitored, as the rate's name says",
                                     gross=not near))
        out += _best(rate, tried, "risk removal rate")
    return out


# ---- 年均增长 ----------------------------------------------------------------------------------

_AVERAGE = re.compile(r"年均(?P<dir>增长|增幅|增速|递增|提高|下降|递减|减少)(?:率)?(?:为|达到|达|了)?$")
_FROM_TO = re.compile(r"(?:增加|增长|提高|提升|上升|跃升|扩大|下降|减少|降低|缩小|降)(?:到|至)")
_FROM = re.compile(r"(?:从|由)[^,;。]{0,14}$")
#: the growth from one level to the next, stated right after them: 提高到2020年的4560元，增长90.0%
_TOTAL_GROWTH = re.compile(r"[,]?(?:共|累计|共计)?(?P<dir>增长|提高|增加|上升|下降|减少|降低)(?:了)?(?:为|达到|达)?")
_TOTAL_GROWTH_BEFORE = re.compile(_TOTAL_GROWTH.pattern + "$")  # the same words, ending the text before a rate
#: measures whose growth rates are stated at comparable prices while their levels are nominal
_REAL_GROWTH = re.compile(r"生产总值|GDP|增加值|产值|投资|零售|消费|进出口|出口|进口|财政|税收|收入总")


def _year_to_year(doc: Doc, a: Claim, b: Claim) -> bool:
    """2014年底全村人均收入仅2000元，到2015年底全村年人均纯收入达到2788元: a level of one year, then, in
    the next clause, the level another year reached (到/至 that year … 达到), of the same measure."""
    between = doc.between(a, b)
    ya = re.findall(r"((?:19|20)\d{2})年", doc.norm(a.clause.start, a.start))
    yb = re.findall(r"((?:19|20)\d{2})年", between)
    return (len(between) <= 30 and not re.search(r"[;。]", between) and len(ya) == 1 and len(yb) == 1
            and ya != yb and re.search(r"[,](?:到|至|截至)(?:19|20)\d{2}年", between) is not None
            and re.search(r"(?:达到|达|为|增至|增加到|提高到|提升到)$", doc.before(b, 6)) is not None)


def _years_of_pair_before(doc: Doc, a: Claim) -> int | None:
    """由2020年的86.5亿元增加到2025年的128.6亿元，…；一般公共预算收入由5.26亿元增加到8.12亿元，年均
    增长9.1%: a from–to pair that names no years of its own spans the years of the one before it
    in its sentence, when that one names them (and the pair's own clause names no other year)."""
    if re.search(r"(?:19|20)\d{2}年", doc.norm(a.clause.start, a.start)):
        return None
    spans = [years_between(x, y) for x, y, _verb, _down in from_to_pairs(doc)
             if x.sentence == a.sentence and y.end <= a.start]
    spans = [n for n in spans if n is not None and n >= 1]
    return spans[-1] if spans else None


def _average_growth(doc: Doc, handled: set):
    """从2015年的2982元增加到2020年的10740元，年均增长29.2%: (B ÷ A)^(1/n) − 1 over the years
    between the two levels; 由2400元提高到4560元，增长90.0%: B ÷ A − 1. Levels of output and
    investment are nominal while their growth is real, so there a growth below the levels' only
    stays silent and one above them only warns."""
    out = []
    for rate in _prose(doc):
        if rate.kind != "percent" or rate.hedge in ("at_least", "at_most", "at_most_soft"):
            continue
        m = _AVERAGE.search(doc.before(rate, 10))
        if not m and not _TOTAL_GROWTH_BEFORE.search(doc.before(rate, 6)):
            continue
        levels = [x for x in doc.preceding_in_sentence(rate) if x.kind in ("amount", "per_unit")
                  and x.dimension and x.dimension not in ("percent", "multiple")]
        anchor = None
        if len(levels) >= 3 and m is not None and _CHANGE.search(doc.before(levels[0], 6)) and \
                levels[0].dimension == levels[1].dimension:
            anchor = levels.pop(0)  # 由2865元增加到9863元，增加6998元，年均增长28.1%: past the change
        if len(levels) < 2:
            continue
        b, a = levels[0], levels[1]
        # 达到14625元，较2020年的9830元…，年均增长8.3%: the level, then the earlier one it is compared with
        compared = m is not None and anchor is None and _LEVEL_THEN_BASE.fullmatch(doc.between(a, b)) is not None
        if compared:
            a, b = b, a
            if a.per not in ("", b.per) or b.hedge is not None:
                continue
        elif a.unit != b.unit or a.dimension != b.dimension or a.per != b.per:
            continue
        elif (not _FROM_TO.search(doc.between(a, b)) or len(doc.between(a, b)) > 24 or
              not _FROM.search(doc.before(a, 16, clause=False))) and not (m is None and _year_to_year(doc, a, b)):
            continue
        if anchor is not None and not re.fullmatch(r"[,、]?[^,;。\d]{0,6}", doc.between(b, anchor)):
            continue
        last = a if compared else (anchor or b)
        if re.search(r"[;。]", doc.between(last, rate)) or len(doc.between(last, rate)) > 12:
            continue
        if m is None:
            m = _TOTAL_GROWTH.fullmatch(doc.between(b, rate))
            if m is None or rate.id in handled:
                continue  # (the growth of two amounts, 由A增加到B，增长X%, is read as a change over its base)
            n = 1  # the growth from one level to the other, whatever the years between them
        else:
            n = years_between(a, b)
            if (n is None or n < 1) and not compared:
                n = _years_of_pair_before(doc, a)
            if n is None or n < 1 or n > 20:
                continue
        total = m.re is _TOTAL_GROWTH
        ia, ib = civ(a), civ(b)
        if ia.low is None or ib.low is None or ia.low <= 0 or ib.low <= 0 or ia.high is None or ib.high is None:
            continue
        with localcontext() as ctx:
            ctx.prec = 30
            k = D(1) / D(n)
            lo = ((ib.low / ia.high) ** k - 1) * HUNDRED
            hi = ((ib.high / ia.low) ** k - 1) * HUNDRED
        computed = Iv(lo, hi)
        stated = rate_iv(rate).scale(HUNDRED)
        if m.group("dir") in ("下降", "递减", "减少", "降低"):
            stated = Iv(-stated.high, -stated.low)
        ok = computed.meets(stated)
        power = "" if total else f"^(1/{n})"
        comp = (f"({label(b)} ÷ {label(a)}){power} − 1 = {computed}%, stated "
                f"{'−' if stated.high is not None and stated.high < 0 else ''}{fmt(rate.value)}% " + ("✓" if ok else "✗"))
        claims = [rate, a, b]
        if ok:
            out.append(finding(RULE, "pass", claims, "the growth follows from the two levels" if total else
                               f"the average growth over {n} years follows from the two levels",
                               comp, stated, computed, f"the stated {stated}% meets {computed}%", confidence=0.8))
            continue
        real = bool(_REAL_GROWTH.search(doc.before(a, 30, clause=False)))
        if real and computed.above(stated):
            continue  # nominal levels grow faster than real output: no sign of an error
        far = not real and grossly_apart(stated, computed)
        why = (f"the stated {stated}% cannot meet the growth {computed}% from one level to the other" if total else
               f"the stated {stated}% cannot meet the compound growth {computed}% of the two levels over {n} years")
        if real:
            why += "; growth of output is stated at comparable prices, its levels are nominal, so this only warns"
        elif far:
            why += "; " + (gross_note(stated, computed) if grossly_above(stated, computed) else gross_note(computed, stated))
        else:
            why += "; the levels may be rounded or revised, or the years counted differently, so this only warns"
        out.append(finding(RULE, "fail" if far else "warn", claims,
                           (f"the two levels give a growth of {computed}%" if total else
                            f"the two levels give an average growth of {computed}% over {n} years")
                           + f", but it is stated as {fmt(rate.value)}%", comp, stated, computed, why,
                           confidence=0.8 if far else 0.5))
    return out


# ---- 是…的N倍 ----------------------------------------------------------------------------------

#: 为/是 … 的 right before a multiple: 贷款余额1.86亿元为风险补偿金3200万元的5.8倍; 是2015年的1.6倍
_TIMES_OF = re.compile(r"(?:是|为|相当于)(?P<of>[^,;:。]{0,16}?)的$")
#: the same before a share, whose whole may carry a longer name: 是2019年吸纳人数816.86万人的96.91%
_SHARE_OF = re.compile(r"(?:是|为|相当于)(?P<of>[^,;:。]{0,24}?)的$")
#: an earlier time named as the base: 是2015年的1.6倍, 为上年的1.2倍
_TIME_BASE = re.compile(r"^(?:(?:19|20)\d{2}年(?:底|末)?|上年|去年|同期|上年同期|十[一二三四]五末?)$")


def _rise_from(doc: Doc) -> dict:
    """The from-level of each rise stated 由A…到B, by the id of its to-level B (read once per report)."""
    memo = doc.memo.get("share.rise_from")
    if memo is None:
        memo = doc.memo["share.rise_from"] = {b.id: a for a, b, _verb, down in from_to_pairs(doc) if not down}
    return memo


def _times(doc: Doc):
    """A为B的N倍: A ÷ B = N, with B stated between 为 and 的, or named by its year when the two were
    just stated as a from–to pair (由2015年的8040元增加到2020年的12865元，是2015年的1.6倍)."""
    out = []
    pairs = _rise_from(doc)
    for r in _prose(doc):
        # (是2019年吸纳人数816.86万人的96.91%: a share of a figure stated between 是 and 的, read alike)
        pct = r.kind == "percent"
        if not pct and r.dimension != "multiple" or r.hedge is not None or r.value <= 0:
            continue
        text = doc.before(r, 32 if pct else 24)
        m = (_SHARE_OF if pct else _TIMES_OF).search(text)
        if not m:
            continue
        cue = doc.n.to_norm(r.start) - len(text) + m.start()  # where 为/是 stands, in the normalised text
        before = [x for x in doc.preceding_in_sentence(r) if x.kind in ("amount", "per_unit") and x.dimension
                  and x.dimension != "multiple"]  # (分别是2015年的1.2倍和1.5倍；…2.9倍: no multiple is a base)
        inside = [x for x in before if doc.n.to_norm(x.start) > cue]
        outside = [x for x in before if doc.n.to_norm(x.end) <= cue]
        if not outside:
            continue
        if pct:
            if re.search(r"计划|目标|任务|预算", m.group("of")):
                continue  # 为年度目标45亿元的115.6%: a completion rate, C010's
            part = outside[0]
            if len(inside) == 1 and inside[0].dimension == part.dimension and inside[0].per in ("", part.per) \
                    and re.fullmatch(r"[,]?\s*", doc.n.text[doc.n.to_norm(part.end):cue]) and part.kind in ("amount", "per_unit"):
                out.append(_rate_finding(r, part, inside[0], "a figure as a share of the one stated between 是/为 "
                                         "and 的", True, "the figure stated between 是/为 and 的"))
            continue
        named = _year_named(doc, outside, m.group("of")) if not inside else None
        if named is not None:
            part, whole = named
            how = f"the level of the sentence over the figure it names as {m.group('of')}的"
        elif not re.fullmatch(r"[,]?\s*", doc.n.text[doc.n.to_norm(outside[0].end):cue]):
            continue  # A must stand right before 为/是
        else:
            part = outside[0]
            if len(inside) == 1 and inside[0].dimension == part.dimension and inside[0].per in ("", part.per):
                whole, how = inside[0], "the figure stated between 为/是 and 的"
            elif not inside and _TIME_BASE.match(m.group("of")) and part.id in pairs:
                whole, how = pairs[part.id], "the from-level of the from–to pair just stated"
            else:
                continue
        computed = civ(part).divide(civ(whole))
        stated = truncated(r, iv(r))
        ok = computed.meets(stated)
        comp = f"{label(part)} ÷ {label(whole)} = {computed}倍, stated {fmt(r.value)}倍 " + ("✓" if ok else "✗")
        if ok:
            out.append(finding(RULE, "pass", [r, part, whole], f"{label(part)} is {fmt(r.value)} times {label(whole)}",
                               comp, stated, computed, f"the stated {stated} meets {computed} ({how})", confidence=0.9))
        else:
            out.append(finding(RULE, "fail", [r, part, whole],
                               f"{label(part)} ÷ {label(whole)} is {computed}, but it is stated as {fmt(r.value)} times",
                               comp, stated, computed, f"the stated {stated} cannot meet {computed} ({how})",
                               confidence=0.9))
    return out


#: a growth by a multiple: 增长5.3倍, 提高了1.2倍
_GROW_TIMES = re.compile(r"(?:增长|增加|提高|提升|上升)了?$")
#: the base a growth is measured from, right before its figure: 比2020年的, 较上年
_BASE_BEFORE = re.compile(r"(?:较|比)(?:(?:19|20)\d{2}年(?:底|末)?|[^,;。\d]{0,8})的?$")


def _times_growth(doc: Doc):
    """达到52.6万元，比2020年的8.3万元增长5.3倍 (or 由8.3万元增加到52.6万元，增长5.3倍): the level over the
    base is N + 1; many reports write N for the ratio itself, so either passes, and a mismatch with
    both fails for nominal figures (counts, money that is not output) and warns otherwise."""
    out = []
    for r in _prose(doc):
        if r.dimension != "multiple" or r.hedge is not None or r.value <= 0 or not _GROW_TIMES.search(doc.before(r, 4)):
            continue
        same = [x for x in doc.preceding_in_sentence(r) if ";" not in doc.between(x, r)
                and x.kind in ("amount", "per_unit") and x.dimension and x.hedge is None and x.dimension != "percent"]
        if not same:
            continue
        pairs = _rise_from(doc)
        if same[0].id in pairs:  # 由8.3万元增加到52.6万元，增长5.3倍
            level, base = same[0], pairs[same[0].id]
        else:
            base = same[0] if _BASE_BEFORE.search(doc.before(same[0], 14)) else None
            level = None if base is None else next(
                (x for x in same[1:] if x.dimension == base.dimension and (x.per == base.per or "" in (x.per, base.per))
                 and not _CHANGE.search(doc.before(x, 6)) and not _BASE.search(doc.before(x, 14))), None)
        if level is None or base.value <= 0:
            continue
        computed = civ(level).divide(civ(base))
        stated = truncated(r, iv(r))
        plus_one = Iv(stated.low + 1, stated.high + 1)
        ok = computed.meets(plus_one) or computed.meets(stated)
        comp = (f"{label(level)} ÷ {label(base)} = {computed}倍, stated 增长{fmt(r.value)}倍 "
                f"(ratio {fmt(r.value + 1)} or, as often written, {fmt(r.value)}) " + ("✓" if ok else "✗"))
        if ok:
            out.append(finding(RULE, "pass", [r, level, base], f"{label(level)} is {fmt(r.value)} times more than "
                               f"{label(base)}", comp, plus_one, computed,
                               f"{computed} meets {plus_one} or {stated}", confidence=0.85))
            continue
        sure = _nominal(doc, r, level)
        out.append(finding(RULE, "fail" if sure else "warn", [r, level, base],
                           f"{label(level)} ÷ {label(base)} is {computed}, but the growth is stated as "
                           f"{fmt(r.value)} times", comp, plus_one, computed,
                           f"{computed} meets neither {plus_one} (growth by N times) nor {stated} (N times as much); "
                           + (_SURE_NOMINAL if sure else _WARN_REAL), confidence=0.85 if sure else 0.5))
    return out


def _year_named(doc: Doc, before: list[Claim], of: str):
    """达到12865元，比2015年的8040元增长60.0%，…，是2015年的1.6倍: the one figure of the sentence
    named by the year the multiple names (2015年的8040元), and the one other figure of its kind that is
    no change (the level reached), as (level, base); None unless both are unique."""
    if not re.fullmatch(r"(?:19|20)\d{2}年(?:底|末)?", of):
        return None
    bases = [x for x in before if doc.before(x, len(of) + 3).endswith(of + "的")]
    if len(bases) != 1:
        return None
    base = bases[0]
    # (人均可支配收入达到12865元 is per head; 比2015年的8040元 names no head, and is of the same measure)
    levels = [x for x in before if x is not base and x.dimension == base.dimension and x.hedge is None
              and (x.per == base.per or "" in (x.per, base.per))
              and not _CHANGE.search(doc.before(x, 6)) and not _BASE.search(doc.before(x, 14))]
    return (levels[0], base) if len(levels) == 1 else None


# ---- 三次产业结构 against the sectors' values --------------------------------------------------

_SECTOR_VALUE = re.compile(r"第?([一二三])(?:产业|产)(?:实现)?增加值(?:为|达到?|实现|完成)?$")
#: an earlier structure the new one is compared with: 由上年的14.9:33.2:51.9调整为…
_EARLIER_STRUCTURE = re.compile(r"(?:由|从|上年|去年|上一年)[^,;。]{0,6}$")


def _sector_values(doc: Doc):
    """三次产业结构为9.8:36.2:54.0 against 第一产业增加值12.3亿元 … stated before it in its paragraph:
    each share is its sector's value over the three values' sum, within one unit of its last digit
    (rounding, and the nudge that makes the three add up to 100)."""
    out = []
    for triple in sector_structures(doc):
        first = triple[0]
        if _EARLIER_STRUCTURE.search(doc.before(first, 10)):
            continue
        values: dict[str, Claim] = {}
        for x in doc.preceding(first):
            if not same_paragraph(doc, x, first):
                break
            if x.dimension != "money" or x.kind != "amount" or x.table is not None or x.hedge is not None:
                continue
            m = _SECTOR_VALUE.search(doc.before(x, 12))
            if m and m.group(1) not in values:
                values[m.group(1)] = x
                if len(values) == 3:
                    break
        if len(values) != 3 or any(x.hedge is not None or x.interval.high is None for x in triple) or \
                any(values[k].hedge is not None for k in "一二三"):
            continue  # (突破11.8: a bound is no share of a structure)
        parts = [values[k] for k in "一二三"]
        last = max(x.end for x in parts)
        if any(last < t[0].start < first.start and not _EARLIER_STRUCTURE.search(doc.before(t[0], 10))
               for t in sector_structures(doc)):
            continue  # (…结构为6.0:46.9:47.1。…2021年…结构为5.5:50.6:43.9: the values' structure is the first)
        whole = civ(parts[0]) + civ(parts[1]) + civ(parts[2])
        comps, readings = [], []
        for share, part in zip(triple, parts):
            computed = civ(part).divide(whole).scale(HUNDRED)
            unit = 2 * (share.interval.high - share.value)  # one unit of the share's last digit
            stated = Iv(share.value - unit, share.value + unit)
            ok = computed.meets(stated)
            comps.append(f"{label(part)} ÷ Σ = {computed}%, stated {label(share)} " + ("✓" if ok else "✗"))
            readings.append((ok, share, part, computed, stated))
        comp = "；".join(comps)
        claims = list(triple) + parts
        bad = [r for r in readings if not r[0]]
        if not bad:
            _, share, part, computed, stated = readings[0]  # the finding's intervals: the first share's
            out.append(finding(RULE, "pass", claims, "the structure of the three sectors follows from their values",
                               comp, stated, computed, "each share is its sector's value over the three "
                               "values' sum, within one unit of its last digit", confidence=0.9))
            continue
        _, share, part, computed, stated = bad[0]
        out.append(finding(RULE, "fail", claims, f"the sectors' values give {computed}% for the share stated as "
                           f"{label(share)}", comp, stated, computed,
                           f"{label(part)} over the three sectors' values is {computed}%, more than one unit of "
                           f"the last digit from {label(share)} (values stated before it in its paragraph)",
                           confidence=0.9))
    return out


# ---- 城乡居民收入比 ------------------------------------------------------------------------------

_INCOME_RATIO = re.compile(r"城乡(?:居民)?(?:人均)?(?:可支配)?收入(?:之)?比(?:值)?"
                           r"(?:(?:由[^,;。]{1,16}?)?(?:缩小|下降|降|收窄)(?:到|至|为)|为|是|达到)?$")
_URBAN = re.compile(r"城镇(?:常住)?居民(?:人均)?可支配收入(?:为|达到|达|实现)?$")
_RURAL = re.compile(r"农村(?:常住)?居民(?:人均)?可支配收入(?:为|达到|达|实现)?$")
#: both at once, urban first: 城乡居民人均可支配收入分别达到…、…; 城镇、农村居民…分别为…
_BOTH_INCOMES = re.compile(r"(?:城乡|城镇(?:、|和|与)农村)(?:常住)?居民(?:人均)?可支配收入分别(?:为|达到|达|实现|是)?$")


def _income_ratio(doc: Doc):
    """城镇居民人均可支配收入35642元…农村居民人均可支配收入14265元…城乡居民收入比为2.50: the
    ratio is the urban income over the rural one, both stated before it in its paragraph."""
    out = []
    for r in _prose(doc):
        if r.dimension is not None or r.kind not in ("amount", "per_unit") or r.hedge is not None \
                or not _INCOME_RATIO.search(doc.before(r, 28, clause=False)):
            continue
        urban = rural = None
        for x in doc.preceding(r):
            if not same_paragraph(doc, x, r):
                break
            if x.dimension != "money" or x.hedge is not None:
                continue
            b = doc.before(x, 16)
            if urban is None and _URBAN.search(b):
                urban = x
            elif rural is None and _RURAL.search(b):
                rural = x
            elif urban is None and rural is None and _BOTH_INCOMES.search(doc.before(x, 24)):
                # 城乡居民人均可支配收入分别达到38650元、17820元: urban first, then rural
                nxt = doc.claims[doc.index[x.id] + 1] if doc.index[x.id] + 1 < len(doc.claims) else None
                if nxt is not None and nxt.dimension == "money" \
                        and re.fullmatch(r"\s*(?:、|和|与)\s*", doc.between(x, nxt)):
                    urban, rural = x, nxt
            if urban is not None and rural is not None:
                break
        if urban is None or rural is None:
            continue
        computed = civ(urban).divide(civ(rural))
        stated = truncated(r, civ(r))  # rounded or truncated: 2.49 for 2.4986
        ok = computed.meets(stated)
        comp = (f"{label(urban)} ÷ {label(rural)} = {computed}, stated {r.number} "
                + ("✓" if ok else "✗"))
        msg = ("the urban–rural income ratio is the urban income over the rural one" if ok else
               f"the urban income over the rural one is {computed}, but the ratio is stated as {r.number}")
        why = (f"{stated} meets {computed}" if ok else
               f"the stated {stated} cannot meet {computed}: the ratio is by definition the urban per-capita "
               "income over the rural one, both stated before it in its paragraph")
        out.append(finding(RULE, "pass" if ok else "fail", [r, urban, rural], msg, comp, stated, computed, why,
                           confidence=0.9))
    return out


# ---- 比例为X%，达到Y: a share before its part ------------------------------------------------------

_SHARE_NAMED = re.compile(r"(?:比例|比重|占比)(?:为|是|达到|达)?$")
_THEN_PART = re.compile(r"[,，]\s*(?:共|合计|计|金额|资金)?(?:达到|达|为|计|共计)\s*")


def _share_then_part(doc: Doc):
    out = []
    prose = _prose(doc)
    for k, rate in enumerate(prose[:-1]):
        if rate.kind != "percent" or rate.hedge is not None or not _SHARE_NAMED.search(doc.before(rate, 8)):
            continue
        part = prose[k + 1]
        if part.kind != "amount" or not part.dimension or part.per or part.hedge is not None \
                or not doc.same_sentence(rate, part) or not _THEN_PART.fullmatch(doc.between(rate, part)):
            continue
        wholes = [w for w in doc.preceding_in_sentence(rate) if w.dimension == part.dimension and w.kind == "amount"
                  and not w.per and w.hedge is None and not _CHANGE.search(doc.before(w, 6))]
        if not wholes:
            continue
        out += _best(rate, [Reading(part, wholes[0], len(wholes) == 1,
                                    "the part stated after the share, over the figure of its kind before it")],
                     "share stated before its part")
    return out


_URBANISATION = re.compile(r"(户籍|常住)?(?:人口)?城镇化(?:率|水平)(?:为|达到|达|是|提高到|提升到|达到了)?$")
_URBAN_POPULATION = re.compile(r"城镇(?:常住|户籍)?人口(?:为|达到?|是|有)?$")


def _register_of(words: str) -> str | None:
    """The register a population is counted by (户籍总人口 → 户籍), None when not said (总人口)."""
    found = {r for r in ("户籍", "常住") if r in words}
    return found.pop() if len(found) == 1 else None


def _urbanisation(doc: Doc):
    """年末常住人口35.36万人，其中城镇常住人口16.55万人，常住人口城镇化率为46.8%: the urban
    population over the population of the register the rate names (常住 unless it says 户籍), both
    stated in the rate's sentence or the one before, the population before the urban part."""
    out = []
    for rate, m in _rates_named(doc, _URBANISATION, 14):
        register = m.group(1) or "常住"
        near = [x for x in doc.preceding(rate) if x.kind == "amount" and x.dimension == "person"
                and x.table is None and len(re.findall(r"[。!?\n]", doc.norm(x.end, rate.start))) <= 1]
        part = next((x for x in near if _URBAN_POPULATION.search(doc.before(x, 10))
                     and ("常住" if register == "户籍" else "户籍") not in doc.before(x, 10)), None)
        if part is None:
            continue
        wholes = [w for w in near if doc.index[w.id] < doc.index[part.id]
                  and _POPULATION_FIGURE.search(doc.before(w, 10)) is not None
                  and _register_of(doc.before(w, 10)) in (register, None)]
        if not wholes:
            continue
        out += _best(rate, [Reading(part, wholes[0], True, f"the urban population over the {register}人口 "
                                    "stated before it")], "城镇化率")
    return out


_GOOD_DAYS_RATE = re.compile(r"优良(?:天数)?(?:比率|比例|率|占比)(?:为|达到|达|是)?$")
_GOOD_DAYS = re.compile(r"优良天数(?:为|达到?|是|有)?$")


def _good_days(doc: Doc):
    """优良天数352天，优良天数比率为96.4%: the days over the days of the year (365, or 366 in a leap
    year: whichever gives the rate passes, and a rate neither gives fails)."""
    out = []
    for rate, _m in _rates_named(doc, _GOOD_DAYS_RATE, 10):
        days = next((x for x in doc.preceding_in_sentence(rate) if x.stated_unit == "天" and x.hedge is None
                     and x.number.isdigit() and _GOOD_DAYS.search(doc.before(x, 8))), None)
        if days is None:
            continue
        n = Iv.point(D(days.number))
        stated = rate_iv(rate).scale(HUNDRED)
        readings = [(year, n.divide(Iv.point(D(year))).scale(HUNDRED)) for year in (365, 366)]
        ok = any(c.meets(stated) for _, c in readings)
        comp = "；".join(f"{days.number}天 ÷ {year}天 = {c}%, stated {_pct(rate)} "
                        + ("✓" if c.meets(stated) else "✗") for year, c in readings)
        computed = next((c for _, c in readings if c.meets(stated)), readings[0][1])
        msg = ("the days of good air over the days of the year give the stated rate" if ok else
               f"{days.number} days of 365 or 366 are {readings[0][1]}% or {readings[1][1]}%, but the rate is "
               f"stated as {fmt(rate.value)}%")
        why = (f"the stated {stated}% meets {computed}%" if ok else
               f"the stated {stated}% meets neither the days over 365 nor over 366")
        out.append(finding(RULE, "pass" if ok else "fail", [rate, days], msg, comp, stated, computed, why,
                           confidence=0.9))
    return out


_SEX_RATIO = re.compile(r"(?:人口)?性别比(?:例)?(?:为|是|达到|达)?$")


def _sex_ratio(doc: Doc):
    """男性19.86万人，女性18.70万人，性别比为106.2: men per 100 women (a ratio below 10 is per one
    woman), the men and the women stated before it in its sentence."""
    out = []
    for r in _prose(doc):
        if r.dimension is not None or r.unit or r.hedge is not None or not _SEX_RATIO.search(doc.before(r, 8)):
            continue
        before = [x for x in doc.preceding_in_sentence(r) if x.kind == "amount" and x.dimension == "person"
                  and x.hedge is None and x.value > 0]
        men = [x for x in before if re.search(r"男(?:性)?(?:人口)?(?:为|有)?$", doc.before(x, 6))]
        women = [x for x in before if re.search(r"女(?:性)?(?:人口)?(?:为|有)?$", doc.before(x, 6))]
        if len(men) != 1 or len(women) != 1:
            continue
        out.append(_ratio_finding(r, men[0], women[0], HUNDRED if r.value >= 10 else D(1),
                                  "men per women", "sex ratio"))
    return out


def _ratio_finding(r: Claim, num: Claim, den: Claim, scale: D, what: str, name: str):
    """The ratio ``r`` against num ÷ den × scale (rounded or truncated)."""
    computed = civ(num).divide(civ(den)).scale(scale)
    stated = truncated(r, iv(r))
    ok = computed.meets(stated)
    times = f" × {fmt(scale)}" if scale != 1 else ""
    comp = f"{label(num)} ÷ {label(den)}{times} = {computed}, stated {fmt(r.value)} " + ("✓" if ok else "✗")
    msg = (f"{what} give the stated {name}" if ok else
           f"{what} give {computed}, but the {name} is stated as {fmt(r.value)}")
    return finding(RULE, "pass" if ok else "fail", [r, num, den], msg, comp, stated, computed,
                   f"the stated {stated} " + ("meets" if ok else "cannot meet") + f" {computed}", confidence=0.9)


_STUDENT_TEACHER = re.compile(r"生师比(?:例)?(?:为|是|达到|达)?$")
_STUDENTS = re.compile(r"在校(?:学)?生(?:人数)?(?:为|有|达到|达)?$")
_TEACHERS = re.compile(r"(?:专任)?教师(?:人数)?(?:为|有|达到|达)?$")


def _student_teacher(doc: Doc):
    """小学在校学生3.86万人，专任教师2215人，生师比17.4:1: the pupils per teacher, each the one
    figure so named before the ratio in its statement (back to ；)."""
    out = []
    for r in _prose(doc):
        if r.dimension is not None or r.unit or r.hedge is not None or not _STUDENT_TEACHER.search(doc.before(r, 8)):
            continue
        before = [x for x in doc.preceding_in_sentence(r) if ";" not in doc.between(x, r)
                  and x.kind == "amount" and x.dimension == "person" and x.hedge is None and x.value > 0]
        students = [x for x in before if _STUDENTS.search(doc.before(x, 8))]
        teachers = [x for x in before if _TEACHERS.search(doc.before(x, 8))]
        if len(students) != 1 or len(teachers) != 1:
            continue
        out.append(_ratio_finding(r, students[0], teachers[0], D(1), "the pupils per teacher", "pupil-teacher ratio"))
    return out


_LOAN_DEPOSIT = re.compile(r"存贷比(?:例)?(?:为|是|达到|达)?$")
_DEPOSITS = re.compile(r"(?<!住户)(?<!单位)(?<!企业)存款(?:余额)?(?:为|达到?|是)?$")
_LOANS = re.compile(r"(?<!住户)(?<!单位)(?<!企业)贷款(?:余额)?(?:为|达到?|是)?$")


def _loan_deposit(doc: Doc):
    """各项存款余额286.45亿元…各项贷款余额198.73亿元…存贷比为69.4%: loans over deposits, each the one
    figure so named in the rate's sentence or the two before it, in its line (not 住户存款, a part)."""
    out = []
    for rate, _m in _rates_named(doc, _LOAN_DEPOSIT, 8):
        near = []
        for x in doc.preceding(rate):
            if x.line != rate.line or len(re.findall(r"[。!?]", doc.norm(x.end, rate.start))) > 2:
                break
            if x.kind == "amount" and x.dimension == "money" and x.table is None:
                near.append(x)
        deposits = [x for x in near if _DEPOSITS.search(doc.before(x, 10))]
        loans = [x for x in near if _LOANS.search(doc.before(x, 10))]
        if len(deposits) != 1 or len(loans) != 1:
            continue
        out += _best(rate, [Reading(loans[0], deposits[0], True, "the loans over the deposits stated before it")],
                     "存贷比")
    return out


_VITAL_RATE = re.compile(r"(出生|死亡)率(?:为|是|达到|达)?$")
_VITAL_COUNT = {"出生": re.compile(r"出生(?:人口|人数)?(?:为|是|有)?$"),
                "死亡": re.compile(r"死亡(?:人口|人数)?(?:为|是|有)?$")}


def _vital_rates(doc: Doc):
    """全年出生人口2864人，出生率为8.1‰: births over the population (‰), the population being a
    户籍 or 常住 total stated before the rate in its line; the rate is over the year's mean
    population, which differs from the year-end figure by under 2%."""
    out = []
    for rate, m in _rates_named(doc, _VITAL_RATE, 8):
        if "‰" not in rate.stated_unit:
            continue
        per_mille = rate.value * 10  # (stored in %, like every share)
        count = next((x for x in doc.preceding_in_sentence(rate) if x.kind == "amount" and x.dimension == "person"
                      and x.hedge is None and _VITAL_COUNT[m.group(1)].search(doc.before(x, 8))), None)
        if count is None:
            continue
        pops = [x for x in doc.preceding(count) if x.line == rate.line and x.kind == "amount" and x.hedge is None
                and x.value > 0 and x.dimension == "person" and _POPULATION_FIGURE.search(doc.before(x, 10))]
        if not pops:
            continue
        stated = truncated(rate, iv(rate)).scale(D(10))
        tried = []
        for pop in pops[:2]:
            p = civ(pop)
            wide = as_mean_population(p)
            tried.append((pop, civ(count).divide(p).scale(D(1000)), civ(count).divide(wide).scale(D(1000))))
        if any(allowed.meets(stated) for _, _, allowed in tried):
            pop, exact, allowed = next(t for t in tried if t[2].meets(stated))
            out.append(finding(RULE, "pass", [rate, count, pop], f"{m.group(1)}率: the {m.group(1)}s over the "
                               "population give the stated rate",
                               f"{label(count)} ÷ {label(pop)} = {exact}‰ (± 2%: {allowed}‰), stated {fmt(per_mille)}‰ ✓",
                               stated, allowed, f"the stated {stated}‰ meets {allowed}‰ (the mean population of "
                               "the year may differ from the year-end one by up to 2%)", confidence=0.8))
            continue
        pop, exact, allowed = tried[0]
        far = all(grossly_apart(stated, a) for _, _, a in tried)
        comp = "；".join(f"{label(count)} ÷ {label(p_)} = {e}‰ (± 2%: {a}‰), stated {fmt(per_mille)}‰ ✗"
                        for p_, e, a in tried)
        why = (f"the stated {stated}‰ meets none of {', '.join(str(a) for _, _, a in tried)}‰ even allowing 2% "
               "for the year's mean population")
        why += "; " + (gross_note(stated, allowed) if grossly_above(stated, allowed) else gross_note(allowed, stated)) \
            if far else "; the population may be of another register or date, so this only warns"
        out.append(finding(RULE, "fail" if far else "warn", [rate, count, pop],
                           f"{m.group(1)}率: the {m.group(1)}s over the population give {allowed}‰, but the rate "
                           f"is stated as {fmt(per_mille)}‰", comp, stated, allowed, why,
                           confidence=0.8 if far else 0.5))
    return out


def _pct(r: Claim) -> str:
    """A stated rate as written (1.0%, not 1%), or by its value when its % is in a table's header."""
    text = label(r)
    return text if text.endswith("%") else f"{fmt(r.value)}%"


#: a source of a per-capita income, right before its figure: 工资性收入8092元
_INCOME_SOURCE = re.compile(r"(?:工资性|工资|经营性|经营|家庭经营|转移性|转移|财产性|财产)(?:净)?收入(?:为|达到|达|是)?$")
#: the per-capita income the sources make up: 农村居民人均可支配收入12830元
_INCOME = re.compile(r"人均(?:可支配|纯)收入(?:为|达到|达|是|实现)?$")
#: a share with no whole of its own: 占比63.07%, 占62.0%
_BARE_SHARE = re.compile(r"(?:占比|占|比重|所占比重|所占比例)(?:为|达到|达)?$")


#: whose income: 全国居民, 城镇居民, 农村居民
_WHOSE = re.compile(r"全国|全省|全市|全县|全区|城镇|农村|城乡")
#: a share named as of the per-capita income: 占可支配收入的比重为57.5%
_OF_INCOME = re.compile(r"占(?:人均)?(?:可支配收入|纯收入)(?:的)?(?:比重|比例)?(?:为|达到|达|是)?$")


def _income_shares(doc: Doc):
    """工资性收入8092元，增长8.8%，占比63.07% of 农村居民人均可支配收入12830元: a source of a per-capita
    income (each per capita too) over the nearest such income stated before it: sure in its sentence or
    the sentence before, else (another paragraph may state another year's or place's income) a warning
    that fails beyond base.GROSS."""
    out = []
    for rate in _prose(doc):
        if rate.kind != "percent" or rate.hedge is not None or not (
                _BARE_SHARE.search(doc.before(rate, 6)) or _OF_INCOME.search(doc.before(rate, 16))):
            continue
        part = next((x for x in doc.preceding_in_sentence(rate)[:3] if x.dimension == "money"), None)
        if part is None or part.kind not in ("amount", "per_unit") or part.hedge is not None \
                or not _INCOME_SOURCE.search(doc.before(part, 10)) \
                or re.search(r"[;]", doc.between(part, rate)) or len(doc.between(part, rate)) > 24:
            continue
        incomes = [x for x in islice(_within_reach(doc, part), 60)
                   if x.dimension == "money" and x.hedge is None and _INCOME.search(doc.before(x, 10))]
        # (全国居民人均工资性收入…: of 全国居民人均可支配收入, not of the rural income stated after it)
        said = set(_WHOSE.findall(doc.norm(part.sentence.start, part.start)))
        income = next((x for x in incomes if said and set(_WHOSE.findall(doc.before(x, 12))) == said),
                      incomes[0] if incomes else None)
        if income is None or civ(part).above(civ(income)):
            continue
        sure = sentence_or_next(doc, income, part)
        out.append(_rate_finding(rate, part, income, "a source of income as a share of the per-capita income", sure,
                                 "the whole is the per-capita income stated before its sources"
                                 + ("" if sure else ", some sentences back"), gross=not sure))
    return out
