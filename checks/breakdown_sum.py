"""The items of a breakdown must add up to the total they break down.

What it checks
    1. 其中 / 包括 lists of two or more items against the total before them
       (共有项目628个，其中种植类341个、养殖类203个、加工类74个; 全县86个扶贫车间中，服装加工类32个、
       …), also when each item carries its own growth rate or share (其中：第一产业增加值40.1亿元，
       增长3.1%；第二产业增加值…; 产业发展资金9650万元，占61.5%；…), or items cut by ；
       that each add a figure of another kind (其中：产业发展项目268个，投资4.2亿元；基础设施项目186个，
       投资6.1亿元；…: the counts and the investments are two lists; 其中小学186所，在校生5.86万人；…
       against the students the sentence before names, 在校学生10.65万人, not the teachers after
       them), or after 、 with the items cut by ， (村级电站118座、装机容量22.4兆瓦，集中式电站8座、
       装机容量16.2兆瓦); also whom each item aided (学前教育阶段发放生活补助86.52万元，资助1726人次；…) and
       the money each is paid, its monthly average after it (城市低保20115人，累计发放低保金2461.05万元，
       月平均补助水平为408.4元；农村低保…), and items that each give two measures of one unit (农业产值…，
       增加值…；林业产值…，增加值…, an item's growth said as 与上年持平 or with a figure): each measure is its
       own list, against the total named by that measure; an item's own change and its rate (税收收入
       7264万元，比上年增收1126万元，增长18.3%；非税收入…) are no items, and neither the level's change
       (…186.42亿元，增加15.36亿元，增长8.98%。其中…) nor the figure a 包括…在内的 total follows is the
       total; nor does a list that gives one group's figure for each measure stated before it, one item
       to a measure (其中：“5强”企业累计实现工业增加值…；实现主营业务收入…；实现税金…). A 其中 under an
       item of a list cut by ；ends at the next ；(文化馆18个，其中，文化站15个；剧场影院4个), and parallel
       subtotals (公办教育共计589人…；民办园共计22人…) are no list closed by a total; a count of units that
       hold the figure after it (其中2所公办幼儿园共有幼儿233人) is no item. When the items themselves
       fall short of their total (6 + 24 + 98 of 186 schools), what they add is partial too, and
       passes within its total; when they, or any other
       figure they each add, make their total exactly (118 + 8 = 126座; the persons of 562户1863人、
       418户1294人、…), every item is listed, and the other figures must make their totals too.
       A sentence that opens with 分产业看 / 按资金用途分 / 按经营地统计， breaks down the first figure of
       its kind in the sentence before (实现地区生产总值86.52亿元…。分产业看，第一产业增加值12.36亿元…),
       past sentences that divide it another way (按性别分，男…；女…。按城乡分，城镇…；乡村…); so does
       分三大区域看 / 从三大产业看 / 分城乡看, and 收入方面，… / 支出方面，分中央和地方看 (a total of
       revenue is never the total of spending, nor of exports of imports). A sentence that opens with
       the population its people are among (全县常住人口中，男性人口为61500人…；女性人口为58500人…)
       breaks down that population stated before it, named so: men and women, or town and country,
       make it exactly; other cuts (age bands, a 65+ band under 其中 left out) may fall short. The
       classes of the poor listed right after their count without a cue (建档立卡贫困户72户171人，
       一般贫困户28户84人，低保户37户79人，五保户7户8人；无劳动能力户35户54人，有劳动能力户37户117人)
       make it, households and persons each: all three of 一般户, 低保户 and 五保户, or 有 and 无劳动能力,
       exactly; 一般户 and one other, at most. Without 一般户 the 低保户 and 五保户 after a count of the
       poor may be the county's: no sum. A sentence that opens with the parts of a split complete by
       definition (夏粮 and 秋粮 of 粮食, sown area or output; 出口 and 进口 of 进出口) breaks down the
       figure of the sentence before named so, in its paragraph, without a cue. An item
       may carry its growth and its share of the named whole (税收收入8.65亿元，增长3.8%，占一般公共
       预算收入的67.3%；非税收入…).
       A sentence that opens with 其中 and goes year by year breaks down the total of the sentence
       before it (累计实现脱贫12836户48652人。其中，2016年脱贫2865户10235人，出列贫困村12个；2017年…):
       the years may leave some out, so a sum above the total fails and one below it warns.
       The last item may be joined by 和/及 (…、203个和94个), and each item may have a 其中 list of
       its own (其中产业项目98个，其中种植类56个、…；基础设施项目88个，其中…: 98 + 88). People
       listed under a total of person-times (培训12865人次，其中贫困劳动力4265人、一般劳动力8600人) may
       fall short of it, one person being counted once for several times, but not exceed it. Under
       one 其中 a ；-cut 分别 list of people is another cut of the same whole (其中，城镇人口…，
       乡村人口…；0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为…: the ages name the items and
       are read as words).
    2. 以上N / 上述N / 合计N / a bare 共N after a list (脱贫村135个、安置村5个、示范村1个，以上141个;
       产业路12条、通组路28条，共40条), 共N after a
       分别 list (分别脱贫3865户、1522户，两年共脱贫5387户), also a
       compound total (共识别边缘易致贫户562户1865人、脱贫不稳定户326户1102人，共计888户2967人).
       A total that names itself before 合计 (茶叶1.86万亩、柑橘0.92万亩，特色产业面积合计2.78万亩)
       may name a larger whole: items above it fail, below it warn. After 加上, the items add to the
       figure the total is named after, stated in the nearest sentence before that does not open
       with 其中 (一般公共预算收入完成11.24亿元…。加上上级补助收入28.65亿元、…，收入总计50.30亿元).
    (A 其中 list of those whose risk was removed and those whose risk remains under those
    monitored is C001's monitoring balance, and is reported there only.)
    3. Done plus in progress against the issues found (反馈问题47条，已完成整改44条，正在整改3条), or
       finished plus being built against the projects carried out (实施项目412个，已完工386个，在建26个),
       past a 其中 list of the issues, also when done and remaining follow in the next sentence of
       the paragraph (共梳理出问题86个，其中…。截至目前，已整改完成79个，剩余7个): a mismatch fails when
       done and remaining stand together in the sentence right after the total's, and warns when
       they are further on or apart.
    4. A heading with a total followed by lines, one item per line (深度贫困村：24个 / 1.长寨街道4个：… /
       2.广顺镇2个：…; 计划新建安置房2122套，共涉及安置点3个： / 长寨：596套… / 广顺：1382套…;
       下达资金15230万元，予以公告。 / 甲区：省级资金4210万元； / …), and numbered item lines
       closed by a line that totals them (1.省级资金52万元 / 2.市级资金71.5万元 / 以上资金合计123.5万元),
       also when an item line announces items of its own (一、产业发展项目资金1620万元，其中： /
       1.…850万元 / … / 二、…): both levels are checked. An aside in the heading (下达资金2865万元
       （其中：中央资金1865万元…）) holds parts, not totals.
    5. Year lines against a multi-year total stated just before them (三年计划总任务1355.9公里 /
       2017年：…265.41公里 / 2018年：…800公里 / 2019年：…290.49公里), or on the line right before
       them that ends with 其中： (8652户31265人全部脱贫，68个贫困村全部出列。其中： / 2018年：…).
    5b. What each year did, clause by clause after the total (全县共有贫困村56个，2017年出列12个，
       2018年出列25个，2019年出列19个，贫困村全部出列): the years make the total when the sentence says
       all of it was done; else they may leave years out, and only a sum above the total fails.
    6. Sites spread over places: 安置点共7个，涉及5镇1乡1街道 (the places cannot outnumber the sites).
    7. A total that names its items with 及 / 和 / 、 (采集脱贫户258户、监测对象38户的…，全村296户
       脱贫户及监测对象…), each noun naming one figure stated before it.

Why it matters
    A breakdown that does not add up means an item or the total was mistyped, or an item was
    left out without saying so.

Flagged
    全县共有产业项目628个，其中种植类341个、养殖类203个、加工类94个。   (341 + 203 + 94 = 638 ≠ 628)

Passing
    全县共有产业项目628个，其中种植类341个、养殖类203个、加工类84个。

Tolerance
    Items and total are intervals (±½ of the last digit, scaled by 万/亿, trailing zeros of
    scaled figures may be rounding; whole-number counts of households, persons and objects are
    exact); the sum is computed on intervals and compared with the total's interval.
    A list is read as exhaustive (fail when the sum and the total cannot meet) when it carries a
    sign of being complete: an 其他/其余 item, the three sectors (第一/第二/第三产业; a list
    naming only some of them is not checked, the others being stated elsewhere), items that are all named places (not kinds of
    places: 建档立卡村, 示范村, 4A级景区), a kind and its complement (贫困村 / 非贫困村), an explicit 以上/合计
    total (also on a closing line, under numbered lines or label lines of one shape: 东关村：…46户173人 /
    … / 全乡合计136户512人, one total per kind), 分为, items of one kind (整组搬迁 / 零星搬迁), one item per line under a heading, a stated
    number of years matching the year lines or the years listed (2021年、2022年、2023年分别脱贫…，三年累计
    脱贫2564户, or a span of them: 2016年至2020年，…分别减贫…，五年累计减贫5839人, or clauses cut by ； each
    opening with a year, the total opening the next sentence: …；2019年脱贫1830人。四年累计脱贫1.01万人; a total of more years than are
    listed is not checked, and a bare 累计 after the years of a span may count earlier years too, so a sum
    below it only warns); or, failing any sign either way, when it lists
    counts, households or persons joined by 、 or ； (unless a few of them fall short of half the total:
    卫生机构215个，其中：医院12个，乡镇卫生院19个 names the notable kinds, and only warns). Classes by different attributes overlap, and
    their sum is not checked: people (其中搬迁群众2865人、建档立卡贫困人口1986人; 妇女, 残疾人; where
    they live and who can work: 其中农业人口14321人，现有劳动力6811人; a measure nested by definition in an
    earlier item: 其中：地方一般公共预算收入11.80亿元；地方税收收入8.10亿元; the budget an item's share is
    of: 税收收入4160万元，占年初预算9120万元的45.6%; what an item mainly is: 下级支出4206亿元，主要是…3618亿元;
    a breakdown of its own after the items: 其中农村特困41人；特困人员中一档6人；二档26人; items that rise and
    one that falls: 其中医院增加30个，卫生院增加80个，诊所减少10个; lines that each
    divide the total another way: 地方收入按构成分：… / 地方收入按部门分：…;
    not an attribute the total names: 易地扶贫搬迁3865户，其中建档立卡贫困户…，同步搬迁户…) and
    investment (其中，工业投资32.6亿元…；民间投资41.2亿元: by industry and by owner).
    It is read as possibly partial (a sum above the total fails, a sum below it only warns) when
    it ends with 等, is introduced by 包括/含/主要/重点, names grains or meats (a bulletin's 粮食 list names
    the main grains, and ends where other crops begin: 其中，稻谷…；油料…；蔬菜… sums the rice alone;
    farmland's list ends where woodland begins: 耕地面积…，其中：水田…、旱地…，林地面积…), lists what a
    register lifted year by year (其中2017年脱贫…；2018年脱贫…: those left are not listed), groups
    people by attribute (妇女, 残疾人,
    贫困户, 因病致贫 … may overlap or leave people out) or villages by kind (建档立卡村, 深度贫困村
    … may nest), lists grades or honours (国家级示范社,
    4A级景区), counts person-times, or lists money,
    area or length (funding sources are often listed in part), and for year lines without a
    stated number of years (their total may stand on the line before them or right after them; a
    total of more years than the lines list, 五年累计 over two year lines, is not reached by them
    and passes when they fall short of it). When the list names only some members by its nature (grades and
    honours, kinds of villages, groups of people such as 妇女 or 医师, a list ending in 等 or
    saying 主要/重点), a sum below the total passes as "within the total"; funding sources and
    other money lists are partial only by caution, and a sum below still warns.
    Items joined by "，" with no sign of completeness may be nested parts
    (其中劳动力6000人，外出务工4000人), so a mismatch only warns; so may the items of an aside
    opened right after the total without 其中 (12480户(脱贫不稳定户4120户、边缘易致贫户3960户、…)),
    unless a sign of completeness above applies. Under a total counted in 个,
    items counted in other counters (座, 处) are taken as sub-kinds of the same objects
    (建设1000个项目，其中小型水库7座、调蓄设施993个). Animals, and dwellings (套 with 户 resettled with
    money: 建成2648套（其中：公租房312套，…，棚改货币安置550户）), counted in several counters (大牲畜
    存栏25630头，其中：牛21480头；马2950匹；驴1200头；生猪…) are summed up to the item that makes the
    total, a bulletin running on to other animals; when no run of items makes it, which items are of
    the total is unsure and nothing is said. Items at the end of a list that each exceed the total
    begin another topic when the items before them make it (羊存栏15260只，其中：山羊6240只；绵羊
    9020只；家禽存栏126800只), and a list of households or persons above its total ends at the item that
    makes it exactly when the items after it do not make it too (低保对象712户，其中农村低保对象586户，
    特困供养人员126户，双重身份人员135户: a class across the parts). Items that miss the nearest total but
    make an earlier figure of their kind in the sentence are its breakdown (财政总收入186420万元，…，
    一般公共预算收入80315万元，其中税收收入152680万元，非税收入33740万元). People insured in different
    schemes (参加医疗保险人数…，参加养老保险人数…) overlap and are never summed; the items of an aside
    that share a noun their total does not name (执业助理629人（乡村全科148人、执助全科11人）) are a kind
    within it and may fall short of it. A part of an item, in the item's aside (上级补助收入105430万元
    （其中：专项债务转贷6810万元）), is no item of the list a 合计 closes; a 含/包括 in a paren that closes
    before its figure (执业医师（含助理）422人) opens no list. An item named as the complement of the
    total (有贫困村72个，其中深度贫困村18个；非贫困村中…98个) ends the list: what is not X is no part of
    the X counted. Projects counted by stage (其中新开工项目142个，竣工投产项目96个) only warn either
    way: a project may be in two stages, and those going on are seldom listed. A list that gives the
    total twice, cut by ；(户籍人口112635人。其中，城镇人口54715人，乡村人口57920人；男性人口
    57753人，女性人口54882人), is read as one breakdown per run when the whole list misses the total
    and a run meets it; items that each end at ；(农业产值…，增长4.1%；林业产值…) stay one list.
    The total is never a figure the sentence compares with (比上年的11.38亿元), a change
    (较上年增加1260人) or a plan a rate is taken of (目标任务2.2万人的106.8%); a ceiling after the items
    (债务限额56.8亿元) is no item, and classes by threshold (50万元以上的村42个，100万元以上的村15个)
    nest, so they are not summed. Lines of items: a label line of the items' own shape that names
    no total (合计, 全县) and announces nothing (如下, 分别, a closing colon) may be their first item
    rather than their heading (学前教育资助：386人 over 义务教育生活补助：7074人): it is taken as
    their total only when they make it (产业扶贫资金：1620万元 over 种植业：850万元, 养殖业：770万元
    passes), nothing is said otherwise, and never when the line above it announces them all (人均纯
    收入： / 城关镇：12560元 / 河口乡：9870元). Under a line that ends with a colon or 具体如下/分别是,
    or over a 合计 line, lines of a name and one figure closed by a ； are items too (全年共落实补助资金
    3260万元： / 耕地地力保护补贴1850万元； / …); elsewhere an unnumbered line without a colon is
    prose. A run over a 合计 line is read from the first line of its list, never from after figures
    above it. Unnumbered item lines that a 其中 block breaks go on after as many of its lines as make
    the item above it; when none do, which lines are items is unsure and the list is not summed. A line that opens
    with 其中 continues the sentence above it, and with the lines of its shape under it
    (其中：寄宿生…4842人 / 困境儿童…411人 / 非寄宿生…1821人) breaks down the figure of its kind on
    the line above, as a possibly partial list, when the list above resumes right after the block
    with its next number (二、… / 其中：… / … / 三、…); otherwise the lines after the first may be the
    next items of the list above, and only a run of the block's lines from its first that makes the
    figure is reported, as a pass. The numbered items around such a block are summed without it. A per-capita income and the sources of it a 其中 list gives right after it
    (人均可支配收入12680元，其中工资性收入…、经营净收入…) add up, each source being per capita too:
    the list is complete when it names all four (工资性, 经营, 转移, 财产), else a sum below the
    income passes; items that are not sources (其中城镇居民…、农村居民…) are not summed.
    Places spread over sites (rule 6) only fail when the places outnumber the sites. A total that
    names its items (rule 7) is complete when the items are in its sentence; items from the
    sentence before only warn.
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

from .balance import monitoring_triples
from .base import BASE_OF_RATIO, Doc, Rule, finding, fmt, following, in_form, same_paragraph, small_int, term
from .base import stated as as_written
from .subset import (NESTED, OWN_TOTAL, closes_unopened, comma_clauses, countable, exact_iv, family, is_discrete, is_visit,
                     item_name, made_by, measure, paren_depth, part_lists, same_kind, sentence_claims, strip_parens, sum_iv,
                     whole_candidates, whole_iv)

CODE = "C003"
NAME = "breakdown-sum-mismatch"
SEVERITY = "error"
RULE = Rule(CODE, NAME, SEVERITY)

_PLACE = re.compile(r"(?:镇|乡|街道|村|县|区|市|州|旗|社区|盟)$")
#: kinds of villages or places, not named places: 建档立卡村, 深度贫困村, 示范村, 重点乡镇
_KIND_OF_PLACE = re.compile(r"(?:贫困|立卡|脱贫|出列|示范|重点|行政|自然|退出|帮扶|搬迁|安置|任务|试点|美丽|和美|宜居|"
                            r"集体|空壳|薄弱|先进|文明|民族|特色|传统|边境|一般|非)(?:乡镇|镇|乡|街道|村|县|区|市|社区)$|"
                            r"(?:景区|业园区|开发区|工业区|保护区|功能区|校区|矿区|库区|灾区|林区|牧区|垦区|片区)$")
_GRADE = re.compile(r"(?:国家|省|市|县|区)级|[1-5A]A*级|星级|示范|龙头|重点|标杆|先进")
_OTHER_ITEM = re.compile(r"其他|其余|其它|另外|剩余")
_ATTRIBUTE = re.compile(r"妇女|女性|男性|残疾|党员|青年|老年|儿童|少数民族|大学生|高校毕业生|退役军人|农民工|贫困|脱贫|"
                        r"建档立卡|低保|特困|监测|边缘|因[病残学灾]|致贫|返贫|过夜|入境|境外|医师|护士|药师|技师|教师")
#: groups of people that no list of them is meant to exhaust (a kind of the poor may be)
_GROUP_OF_PEOPLE = re.compile(r"妇女|党员|青年|老年|儿童|大学生|高校毕业生|退役军人|农民工|残疾|"
                              r"医师|护士|药师|技师|教师")
_PARTIAL_CUE = re.compile(r"包括|包含|含|主要|重点")
#: stages of a project (实施重点项目386个，其中新开工142个，竣工投产96个): a project started and
#: finished in one year is in both, and the projects going on are seldom listed
_STAGE = re.compile(r"新开工|开工|竣工|投产|建成|完工|续建|在建|签约|落地|开业|投运|并网|交付|验收")
_DISCRETE_FAMILIES = ("count", "household", "person", "person_visit")


def check(doc: Doc):
    out = []
    seen: set[tuple] = set()

    # 监测对象1265户，其中已消除风险826户，风险未消除439户: C001's monitoring balance, the same
    # arithmetic as a 其中 breakdown; reported once, there
    for t, resolved, remaining in monitoring_triples(doc):
        seen.add((t.id, tuple(sorted((resolved.id, remaining.id)))))

    def emit(total, items, exhaustive, how, extra_wholes=(), note="", short=False):
        key = (total.id, tuple(sorted(i.id for i in items)))
        if key in seen or len(items) < 2:
            return
        seen.add(key)
        out.append(_finding(total, items, exhaustive, how, list(extra_wholes), note, short))

    previous = []
    for claims in sentence_claims(doc):
        for total, items, how in _years_of_sentence_before(doc, previous, claims):
            emit(total, items, True, how)
        for total, items, how in _split_of_sentence_before(doc, previous, claims):
            emit(total, items, True, how)
        previous = claims
        for total, items, exhaustive, how, extra, note, short in _listed(doc, claims):
            emit(total, items, exhaustive, how, extra, note, short)
        for total, items, how, exhaustive in _subtotals(doc, claims):
            emit(total, items, exhaustive, how)
        for total, items, how, exhaustive in _year_clauses(doc, claims):
            emit(total, items, exhaustive, how, short=not exhaustive,
                 note="" if exhaustive else "the years listed may leave out some of the years the total covers")
        for total, items, how, sure in _progress(doc, claims):
            emit(total, items, True if sure else None, how, note="" if sure else
                 "the total and what became of its items are stated in two sentences of one paragraph")
        for f in _spread(doc, claims):
            out.append(f)
        for total, items, exhaustive, how in _sources(doc, claims):
            emit(total, items, exhaustive, how, note="" if exhaustive else
                 "the sources named may leave out others (自筹, 社会资金)")
        for total, items, exhaustive, how in _among_population(doc, claims):
            emit(total, items, exhaustive, how)
        for total, items, exhaustive, how, short in _classes(doc, claims):
            emit(total, items, exhaustive, how, short=short, note="" if exhaustive else
                 "the classes listed leave out one of the three (一般户, 低保户, 五保户)")
        for total, items, exhaustive, how in _income_sources(doc, claims):
            emit(total, items, exhaustive, how, short=not exhaustive, note="" if exhaustive else
                 "the list names only some of the four sources of income")
    for total, items, exhaustive, how, note in _line_lists(doc):
        emit(total, items, exhaustive, how, note=note)
    for total, items, exhaustive, how, short in _year_lines(doc):
        emit(total, items, exhaustive, how, short=short,
             note="the total counts more years than the lines list" if short else "")
    for total, items, exhaustive, how in _named_items(doc):
        emit(total, items, exhaustive, how)
    return out


# 10. money and the sources it came from, clause by clause after it without a cue: 累计投入9.45亿元，
#     中央财政拨付5.62亿元，省级财政配套1.91亿元，市县配套1.92亿元 ---------------------------------------

#: money a list of sources may make: 累计投入, 总投资, 筹措资金, 需投资
_FUNDED = re.compile(r"(?:投入|投资|筹措|筹集|整合|安排|落实)[\u4e00-\u9fff]{0,6}?(?:共计|合计|共|达到|达|为)?$")
#: between a figure and the next source: ，中央财政拨付 / ，镇村自筹 / ，需上级扶持
_SOURCE_ITEM = re.compile(r"[,;]\s*(?:需|由|其余|剩余)?(中央|国家|省级|省|市级|州级|县级|区级|市县|县乡|乡镇|镇村|村级|上级|"
                          r"本级|地方|社会|群众|农户|企业|银行|自筹)[\u4e00-\u9fff]{0,12}")


def _sources(doc: Doc, claims):
    out = []
    for k, t in enumerate(claims):
        if t.dimension != "money" or t.kind != "amount" or not countable(t) or not _FUNDED.search(doc.before(t, 10)):
            continue
        items, sources = [], set()
        for c in claims[k + 1:]:
            m = _SOURCE_ITEM.fullmatch(doc.between(items[-1] if items else t, c))
            if m is None or c.dimension != "money" or c.kind != "amount" or not countable(c) or m.group(1) in sources:
                break
            sources.add(m.group(1))
            items.append(c)
        if len(items) >= 2:
            out.append((t, items, False, "the sources named clause by clause after the money they make"))
    return out


# 11. the poor listed by their classes right after their count, without a cue: 全镇建档立卡贫困户
#     72户171人，一般贫困户28户84人，低保户37户79人，五保户7户8人 ---------------------------------------

#: the registered poor (or those lifted, or watched) whose classes a list may give
_POOR = re.compile(r"贫困户|贫困人口|建档立卡|脱贫户|脱贫人口|监测户|监测对象|帮扶对象")
#: ways of classing the poor: (what, the classes (kind, name), the kind that marks the classing, all
#: named: complete). The class of 一般户 marks a list as the classes of the poor (a list of 低保户 and
#: 五保户 after them may count the county's, not only the poor); 有/无劳动能力 is a divide with two sides
_CLASSINGS = (
    ("the poverty classes 一般户, 低保户 and 五保户",
     (("一般户", r"一般(?:贫困|农)?户"), ("低保户", r"低保(?:贫困|兜底)?户"), ("五保户", r"(?:五保|特困供养|特困)(?:贫困)?户")),
     "一般户"),
    ("those able and unable to work",
     (("有劳动能力", r"有劳动能?力(?:的)?(?:贫困)?(?:户|人口)?"), ("无劳动能力", r"(?:无|丧失|没有)劳动能?力(?:的)?(?:贫困)?(?:户|人口)?")),
     None),
)
_CLASS_ITEMS = [(what, tuple((kind, re.compile(r"[,;]\s*(?:有|属于)?(?:" + name + r")(?:有|共有|共|为|计)?\s*"))
                             for kind, name in classes), mark) for what, classes, mark in _CLASSINGS]


def _classes(doc: Doc, claims):
    """(total, items, exhaustive, how, short) for each classing of the poor that follows their count,
    one classing after another (…，五保户7户8人；无劳动能力户35户54人，有劳动能力户37户117人)."""
    out = []
    leads = [x for x in claims if x.group in (None, x.id)]
    members: dict[str, list] = {x.id: [] for x in leads}
    for y in claims:  # each lead's compound, in order (the lead first)
        members.get(y.group if y.group in members else y.id, []).append(y)
    for k, t in enumerate(leads):
        if t.dimension not in ("household", "person") or not countable(t) or not _POOR.search(doc.before(t, 12)):
            continue
        at, done = k, set()
        while True:
            listed = next((x for x in (_classed(doc, leads, members, at, classing) for classing in _CLASS_ITEMS
                                       if classing[0] not in done) if x is not None), None)
            if listed is None:
                break
            what, found, complete = listed
            done.add(what)
            for x in members[t.id]:
                items = [next((y for y in members[c.id] if y.dimension == x.dimension and countable(y)), None)
                         for c in found]
                if x.dimension in ("household", "person") and countable(x) and None not in items:
                    out.append((x, items, complete, f"{what}, listed after the count they divide", not complete))
            at = leads.index(found[-1])
    return out


def _classed(doc: Doc, leads: list, members: dict, at: int, classing):
    """(what, the items, complete) of one classing listed right after ``leads[at]``'s compound, or None."""
    what, classes, mark = classing
    found, kinds, last = [], [], members[leads[at].id][-1]
    for c in leads[at + 1:]:
        gap = doc.between(last, c)
        kind = next((kind for kind, rx in classes if rx.fullmatch(gap)), None)
        if kind is None or kind in kinds or not countable(c):
            break
        found.append(c)
        kinds.append(kind)
        last = members[c.id][-1]
    if len(found) < 2 or mark and mark not in kinds:
        return None
    return what, found, len(kinds) == len(classes)


# 9. the people of a sentence that opens by naming the population they are among: 全县常住人口
#    中，男性人口为61500人，占51.25%；女性人口为58500人，占48.75%, the population stated before ----------

#: pairs of kinds that make a population between them
_PAIRS = ((re.compile(r"男"), re.compile(r"女")), (re.compile(r"城镇|城市"), re.compile(r"乡村|农村")))


def _among_population(doc: Doc, claims):
    from .share import AMONG, among_whole

    among = AMONG.match(doc.sentence(claims[0]))
    if among is None:
        return []
    items = [x for x in claims if x.dimension == "person" and x.kind == "amount" and not x.per and countable(x)
             and x.group in (None, x.id) and not re.search(r"比|较|增加|减少|增长|下降", doc.before(x, 8))]
    # (60岁及以上人口为24000人，占20.00%，其中65岁及以上人口为16000人: a part of the item before)
    items = [x for k, x in enumerate(items) if k == 0 or "其中" not in doc.between(items[k - 1], x)]
    if len(items) < 2:
        return []
    found = among_whole(doc, items[0], among)
    if found is None:
        return []
    total, sure, pop = found
    named = [item_name(doc, x) for x in items]
    pair = next(((a, b) for a, b in _PAIRS if all(a.search(n) or b.search(n) for n in named)
                 and any(a.search(n) for n in named) and any(b.search(n) for n in named)), None)
    if pair is None and len(_axes(doc, items, _AXES, total)) > 1:
        return []  # (城镇人口…，男性人口…: two cuts in one sentence)
    exhaustive = (True if sure else None) if pair is not None and len(items) == 2 else False
    return [(total, items, exhaustive, f"the people of a sentence that opens {among.group(1)}中, under the "
                                       f"{pop} stated before it")]


# 8. a per-capita income and its sources: 人均可支配收入9860元，其中工资性收入5120元、… ----------------

#: the four sources a per-capita income is made of (工资性收入, 经营净收入, 转移性收入, 财产净收入)
_INCOME_SOURCE = re.compile(r"(工资性|工资|经营性|经营|家庭经营|转移性|转移|财产性|财产)(?:净)?收入(?:为|达到|达)?$")


#: an income's own growth right after it: ，增长8.2% / ，比上年名义增长8.2%
_GROWTH_WORDS = r"[,;]?\s*(?:比上年|较上年|同比)?(?:名义|实际)?(?:增长|下降)"
_OWN_GROWTH = re.compile(_GROWTH_WORDS)
_GROWTH_CLAUSE = re.compile("^" + _GROWTH_WORDS + r"\d+(?:\.\d+)?%")
#: between the income and its first source: ，其中工资性收入
_OPENS_SOURCES = re.compile(r"[,;:。]?\s*其中\s*[,:]?\s*[\u4e00-\u9fff]{2,10}$")


#: classes whose members a bulletin lists, and the things it lists after them that are of another class:
#: 粮食总产量48.6万吨。其中，稻谷产量44.2万吨；油料产量6.1万吨；蔬菜产量20.3万吨 (油料 is no grain)
#: (the class, what is of another class, whether a list of the class names only its main members)
_CLASSES = (
    (re.compile(r"粮食"), re.compile(r"油料|油菜|花生|芝麻|棉花|蔬菜|瓜果|水果|园林水果|茶叶|烟叶|糖料|甘蔗|中药材|"
                                     r"食用菌|肉类|禽蛋|牛奶|奶类|水产品|蚕茧|麻类"), True),
    (re.compile(r"谷物"), re.compile(r"大豆|豆类|薯类|油料|棉花"), True),
    (re.compile(r"肉类|肉总产量|猪牛羊禽肉|猪牛羊肉"), re.compile(r"禽蛋|蛋类|牛奶|奶类|水产品|蚕茧|蜂蜜"), True),
    # 耕地面积2400亩，其中：水田1500亩、旱地900亩，林地面积6000亩: woodland is no farmland
    (re.compile(r"(?<!坡)耕地(?:总)?(?:面积)?(?:为|达到|达|共有|有|共)?$"), re.compile(r"林地|林木|林业用地|荒山|荒坡|荒地|草地|草场|牧草地|水域|水面|园地|"
                                     r"建设用地|宅基地|未利用地"), False),
)


#: before what an item mainly consists of: ，主要是用土地出让收入安排的支出
_MAINLY = re.compile(r"^\s*主要(?:是|为|用于|包括|有)")


#: a clause that opens a breakdown of its own: 特困人员中一档6人
_OPENS_AMONG = re.compile(r"\s*[\u4e00-\u9fff]{0,6}(?:人员|人口|对象|群众|劳动力|学生|户|村|企业|项目|资金)中[,:]?"
                          r"[^,;:。]{0,30}$")


_RISE = re.compile(r"(?:增加|增长|新增|提高|上升|增)了?$")
_FALL_VERB = re.compile(r"(?:减少|下降|降低|减)了?$")


def _mixed_signs(doc: Doc, items) -> bool:
    """Do some items rise and others fall (增加30个 … 减少10个)? Then their plain sum is no total."""
    befores = [doc.before(x, 4) for x in items]
    return any(_RISE.search(b) for b in befores) and any(_FALL_VERB.search(b) for b in befores)


def _before_partitive(doc: Doc, items):
    """The items before the first that opens a breakdown of its own (其中农村特困41人；特困人员中一档6人；
    二档26人: the grades divide the 特困人员 again, they are no further items)."""
    for k, x in enumerate(items[1:], 1):
        if _OPENS_AMONG.match(doc.norm(x.clause.start, x.start)):
            return items[:k]
    return items


def _kinds_only(doc: Doc, total, items):
    """The items up to the first that is not a kind of the class the total names (粮食 … 其中，稻谷…；
    油料…: the list of grains ends where the other crops begin)."""
    name = doc.before(total, 12)
    for of, other, _ in _CLASSES:
        if of.search(name):
            for k, x in enumerate(items):
                if other.search(item_name(doc, x, 10)):
                    return items[:k]
    return items


def _not_nested(doc: Doc, items):
    """The items without one nested by definition in an earlier item (其中：地方一般公共预算收入12.16亿元；
    地方税收收入8.79亿元: tax revenue is part of the budget revenue, no second item)."""
    names = [item_name(doc, x, 16) for x in items]
    drop = set()
    # 其中劳动力1200人，外出劳动力700人: an item named as an earlier one with a word before it is a kind of it
    bare = [re.sub(r"^(?:其中|共有|现有|有|共)+", "", re.sub(r"^.*\(", "", n)) for n in names]
    for k, name in enumerate(bare):
        if items[k].dimension not in ("person", "household"):
            continue  # (土地增值税 is no kind of 增值税)
        if any(len(w) >= 2 and name.endswith(w) and len(name) > len(w) and re.fullmatch(r"[\u4e00-\u9fff]+", name)
               and not re.fullmatch(r"[非未不无]", name[:-len(w)]) for w in bare[:k]):  # (非寄宿生: the rest)
            drop.add(k)
    for part_re, whole_re, part_word, whole_word in NESTED:
        for k, name in enumerate(names):
            if part_word in name and part_re.search(name) and any(
                    whole_word in w and whole_re.search(w) and not part_re.search(w) for w in names[:k]):
                drop.add(k)
    return [x for k, x in enumerate(items) if k not in drop] if drop else items


def _income_sources(doc: Doc, claims):
    """A per-capita income (人均可支配收入9860元) and the sources of it a 其中 list opened right after
    it (or after its growth, or in the sentence after it: …9860元，增长8.2%。其中…) gives
    (工资性收入5120元、经营性收入2860元、转移性收入1630元、财产性收入250元): each is per
    capita too, so they add up to it. Every item must be named as a source of income; with all
    four named the list is complete, else a sum above the total fails and one below passes."""
    out = []
    for pl in part_lists(doc, claims):
        if pl.cue != "其中":
            continue
        k = doc.index[pl.items[0].id]
        if k == 0:
            continue
        total = doc.claims[k - 1]
        if total.kind == "percent" and k >= 2 and _OWN_GROWTH.fullmatch(doc.between(doc.claims[k - 2], total)):
            total = doc.claims[k - 2]  # (人均可支配收入7158元，增长8.2%。其中…: past the income's own growth)
        if total.kind != "per_unit" or total.dimension != "money" or total.hedge is not None \
                or not _OPENS_SOURCES.match(re.sub(_GROWTH_CLAUSE, "", doc.between(total, pl.items[0]), count=1)):
            continue
        items = [x for x in pl.items if x.dimension == "money"]
        sources = [_INCOME_SOURCE.search(doc.before(x, 10)) for x in items]
        if len(items) < 2 or not all(sources) or any(x.kind != "amount" or x.per or x.hedge for x in items):
            continue
        kinds = {m.group(1)[:2] for m in sources}
        if len(kinds) != len(items):
            continue  # a source named twice: not one list of the four
        complete = {k[:2] for k in ("工资", "经营", "转移", "财产")} <= kinds
        out.append((total, items, complete, "a per-capita income and its sources, each per capita"))
    return out


# 7. a total that names its items: 全村296户脱贫户及监测户 after 脱贫户258户、监测户38户 ---------------

_JOINED_NOUNS = re.compile(r"^((?:[\u4e00-\u9fff]{2,10}?(?:、|及|和|与|以及)){1,3}[\u4e00-\u9fff]{2,16})")
_NOUN_SEP = re.compile(r"以及|、|及|和|与")


def _named_items(doc: Doc):
    """A figure followed by the nouns of its items joined by 及/和/、 (296户脱贫户及三类监测对象),
    each noun naming one figure stated before it in the sentence or the sentence before (脱贫户258户、
    三类监测对象38户): the items add up to the total. In one sentence the list is complete; from
    the sentence before it only warns."""
    out = []
    for t in doc.claims:
        if t.table is not None or not countable(t) or t.hedge in ("at_least", "at_most") or is_visit(doc, t):
            continue
        m = _JOINED_NOUNS.match(doc.after(t, 40, clause=False))
        if not m:
            continue
        nouns = _NOUN_SEP.split(m.group(1))
        if len(nouns) < 2 or any(len(n) < 2 for n in nouns[:-1]):
            continue
        earlier = []
        for x in doc.preceding(t):
            if x.start < t.sentence.start and not (doc.index[x.id] >= 0 and _sentence_before(doc, x, t)):
                break
            if x.table is None and countable(x) and _fits(t, x) and x.hedge not in ("at_least", "at_most"):
                earlier.append(x)
        items = []
        for k, noun in enumerate(nouns):
            last = k == len(nouns) - 1
            named = [x for x in earlier if x not in items and _names(doc, x, noun, last)]
            if len(named) != 1:
                items = []
                break
            items.append(named[0])
        if len(items) < 2:
            continue
        items.sort(key=lambda x: doc.index[x.id])
        one_sentence = all(doc.same_sentence(x, t) for x in items)
        out.append((t, items, True if one_sentence else None, "a total that names its items"))
    return out


def _sentence_before(doc: Doc, x, t) -> bool:
    """Is x in t's sentence or in the sentence right before it, in one paragraph?"""
    if doc.same_sentence(x, t):
        return True
    gap = doc.norm(x.sentence.end, t.sentence.start)
    return x.line == t.line and len(gap) <= 1


def _names(doc: Doc, x, noun: str, last: bool) -> bool:
    """Is x stated as a count of ``noun``: the words right before it end with the noun (for the
    last noun of the list, whose end is not marked, the words before x begin it)."""
    lead = doc.lead(x)
    before = re.sub(r"^.*[,;:、(（]", "", doc.before(lead, 16))
    before = re.sub(r"^(?:其中|共有|共|有|全[县市乡镇村区]|[\u4e00-\u9fff]{0,8}?了)", "", before)
    if len(before) < 2:
        return False
    if last:
        return noun.startswith(before) or before.endswith(noun)
    return before.endswith(noun)


def _finding(total, items, exhaustive, how, extra_wholes, note, short=False):
    """``short``: the list names only some of the total's members by its nature (grades, kinds,
    groups of people, 等), so a sum below the total is what it should be."""
    computed = sum_iv(items)
    terms = " + ".join(term(i, total) for i in items)
    # every reading of the total (a second one when the nearest is itself a share) is tried:
    # pass when one holds, warn when one only falls short of a possibly partial list
    verdicts = []
    for w in [total] + list(extra_wholes):
        st = exact_iv(w)
        if computed.meets(st) or (short and not computed.above(st)):
            verdicts.append(("pass", w))
        elif exhaustive or (computed.above(st) and exhaustive is not None):
            verdicts.append(("fail", w))
        else:
            verdicts.append(("warn", w))
    status, shown = next(((s_, w) for s_, w in verdicts if s_ == "pass"), None) or \
        next(((s_, w) for s_, w in verdicts if s_ == "warn"), None) or verdicts[0]
    stated = exact_iv(shown)
    # the sum and the totals as the report writes the total (6853万人, 56.82亿元), not in 人 or 万元
    total_s, sum_s = as_written(shown), in_form(computed, shown)
    comp = f"{terms} = {sum_s}, stated {total_s} " + ("✓" if status == "pass" else "✗")
    if status == "pass" and not computed.meets(stated):
        comp = f"{terms} = {sum_s} ≤ {total_s} ✓"
        msg = f"the {len(items)} items add up to {sum_s}, within the total {total_s} ({how})"
        why = (f"sum {sum_s} does not exceed total {in_form(stated, shown)}; " + (note or (
            "the list names only some of the total's members (grades, kinds or groups that may nest, or a list "
            "ending in 等)")) + ", so it need not reach the total")
    elif status == "pass":
        msg = f"the {len(items)} items add up to the total {total_s} ({how})"
        why = f"sum {sum_s} meets total {in_form(stated, shown)}"
    else:
        msg = f"the {len(items)} items add up to {sum_s}, but the total is {total_s} ({how})"
        why = f"the sum {sum_s} cannot meet the stated total {in_form(stated, shown)}"
        if status == "warn" and exhaustive is None and not note:
            why += ("; the items are separate clauses, and a later one may be a part of an earlier "
                    "one rather than another item")
        elif status == "warn" and computed.above(stated):
            pass  # the note says why a sum above the total is no sure failure
        elif status == "warn":
            why += ("; the items fall short of the total and the list may be partial "
                    "(it may leave out items)")
        elif not exhaustive:
            why += "; even a partial list cannot exceed its total"
        if extra_wholes:
            why += "; no reading of the total fits"
        if note:
            why += "; " + note
    conf = 0.95 if exhaustive else 0.8 if exhaustive is not None else 0.6
    return finding(RULE, status, [total] + list(items) + list(extra_wholes), msg, comp, stated, computed,
                   why, confidence=conf)


def _compound_mate(doc: Doc, chosen: dict, first):
    """For the persons of compound items (甲村100户260人), the persons of the compound whose households
    the list's households were taken against (300户800人), if that compound has them; else None."""
    if first.dimension != "person" or first.group in (None, first.id) or "household" not in chosen:
        return None
    head = chosen["household"]
    return next((x for x in doc.claims[doc.index[head.id] + 1:doc.index[head.id] + 3]
                 if x.group == head.id and x.dimension == "person"), None)


def _items_for(total, items):
    """Items of the total's kind: the same dimension; under a 个 total, any counter, and so under a
    座/处/项 total when an item is counted in another of those (配套建筑物50座，其中阀井20座、…、涵洞1处)."""
    if total.unit == "个" or total.unit in _GENERIC_COUNTERS and any(
            i.unit in _GENERIC_COUNTERS and i.unit != total.unit for i in items if family(i) == "count"):
        return [i for i in items if family(i) == "count"]
    return [i for i in items if i.dimension == total.dimension and
            (family(i) != "count" or i.unit == total.unit)]


#: counters that count things of any kind: items may be counted in another of them
_GENERIC_COUNTERS = ("个", "座", "处", "项")


# 1. 其中 / 包括 lists ------------------------------------------------------------------------

def _listed(doc: Doc, claims):
    out = []
    for pl in part_lists(doc, claims):
        replaced = {i for ids in pl.subtotals.values() for i in ids}
        items_all = [x for x in pl.items if countable(x) and x.id not in replaced and not is_visit(doc, x)
                     and not _HOLDS_NEXT.match(doc.after(x, 12))  # (其中2所公办幼儿园共有幼儿233人: 2所 says whose)
                     # (税收收入4100万元，占年初预算9000万元的45.6%: the budget a share is of is no item; nor is
                     # what an item mainly is: 下级支出4200亿元，主要是…支出3600亿元)
                     and not BASE_OF_RATIO.match(doc.after(x, 10)) and not _MAINLY.match(doc.norm(x.clause.start, x.start))]
        done_totals = set()
        chosen: dict[str, object] = {}  # the total taken for each dimension of this list
        named: dict[tuple, list] = {}
        listed = {x.id for x in pl.items}
        by_year = _year_items(doc, pl, items_all)
        divides = pl.cue[:1] in "分按从"  # 分产业看，第一产业增加值…: the total is in the sentence before
        for first in items_all:
            wholes = whole_candidates(doc, claims, pl.cue_start, first, exclude=listed)
            if not wholes and divides:
                wholes = _divided_total(doc, claims[0], first)
            if not wholes and by_year:
                wholes = _total_before(doc, claims[0], first)
                if wholes:
                    total = wholes[0]
                    items = _items_for(total, items_all)
                    if total.id not in done_totals and len(items) >= 2:
                        done_totals.add(total.id)
                        out.append((total, items, False, "其中 by year, after the total's sentence", [],
                                    "the years listed may leave out some of the years the total covers", False))
                    continue
            if not wholes and first.dimension == "person":
                # 培训农村劳动力12865人次，其中贫困劳动力4265人、一般劳动力8600人: people under person-times
                visits = whole_candidates(doc, claims, pl.cue_start, _Like("person_visit", "人次"), exclude=listed)
                people = [x for x in items_all if x.dimension == "person"]
                if visits and visits[0].id not in done_totals and len(people) >= 2:
                    done_totals.add(visits[0].id)
                    out.append((visits[0], people, False, f"{pl.cue} people under a total of person-times", [],
                                "the items count people and the total person-times: one person may be counted "
                                "more than once, so the people may fall short of the total but not exceed it", True))
                continue
            if not wholes:
                # a counter item (座) under a 个 total
                wholes = [w for w in whole_candidates(doc, claims, pl.cue_start, _Like("count_ge", "个"),
                                                      exclude=listed)]
                if not wholes or family(first) != "count":
                    continue
            # the same for every item of a kind with the same wholes: once, not once per item (a list of
            # 10,000 items took minutes)
            key = (first.dimension, tuple(w.id for w in wholes))
            if key not in named:
                # (an aside's whole is the figure it is opened after: 执业助理504人（乡村全科162人、执助全科8人）,
                # not 全科25人 before it that names the items' noun)
                named[key] = wholes if pl.cue == "(…)" else _named_like_items(doc, claims, pl, first, items_all,
                                                                              wholes, listed)
            wholes = named[key]
            total = wholes[0]
            mate = _compound_mate(doc, chosen, first)
            if mate is not None and mate.id != total.id:
                # 全乡贫困户300户800人，有劳动能力户120户380人。其中：甲村100户260人；…: the persons of
                # compound items are of the compound whose households the households' list made
                total, wholes = mate, [mate] + [w for w in wholes if w.id != mate.id]
            if total.id in done_totals:
                continue
            items = _within_total(total, _not_complements(doc, total, _items_for(total, items_all)))
            items = _kinds_only(doc, total, _not_nested(doc, _not_shares_of_items(doc, items)))
            items = _before_partitive(doc, items)
            # (出口规模首次突破30亿元，达34.5亿元: a threshold passed, restated by the level reached, is no item)
            items = [x for x in items if not (x.hedge == "at_least" and _REACHED_NEXT.match(doc.after(x, 4, clause=False)))]
            if _mixed_signs(doc, items):
                continue  # 医疗机构增加100个，其中医院增加30个，…，诊所减少10个: a fall is no part of a rise
            if len(items) < 2:
                continue
            if _profile(doc, claims, pl, items):
                # 其中：“10强”企业累计实现工业增加值26.41亿元…；实现主营业务收入26.81亿元…；实现税金1.7亿元: a
                # group's figure for each measure stated before, not parts of one total
                done_totals.add(total.id)
                continue
            measures = _by_measure(doc, items)
            if measures:
                # 其中：农业产值19217万元，…，增加值11956万元，…；林业产值2766万元，…，增加值1355万元…: each
                # measure its own list, against the total named by that measure
                for m, group in measures.items():
                    tot = next((w for w in reversed(claims) if w.end <= pl.cue_start and same_kind(w, total)
                                and countable(w) and measure(doc, w) == m), None)
                    if tot is None or tot.id in done_totals or len(group) < 2:
                        continue
                    done_totals.add(tot.id)
                    out.append((tot, group, _exhaustive(doc, pl, group, tot),
                                f"{pl.cue} breakdown of {m}, each item giving {m} and another measure", [], "", False))
                continue
            if 0 < len(_sectors(doc, items)) < 3:
                continue  # some of the three sectors: the others are stated elsewhere
            made = _made_before(doc, claims, pl, total, items)
            if made is not None:
                # 财政总收入222827万元，…，一般公共预算收入97092万元，其中税收收入190268万元，…32559万元:
                # the items make an earlier figure of their kind exactly, not the nearest one
                total, wholes = made, [made] + [w for w in wholes if w is not made]
            done_totals.add(total.id)
            chosen[first.dimension] = total
            listed_on = _with_tail(doc, claims, pl.items)
            family_of = _other_counters(total, listed_on)
            if family_of:
                # 大牲畜存栏40202头，其中：黄牛28510头；奶牛8984头；马2708匹；生猪32029头…: the kinds the total
                # counts end where they make it, and a bulletin runs on to other animals; no prefix makes it:
                # which items are of the total is unsure, and nothing is said. So too for dwellings (建成
                # 保障性安居工程5833套（其中：公租房576套，棚改实物安置房4089套，棚改货币安置1168户）)
                herd = _prefix_making(total, [x for x in listed_on if x.dimension in family_of and countable(x)
                                              and x.group in (None, x.id)])
                if herd:
                    out.append((total, herd, True, f"{pl.cue} breakdown counted in several counters ("
                                + ", ".join(sorted({x.unit for x in herd})) + "), up to the item that completes the total",
                                wholes[1:], "", False))
                continue
            breakdowns = _breakdowns(doc, total, items)
            heads, n_heads = _heads(doc, claims, pl, items_all, total, listed)
            partial_heads = heads == "short"
            for part in breakdowns:
                if _nested_places(doc, part):
                    continue  # 县外务工…，省外务工…: one holds the other, their sum is no relation
                if len(part) >= 3 and _TOTAL_OF_ITS_OWN.search(doc.before(part[0], 10)) \
                        and not sum_iv(part).meets(exact_iv(total)) and _near(sum_iv(part[1:]), part[0]):
                    # 其中，谯城区户籍总人口为159.4万人，城镇人口32.46万人，乡村人口126.95万人: the first item is
                    # a total of its own (a place's), and the items after it are its parts
                    split = _complete_split(doc, part[1:], part[0])
                    out.append((part[0], part[1:], True if split else None,
                                "the items after a first item named as a total (总…) are its parts"
                                + (f"; {split} make it between them" if split else ""), [], "", False))
                    continue
                if any(_UMBRELLA.search(doc.before(x, 8)) for x in part) and \
                        not any(re.search(r"其他|其余|非民生", doc.before(x, 8)) for x in part):
                    continue  # 其中：民生支出20亿元，卫生健康支出2.1亿元，教育支出5.6亿元: the later items are in the first
                subclass = pl.cue == "(…)" and _subclass(doc, part, total)
                exhaustive = False if partial_heads or subclass else _exhaustive(doc, pl, part, total)
                how = f"{pl.cue} breakdown" + (f", one of {len(breakdowns)} cut by ；" if len(breakdowns) > 1 else "")
                if subclass:
                    how += (f"; the items share a noun ({subclass}) their total does not name: a kind within it, "
                            "which need not reach it")
                if exhaustive is None and pl.commas and not _stages(doc, part) \
                        and sum_iv(part).above(exact_iv(total)) \
                        and (not comma_clauses(doc, part) or not _can_nest(part, total)):
                    # 学校126所，其中普通中学21所，小学58所，幼儿园59所…: clauses that could be parts of
                    # earlier ones, but no such reading brings them within the total; or items of a
                    # list cut by ；, each with its own clause (小学186所，在校生5.86万人；初级中学42所…)
                    exhaustive = False
                    how += ("; the items are clauses, but they are cut by ；, or no reading of them as parts of "
                            "earlier ones keeps their sum within the total")
                if heads == "complete" and len(part) == n_heads and exhaustive is not True:
                    exhaustive = True
                    how += ("; the items' counts (or another figure each of them adds) make their total "
                            "exactly, so no item is left out")
                if _stages(doc, part) and any(re.search(r"开工", doc.before(i, 10)) and not re.search(r"新开工", doc.before(i, 10)) for i in part) \
                        and any(re.search(r"完工|竣工|建成", doc.before(i, 10)) for i in part):
                    continue  # 其中开工项目17个，已完工4个: those finished were started, no sum
                note = ("the items are stages of projects (新开工, 竣工 …): a project may be in two of them, "
                        "and those going on are seldom listed") if _stages(doc, part) else ""
                short = exhaustive is False and (partial_heads or bool(subclass)
                                                 or _partial_by_nature(doc, pl, part, total))
                if _vocational_left_out(doc, part, total):
                    exhaustive, short = False, True
                    how += ("; the schools are listed by kind without the vocational schools the paragraph names "
                            "before, so the list leaves them out")
                split = _complete_split(doc, part, total)
                if split:
                    exhaustive, short = True, False
                    how += f"; {split} make the total between them"
                people = family(total) in ("person", "household", "person_visit")
                axes = _axes(doc, part, _AXES if people else _MONEY_AXES, total)
                if len(axes) > 1 and (exhaustive is not True or len(axes & _SCHEMES) > 1):
                    # 其中搬迁群众2865人、建档立卡贫困人口1986人; 工业投资…，民间投资…: classes by different
                    # attributes overlap and need not reach the total: their sum is no relation (C002 still
                    # checks each against the total)
                    continue
                if all(_OFFERS.match(doc.after(x, 14)) for x in part):
                    continue  # 其中40个机构提供视力康复服务、50个机构提供肢体康复服务: one may offer both
                besides = _besides(doc, claims, part, total)
                if besides is not None and not sum_iv(part).meets(exact_iv(total)):
                    # 其中集镇15个，中心村12个，还有产业园区1个: the item after 还有 / 另有 may be one more of
                    # the total's (then the sum with it makes the total) or one beside it
                    if sum_iv(part + [besides]).meets(exact_iv(total)):
                        part = part + [besides]
                        how += f"; with the item after {_besides_word(doc, besides)}, which completes the total"
                    elif exhaustive:
                        exhaustive = False
                        note = (f"an item follows after {_besides_word(doc, besides)}: it may be one beside the "
                                "total, and the list may be partial")
                out.append((total, part, exhaustive, how, wholes[1:], note, short))
    return out


def _near(parts, total) -> bool:
    """Are the parts' sum within a fifth of the total (a reading worth checking, right or off)?"""
    t = exact_iv(total)
    return parts.low is not None and parts.high is not None and t.low is not None and t.high is not None \
        and parts.high * 5 >= t.low * 4 and parts.low * 5 <= t.high * 6


#: right after a threshold, the level reached: ，达34.5亿元
_REACHED_NEXT = re.compile(r"^[,]?\s*(?:达到|达|为)\s*\d")
#: an item named as a total of its own: 户籍总人口为159.4万人
_TOTAL_OF_ITS_OWN = re.compile(r"总(?:人口|人数|户数|数|量|额|面积|产值|收入)(?:为|是|达到|达)?$")
#: a kind of school an item may be named by (普通中学1800人, 小学2100人)
_SCHOOL_KIND = re.compile(r"幼儿园|小学|中学|初中|高中|特殊教育|特教|职业|中职|一贯制|学校")
#: vocational schools: a paragraph that names them before a list of school kinds without them
_VOCATIONAL = re.compile(r"中等职业|职业中学|职业高中|中职|技工学校")


def _vocational_left_out(doc: Doc, items, total) -> bool:
    """Are the items kinds of school (普通中学1800人、小学2100人…) without the vocational schools the
    line names before the total (全县共有中等职业学校5所…。全县专任教师8229人，其中，…)?"""
    if not all(_SCHOOL_KIND.search(doc.before(i, 10)) for i in items) or \
            any(_VOCATIONAL.search(doc.before(i, 10)) for i in items):
        return False
    return bool(_VOCATIONAL.search(doc.norm(max(0, total.start - 400), total.start).rsplit("\n", 1)[-1]))


#: spending named by its purpose as a whole (民生支出): the spending on education, health … is in it
_UMBRELLA = re.compile(r"民生(?:领域|方面|类)?(?:支出|投入)(?:为|达到|达)?$")

#: splits that are complete by definition: (the total's words, the whole name of each part, what they are);
#: a part named with more words (对东盟出口) is of a narrower whole
_LEAD = r"^(?:其中)?[,:]?\s*(?:全年|全县|全市|货物)?"
_SPLITS = (
    (re.compile(r"进出口"), (re.compile(_LEAD + r"出口(?:总额|总值|额)?(?:为|达到|达|完成)?$"),
                           re.compile(_LEAD + r"进口(?:总额|总值|额)?(?:为|达到|达|完成)?$")), "exports and imports"),
    (re.compile(r"粮食"), (re.compile(_LEAD + r"夏粮(?:总)?(?:产量|播种面积|种植面积|面积)?(?:为|达到|达)?$"),
                         re.compile(_LEAD + r"秋粮(?:总)?(?:产量|播种面积|种植面积|面积)?(?:为|达到|达)?$"),
                         re.compile(_LEAD + r"早稻(?:总)?(?:产量|播种面积|种植面积|面积)?(?:为|达到|达)?$")),
     "the summer and autumn grain (and the early rice)"),
    (re.compile(r"农林牧渔"), tuple(re.compile(_LEAD + name + r"(?:总)?产值(?:为|达到|达)?$") for name in (
        "农业", "林业", "(?:畜)?牧业", "渔业", "(?:农林牧渔)?(?:服务业|专业及辅助性活动)")),
     "farming, forestry, herding, fishing and their services"),
)
#: the two sides of a divide: a list of two items, one named by each, makes its total
_TWO_SIDES = (("中央", "地方"), ("城镇", "乡村|农村"), ("公办", "民办"), ("男性", "女性"), ("内资", "外资"),
          ("一般性转移支付", "专项转移支付"), ("一般转移支付", "专项转移支付"))
#: parts a split may leave unnamed: the early rice of the grain
_OPTIONAL = {"the summer and autumn grain (and the early rice)": {2}}


def _split_of_sentence_before(doc: Doc, before: list, claims: list):
    """全年粮食播种面积12.6万亩。夏粮播种面积7.4万亩；秋粮播种面积5.2万亩: a sentence that opens with
    the parts of a split complete by definition (_SPLITS) of a figure of the sentence before, in one
    paragraph, names them without a cue: they make it."""
    if not before or not claims or not same_paragraph(doc, before[-1], claims[0]):
        return []
    out = []
    for whole, parts, what in _SPLITS:
        totals = [t for t in before if countable(t) and t.group in (None, t.id) and t.hedge is None
                  and whole.search(doc.before(t, 16))]
        if not totals:
            continue
        t = totals[0]
        items, kinds = [], []
        for x in claims:
            if x.dimension != t.dimension or not countable(x) or x.group not in (None, x.id):
                continue
            kind = _split_kind(item_name(doc, x), parts)
            if kind is None or kind in kinds:
                break
            items.append(x)
            kinds.append(kind)
        if items and items[0] is not next((x for x in claims if x.dimension == t.dimension), None):
            continue  # the parts open the sentence, or it is no split of the figure before
        if _covers(what, parts, kinds) and len(items) >= 2:
            out.append((t, items, f"{what}, named in the sentence after it"))
    return out


def _complete_split(doc: Doc, items, total) -> str:
    """What the items are, when they make the total by definition (出口 and 进口 of 进出口; 夏粮, 早稻
    and 秋粮 of 粮食; the five of 农林牧渔业总产值, services included), else ''."""
    own = doc.before(doc.lead(total), 16)
    names = [item_name(doc, x) for x in items]
    if len(items) == 2:
        # two items named as the two sides of one divide (中央…/地方…, 城镇…/乡村…, 公办…/民办…)
        heads = [re.sub(r"^(?:其中)?[,:]?\s*(?:全年|全县|全市|全省|全国|年末|本年)?", "", n) for n in names]
        for a, b in _TWO_SIDES:
            if a == "中央" and not re.search(r"收入|支出", own):
                continue  # (中央资金…，地方配套…: funds may come from others too, 群众自筹)
            if heads[0].startswith(a) and re.match(b, heads[1]) or heads[1].startswith(a) and re.match(b, heads[0]):
                return f"{a} and {b.split('|')[0]}"
    for whole, parts, what in _SPLITS:
        if not whole.search(own):
            continue
        kinds = [_split_kind(n, parts) for n in names]
        if None not in kinds and len(set(kinds)) == len(kinds) and _covers(what, parts, kinds):
            return what
    return ""


def _split_kind(name: str, parts) -> int | None:
    """Which part of a split (its index in ``parts``) an item's name says it is, or None."""
    return next((k for k, rx in enumerate(parts) if rx.search(name)), None)


def _covers(what: str, parts, kinds) -> bool:
    """Do the kinds named hold every part of the split ``what`` may not leave unnamed?"""
    return set(range(len(parts))) - _OPTIONAL.get(what, set()) <= set(kinds)


#: after an item counted by what it offers or has (40个机构提供视力康复服务): items that may overlap
_OFFERS = re.compile(r"^[^,;。、]{0,6}?(?:提供|开展|设有|开设|具备|具有|配备|可提供|能够提供)")
#: between the last item of a list and one more after 还有 / 另有 (，还有产业园区1个)
_BESIDES = re.compile(r"[^,;:。\d%]{0,8}?\s*[,;、]?\s*(还有|另有)[^,;:。\d%]{0,12}")  # (7个位于中心村，还有1个…)


def _besides(doc: Doc, claims, part, total):
    """The figure after 还有 / 另有 right after the list's last item, of the total's kind, if any."""
    after = [x for x in claims if x.start >= part[-1].end and x.group in (None, x.id)]
    if not after or not countable(after[0]) or not _items_for(total, after[:1]):
        return None
    return after[0] if _BESIDES.fullmatch(doc.norm(part[-1].end, after[0].start)) else None


def _besides_word(doc: Doc, x) -> str:
    """The word (还有 or 另有) before the item ``_besides`` found."""
    return _BESIDES.search(doc.before(x, 16)).group(1)


#: a share right after an item that names its whole: ，占农业人口的15.3%
_SHARE_OF = re.compile(r"^[,]?占([\u4e00-\u9fff]{2,10}?)(?:总数|总量)?的")


def _not_shares_of_items(doc: Doc, items: list) -> list:
    """``items`` without those said to be a share of an earlier item (户籍人口28.6万人，其中农业人口
    21.3万人，占74.5%；建档立卡贫困人口3.26万人，占农业人口的15.3%: the poor are a part of the
    agricultural population, not another item beside it)."""
    out = []
    for x in items:
        m = _SHARE_OF.match(doc.after(x, 16, clause=False))
        if m and any(y.subject and m.group(1) in y.subject for y in out):
            continue
        out.append(x)
    return out


def _profile(doc: Doc, claims, pl, items: list) -> bool:
    """Do two or more items each name what one different figure before the list names, one item to a
    figure (其中，岳阳市计划实现城镇新增就业5.2万人，新增农村劳动力转移就业3.5万人 after 新增城镇就业70万人，
    …新增农村劳动力转移就业50万人)? Then the list gives one group's figure for each of those measures,
    not parts of one total (as 农业产值…，林业产值… all name the one 总产值)."""
    before = [c for c in claims if c.end <= pl.cue_start and countable(c)]
    hit: dict[str, int] = {}
    for x in items:
        noun = _core_noun(x.subject)
        if len(noun) < 2:
            continue
        hits = [c for c in before if same_kind(c, x) and _named_in(noun, c.subject)]
        if len(hits) == 1:
            hit[hits[0].id] = hit.get(hits[0].id, 0) + 1
    return len(hit) >= 2 and all(n == 1 for n in hit.values())


def _core_noun(subject: str) -> str:
    """What a subject counts, without the words well before it: its last six Chinese characters
    (城镇新增就业 of 计划实现城镇新增就业)."""
    return re.sub(r"[^\u4e00-\u9fff]", "", subject)[-6:]


def _named_in(noun: str, subject: str) -> bool:
    """Are the characters of ``noun`` among those of ``subject``, verbs aside (城镇新增就业 in 新增城镇就业)?"""
    pool = list(re.sub(r"[^\u4e00-\u9fff]", "", subject))
    for ch in re.sub(r"^(?:计划|累计|实现|完成)+", "", noun):
        if ch not in pool:
            return False
        pool.remove(ch)
    return True


def _by_measure(doc: Doc, items: list) -> dict:
    """The items by the measure each names (产值, 增加值 …), when every item names one and there are two
    or more of them, each named at least twice; else {}."""
    named = [(measure(doc, x), x) for x in items]
    if any(not m for m, _ in named):
        return {}
    groups: dict[str, list] = {}
    for m, x in named:
        groups.setdefault(m, []).append(x)
    return groups if len(groups) >= 2 and all(len(g) >= 2 for g in groups.values()) else {}


def _made_before(doc: Doc, claims, pl, total, items: list):
    """When the items miss the total, a figure of their kind before the list that they make, or None."""
    run = sum_iv(items)
    return None if run.meets(exact_iv(total)) else made_by(claims, pl.cue_start, total, run, exclude=total)


def _within_total(total, items: list) -> list:
    """The items without those at the end that each exceed the total, when the items before them
    make it: no part is larger than its whole, so they begin another topic (羊存栏20409只，其中：
    山羊1403只；绵羊19006只；禽存栏188399只). Otherwise all of them (绵羊29006只 in place of 19006只 is an
    error, not another topic), unless they are whole counts of households or persons that exceed the
    total while the first of them make it exactly: what follows is then a class across the parts."""
    whole = whole_iv(total)
    end = len(items)
    while end > 0 and exact_iv(items[end - 1]).above(whole):
        end -= 1
    if end < len(items) and end >= 2 and sum_iv(items[:end]).meets(exact_iv(total)):
        return items[:end]
    if len(items) > 2 and is_discrete(total) and sum_iv(items).above(exact_iv(total)):
        # 663户1932人（其中低保对象521户1772人，特困供养人员142户160人，双重身份人员122户395人）: whole
        # counts that make the total exactly before the list ends; the rest is a class across them
        made = _prefix_making(total, items[:-1])
        if made and not sum_iv(items[len(made):]).meets(exact_iv(total)):
            return made  # (when the rest makes the total too, it is a second breakdown: see _breakdowns)
    return items


#: counters of animals: a list of livestock under a total in one of them may count some kinds in another
#: (大牲畜存栏40202头，其中：黄牛28510头；奶牛8984头；马2708匹)
_ANIMALS = frozenset({"count_tou", "count_pi_horse", "count_zhi_animal"})


def _prefix_making(total, items: list) -> list:
    """The shortest run of at least two items from the first whose sum meets the total, or []."""
    whole = exact_iv(total)
    for k in range(2, len(items) + 1):
        run = sum_iv(items[:k])
        if run.meets(whole):
            return items[:k]
        if run.above(whole):
            break
    return []


#: a count of units that hold the figure after it (2所公办幼儿园共有幼儿233人): it says whose the figure is
_HOLDS_NEXT = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:共有|共计有|有)[\u4e00-\u9fff]{0,4}\d")
#: counters of dwellings: 套 and the households resettled with money instead (棚改货币安置1168户)
_DWELLINGS = frozenset({"count_tao", "household", "count_jian_room", "count_dong"})


def _with_tail(doc: Doc, claims, items: list) -> list:
    """A list's items and the figures right after its last one, each after 、/， and a few words (棚改
    实物安置房4089套，棚改货币安置1168户: an item in a counter the list walk does not take)."""
    out = list(items)
    k = next((i for i, c in enumerate(claims) if c is items[-1]), None) if items else None
    if k is None:
        return out
    for c in following(claims, k):
        if not _TAIL_GAP.fullmatch(doc.between(out[-1], c)):
            break
        out.append(c)
    return out


#: between a list's last item and a figure that may be one more in another counter
_TAIL_GAP = re.compile(r"[,、][^,;:。()\d]{0,12}")


def _other_counters(total, items) -> frozenset:
    """The family of counters (animals, dwellings) of a list's total when the list holds an item,
    not the second figure of a compound, counted in another counter of that family: then the items in
    the total's counter are only some of the list. Else the empty set."""
    for family_of in (_ANIMALS, _DWELLINGS):
        if total.dimension in family_of and any(x.dimension in family_of and x.dimension != total.dimension
                                                and x.group in (None, x.id) for x in items):
            return family_of
    return frozenset()


def _named_like_items(doc: Doc, claims, pl, first, items_all, wholes, listed) -> list:
    """选派驻村第一书记186名、驻村工作队员562名…。其中，省派第一书记12名，市派第一书记36名…: when
    the items share a noun (第一书记) that the nearest whole does not name, the one figure of their
    kind before the list that names it is the whole."""
    kin = [x for x in items_all if same_kind(x, first)]
    subjects = [doc.before(x, 10) for x in kin]
    n = _common_suffix(subjects)
    if n < 2:
        return wholes
    shared = re.sub(r"[^\u4e00-\u9fff]", "", subjects[0].split(" ")[-1])[-n:]

    def name(c) -> str:  # the words between the figure before c (if any) and c, in its clause
        i = doc.index[c.id]
        return doc.before(c, min(12, c.start - doc.claims[i - 1].end)) if i else doc.before(c, 12)

    others = [c for c in claims if c.start < pl.cue_start and c.id not in listed and same_kind(c, first)
              and countable(c) and c is not wholes[0]]
    for k in range(len(shared), 1, -1):  # 派第一书记 shared by 省派/市派/县派: the whole names 第一书记
        noun = shared[-k:]
        if noun in name(wholes[0]):
            return wholes
        named = [c for c in others if noun in name(c)]
        if named:
            return named[:1] + [w for w in wholes if w is not named[0]] if len(named) == 1 else wholes
    return wholes


_OPENS_WITH_YEAR = re.compile(r"\s*其中\s*[,:]?\s*(?:19|20)\d{2}\s*年[^,;:]{0,10}")
_YEAR_ITEM = re.compile(r"(?:^|[,;:])\s*(?:19|20)\d{2}\s*年[^,;:]{0,10}$")


def _year_items(doc: Doc, pl, items) -> bool:
    """Does the list open its sentence (其中，2016年脱贫2865户…；2017年…) and go year by year?"""
    if not items or not _OPENS_WITH_YEAR.fullmatch(doc.norm(items[0].sentence.start, pl.cue_start)):
        return False
    heads = [x for x in items if x.group in (None, x.id)]
    return len(heads) >= 2 and all(_YEAR_ITEM.search(doc.norm(x.clause.start, x.start)) for x in heads
                                   if x.dimension == heads[0].dimension)


#: a sentence that opens by saying how it divides a total: 按性别分，… / 分产业看，…
_DIVIDING = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,8}方面[,:]+)?[\u4e00-\u9fff]{0,8}?(?:按[^,;。]{1,10}?(?:分|统计)|"
                       r"分[^,;。]{1,8}?看)")
#: measures of opposite sides: a total of one is never the total of the other's parts
_OPPOSITES = (("收入", "支出"), ("出口", "进口"), ("存款", "贷款"))
#: the period a sentence opens with: 3月份，… / 一季度，…
_PERIOD = re.compile(r"((?:1[0-2]|[1-9])月份?|[一二三四]季度|上半年|下半年|前三季度|1-\d{1,2}月)")
_PERIOD_OPENS = re.compile(r"\s*" + _PERIOD.pattern)


def _divided_total(doc: Doc, first_of_sentence, like) -> list:
    """The total a 按…分 / 分…看 sentence breaks down: the first figure of its kind in the sentence
    before, past sentences that divide it another way (按性别分，男…；女…。按城乡属性分，城镇…: the
    total is before the first of them), at most three back."""
    head = first_of_sentence
    for _ in range(3):
        found = _total_before(doc, head, like)
        if not found:
            return []
        sentence = found[0].sentence
        if not _DIVIDING.match(doc.norm(sentence.start, sentence.end)):
            # (3月份，城镇零售额90亿元…。按消费类型分，一季度商品零售270亿元: another period's figures)
            said = _PERIOD_OPENS.match(doc.norm(sentence.start, sentence.end))
            own = _PERIOD.search(doc.sentence(like)) if hasattr(like, "sentence") else None
            if said is not None and own is not None and said.group(1) != own.group(1):
                return []
            # its first figure of the kind, not a part, nor a range's bound (人口在3万人至5万人之间的有2个)
            cands = [x for x in reversed(found) if not BASE_OF_RATIO.match(doc.after(x, 10))]
            if getattr(like, "group", None) not in (None, getattr(like, "id", None)):
                # 村干部9人，现有贫困户152户，386人。按贫困户属性分类：五保户31户34人…: persons of compounds
                # are of the compound's persons
                cands = [x for x in cands if x.group not in (None, x.id)] or cands
            first = next(iter(cands), None)
            if first is None or first.range_with or first.hedge:
                return []
            # (收入…24332亿元…。支出方面，分中央和地方看，中央…支出8717亿元: no total of the spending)
            theirs, mine = doc.before(first, 16), doc.before(like, 16) if hasattr(like, "sentence") else ""
            if any(a in theirs and b in mine and b not in theirs or b in theirs and a in mine and a not in theirs
                   for a, b in _OPPOSITES):
                return []
            return [first]
        head = doc.in_sentence(found[0])[0]
    return []


def _total_before(doc: Doc, first_of_sentence, like) -> list:
    """The figures of the kind of ``like`` in the sentence right before, last first: the total a
    sentence that opens with 其中 breaks down (also across a line end)."""
    i = doc.index[first_of_sentence.id] - 1
    if i < 0:
        return []
    before = doc.claims[i]
    if doc.norm(before.sentence.end, first_of_sentence.sentence.start).strip("。.!? \n\t"):
        return []  # not the sentence right before (其中 opening a line continues the one above)
    return [c for c in reversed(doc.in_sentence(before)) if c.table is None and countable(c)
            and same_kind(c, like) and c.hedge not in ("at_least", "at_most")]


def _not_complements(doc: Doc, total, items) -> list:
    """The items up to one that names the complement of the total (有贫困村72个，其中深度贫困村18个；
    非贫困村中…的村98个): what is not X is no part of the X counted."""
    named = doc.before(total, 10)
    for k, item in enumerate(items):
        m = _COMPLEMENT.search(doc.norm(item.clause.start, item.start))
        if m and any(named.endswith(noun) and _NOUN_START.search(named[:-len(noun)])
                     for noun in (m.group(1)[:n] for n in range(2, len(m.group(1)) + 1))):
            return items[:k]
    return items


#: where the total's noun starts: after a verb or the place, not after a modifier (深度贫困村 is
#: not 贫困村, so 非贫困村 may be a part of it)
_NOUN_START = re.compile(r"(?:^|[有为是共计达,;:、]|全[县市区乡镇])$")
_COMPLEMENT = re.compile(r"^[^\u4e00-\u9fff]*非([\u4e00-\u9fff]{2,6})")


def _breakdowns(doc: Doc, total, items) -> list[list]:
    """The breakdowns of the total a list gives: one, or several when "；" cuts it into runs of
    items of which one adds up to the total and the whole list does not (户籍人口112635人。其中，
    城镇人口54715人，乡村人口57920人；男性人口57753人，女性人口54882人: by residence, then by
    sex). A list whose items each end at "；" (农业总产值30.6亿元，增长4.8%；林业…) stays one. When
    the items before the first "；" add up to the total and the whole list does not, what follows
    is another statement (造林3.6万亩，其中人工造林2.1万亩、封山育林1.5万亩；森林抚育2.8万亩)."""
    runs = [[items[0]]]
    for a, b in zip(items, items[1:]):
        if ";" in strip_parens(doc.norm(a.end, b.start)):
            runs.append([])
        runs[-1].append(b)
    if len(runs) < 2:
        return [items]
    whole = exact_iv(total)
    if sum_iv(items).meets(whole):
        return [items]
    if len(runs[0]) >= 2 and sum_iv(runs[0]).meets(whole) and (
            any(len(run) < 2 for run in runs) or
            any(whole.high is not None and exact_iv(x).low is not None and exact_iv(x).low > whole.high
                for run in runs[1:] for x in run)):
        # 造林3.6万亩，其中人工造林2.1万亩、封山育林1.5万亩；森林抚育2.8万亩: another work; 龙头企业42家，
        # 其中国家级1家、…；农民专业合作社1286家，家庭农场562家: items larger than the total are no part of it
        return [runs[0]]
    if any(len(run) < 2 for run in runs) or not any(sum_iv(run).meets(whole) for run in runs):
        return [items]
    return runs


class _Like:
    """A stand-in claim for looking up wholes of a given dimension and unit."""

    def __init__(self, dimension, unit):
        self.dimension, self.unit = dimension, unit
        self.kind, self.per = "amount", ""


_SECTOR = re.compile(r"第([一二三])产业|^([一二三])产")


def _sectors(doc: Doc, items) -> set[str]:
    """The three sectors (第一/第二/第三产业) the items name, if they name them."""
    found = set()
    for i in items:
        m = _SECTOR.search(i.subject or "") or _SECTOR.search(doc.before(i, 10))
        if m:
            found.add(m.group(1) or m.group(2))
    return found


def _heads(doc: Doc, claims, pl, items_all, total, listed) -> tuple[str | None, int]:
    """For a breakdown by what each item adds (其中小学98所，在校生4.16万人；初中24所，在校生2.31万人),
    how the items themselves stand against their own total, and how many they are:

    - "short": they fall short of it (6 + 24 + 98 of 186 schools), so the list leaves some out and
      what they add need not make its total either;
    - "complete": they make it exactly (村级电站118座…，集中式电站8座… of 126座), so every item is
      listed and what they add must make its total;
    - None: neither is known (no total of their own, or rounding leaves both open)."""
    heads = [x for x in items_all if family(x) == family(pl.items[0])]
    state = None
    # the items' own counts first; then any other figure they each add (户 and 人 of a compound: the
    # persons adding up exactly show that no household is left out either)
    for fam in [family(pl.items[0])] + sorted({family(x) for x in items_all} - {family(pl.items[0])}):
        kin = [x for x in items_all if family(x) == fam]
        if fam == family(total) or len(kin) != len(heads) or len(kin) < 2:
            continue
        wholes = whole_candidates(doc, claims, pl.cue_start, kin[0], exclude=listed)
        if not wholes and pl.cue.startswith("其"):
            wholes = _total_before(doc, claims[0], kin[0])[-1:]
        if not wholes:
            continue
        added, whole = sum_iv(kin), exact_iv(wholes[0])
        if fam == family(pl.items[0]) and not added.meets(whole):
            return "short", len(heads)
        if added.low == added.high == whole.low == whole.high:
            state = "complete"
    return state, len(heads)


def _exhaustive(doc: Doc, pl, items, total) -> bool:
    text = strip_parens(pl.text)
    subjects = [i.subject or "" for i in items]
    if pl.subtotals:
        return True
    if _sectors(doc, items) == {"一", "二", "三"}:
        return True  # the three sectors make up the whole economy
    if any(_OTHER_ITEM.search(doc.before(i, 8)) for i in items):
        return True
    if pl.ends_with_deng or _PARTIAL_CUE.search(pl.cue):
        return False
    if _stages(doc, items):
        return None  # stages may overlap or leave projects out: a mismatch only warns
    if _two_sides(doc, items) or _place_bands(doc, items):
        return True  # 县外务工9.64万人，县内就业3.94万人: the two sides of one split
    people = total.dimension in ("person", "household", "person_visit")
    if people and any(_ATTRIBUTE.search(doc.before(i, 10)) for i in items) or total.dimension == "person_visit":
        return False  # 其中妇女1200人次、残疾人300人次: groups of people by attribute may overlap or leave out
    before_cue = doc.norm(total.end, pl.cue_start)
    if re.search(r"分为|分成|分别为|分别是", before_cue):
        return True
    if all(_PLACE.search(s.split(" ")[-1]) and not _KIND_OF_PLACE.search(s.split(" ")[-1])
           for s in subjects if s) and all(subjects):
        return True
    kinds = [s.split(" ")[-1] for s in subjects]
    if all(subjects) and all(_KIND_OF_PLACE.search(k) for k in kinds):
        # 贫困村68个、非贫困村74个 split the villages; 建档立卡村68个、深度贫困村7个 are kinds that
        # may nest or leave villages out
        return any(k.startswith("非") and any(o != k and o.endswith(k[1:]) for o in kinds) for k in kinds)
    if re.search(r"主要|重点|部分|典型", text):
        return False
    if family(total) not in _DISCRETE_FAMILIES:
        return False  # money, area, length: funding sources and kinds are often listed in part
    if any(_GRADE.search(doc.before(i, 10)) for i in items):
        return False  # 其中国家级示范社3家、省级示范社15家: grades and honours cover only some
    # (an aside inside a name is dropped, 整组（寨）搬迁; an aside left open ends it, 卫生监督所(中心)
    if _common_suffix([re.sub(r"[(（].*$", "", re.sub(r"[(（][^()（）]*[)）]", "", x)) for x in subjects]) >= 2:
        return True  # 整组搬迁…、零星搬迁…: kinds of one thing (not 卫生监督所(中心) beside 疾病预防控制中心)
    if pl.cue == "(…)":
        return None  # an aside without 其中 may list notable parts only: a mismatch only warns
    # 其中劳动力6000人，外出务工4000人: a clause after "，" may be a part of a part (but 其中：新聘396人，
    # 续聘749人，补进51人 — a list opened by a colon — is a list, not clauses)
    if pl.commas and not _COLON_CUE.search(doc.before(items[0], 8, clause=False)):
        return None
    if _far_short(items, total):
        # 卫生机构215个，其中：医院12个，乡镇卫生院19个: a few kinds named, far short of the total, with no
        # sign of being all of them, are the notable ones: a mismatch only warns
        return None
    return family(total) in _DISCRETE_FAMILIES


def _far_short(items, total) -> bool:
    """Do the items, a few, add up to less than half of the total?"""
    got, whole = sum_iv(items), exact_iv(total)
    return len(items) <= 3 and got.high is not None and whole.low is not None and got.high * 2 < whole.low


#: the two sides of a split that leaves nothing out: 县外/县内, 城镇/农村, 男性/女性
_SIDES = (re.compile(r"(?P<x>县|省|市|区|境|国|园区)(?P<side>内|外)"),
          re.compile(r"(?P<side>城镇|城市|农村|乡村)(?P<x>)"),
          re.compile(r"(?P<side>男|女)(?:性|职工|学生|干部|劳动力)(?P<x>)"),
          re.compile(r"(?P<side>公办|民办)(?P<x>)"),
          re.compile(r"(?P<side>一般|专项)(?P<x>债务|债券)"),
          re.compile(r"(?P<side>税收|非税)(?P<x>收入)"))
_OPPOSITE = {"内": "外", "外": "内", "城镇": "农村乡村", "城市": "农村乡村", "农村": "城镇城市", "乡村": "城镇城市",
             "男": "女", "女": "男", "公办": "民办", "民办": "公办", "一般": "专项", "专项": "一般",
             "税收": "非税", "非税": "税收"}


#: a list opened by a colon after its cue: 其中：新聘396人，…
_COLON_CUE = re.compile(r"(?:其中|包括)\s*:\s*[^\d,;。:]{0,6}$")


def _can_nest(items, total) -> bool:
    """Can the items, read as clauses each of which may be a part of an earlier one (其中劳动力6000人，
    外出务工4000人), fit within the total: some items under earlier ones, no item holding more than
    itself, and those left on top summing to no more than the total? (Searched exhaustively for
    lists of up to ten items; a longer one is taken to fit.)"""
    if len(items) > 10:
        return True
    ivs = [exact_iv(x) for x in items]
    cap_total = exact_iv(total).high
    if cap_total is None or any(i.low is None or i.high is None for i in ivs):
        return True
    budget = [20000]

    def fits(j: int, top, caps: list) -> bool:
        if top > cap_total:
            return False
        if j == len(ivs):
            return True
        budget[0] -= 1
        if budget[0] < 0:
            return True
        low, high = ivs[j].low, ivs[j].high
        if fits(j + 1, top + low, caps + [high]):
            return True
        for k, cap in enumerate(caps):
            if cap >= low:
                caps2 = caps[:k] + [cap - low] + caps[k + 1:]
                if fits(j + 1, top, caps2 + [high]):
                    return True
        return False

    return fits(0, 0, [])


def _nested_places(doc: Doc, items) -> bool:
    """Do two items name the same side of different places (县外务工…，省外务工…: work outside the
    province is work outside the county), so that one holds the other?"""
    places = []
    for i in items:
        ms = list(_SIDES[0].finditer(doc.before(i, 8)))
        if len(ms) == 1:  # (省内县外 names a band between two borders, which nests in nothing listed)
            places.append((ms[0].group("x"), ms[0].group("side")))
    return any(a[1] == b[1] and a[0] != b[0] for k, a in enumerate(places) for b in places[k + 1:])


def _place_bands(doc: Doc, items) -> bool:
    """Does every item name where it lies against a border, inside and outside both named, none in
    another (省外务工…，省内县外…，县内…)? Then the items partition the total by place."""
    sides = [{m.group("side") for m in _SIDES[0].finditer(doc.before(i, 8))} for i in items]
    return len(items) >= 2 and all(sides) and {"内", "外"} <= set().union(*sides) and not _nested_places(doc, items)


def _two_sides(doc: Doc, items) -> bool:
    """Do two items name the two sides of one split (县外务工…，县内就业…; 男性…、女性…), each in the
    words right before it in its clause?"""
    if len(items) != 2:
        return False
    a, b = (doc.before(i, 8) for i in items)
    for rx in _SIDES:
        ma, mb = list(rx.finditer(a)), list(rx.finditer(b))
        if len(ma) == 1 and len(mb) == 1 and ma[0].group("x") == mb[0].group("x") \
                and mb[0].group("side") in _OPPOSITE[ma[0].group("side")]:
            return True
    return False


#: the attributes people are grouped by: one person may be in a group of each
_AXES = {"贫困": re.compile(r"贫困|建档立卡|脱贫|低保|最低生活保障|特困|监测|边缘|致贫|返贫|低收入"),
         # one person may be insured in each scheme: 参加医疗保险人数…，参加养老保险人数…
         "医保": re.compile(r"医疗保险|医保"),
         "养老": re.compile(r"养老保险"),
         "失业": re.compile(r"失业保险"),
         "工伤": re.compile(r"工伤保险"),
         "生育": re.compile(r"生育保险"),
         "搬迁": re.compile(r"搬迁|移民"),
         "性别": re.compile(r"妇女|女性|男性"),
         "年龄": re.compile(r"青年|老年|老人|儿童|学生"),
         "残疾": re.compile(r"残疾"),
         "党员": re.compile(r"党员"),
         "民族": re.compile(r"少数民族"),
         "学历": re.compile(r"大学生|高校毕业生"),
         "退役": re.compile(r"退役军人"),
         "就业": re.compile(r"务工|就业|外出|转移"),
         # 总人口15000人，其中农业人口14000人，现有劳动力6800人: where people live, and who can work
         # (those who work away are of the labour force: one attribute with it, 其中劳动力6000人，外出务工4000人)
         "城乡": re.compile(r"农业人口|非农业?人口|城镇人口|乡村人口|农村人口|城镇常住人口|乡村常住人口"),
         "劳动": re.compile(r"劳动力|劳力")}


#: insurance schemes: whatever the list looks like, one person may be in several
_SCHEMES = frozenset({"医保", "养老", "失业", "工伤", "生育"})

#: the attributes money (investment, above all) is classed by: 工业投资 and 民间投资 overlap
_MONEY_AXES = {"行业": re.compile(r"工业|制造业|基础设施|房地产|农业|服务业|交通|能源|水利|民生|社会事业|技改|技术改造|"
                                  r"第[一二三]产业"),
               "主体": re.compile(r"民间|民营|私营|国有|国企|外商|外资|港澳台|政府|社会资本"),
               "规模": re.compile(r"亿元以上|千万元以上|限额以上|规模以上|重点项目|重大项目"),
               "阶段": re.compile(r"新开工|续建|竣工|在建")}


def _axes(doc: Doc, items, axes: dict, total) -> set[str]:
    """The attributes the items are classed by (搬迁群众2865人、建档立卡贫困人口1986人: 搬迁, 贫困;
    工业投资32.6亿元，…，民间投资41.2亿元: 行业, 主体), one per item that names one. An attribute
    the total names holds for every item and classes none of them (易地扶贫搬迁3865户，其中建档立卡
    贫困户3214户，同步搬迁户651户: all were relocated, and 同步搬迁户 are the ones not registered)."""
    own = doc.before(doc.lead(total), 16)
    axes = {k: rx for k, rx in axes.items() if not rx.search(own)}
    out = set()
    for i in items:
        named = item_name(doc, doc.lead(i))
        out.update(next(([k] for k, rx in axes.items() if rx.search(named)), []))
    if "劳动" in out and "就业" in out:
        out.discard("劳动")  # 其中劳动力6000人，外出务工4000人: nested, not crossed
    return out


def _partial_by_nature(doc: Doc, pl, items, total) -> bool:
    """Does the list name only some of the total's members by its nature: grades or honours
    (其中省级8家、市级30家 of 98 县级以上 enterprises), kinds of villages that nest (建档立卡村74个、
    深度贫困村5个), groups of people by attribute, or a list that ends with 等 or says 主要/重点?
    Then a sum below the total is no sign of an error. (Funding sources and other money lists
    are partial only by caution: short of the total, they still warn.)"""
    if pl.ends_with_deng or re.search(r"主要|重点|部分|典型", strip_parens(pl.text)):
        return True
    if total.dimension in ("person", "household") and re.search(r"建档立卡|贫困", doc.before(total, 12)) \
            and all(re.search(r"脱贫|减贫|退出", doc.before(i, 10)) for i in items):
        return True  # 贫困户600户，其中2017年脱贫100户；2018年脱贫150户…: those left are not listed
    if total.dimension in ("person", "household") and re.search(r"建档立卡|贫困", doc.before(total, 12)) \
            and all(re.search(r"低保|五保|特困|兜底", doc.before(i, 10)) for i in items):
        return True  # 建档立卡贫困户120户，其中低保户30户、五保户10户: the 一般贫困户 are not listed
    if any(partial and of.search(doc.before(total, 12)) for of, _, partial in _CLASSES):
        return True  # 粮食…其中，小麦…；玉米…: bulletins name the main grains (or meats), seldom all of them
    if family(total) in _DISCRETE_FAMILIES and any(_GRADE.search(doc.before(i, 10)) for i in items):
        return True  # (省级资金 is a source of money, not a grade)
    if total.dimension in ("person", "household", "person_visit") and \
            any(_GROUP_OF_PEOPLE.search(doc.before(i, 10)) for i in items) and \
            not any("男" in doc.before(i, 6) for i in items):  # (妇女 and 男性: the sexes, which split the total)
        return True  # (脱贫不稳定户、边缘易致贫户 … are kinds that may make up the total: not here)
    poor = _AXES["贫困"]
    if total.dimension in ("person", "household") and not poor.search(doc.before(total, 12)) and \
            all(poor.search(doc.before(i, 10)) for i in items):
        return True  # 该村共有农户326户，其中脱贫户86户、监测户5户: the poor are some of everyone
    kinds = [(i.subject or "").split(" ")[-1] for i in items]
    return all(kinds) and all(_KIND_OF_PLACE.search(k) for k in kinds)


def _stages(doc: Doc, items) -> bool:
    """Do the items count projects by stage (新开工项目142个，竣工投产项目96个)?"""
    return sum(1 for i in items if _STAGE.search(doc.before(i, 10))) >= 2


def _subclass(doc: Doc, items, total) -> str:
    """The noun the items of an aside share and their total does not name (执业助理504人（乡村全科162人、
    执助全科8人）: 全科), or ""."""
    subjects = [doc.before(doc.lead(x), 10) for x in items]
    n = _common_suffix(subjects)
    if n < 2:
        return ""
    noun = re.sub(r"[^\u4e00-\u9fff]", "", subjects[0].split(" ")[-1])[-n:]
    if _GENERIC_NOUN.fullmatch(noun):
        return ""  # (脱贫不稳定人口13650人、边缘易致贫人口13210人: 人口 names no kind)
    return "" if noun in doc.before(doc.lead(total), 12) else noun


#: nouns that any list of people, households or money may share without naming a kind of them
_GENERIC_NOUN = re.compile(r"[\u4e00-\u9fff]?(?:人口|人员|人数|户数|群众|对象|资金|项目|家庭|农户|贫困户|劳动力)")


def _common_suffix(subjects) -> int:
    words = [re.sub(r"[^\u4e00-\u9fff]", "", s.split(" ")[-1]) for s in subjects]
    if len(words) < 2 or not all(words):
        return 0
    n = 0
    while all(len(w) > n for w in words) and len({w[-1 - n] for w in words}) == 1:
        n += 1
    return n


# 2. 以上N / 上述N / 合计N after a list ----------------------------------------------------------

_PER = re.compile(r"每|人均|户均|平均")
_NAMED_TOTAL = re.compile(r"(?!.*(?:其中|占|比|较|每|均))[\u4e00-\u9fff]{1,8}?(?:合计|共计|总计)(?:为|达到|达)?")
_AFTER_LIST = re.compile(r"^(?:以上|上述[\u4e00-\u9fff]{0,6}?|合计|共计|总计|小计)(?:共|合计|共计|总计)?$|^共$")


#: after a 分别 list, its total with 共 (，两年共脱贫 / ，义务教育阶段在校学生共)
_RESPECTIVE_TOTAL = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:共计|合计|总计|共)[\u4e00-\u9fff]{0,4}")
#: after a figure of years, what makes the next figure their total (…412户，三年累计脱贫2603户)
_YEARS_TOTAL = re.compile(r"(?:来|间|内|中)?(?:[,]?[\u4e00-\u9fff]{0,4}?(?:已|共)?)?(?:累计|共计|合计|共)[\u4e00-\u9fff]{0,4}")
#: 共 with a verb that the first item carries for the whole list (共识别边缘易致贫户562户、…，共计888户)
_JOINT_VERB = re.compile(r"共(?:识别|认定|排查|摸排|核查|确定|纳入|选聘|聘用|培训|发放|投入|实施|建成|新建|落实|安置|搬迁)")


def _added_to(doc: Doc, total, first, gap: str):
    """The figure a 加上 list adds to: the first of its kind in the nearest sentence before the
    list's that does not open with 其中, within two lines, named with the word the total names
    (收入总计 → 一般公共预算收入)."""
    name = re.sub(r"(?:合计|共计|总计)(?:为|达到|达)?$", "", gap)[-2:]
    if len(name) < 2:
        return None
    sentences = []
    for c in doc.preceding(first):
        if c.sentence == first.sentence:
            continue
        if c.line < first.line - 1 or len(sentences) > 4:
            break
        if not sentences or sentences[-1][0] != c.sentence:
            sentences.append((c.sentence, []))
        sentences[-1][1].append(c)
    for sentence, cs in sentences:
        text = doc.norm(sentence.start, sentence.end)
        if re.match(r"\s*其中", text):
            continue
        kin = [c for c in reversed(cs) if c.dimension == total.dimension and c.kind == "amount" and c.hedge is None]
        if not kin:
            continue
        base = kin[0]
        return base if name in doc.before(base, 16) else None
    return None


#: a clause that opens with a year and says what was done in it: 2017年出列12个, 2018年脱贫3865户
_YEAR_CLAUSE = re.compile(r"^(?:(?:19|20)\d{2})年(?:度)?(?:共|全县|全年)?(?P<verb>[\u4e00-\u9fff]{2,4}?)(?:了)?$")
#: longer than any clause prefix _YEAR_CLAUSE matches (13 characters) with spaces around it
_YEAR_CLAUSE_LONGEST = 40
#: after the years, all of the total is said to be done: 贫困村全部出列
_ALL_DONE = re.compile(r"^[,，]?[^,;。\d]{0,8}?(?:全部|全面|全数)(?:实现)?(?:出列|脱贫|退出|摘帽|销号|完成)")


def _year_clauses(doc: Doc, claims):
    """全县共有贫困村56个，2017年出列12个，2018年出列25个，2019年出列19个，贫困村全部出列: what each
    year did, clause by clause after the total, adds up to the total when the sentence says all of it
    was done; else the years may leave some out, and only a sum above the total fails."""
    out = []
    for k, t in enumerate(claims):
        if not countable(t) or t.group not in (None, t.id) or k + 2 >= len(claims):
            continue
        items, verb = [], None
        for c in following(claims, k):
            if c.group not in (None, c.id):
                continue
            # (a clause prefix longer than any match is not read: a clause of thousands of figures)
            m = None if c.start - c.clause.start > _YEAR_CLAUSE_LONGEST else \
                _YEAR_CLAUSE.match(doc.norm(c.clause.start, c.start).strip())
            if m is None or not same_kind(c, t) or not countable(c) or (verb and m.group("verb") != verb):
                break
            gap = doc.between(items[-1] if items else t, c)
            if not re.fullmatch(r"[,;]?\s*(?:19|20)\d{2}年(?:度)?[^,;。\d]{0,8}", gap):
                break
            verb = m.group("verb")
            items.append(c)
        if len(items) < 2 or not re.search(r"共有|共|有|识别|确定|认定", doc.before(t, 10)):
            continue
        exhaustive = bool(_ALL_DONE.match(doc.after(items[-1], 16, clause=False)))
        out.append((t, items, "what each year did, clause by clause after the total"
                    + (", and all of it was done" if exhaustive else ""), exhaustive))
    return out


def _subtotals(doc: Doc, claims):
    out = []
    for k, t in enumerate(claims):
        if not countable(t) or k == 0:
            continue
        if t.group not in (None, t.id) and claims[k - 1].id == t.group:
            k -= 1  # 共计888户2967人: the persons stand where the households do, after the cue
        gap = strip_parens(doc.norm(claims[k - 1].end, claims[k].start)) if k else ""  # 3215万元(财农〔2024〕209号),共计
        gap = gap.strip(",;:、 ")
        # 茶叶1.86万亩、柑橘0.92万亩、蔬菜0.68万亩，特色产业面积合计3.46万亩: a total that names what it
        # sums may also name a larger whole (…，耕地面积合计5.36万亩): items above it fail, below warn
        named = not _AFTER_LIST.match(gap) and bool(_NAMED_TOTAL.fullmatch(gap))
        years = 0
        spanned = False  # 2013~2017年，…分别…1289万人，累计减贫6853万人: 累计 over a span of years
        if not _AFTER_LIST.match(gap) and not named and not (
                _RESPECTIVE_TOTAL.fullmatch(gap) and "分别" in doc.norm(t.sentence.start, claims[k - 1].start)):
            # (分别脱贫3865户、1522户，两年共脱贫5387户: a 分别 list and 共 after it)
            years = _years_before(doc, claims, k)
            if years:
                k -= 1  # the list ends before 三年 in 2019年脱贫412户，三年累计脱贫2603户
            elif _SPAN_TOTAL.fullmatch(gap) and "分别" in doc.norm(t.sentence.start, claims[k - 1].start):
                years = _span_years(doc.norm(t.sentence.start, claims[k - 1].start))
                spanned = True
            if not years:
                continue
        if _PER.search(doc.before(claims[k - 1], 8)) or claims[k - 1].kind == "per_unit":
            continue  # 每人每年1万元，共计417万元: a product, not a list
        items = []
        alt = None  # the list read as the items of a 其中 opened by a colon (see below)
        prev = claims[k]
        for c in reversed(claims[:k]):
            between = strip_parens(doc.norm(c.end, prev.start))
            if re.search(r"[。!?]", between):
                break
            if items and c.dimension == t.dimension and (c.kind == "per_unit" or _PER.search(doc.before(c, 8))) \
                    and not re.search(r"[,;:]", between):
                items = []  # 每户分别补助2万元、1.5万元、0.8万元，共计386万元: standards, not parts
                break
            if not countable(c) or not (c.dimension == t.dimension or (t.unit == "个" and family(c) == "count")):
                if any(ch in between for ch in ",;:、") and c.group is None:
                    break  # a clause without an item ends the list
                continue
            if c.hedge in ("at_least", "at_most") or _PER.search(doc.before(c, 8)):
                break
            if closes_unopened(doc.norm(c.end, t.start)):
                continue  # 上级补助收入113566万元(其中:抗疫特别国债7691万元): a part of an item, in its aside
            cue = doc.before(c, 12)
            if items and re.search(r"((?<!公)共(?!同|享|建|产|性)|总|合计)[^,;:、]{0,8}$", cue) and not re.search(r"其中", cue) \
                    and not _JOINT_VERB.search(cue):
                break  # the whole the list belongs to (not 共识别…: a verb said once for every item)
            if alt is None and not re.search(r"其中|包括", cue) and \
                    re.search(r"其中[:]\s*[^,;。\d]{0,12}$", doc.before(c, 16, clause=False)):
                # …收入1884万元，其中：一般转移支付收入1478万元(…)，上年结转结余60万元，…，收入合计为6449万元:
                # c opens a 其中 list; either the total sums that list, or c is a part of the figure before it
                # and the total sums that figure and its siblings: the reading that makes the total is taken
                alt = items + [c]
                prev = c
                continue
            items.append(c)
            prev = c
            if re.search(r"其中|包括", cue):
                break
        if alt is not None and not (len(items) >= 2 and (sum_iv(items).meets(exact_iv(t)) or any(
                re.search(r"加上|(?:^|[,;])加", doc.before(x, 12)) for x in items))):
            items = alt  # (a balance that adds figures, 加上级转移支付…: the figure before 其中 is one of them)
        items.reverse()
        if named and any(OWN_TOTAL.search(doc.before(x, 6)) for x in items):
            continue  # 公办教育共计589人，专任教师539人；民办园共计22人: parallel subtotals, not a list and its total
        if named and items and re.search(r"加上|连同|再加", doc.norm(t.sentence.start, items[0].start)):
            # 全县一般公共预算收入完成11.24亿元…。加上上级补助收入28.65亿元、…，收入总计50.30亿元: the
            # list adds to the figure the total is named after, stated before it (a budget's balance)
            base = _added_to(doc, t, items[0], gap)
            if base is not None:
                out.append((t, [base] + items, "the figure before 加上 and what is added to it, against the total",
                            True))
            continue
        if spanned:
            # 累计 may also count years before the span: a sum above it fails, one below only warns
            if len(items) == years and "分别" in doc.norm(t.sentence.start, items[0].start):
                out.append((t, items, f"累计 after a 分别 list of the {years} years the sentence spans", False))
            continue
        if years:
            if len(items) == years and _by_year(doc, t, items):
                out.append((t, items, f"a total of {years} years over the {years} years listed", True))
            continue
        if len(items) >= 2:
            out.append((t, items, "a total named after the list, 合计 over its items" if named
                        else "以上/合计 over the listed items", False if named else True))
    return out


def _years_before(doc: Doc, claims, k) -> int:
    """N when claims[k] is a total of N years, the figure of years right after the list it totals
    (…，412户，三年累计脱贫2603户), else 0."""
    if k < 2:
        return 0
    y = claims[k - 1]
    if y.dimension != "duration" or y.unit != "年" or y.kind != "amount" or not 2 <= y.value <= 10 \
            or y.value != int(y.value):
        return 0
    if doc.between(claims[k - 2], y).strip(",;、 ") or not _YEARS_TOTAL.fullmatch(doc.between(y, claims[k])):
        return 0
    return int(y.value)


#: a span of years: 2013~2017年, 2016年至2020年, 2018-2020年
_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:至|到|~|～|-|－|—|–)\s*((?:19|20)\d{2})\s*年")
#: after a 分别 list, a cumulative total with no word of how many years: …，累计减贫人口6853万人
_SPAN_TOTAL = re.compile(r"[\u4e00-\u9fff]{0,8}?累计[\u4e00-\u9fff]{0,6}")


def _span_years(opening: str) -> int:
    """How many years the one span of years before a 分别 list covers (2013~2017年: 5), when it is
    the only mention of years there; else 0."""
    spans = list(_SPAN.finditer(opening))
    if len(spans) != 1 or len(re.findall(r"(?:19|20)\d{2}(?=\s*(?:年|至|到|~|～|-|－|—|–))", opening)) != 2:
        return 0
    n = int(spans[0].group(2)) - int(spans[0].group(1)) + 1
    return n if 2 <= n <= 10 else 0


def _years_of_sentence_before(doc: Doc, before: list, claims: list):
    """2014年、2015年分别脱贫21963人、32972人；2016年脱贫20948人；…；2020年脱贫19697人。五年累计脱贫
    3.43万户11.82万人: a sentence that opens with a total of N years after one that lists a figure for
    each of N years, by clauses that open with a year or a 分别 list after the years."""
    if len(claims) < 2 or not before:
        return []
    y = claims[0]
    if y.dimension != "duration" or y.unit != "年" or y.kind != "amount" or not 2 <= y.value <= 10 \
            or y.value != int(y.value) or doc.norm(y.sentence.start, y.start).strip(" \n,，") != "" \
            or not same_paragraph(doc, before[-1], y):
        return []
    years = int(y.value)
    opening = doc.norm(before[0].sentence.start, before[-1].end)
    if len(set(re.findall(r"(?:19|20)\d{2}(?=\s*年)", opening))) != years and _span_years(opening) != years:
        return []  # (2013至2018年…分别为…。六年来，…累计减贫8239万人: a span of the years)
    out = []
    for k in range(1, len(claims)):
        t = claims[k]
        gap = doc.between(claims[k - 1], t)
        if k == 1 and not _YEARS_TOTAL.fullmatch(gap) or k > 1 and not (t.group is not None and t.group == claims[1].group):
            break
        if not countable(t):
            continue
        items = [x for x in before if x.dimension == t.dimension and countable(x) and x.hedge is None
                 and (x.group is None or x.group == x.id or x.dimension != doc.by_id[x.group].dimension)]
        if len(items) != years or not all(
                re.search(r"(?:19|20)\d{2}\s*年", doc.norm(x.clause.start, x.start)) or "分别" in doc.before(x, 20, clause=False)
                or doc.before(x, 1, clause=False) in ("、", ",") for x in items):
            continue
        out.append((t, items, f"a total of {years} years over the {years} years the sentence before lists"))
    return out


def _by_year(doc: Doc, t, items) -> bool:
    """Are the items one per year: a 分别 list after the years (2017年、2018年、2019年分别脱贫…, or
    a span: 2013年至2017年，分别减贫…), or clauses that each open with a year (2017年脱贫1205户，
    2018年脱贫986户)?"""
    opening = doc.norm(t.sentence.start, items[0].start)
    if "分别" in opening:
        if len(re.findall(r"(?:19|20)\d{2}\s*年", opening)) == len(items) or _span_years(opening) == len(items):
            return True
        # 2016年、2017年分别脱贫2100人、3200人；2018年脱贫2900人；…: a 分别 list, then a clause a year
        listed = items[:1]
        for x in items[1:]:
            if not re.fullmatch(r"\s*[、和及]\s*", doc.between(listed[-1], x)):
                break
            listed.append(x)
        rest = items[len(listed):]
        return len(listed) == len(re.findall(r"(?:19|20)\d{2}\s*年", opening)) and all(
            re.match(r"\s*(?:全[县市区乡镇])?(?:19|20)\d{2}\s*年", doc.norm(x.clause.start, x.start)) for x in rest) \
            and len(set(re.findall(r"(?:19|20)\d{2}(?=\s*年)", doc.norm(t.sentence.start, items[-1].start)))) \
            == len(items)
    return all(re.match(r"\s*(?:全[县市区乡镇])?(?:19|20)\d{2}\s*年", doc.norm(x.clause.start, x.start)) for x in items)


# 3. done + in progress = issues found (or projects carried out) -----------------------------------

_FOUND = re.compile(r"(发现|反馈|排查|梳理|交办|查找|检视|指出|移交)[^,;]{0,10}$")
_DONE = re.compile(r"(已?完成(?:整改)?|整改完成|已整改|已销号|已解决|已办结)[^,;]{0,6}$")
_ONGOING = re.compile(r"(正在整改|正在推进|整改中|未完成|尚未完成|持续整改|正在办理|未整改|推进整改|剩余|尚未|未销号)[^,;]{0,4}$")
_VERIFIED = re.compile(r"(验收|销号|核查|复核|审核)[^,;]{0,4}$")
#: projects carried out, then those finished and those being built: 实施项目412个，已完工386个，在建26个
_PROJECTS = re.compile(r"(?:实施|建设|安排)[^,;。\d]{0,8}项目[^,;。\d]{0,2}$")
_BUILT = re.compile(r"(?:已完工|已竣工|已建成|完工|竣工)[^,;\d]{0,4}$")
_BUILDING = re.compile(r"(?:在建|正在建设|正在实施|未完工|尚未完工)[^,;\d]{0,4}$")


class _Progress(NamedTuple):
    """What a total of things to deal with is, and what those dealt with and those still in hand are."""

    total: Callable
    done: re.Pattern
    ongoing: re.Pattern
    other: re.Pattern | None    # counts of the kind that are neither, and no part (验收, 销号)
    how: str


def _found(doc: Doc, c) -> bool:
    """Is c a count of issues found (梳理出问题86个, 反馈问题32个, 86个问题)?"""
    return bool(_FOUND.search(doc.before(c, 14))) or doc.after(c, 3).startswith("问题")


def _projects(doc: Doc, c) -> bool:
    """Is c a count of projects carried out (实施衔接资金项目412个)?"""
    return bool(_PROJECTS.search(doc.before(c, 16)))


_ISSUES = _Progress(_found, _DONE, _ONGOING, _VERIFIED, "done + in progress = issues found")
_BUILDS = _Progress(_projects, _BUILT, _BUILDING, None, "finished + being built = projects carried out")


def _progress(doc: Doc, claims):
    """Issues found (or projects carried out), then done and in progress, in the sentence (sure) or
    running on into the next sentences of its paragraph (共梳理出问题86个。截至目前，已整改完成79个，
    剩余7个…: sure when done and in progress are stated together in the sentence right after; else a
    mismatch warns)."""
    out = []
    cs = [c for c in claims if countable(c) and family(c) == "count"]
    if not cs:
        return out
    following = []
    i = doc.index[claims[-1].id] + 1
    # the next sentences of the paragraph (已整改问题79个…。尚未整改问题7个…), at most three
    for _ in range(3):
        if i >= len(doc.claims) or doc.claims[i].table is not None or not same_paragraph(doc, claims[-1], doc.claims[i]):
            break
        sentence = doc.in_sentence(doc.claims[i])
        following += [c for c in sentence if countable(c) and family(c) == "count"]
        i = doc.index[sentence[-1].id] + 1
    cs_all = cs + following
    for kind in (_ISSUES, _BUILDS):
        for i, w in enumerate(cs):
            if not kind.total(doc, w) or any(kind.total(doc, x) and re.search(r"其中|包括", doc.norm(x.end, w.start))
                                             for x in cs[:i]):
                continue  # (an item of a 其中 list of the issues found is a part of them, not their total)
            done, ongoing, unknown = [], [], []
            for c in cs_all[i + 1:]:
                if c.unit != w.unit:
                    continue
                b = doc.before(c, 12)
                if not done and not ongoing and re.search(r"其中|包括", doc.norm(w.end, c.start)) \
                        and not kind.done.search(b) and not kind.ongoing.search(b):
                    continue  # 其中省级反馈问题32个，市级反馈问题54个: the issues broken down, not a new total
                if kind.total(doc, c):
                    break
                if kind.ongoing.search(b):
                    ongoing.append(c)
                elif kind.done.search(b):
                    done.append(c)
                elif kind.other is None or not kind.other.search(b):
                    unknown.append(c)
            if done and ongoing and not unknown and len(done) == 1:
                parts = done + ongoing
                # sure in one sentence, or when what is done and what is going on are stated side by side
                # in the sentence right after the total's (问题23个…。已完成整改21个，…正在整改2个)
                together = all(doc.same_sentence(parts[0], c) for c in parts)
                sure = all(doc.same_sentence(w, c) for c in parts) or (together and _next_sentence(doc, w, parts[0]))
                out.append((w, parts, kind.how, sure))
    return out


def _next_sentence(doc: Doc, a, b) -> bool:
    """Is b's sentence the one right after a's, with no figure between them?"""
    i = doc.index[doc.in_sentence(a)[-1].id] + 1
    return i < len(doc.claims) and doc.same_sentence(doc.claims[i], b)


# 6. sites spread over places: 安置点共7个，涉及5镇1乡1街道 -----------------------------------------

_ADMIN = ("count_zhen", "count_xiang_town", "count_jiedao", "count_xian", "count_qu", "count_cun",
          "count_shequ", "count_xiang")


def _spread(doc: Doc, claims):
    out = []
    grouped: dict[str, list] = {}   # group id → (position, claim) of its members, in order
    for k, x in enumerate(claims):
        if x.group is not None:
            grouped.setdefault(x.group, []).append((k, x))
    for k, c in enumerate(claims):
        if c.group not in (None, c.id) or not countable(c):
            continue
        members = [c] + [x for j, x in grouped.get(c.id, ()) if j > k and x.id != c.id]
        admin = [m for m in members if (m.dimension or "").startswith("count_") and m.unit in ("镇", "乡", "街道", "县", "区", "村", "社区")]
        if len(admin) < 2 or len(admin) != len(members):
            continue
        if not re.search(r"(涉及|分布在|分布于|覆盖|遍布)[\u4e00-\u9fff]{0,4}$", doc.before(c, 10)):
            continue
        totals = [t for t in claims if t.start < c.start and t.unit == "个" and countable(t)
                  and re.search(r"共", doc.before(t, 8))]
        if not totals:
            continue
        total = totals[-1]
        computed = sum_iv(admin)
        stated = exact_iv(total)
        ok = not computed.above(stated)
        terms = " + ".join(fmt(a.value) for a in admin)
        comp = f"{terms} = {computed} ≤ {fmt(total.value)}{total.unit} " + ("✓" if ok else "✗")
        msg = (f"the places ({computed}) do not outnumber the {fmt(total.value)} sites spread over them"
               if ok else f"{computed} places cannot each hold one of only {fmt(total.value)} sites")
        why = ("each place involved holds at least one site, so the places cannot outnumber the sites; "
               "more sites than places is allowed") if ok else f"sum {computed} lies above {stated}"
        out.append(finding(RULE, "pass" if ok else "fail", [total] + admin, msg, comp, stated, computed, why,
                           confidence=0.85))
    return out


# 4. a heading with a total, then one item per line --------------------------------------------

_ENUM = re.compile(r"^\s*(\d{1,2}[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.]|)")
_LABEL = re.compile(r"^([\u4e00-\u9fff“”\"()（）]{1,12}?)\s*([:：]?)\s*$")
#: 甲区:省级财政专项扶贫资金4210万元 — a label, a colon, words saying what the figure is
_LABEL_DESCRIBED = re.compile(r"^([\u4e00-\u9fff“”\"()（）]{1,12}?)\s*([:：])[\u4e00-\u9fff]{1,20}$")
_YEAR_LABEL = re.compile(r"^((?:19|20)\d{2})年?(?:度)?\s*[:：,，]?")


class _Line:
    def __init__(self, idx, start, end, text, claims):
        self.idx, self.start, self.end, self.text, self.claims = idx, start, end, text, claims


def _lines(doc: Doc) -> list[_Line]:
    """The report's lines with their claims (not a table's), once per report: the item lines and
    the year lines read the same lines (treat them as read-only)."""
    lines = doc.memo.get("breakdown_sum.lines")
    if lines is None:
        lines = doc.memo["breakdown_sum.lines"] = _read_lines(doc)
    return lines


def _read_lines(doc: Doc) -> list[_Line]:
    orig = doc.original
    out = []
    pos = 0
    by_line: dict[int, list] = {}
    for c in doc.claims:
        if c.table is None:
            by_line.setdefault(c.line, []).append(c)
    for i, raw in enumerate(orig.split("\n")):
        start, end = pos, pos + len(raw)
        pos = end + 1
        out.append(_Line(i + 1, start, end, doc.norm(start, end), by_line.get(i + 1, [])))
    return out


def _shape(doc: Doc, line: _Line, opened: bool = False, listed: bool = False):
    """(enumerator style, label kind, colon placement) of an item line, or None. ``opened``: the
    line opens with 其中, which is read past (其中：寄宿生生活补助：4842人 has the shape of
    困境儿童生活补助：411人 under it). ``listed``: the line above ends with a colon, so an
    unnumbered line of a name and one figure, with nothing after it but a ；, is an item too
    (全年共落实补助资金3260万元： / 耕地地力保护补贴1850万元； / …)."""
    if not line.claims:
        return None
    first = line.claims[0]
    lead = doc.norm(line.start, first.start)
    if opened:
        lead = _SUB_ITEMS.sub("", lead, count=1)
    m = _ENUM.match(lead)
    enum = m.group(1) if m else ""
    # ("" in "(（" is true: an empty enumerator must not read as a parenthesised one)
    style = ("" if not enum else "digit" if enum[:1].isdigit() else "paren" if enum[:1] in "(（" else "cn")
    rest = lead[len(enum):] if m else lead
    if _YEAR_LABEL.match(rest.strip()):
        return None
    lm = _LABEL.match(rest) or _LABEL_DESCRIBED.match(rest)
    if not lm or not lm.group(1).strip("“”\"()（）"):
        return None
    label = lm.group(1)
    if _LABEL_VERB.search(label):
        return None  # a clause of prose (完成投资…, 全县实施…), not the name of an item
    colon_first = bool(lm.group(2))
    after_first = doc.norm(first.end, min(line.end, first.end + 4)).lstrip()
    colon_after = after_first.startswith(":") or after_first.startswith("：")
    if not style and not (colon_first or colon_after):
        if listed and len(line.claims) == 1 and _BARE_END.fullmatch(doc.norm(first.end, line.end)):
            return (style, False, False)
        return None  # an unnumbered line without a colon is a paragraph of prose, not an item line
    return (style, colon_first, colon_after)


#: what may follow the one figure of a bare item line: its end
_BARE_END = re.compile(r"\s*[;；,，。]?\s*")


#: a verb that makes a label a clause: at its start, or after the place or 已/累计 (产业发展项目资金
#: is the name of an item: 发展 inside a noun)
_LABEL_VERB = re.compile(r"^[\s“”\"]*(?:全?[县市乡镇区村]\S{0,4}?)?(?:已|累计|共|共计)?(?:完成|实施|建设|新建|计划|投入|累计|共|达到|"
                         r"发展|实现|带动)|(?:完成|实施|建设|新建|计划|投入|达到|实现|带动)(?:了)?$")


def _enum_of(line: _Line):
    """(style, number) of a line's leading enumerator (1. / (二) / 三、), or None."""
    m = re.match(r"^\s*(?:(\d{1,2})[.、．]|[(（]([一二三四五六七八九十]|\d{1,2})[)）]|([一二三四五六七八九十])[、.])", line.text)
    if not m:
        return None
    if m.group(1):
        return ("digit", int(m.group(1)))
    if m.group(2):
        g = m.group(2)
        return ("paren", small_int(g))
    return ("cn", small_int(m.group(3)))


#: a line that ends with 其中(：) announces items on the lines under it
_ITEMS_FOLLOW = re.compile(r"其中\s*[:：]?\s*$")
#: a line that opens with 其中 holds the first item of the line above it, and the lines of its shape
#: under it hold the others (二、义务教育生活补助：7074人 / 其中：寄宿生生活补助：4842人 / 困境儿童
#: 生活补助：411人 / 非寄宿生生活补助：1821人)
_SUB_ITEMS = re.compile(r"^\s*其中\s*[:：,，]?\s*")


def _sub_block(doc: Doc, lines, j):
    """(the lines of the items a 其中 line opens at lines[j]: that line and the unnumbered lines of
    its shape right under it, the index of the line after them), or ([], j)."""
    if not lines[j].claims or not _SUB_ITEMS.match(lines[j].text):
        return [], j
    shape = _shape(doc, lines[j], opened=True)
    k = j + 1
    while shape is not None and k < len(lines) and _enum_of(lines[k]) is None and not _SUB_ITEMS.match(lines[k].text) \
            and not _CLOSING.match(lines[k].text) and _shape(doc, lines[k]) == shape:
        k += 1
    return lines[j:k], k


def _run_after(doc: Doc, lines, j):
    """The item lines starting at lines[j]: a numbered sequence 1., 2., … or lines of one shape."""
    return _run_span(doc, lines, j)[0]


def _run_span(doc: Doc, lines, j, listed: bool = False):
    """(the item lines starting at lines[j], the index of the line after them). A numbered
    sequence (一、 二、 三、) may hold lines numbered in another style between its items: the items
    of an item (一、产业发展项目资金1620万元，其中： / 1.…850万元 / 2.…), which are skipped."""
    en = _enum_of(lines[j])
    if en is not None:
        if en[1] != 1:
            return [], j
        run, k, end = [], j, j
        while k < len(lines):
            e = _enum_of(lines[k])
            if run and e is not None and e[0] != en[0] and _ITEMS_FOLLOW.search(run[-1].text):
                k += 1  # a sub-item of the last item, which announced them with 其中：
                continue
            if run and e is None:
                block, after = _sub_block(doc, lines, k)
                if block:
                    # the items of the last item, opened by 其中 on a line of their own, and the
                    # unnumbered lines after them up to the next number (其中：低保贫困户18户71人；
                    # / 特困供养户5户6人； / （三）…)
                    while after < len(lines) and _enum_of(lines[after]) is None and lines[after].claims \
                            and not _CLOSING.match(lines[after].text):
                        after += 1
                    k = end = after
                    continue
            if e != (en[0], len(run) + 1):
                break
            if _shape(doc, lines[k]) is None:
                return [], j  # an item without a figure, or not a label line: cannot add up
            run.append(lines[k])
            k += 1
            end = k
        return run, end
    shape = _shape(doc, lines[j], listed=listed)
    if shape is None:
        return [], j
    run, k = [], j
    while k < len(lines):
        if run and _SUB_ITEMS.match(lines[k].text):
            # 养殖业：569个 / 其中：核桃：200个； / 寄宿生：369个； / 城关镇：372个: the items of the last
            # item, as many of the lines as make its figure; the list goes on after them
            n = _making(doc, run[-1], _sub_block(doc, lines, k)[0])
            if n is None:
                break
            k += n
            continue
        if _enum_of(lines[k]) is not None or _CLOSING.match(lines[k].text) \
                or _shape(doc, lines[k], listed=listed) != shape:
            break
        run.append(lines[k])
        k += 1
    return run, k


def _making(doc: Doc, parent: _Line, block) -> int | None:
    """How many lines of a 其中 block, from its first, make the figure of their kind on ``parent``
    (at least two), or None."""
    for total in (kind[-1] for kind in _header_totals(doc, parent)):
        items = []
        for ln in block:
            cand = _fitting(ln, total)
            if not cand:
                break
            items.append(cand[0])
        n = _first_making(items, total)
        if n is not None:
            return n
    return None


def _first_making(items, total) -> int | None:
    """The fewest of ``items``, from the first and at least two, that add up to ``total``, or None."""
    whole = exact_iv(total)
    return next((n for n in range(2, len(items) + 1) if sum_iv(items[:n]).meets(whole)), None)


#: a heading line of a list of sources: 一、资金来源 / （一）资金构成
_SOURCES_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）])?\s*"
                              r"(?:项目|扶贫|衔接)?资金(?:来源|构成|组成)(?:情况)?\s*[:：]?\s*$")


def _line_lists(doc: Doc):
    out = []
    lines = _lines(doc)
    i = 0
    while i < len(lines) - 1:
        header = lines[i]
        block, after = _sub_block(doc, lines, i)
        if len(block) >= 2 and i > 0:
            # the block surely ends where the list of the line above resumes with its next number
            above, resumes = _enum_of(lines[i - 1]), after < len(lines) and _enum_of(lines[after])
            certain = above is not None and bool(resumes) and resumes == (above[0], above[1] + 1)
            out += _sub_block_lists(doc, lines[i - 1], block, certain)
            i = after
            continue
        closing = None if _heading(header) else _closing_total(doc, lines, i)
        if closing is not None:
            out += closing[0]
            i += closing[1]
            continue
        if not header.claims and i > 0 and lines[i - 1].claims and _SOURCES_HEADING.match(header.text):
            # 资金规模1480.5万元。 / 一、资金来源 / 1、省级…720万元； / 2、市级…: the sources of the money the line
            # above states, under a heading that names them so
            run, end = _run_span(doc, lines, i + 1, listed=True)
            for kind in _header_totals(doc, lines[i - 1]):
                items = _line_items(doc, run, kind[0], parts_out=True)
                if len(items) < 2 or kind[0].dimension != "money":
                    continue
                # of several figures on the line, the one the sources make, else the first (its head)
                fits = next((t for t in kind if sum_iv(items).meets(exact_iv(t))), None)
                out.append((fits or kind[0], items, True if len(kind) == 1 or fits else None,
                            "one item per line under a heading of sources, against the money of the line above it",
                            ""))
            i = max(end, i + 1)
            continue
        if not header.claims or not _announces(doc, header):
            i += 1
            continue
        run, end = _run_span(doc, lines, i + 1, listed=bool(_LISTS_BELOW.search(header.text)))
        alike = len(run) >= 2 and _alike(doc, header, run[0])
        # unnumbered lines that a 其中 line breaks (…311人； / 其中：核桃：203人； / 市级资金：108人； /
        # 学前教育资助：132人): which lines after it are items of the list is unsure
        cut = _enum_of(run[0]) is None and end < len(lines) and bool(_SUB_ITEMS.match(lines[end].text)) \
            if run else False
        if len(run) < 2 or alike and i > 0 and lines[i - 1].text.rstrip().endswith((":", "：")):
            i += 1  # (人均纯收入： / 城关镇：12560元 / 河口乡：9870元: the line above announces them all)
            continue
        partial = bool(re.search(r"主要|重点|包括|部分|典型", header.text)) or \
            run[-1].text.rstrip("。;； ").endswith("等")
        if any(_DIVIDES_LINE.match(ln.text) for ln in run):
            # 地方收入按构成分：… / 地方收入按部门分：…: each line a breakdown of its own, not an item
            i += 1
            continue
        for kind in _header_totals(doc, header):
            total = kind[-1]
            items = _line_items(doc, run, total, parts_out=True)
            if len(items) < 2:
                continue
            several = len(kind) > 1
            if several:
                # 总投资2468万元，地方配套668万元。内容如下： / 1.… / 2.…: of the heading's figures of the
                # kind, the one the items make; when none does, which one they divide is unsure
                total = next((t for t in reversed(kind) if sum_iv(items).meets(exact_iv(t))), total)
            if not alike:
                if not cut:
                    out.append((total, items, None if several and not partial else not partial,
                                "one item per line under a heading", ""))
            elif sum_iv(items).meets(exact_iv(total)):
                out.append((total, items, None, "one item per line under a line of their shape", ""))
        # the item lines may announce items of their own (一、…1620万元，其中： / 1.…): read from
        # the first that does, else after the run
        i = next((k for k in range(i + 1, end) if re.search(r"其中\s*[:：]\s*$", lines[k].text)
                  or _SUB_ITEMS.match(lines[k].text)), end)
    return out


def _sub_block_lists(doc: Doc, above: _Line, block, certain: bool):
    """The items of a 其中 block, one per line, against the figure of their kind on the line above.
    A 其中 list may name only some of its total's members: a sum above the total fails, one below
    it warns; items classed by different attributes (妇女…, 残疾人…) may overlap and are not added.
    Unless ``certain`` (二、…7074人 / 其中：… / … / 三、…: the next number of the list above ends
    the block), the lines after the first may be the next items of the list above (种植业：850万元 /
    其中：核桃：500万元 / 花椒：350万元 / 养殖业：770万元): then only a run of the block's lines
    from its first that makes the total is reported, as a pass, and nothing else is said."""
    out = []
    for total in (kind[-1] for kind in _header_totals(doc, above)):
        items = _line_items(doc, block, total)
        if len(items) < 2:
            continue
        people = family(total) in ("person", "household", "person_visit")
        if len(_axes(doc, items, _AXES if people else _MONEY_AXES, total)) > 1:
            continue
        if not certain:
            n = _first_making(items, total)
            if n is None:
                continue
            items = items[:n]
        out.append((total, items, False, "其中 items one per line under the figure they break down", ""))
    return out


#: what names a total: a header line so labelled announces the lines under it
_TOTAL_LABEL = re.compile(r"合计|总计|共计|小计|总[数额量计]|全[县市区乡镇村州省]|累计|共")


def _alike(doc: Doc, header: _Line, first: _Line) -> bool:
    """Has ``header`` the shape of the item lines under it, with no colon at its end, no word that
    announces a list and no label of a total? Then it may be only the first of them (学前教育资助：
    386人 / 义务教育生活补助：7074人 / …) or their total (产业扶贫资金：1620万元 / 种植业：850万元 /
    养殖业：770万元): it is taken as their total only when they make it, and nothing is said
    otherwise."""
    if _heading(header) or _TOTAL_LABEL.search(header.text):
        return False
    shape = _shape(doc, header)
    return shape is not None and shape == _shape(doc, first)


_CLOSING = re.compile(r"^\s*(?:以上|上述)[\u4e00-\u9fff]{0,6}?(?:合计|共计|总计|共)|^\s*(?:全[县市区乡镇村])?(?:合计|共计|总计)")


def _closing_total(doc: Doc, lines, j):
    """Item lines closed by a line that totals them: numbered (1. 省级资金52万元 / 2. 市级资金71.5万元 /
    以上资金合计123.5万元), or label lines of one shape from the first of them (东关村：贫困户46户173人 /
    西关村：… / 全乡合计136户512人), a total for each kind the closing line states: ([(total, items,
    exhaustive, how, note)], lines used), or None."""
    if _enum_of(lines[j]) is not None:
        run, end = _run_span(doc, lines, j)
    else:
        # (a closing line says the lines above it are items: bare ones too, 种植业13.7万元 / …)
        shape = _shape(doc, lines[j], listed=True)
        if shape is None or (j > 0 and lines[j - 1].claims and not _LISTS_BELOW.search(lines[j - 1].text)):
            return None  # (the run is read from the first line of its list, not after figures above it)
        run, end = [], j
        while end < len(lines) and _enum_of(lines[end]) is None and not _CLOSING.match(lines[end].text) \
                and _shape(doc, lines[end], listed=True) == shape:
            run.append(lines[end])
            end += 1
    if len(run) < 2 or end >= len(lines):
        return None
    last = lines[end]
    if not _CLOSING.match(last.text):
        return None
    kinds: dict[tuple, list] = {}
    for c in last.claims:
        if countable(c) and c.hedge not in ("at_least", "at_most"):
            kinds.setdefault((c.dimension, c.unit), []).append(c)
    out = []
    for totals in kinds.values():
        if len(totals) != 1:
            continue
        total = totals[0]
        items = []
        for ln in run:
            cand = _fitting(ln, total)
            if len(cand) != 1:
                items = []
                break
            items.append(cand[0])
        if items:
            out.append((total, items, True, "item lines closed by a 以上…合计 line", ""))
    return (out, end - j + 1) if out else None


def _announces(doc: Doc, header: _Line) -> bool:
    """Does the line announce items under it: as a heading does, or by a colon before a figure?"""
    return _heading(header) or bool(re.search(r":\s*\d", header.text))


def _heading(line: _Line) -> bool:
    """Is the line a heading of the lines under it: a closing colon, or a word that announces a list?"""
    return line.text.rstrip().endswith((":", "：")) or bool(_ANNOUNCE_WORDS.search(line.text))


_ANNOUNCE_WORDS = re.compile(r"共|涉及|分布|如下|具体|分别|包括|予以公告|予以公示")
#: the end of a line that says the lines under it are its items: a colon, 具体如下, 分别是
_LISTS_BELOW = re.compile(r"(?:[:：]|如下|分别是|分别为|具体是|包括)[,，。]?\s*$")


#: a line that opens by saying how it divides a total: 地方收入按构成分：, 分产业看，
_DIVIDES_LINE = re.compile(r"\s*[\u4e00-\u9fff]{0,10}(?:按[\u4e00-\u9fff]{1,8}分|分[\u4e00-\u9fff]{1,6}看)[：:，,]")


def _header_totals(doc: Doc, header: _Line):
    """The header's figures that can be totals, by kind, in order: not a part, nor a bound."""
    best: dict[tuple, list] = {}
    for c in header.claims:
        if not countable(c) or c.hedge in ("at_least", "at_most") or is_visit(doc, c) \
                or BASE_OF_RATIO.match(doc.after(c, 10)):
            continue  # (…1720万元，占年初预算3800万元的45.3%: the budget a share is of is no total)
        b = doc.before(c, 12)
        if re.search(r"其中|[^其集当心]中(?:的)?(?:建档立卡|贫困)", b) or paren_depth(doc.norm(header.start, c.start)):
            continue  # (下达资金2865万元（其中：中央资金1865万元，省级资金650万元…）: an aside holds parts)
        best.setdefault((c.dimension, c.unit), []).append(c)
    return list(best.values())


def _line_items(doc: Doc, lines, total, parts_out: bool = False) -> list:
    """The first figure of each line that can be an item of ``total``, or [] when a line has none.
    ``parts_out``: not a figure the line gives as a part (其中…)."""
    items = []
    for ln in lines:
        cand = _fitting(ln, total)
        if parts_out:
            cand = [c for c in cand if not re.search(r"其中", doc.before(c, 8))]
        if not cand:
            return []
        items.append(cand[0])
    return items


def _fitting(line: _Line, total) -> list:
    """The figures of a line that can be items of ``total``: additive, no bound, of its kind."""
    return [c for c in line.claims if countable(c) and c.hedge not in ("at_least", "at_most") and _fits(total, c)]


def _fits(total, c) -> bool:
    if total.unit == "个" and family(c) == "count":
        return c.unit == "个"
    return c.dimension == total.dimension and (family(c) != "count" or c.unit == total.unit)


# 5. year lines against a multi-year total -----------------------------------------------------

_MULTI_YEAR = re.compile(r"([两二三四五六七八九十\d])年(?:计划|规划|行动|任务|共|累计|总|合计)|总任务|期间|"
                         r"十[二三四五]五|(?:19|20)\d{2}\s*[-—–~至到]\s*(?:19|20)?\d{2}")
_LEVEL = re.compile(r"达到|存栏|总[^,;]{0,4}达|保持|稳定在|提高到|提升到|增长|下降|累计|总数|总量|存量|共有")


def _year_of(doc: Doc, line: _Line):
    m = _YEAR_LABEL.match(line.text.strip())
    return int(m.group(1)) if m and line.claims else None


def _year_lines(doc: Doc):
    out = []
    lines = _lines(doc)
    used = set()
    closed = set()  # the totals found right after the year lines they total
    for i, ln in enumerate(lines):
        y0 = _year_of(doc, ln)
        if y0 is None or i in used:
            continue
        # collect consecutive years, allowing sub-lists (non-year lines without an enumerator)
        run, expect, j = [ln], y0 + 1, i + 1
        while j < len(lines):
            y = _year_of(doc, lines[j])
            if y == expect:
                run.append(lines[j])
                used.add(j)
                expect += 1
            elif y is not None or _ENUM.match(lines[j].text).group(1) or not lines[j].text.strip() \
                    or lines[j].claims and _MULTI_YEAR.search(lines[j].text):
                break  # (两年累计脱贫847户。between 2018 and 2019: the total of the years above it)
            j += 1
        if len(run) < 2:
            continue
        # the total: a sentence with a multi-year marker in the three lines before the run
        totals = []
        back = []
        for k in range(i - 1, max(-1, i - 4), -1):
            if _year_of(doc, lines[k]) is not None:
                break
            back.append(k)
        for k in sorted(back, reverse=True):
            # a line that ends with 其中： opens the year lines under it (…8652户31265人全部脱贫。其中：)
            opens = k == i - 1 and _ITEMS_FOLLOW.search(lines[k].text)
            for c in lines[k].claims:
                sent = doc.sentence(c)
                if c.id in closed:
                    continue  # (三年累计脱贫637户。/ 2018年易地搬迁…: the total of the year lines above it)
                if (opens or _MULTI_YEAR.search(sent)) and countable(c) and c.hedge not in ("at_least", "at_most"):
                    b = doc.before(c, 12)
                    if re.search(r"其中|[^其集当心]中(?:的)?(?:建档立卡|贫困)", b) or _is_part_clause(doc, c):
                        continue
                    totals.append(c)
        # or on the line right after the run, its total (…2019年退出贫困村19个。/ 三年共退出贫困村56个。)
        after = run[-1].idx  # (idx counts lines from 1: the index of the next line)
        if after < len(lines) and _year_of(doc, lines[after]) is None:
            for c in lines[after].claims:
                if _MULTI_YEAR.search(doc.sentence(c)) and countable(c) and c.hedge not in ("at_least", "at_most") \
                        and not re.search(r"其中", doc.before(c, 12)):
                    totals.append(c)
        if not totals:
            continue
        seen_kind = set()
        for total in totals:  # nearest line before first, then the line after
            kind = (total.dimension, total.unit)
            if kind in seen_kind:
                continue
            seen_kind.add(kind)
            items = _line_items(doc, run, total, parts_out=True)
            if len(items) < 2 or any(_LEVEL.search(doc.before(x, 10)) for x in items):
                continue
            n = _stated_years(doc, total)
            exhaustive = n is not None and n == len(run)
            # (五年累计 over two year lines: the years listed are some of the total's, so it need not be reached)
            short = n is not None and n > len(run)
            out.append((total, items, exhaustive, f"{len(run)} year lines against a multi-year total", short))
            if total.line > run[-1].idx:
                closed.add(total.id)
    return out


def _is_part_clause(doc: Doc, c) -> bool:
    after = re.split(r"[;。]", doc.norm(c.end, min(c.sentence.end, c.end + 20)))[0]
    return bool(re.match(r"^[^,]{0,4},?占", after))


def _stated_years(doc: Doc, total):
    sent = doc.norm(total.sentence.start, total.end)
    m = None
    for m in re.finditer(r"([两二三四五六七八九十\d])年", sent):
        pass
    if m:
        return small_int(m.group(1))
    m = re.search(r"((?:19|20)\d{2})\s*[-—–~至到]\s*((?:19|20)?\d{2})", sent)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if b < 100:
            b += a // 100 * 100
        return b - a + 1
    return None
