"""Metadata accuracy on real pages labelled by hand, in five sets (bench/metadata_eval.py SETS).

dev: 106 reports and 37 near misses the rules were written against; held: 2 reports and 10 near
misses labelled after the first rules; unseen: 42 reports and 23 near misses labelled before the
parser was first run on them (tests/data/metadata_eval_unseen/); fresh: 53 reports and 20 near
misses labelled by someone who never read the rules (tests/data/metadata_eval_fresh/), measured
once before the third round of rules and no longer unseen since; final: 54 reports and 20 near
misses labelled the same way (tests/data/metadata_eval_final/), measured once before the fourth
round and no longer unseen since; sixth and seventh (tests/data/metadata_eval_sixth/, _seventh/:
91 reports and 25 near misses, department- and zone-heavy) likewise. The floors are the measured
counts (BENCHMARKS.md, "Metadata on real pages"): a change that loses a field on any page of any
set fails here; one that gains should raise the floor.
"""

from __future__ import annotations

from collections import Counter

import pytest

from bench.metadata_eval import (
    EVAL_DIR,
    FIELDS,
    FINAL_DIR,
    FRESH_DIR,
    SETS,
    SEVENTH_DIR,
    SIXTH_DIR,
    UNSEEN_DIR,
    LabelledPage,
    evaluate_set,
    load_labels,
)
from indexer.parsing.pipeline import Parser

FLOORS = {
    "dev": {"region": 105, "level": 106, "province": 105, "city": 106, "year": 106,
            "published": 106},
    "held": {"region": 2, "level": 2, "province": 2, "city": 2, "year": 2, "published": 2},
    "unseen": {"region": 42, "level": 42, "province": 42, "city": 42, "year": 42,
               "published": 42},
    "fresh": {"region": 51, "level": 53, "province": 53, "city": 53, "year": 53,
              "published": 53},
    # Measured once unseen (BENCHMARKS.md "The final set": region 40, level 48, province 47,
    # city 52, published 53, 13 near misses); these are the fourth round's, no longer unseen.
    "final": {"region": 52, "level": 54, "province": 52, "city": 53, "year": 54,
              "published": 54},
    # Unseen by every rule's author: measured after the third round and again after the fourth
    # (BENCHMARKS.md "The sixth set"), and since the fifth round (place rules) no longer unseen.
    "sixth": {"region": 51, "level": 52, "province": 52, "city": 52, "year": 52,
              "published": 52},
    # Department- and zone-heavy, measured unseen on the rules branch (BENCHMARKS.md "The seventh
    # set": region 66, level 81, province 86, city 84, year 90, published 88); these are after the
    # departments-and-zones round (parsing/organs.py), no longer unseen.
    # Region 84, not 85: 交通局 is kept as the page writes it (it is the official name in some
    # places), and a002's labeller wrote the 交通运输局 its page does not.
    "seventh": {"region": 89, "level": 91, "province": 91, "city": 91, "year": 91,
                "published": 91},
    # Measured unseen by every rule's author after the fifth round (BENCHMARKS.md "The eighth
    # set"); the lead has read its misses since (it chose 交通局's rule), the rules' authors not.
    # d005 (大连长兴岛经济区 after two leadership clauses) since round 19: region 72.
    "eighth": {"region": 72, "level": 74, "province": 74, "city": 74, "year": 74,
               "published": 74},
    # Unseen by every rule's author: its first run, after the sixth round (BENCHMARKS.md).
    "ninth": {"region": 65, "level": 67, "province": 67, "city": 67, "year": 67,
              "published": 67},
    # Unseen by every rule's author: its first run, after the seventh round, and again after the
    # eighth (same fields; near misses 18 -> 19) (BENCHMARKS.md "The tenth set").
    # Since the ninth round, written after reading its misses (no longer unseen): zones named
    # after their district (宁河经济开发区), a town in its own voice named after its county
    # (伊金霍洛镇), 数字X slogans, issued documents' titles, a bureau as a sentence's subject.
    "tenth": {"region": 56, "level": 56, "province": 55, "city": 55, "year": 56,
              "published": 56},
    # Unseen by every rule's author: its first run, after the ninth round (BENCHMARKS.md), 48,
    # 52, 55, 54, 57, 57; since the tenth round (its misses read): 街道 reports, townships in a
    # longer title, a department opening with its place's level character (泉州市场监督管理局),
    # a system opening the page as its bureau's voice, a city bureau's branch office.
    "eleventh": {"region": 57, "level": 57, "province": 57, "city": 57, "year": 57,
                 "published": 57},
    # Unseen by every rule's author: its first run, after the tenth round (BENCHMARKS.md), 45,
    # 50, 50, 48, 54, 54; since the eleventh round (its misses read): a town in its own voice
    # named where its work lands, a 旅游度假区 zone, a general office named by its level (办公厅).
    "twelfth": {"region": 48, "level": 53, "province": 50, "city": 48, "year": 54,
                "published": 54},
    # Unseen by every rule's author: its first run, after the eleventh round (BENCHMARKS.md), 43,
    # 49, 52, 50, 56, 56; since the twelfth round (its misses read): a title broken after 关于, a
    # letter-spaced heading, a township's title with a space before 关于, a commission's own
    # organs (委党组), a bureau's subject before a stray bracket; cover letters under a document
    # number, a cut page's year; leadership clauses (在X市委、市政府的领导下,我市…: X is above the
    # reporter; the subject after them reports), an addressee on the opening's line; since round
    # 15, a high-tech zone's kind written short (佛山高新区), region 55.
    "thirteenth": {"region": 55, "level": 57, "province": 53, "city": 53, "year": 57,
                   "published": 57},
    # Unseen by every rule's author: labelled while round 12 was written, its first run after it
    # (BENCHMARKS.md; after round 11 it had region 39, level 42, the rest the same): 42, 44, 48,
    # 45, 47, 49; since round 13 (its misses read): the year a report says it reports (现将…报告
    # 如下) below a template site's furniture, the text's own title and first sentence over the
    # site's heading; a menu line is no title's first half, a zone's 管理委员会 reports as the zone,
    # a county-level city's short name as the opening's subject, a 街道 after its title's year;
    # since round 15, a ministry that says it reports (现将生态环境部2019年法治…): region 46,
    # level 48.
    # A zone whose name begins with its city's short name keeps it (z023 眉山天府新区): 47.
    "fourteenth": {"region": 47, "level": 48, "province": 48, "city": 46, "year": 49,
                   "published": 49},
    # Unseen by every rule's author: labelled while round 13 was written; after round 12 (not read)
    # region 50|48, level 53, province 54, city 53|52, year 54, published 54, none wrong but a
    # level; its first run after round 13: region 49|47 and province 53 (fa018: a 街道办事处's
    # title line no longer joined to its rest, so 广内街道 wrong); since that was fixed, region
    # 50|48 and level 53; since round 14, a town in its own voice (我镇) named by its own body
    # (上帅镇人民调解委员会) and never the province whose 省委省政府 it carries out, a township as
    # the subject after its year's clause mid-sentence (…部署,2023年,清波街道以…), a bureau's
    # subject (市人社局坚持…) issuing a document under its full name (印发《武汉市人社局…》),
    # as below; since round 15, a bureau titled by its level (市水务局…报告) named in full once
    # (武汉市水务局 in its header).
    "fifteenth": {"region": 52, "level": 54, "province": 54, "city": 53, "year": 54,
                  "published": 54},
    # Unseen by every rule's author: labelled after round 14, its first run on it (BENCHMARKS.md)
    # 27, 33, 30, 31, 35, 35; department- and township-heavy (32 of 35 reports). Since round 15
    # (its misses read): a township as its first sentence's subject (2025年,龙城街道全面…) or
    # naming what it reports on (现将庆隆镇2020年度法治政府建设情况报告如下), a bureau's document
    # titled with its full name and year, unquoted (制定完成鞍山市应急管理局2024年版权责清单).
    "sixteenth": {"region": 32, "level": 35, "province": 34, "city": 35, "year": 35,
                  "published": 35},
    # Unseen by every rule's author: labelled while round 15 was written; after round 14 (not read)
    # region 26, level 31, province 31|32, city 30|31, year 33, published 33; its first run, after
    # round 15 (BENCHMARKS.md): region 27, the rest the same. Since round 16 (its misses read): a
    # city bureau's branch reports (岳阳市生态环境局岳阳县分局), a page speaking as a zone is no
    # municipality, a town as the subject that 持续…: region 30, level 33. Round 17: a town
    # names itself by its party committee (中共洪梅镇委): region 31, city 31. Round 54: a town
    # placed by its county's column in the site's breadcrumb (tb018): province 32, city 32.
    "seventeenth": {"region": 31, "level": 33, "province": 32, "city": 32, "year": 33,
                    "published": 33},
    # Unseen by every rule's author: labelled while round 16 was written; after round 15 (not read)
    # region 35, level 36, province 40, city 37, year 39, published 39; its first run, after round
    # 16 (BENCHMARKS.md): level 37, the rest the same. Round 17 (its misses read): a subject after
    # several leadership clauses, a 街道's kind alone as its subject, a department's own duties
    # (履行部门职能), a host spelling two places, the publisher line; a year that opens a count
    # (2020年法制审核案件13件), a labelled date in the index table over a letter's signature date.
    "eighteenth": {"region": 37, "level": 40, "province": 40, "city": 40, "year": 40,
                   "published": 40},
    # Unseen by every rule's author: labelled while round 17 was written; after round 16 (not read)
    # the same as its first run, after round 17 (BENCHMARKS.md).
    "nineteenth": {"region": 30, "level": 31, "province": 30, "city": 30, "year": 31,
                   "published": 31},
    # Unseen by every rule's author: labelled after round 18; its first run (BENCHMARKS.md)
    # region 24, level 26, province 29|27, city 30|28, year 30, published 30. Round 19 (its
    # misses read): a body with other names in brackets (市数据局(市行政审批局)…), a department
    # making its own yearly document, a township in brackets (开发区(黄梅街道)), the index
    # block's title field and a publisher cell, a heading repeated below its issuer line, the
    # subject after leadership clauses holding its superior. Province and city 28 with the URL:
    # two townships the page leaves unplaced (labels empty) that the site's host places.
    "twentieth": {"region": 30, "level": 30, "province": 28, "city": 28, "year": 30,
                  "published": 30},
    # Unseen by every rule's author: labelled while round 19 was written; its first run, after
    # round 19 (BENCHMARKS.md): region 23, level 26, the rest 27. Round 21 (its misses read): a
    # region is a body's first name (…局(医疗保障局)), no zone's name holds a party committee's,
    # a township's own voice (我街) and document, a provincial 厅 named by the field its page
    # speaks of; xa011 relabelled to the high-tech zones' short form (淄博高新区).
    "twenty-first": {"region": 27, "level": 27, "province": 27, "city": 27, "year": 27,
                     "published": 27},
    # Unseen by every rule's author: labelled while round 21 was written; its first run, after
    # round 20 (BENCHMARKS.md). Published 25: three pages whose only date is an unlabelled one
    # beside the title or byline, which the labels take and the parser does not.
    # Round 21, written on the twenty-first's misses, named ya010 by its first name: region 25.
    # Round 22 (its misses read): a document's kind alone (• 工作报告) is no title, a 与 inside a
    # cited title is no partner, a byline's date with its time of day (2019-01-24 15:36 来源:…).
    "twenty-second": {"region": 27, "level": 28, "province": 28, "city": 28, "year": 28,
                      "published": 28},
    # Unseen by every rule's author: labelled after round 22; its first run (BENCHMARKS.md)
    # region 23, level 24, province 24, city 25, year 26, published 26. Round 23 (its misses
    # read): a year's clause opening a township's report, a township placed by a former district,
    # a department written by its level placed by the one government it reports to, a 我局 page
    # issuing the yearly document of the department of its place.
    "twenty-third": {"region": 26, "level": 26, "province": 26, "city": 26, "year": 26,
                     "published": 26},
    # Unseen by every rule's author: labelled after round 23; its first run (BENCHMARKS.md) was
    # region 18, level 19, published 19. Since round 24: a township led by its county (qb005), a
    # 街道 written XX街 in its heading (qa008), an unlabelled pair of index dates (qb008).
    "twenty-fourth": {"region": 20, "level": 20, "province": 20, "city": 20, "year": 20,
                      "published": 20},
    # Unseen by every rule's author: labelled while round 24 was written; its first run after it
    # (BENCHMARKS.md) was region 17 of 20 both ways, with one non-name (ra009, 进一步推动在镇).
    # Since round 25 (township names, renamed departments, a department's own yearly plan) 20.
    # With the URL a township's own host names the province and city its page leaves unnamed
    # (ra010).
    "twenty-fifth": {"region": 20, "level": 20, "province": 19, "city": 19, "year": 20,
                     "published": 20},
    # The next three sets, unseen by every rule's author, were labelled while round 25 was written;
    # their first runs after it (BENCHMARKS.md) were region 15, 13, 23; level 19, 16, 27; province
    # 17, 17, 28; city 17, 18, 28; year 19, 18, 28; published 19, 18, 28. Since round 26 (a
    # department named by the field it speaks of as its own, a bracketed addressee, township
    # openings and 办事处, a plan's 收官之年): the counts below.
    "twenty-sixth": {"region": 18, "level": 20, "province": 17, "city": 17, "year": 20,
                     "published": 19},
    "twenty-seventh": {"region": 15, "level": 18, "province": 17, "city": 18, "year": 18,
                       "published": 18},
    "twenty-eighth": {"region": 28, "level": 28, "province": 28, "city": 28, "year": 28,
                      "published": 28},
    # The next five, unseen by every rule's author, were labelled while round 26 was written (the
    # twenty-ninth while rounds 25 and 26 were): their first runs after round 26 (BENCHMARKS.md)
    # were region 15, 17, 22, 20, 13; level 19, 19, 23, 22, 17; province 18, 19, 23, 23, 17; city
    # 17, 19, 23, 23, 17; published 21, 19, 21, 22, 17. Since round 27 (official names and their
    # short forms, bodies a department sets up, more subject openings, publishing time lines):
    "twenty-ninth": {"region": 19, "level": 21, "province": 20, "city": 20, "year": 21,
                     "published": 21},
    "thirtieth": {"region": 17, "level": 19, "province": 19, "city": 19, "year": 19,
                  "published": 19},
    "thirty-first": {"region": 23, "level": 23, "province": 23, "city": 23, "year": 23,
                     "published": 23},
    "thirty-second": {"region": 21, "level": 23, "province": 23, "city": 23, "year": 23,
                      "published": 22},
    "thirty-third": {"region": 16, "level": 17, "province": 17, "city": 17, "year": 17,
                     "published": 17},
    # The next three, unseen by every rule's author, were labelled while round 27 was written:
    # their first runs after it (BENCHMARKS.md) were region 11, 16, 18; level 16, 19, 22; province
    # 16, 19, 22; city 16, 17, 21; published 16, 20, 21. Since round 28 (superiors across a comma,
    # a 厅 lies in no city, a cover letter's dates, a common word's only division, dates in cells):
    # region 13 and level 17 since round 41 (a protected area's administration named with its
    # province's short name: 湖北堵河源国家级自然保护区管理局)
    "thirty-fourth": {"region": 13, "level": 17, "province": 17, "city": 16, "year": 17,
                      "published": 17},
    # city 19 since round 40 (a place whose development the page serves: 成为武进现代化建设…)
    "thirty-fifth": {"region": 18, "level": 20, "province": 20, "city": 19, "year": 20,
                     "published": 20},
    "thirty-sixth": {"region": 20, "level": 22, "province": 21, "city": 21, "year": 22,
                     "published": 22},
    # Unseen by every rule's author: labelled after round 28; its first run (BENCHMARKS.md) was
    # region 18; 19 since round 32 (a bureau's publisher line). The year: a repost that strips
    # every year number (aa001).
    "thirty-seventh": {"region": 19, "level": 20, "province": 20, "city": 20, "year": 19,
                       "published": 20},
    # Unseen by every rule's author: labelled in quarters by four engineers after round 29; their
    # first runs (BENCHMARKS.md) were region 14, 18; level 14, 20; published 14, 20. Since round 31
    # (a field in quotation marks, a title's own issuer, a bracketed date, a titled government):
    "thirty-eighth": {"region": 14, "level": 14, "province": 14, "city": 14, "year": 14,
                      "published": 14},
    "thirty-ninth": {"region": 21, "level": 21, "province": 21, "city": 21, "year": 21,
                     "published": 21},
    # Unseen by every rule's author: labelled in quarters while round 30 was written; their first
    # runs after it (BENCHMARKS.md) were region 14, 15 and level 18, 17. Since round 32 (zone and
    # police branch names, coined short forms, a municipality's 我市, a publisher line):
    "fortieth": {"region": 17, "level": 18, "province": 18, "city": 18, "year": 18,
                 "published": 18},
    "forty-first": {"region": 18, "level": 18, "province": 18, "city": 18, "year": 18,
                    "published": 18},
    # Unseen by every rule's author: labelled in quarters while round 31 was written; their first
    # runs after it (BENCHMARKS.md) were region 13, 14; year 15, 14; published 14, 16. Since round
    # 33 (a zone named by its kind, a township's organ, a plan's year, a date in words):
    "forty-second": {"region": 15, "level": 15, "province": 15, "city": 15, "year": 15,
                     "published": 15},
    "forty-third": {"region": 15, "level": 16, "province": 15, "city": 16, "year": 15,
                    "published": 16},
    # Unseen by every rule's author: labelled in quarters while round 32 was written; their first
    # runs after it (BENCHMARKS.md) were region 15, 15; level 15, 18; published 16, 17. Since round
    # 34 (a title's short department named in full by its publisher line, a date closing the title
    # line, an official name):
    "forty-fourth": {"region": 16, "level": 16, "province": 15, "city": 15, "year": 16,
                     "published": 16},
    "forty-fifth": {"region": 16, "level": 18, "province": 18, "city": 18, "year": 18,
                    "published": 18},
    # Unseen by every rule's author: labelled in quarters while round 33 was written; their first
    # runs after it (BENCHMARKS.md) were region 9, 11 (one wrong); 10 and 11 (none wrong) since
    # round 35 (an official name; a committee for the rule of law never reports).
    "forty-sixth": {"region": 10, "level": 12, "province": 12, "city": 11, "year": 12,
                    "published": 12},
    "forty-seventh": {"region": 11, "level": 13, "province": 12, "city": 12, "year": 13,
                      "published": 13},
    # Unseen by every rule's author: labelled in quarters while round 34 was written; their first
    # runs after it (BENCHMARKS.md) were region 16, 14; level 19, 15; province 19, 13 with the URL.
    # Since round 35 (district names several cities share, a township's name is no city's):
    "forty-eighth": {"region": 18, "level": 19, "province": 19, "city": 18, "year": 19,
                     "published": 19},
    "forty-ninth": {"region": 15, "level": 16, "province": 14, "city": 15, "year": 16,
                    "published": 16},
    # Unseen by every rule's author: labelled in quarters while round 35 was written; their first
    # runs after it (BENCHMARKS.md) were region 14, 9 and level 14, 12 with the URL. Since round 36
    # (a 街道 written XX街 after its district, a zone's office and own name, 大局 is no bureau):
    "fiftieth": {"region": 15, "level": 15, "province": 15, "city": 15, "year": 14,
                 "published": 15},
    "fifty-first": {"region": 12, "level": 14, "province": 11, "city": 12, "year": 14,
                    "published": 14},
    # Unseen by every rule's author: labelled in quarters after round 36, while the parser was
    # refactored without changing an answer; their first runs with the URL were region 12, 13 and
    # province 12, 14. Since round 37 (a title's department written short in the opening, a
    # joint heading of a township's party committee and government):
    "fifty-second": {"region": 12, "level": 12, "province": 12, "city": 12, "year": 12,
                     "published": 12},
    "fifty-third": {"region": 14, "level": 16, "province": 15, "city": 15, "year": 16,
                    "published": 16},
    # Unseen by every rule's author: labelled in quarters while round 37 was written; their first
    # runs after it were region 9, 12 and level 11, 14 with the URL. Since round 38 (a
    # municipality's 市XX局, a subject after a 根据…规定 clause, the maker of a plan followed):
    "fifty-fourth": {"region": 9, "level": 11, "province": 11, "city": 11, "year": 10,
                     "published": 11},
    "fifty-fifth": {"region": 13, "level": 15, "province": 14, "city": 14, "year": 15,
                    "published": 15},
    # Unseen by every rule's author: labelled in quarters while round 38 was written; their first
    # runs after it were region 12, 11 with the URL. Since round 39 (a coined short form narrowed
    # by another, a district branch named by its own yearly document):
    "fifty-sixth": {"region": 13, "level": 13, "province": 12, "city": 12, "year": 13,
                    "published": 13},
    "fifty-seventh": {"region": 12, "level": 14, "province": 13, "city": 13, "year": 14,
                      "published": 14},
    # Unseen by every rule's author: labelled in quarters while round 39 was written; their first
    # runs after it were region 9, 10 and province 9, 11 with the URL. Since round 40 (a place
    # whose development the page serves: 为大连振兴发展):
    "fifty-eighth": {"region": 10, "level": 11, "province": 10, "city": 11, "year": 11,
                     "published": 11},
    "fifty-ninth": {"region": 10, "level": 13, "province": 11, "city": 14, "year": 13,
                    "published": 14},
    # Unseen by every rule's author: labelled in quarters after round 40, while no rule was
    # written, and measured once on that code; their first runs were region 2, 12, province 5, 13
    # and city 5, 13 with the URL. Since round 41 (an official name that ends as a varying short
    # form does, a protected area's administration, the one child of the leader named, a zone in
    # the province whose service platform the page names):
    "sixtieth": {"region": 4, "level": 5, "province": 5, "city": 5, "year": 5, "published": 5},
    "sixty-first": {"region": 14, "level": 14, "province": 14, "city": 14, "year": 14,
                    "published": 14},
    # Unseen by every rule's author: labelled in quarters after round 41, while no rule was
    # written, and measured once on that code; their first runs were province 14, 6 and city 14, 6
    # with the URL, region 13, 7 and year 12, 8. Since 长治 in 长治久安 names no place (the
    # sixty-third's zy007 was in 长治市) and round 42 (a township's county by its slogan, a city's
    # report its 司法局 only publishes, the one year a page speaking of its year names):
    "sixty-second": {"region": 13, "level": 14, "province": 14, "city": 14, "year": 13,
                     "published": 14},
    "sixty-third": {"region": 8, "level": 8, "province": 8, "city": 8, "year": 8, "published": 8},
    # Unseen by every rule's author: labelled in quarters after round 42, while no rule was
    # written, and measured once on that code (their first runs, with the URL; without it the
    # sixty-fourth's kd003 was null until a development phrase was read at every server word):
    "sixty-fourth": {"region": 8, "level": 9, "province": 8, "city": 8, "year": 9, "published": 9},
    "sixty-fifth": {"region": 6, "level": 6, "province": 6, "city": 6, "year": 6, "published": 6},
    # Unseen by every rule's author: labelled in quarters after round 43, while round 44 was
    # written, and measured once on round 43's code (commit b32e9c4); their first runs, with the
    # URL (kg003's and ki009's places only the address gives, where their labels, which never
    # read it, leave them unknown; kj005: 二是局党组 read as a bureau named 二是局) were region 14,
    # 13. Since round 44 (a common word's district whose rule-of-law work is the subject, 二是 in no
    # bureau's name; without the URL, a 市 speaking of its counties is its prefecture):
    "sixty-sixth": {"region": 15, "level": 15, "province": 14, "city": 15, "year": 15,
                    "published": 15},
    "sixty-seventh": {"region": 14, "level": 15, "province": 14, "city": 14, "year": 15,
                      "published": 15},
    # Unseen by every rule's author: labelled in quarters after round 44, while no rule was
    # written, and measured once on that code (commit 0e8bb70); their first runs (kk003 names no
    # place; km005's title names 青浦区, but 上海市司法局党委委员, an invited speaker, was read as
    # the page's own voice) were sixty-ninth region 14, level 17. Since round 45 (a party organ's
    # word before a member's title, after a bureau's name, is another's official), and round 47
    # (a field's 法治政府部门建设 is its department's own work: kn007):
    "sixty-eighth": {"region": 6, "level": 5, "province": 6, "city": 6, "year": 6, "published": 6},
    "sixty-ninth": {"region": 16, "level": 18, "province": 18, "city": 18, "year": 18,
                    "published": 18},
    # Unseen by every rule's author: labelled in quarters after round 45, while no rule was
    # written, and measured once on that code (commit d5d0ec5); their first runs (kp003's title
    # writes 湖南湘江新区…, read as 湖南省湘江新区…; kp004 names its province only in a training
    # platform's name):
    "seventieth": {"region": 3, "level": 4, "province": 3, "city": 4, "year": 4, "published": 4},
    "seventy-first": {"region": 9, "level": 9, "province": 9, "city": 9, "year": 9, "published": 9},
    # Unseen by every rule's author: labelled in quarters after round 46, while no rule was
    # written, and measured once on that code (commit 6079dc0); their first runs (kt005 never
    # names its bureau, ku005 names its district only in a slogan, 魅力新昌江); since round 47
    # (the duties a bureau performs, 全面履行司法行政职能, are its field's), kt005's region too:
    "seventy-second": {"region": 10, "level": 10, "province": 10, "city": 10, "year": 10,
                       "published": 10},
    "seventy-third": {"region": 7, "level": 8, "province": 8, "city": 8, "year": 8, "published": 8},
    # Unseen by every rule's author: labelled in quarters after round 46, while no rule was
    # written, and measured once on that code (commit e848115); their first runs (kx002 never
    # names its bureau):
    "seventy-fourth": {"region": 9, "level": 10, "province": 10, "city": 10, "year": 10,
                       "published": 10},
    "seventy-fifth": {"region": 5, "level": 5, "province": 5, "city": 5, "year": 5, "published": 5},
    # Unseen by every rule's author: labelled in quarters after round 46, while round 47 was
    # written by someone who had not seen them, and measured once on round 46's code (commit
    # 69952d9); their first runs (ld001's only date is labelled 网站发布:, not read until
    # round 47; lc009, a feature series' 巡礼, and lc011, a 政府工作报告 with a bracketed note,
    # unflagged until then):
    "seventy-sixth": {"region": 16, "level": 16, "province": 16, "city": 16, "year": 16,
                      "published": 16},
    "seventy-seventh": {"region": 12, "level": 12, "province": 12, "city": 12, "year": 12,
                        "published": 12},
    # Unseen by every rule's author: labelled in quarters after round 47, while no rule was
    # written, and measured once on that code (commit 6b2e8db); every field right on their first
    # runs (li006, a town's report, was flagged: its index list's 所属类目: 公开目录 read as a
    # catalogue's title, until round 48; lg014 and li013 flagged since then):
    "seventy-eighth": {"region": 14, "level": 14, "province": 14, "city": 14, "year": 14,
                       "published": 14},
    "seventy-ninth": {"region": 19, "level": 19, "province": 19, "city": 19, "year": 19,
                      "published": 19},
    # Unseen by every rule's author: labelled in quarters after round 47, while round 48 (near
    # misses only) was written by someone who had not seen them, and measured once on round 48's
    # code (commit 12c3edc); their first runs (ll007, a 高新区's 党政办 under 区依法治区委员会:,
    # read as a district, its province named only in 总书记对广东系列重要讲话; both read since
    # round 49):
    "eightieth": {"region": 18, "level": 18, "province": 18, "city": 18, "year": 18,
                  "published": 18},
    "eighty-first": {"region": 17, "level": 17, "province": 17, "city": 17, "year": 17,
                     "published": 17},
    # Unseen by every rule's author: labelled in quarters after round 48, while round 49 was
    # written by someone who had not seen them, and measured once on round 49's code (commit
    # 1ab6748); their first runs (lp003's title stands below a spam repost's list of parks, the
    # first of which, 广东珠海金湾区产业园区, was read as the reporter: 珠海市产业园区; lq006
    # names its zone only in its plan's title; lr020, a town's report, was flagged: its index
    # table's | 公开形式 | 公开目录 | read as a catalogue's title; lp003's and lr020's right
    # since round 50):
    "eighty-second": {"region": 15, "level": 15, "province": 15, "city": 15, "year": 15,
                      "published": 15},
    "eighty-third": {"region": 22, "level": 23, "province": 23, "city": 23, "year": 23,
                     "published": 23},
    # Unseen by every rule's author: labelled in quarters after round 49, while round 50 was
    # written by someone who had not seen them, and measured once on round 50's code (commit
    # 2ea1fbc); their first runs (lt004 and lt005 write only 前海管理局, read as 深圳市前海管理局
    # from the site's address, labelled by its full name; lv006, a report's later page, was read
    # as 理县's from 办理县人大代表建议, until round 51, and flagged as a disclosure report; without
    # the URL lt003's 深圳 is read since round 53, from 为深圳在推进…提供保障):
    "eighty-fourth": {"region": 17, "level": 19, "province": 19, "city": 19, "year": 19,
                      "published": 19},
    "eighty-fifth": {"region": 24, "level": 24, "province": 24, "city": 24, "year": 24,
                     "published": 24},
    # Unseen by every rule's author: labelled in quarters after round 50, while round 51 was
    # written by someone who had not seen them, and measured once on round 51's code (commit
    # 7394fb7); every field right on their first runs without the URL; with it, lx023 and lx024
    # (东坑镇, 清溪镇) are placed in 东莞市 by their site's address alone, which their labels,
    # never reading the address, leave unknown (lw004, lx026 and ly018 flagged since round 52):
    "eighty-sixth": {"region": 26, "level": 26, "province": 24, "city": 24, "year": 26,
                     "published": 26},
    "eighty-seventh": {"region": 25, "level": 25, "province": 25, "city": 25, "year": 25,
                       "published": 25},
    # Unseen by every rule's author: labelled in quarters after round 51, while round 52 (near
    # misses only) was written by someone who had not seen them, and measured once on round 52's
    # code (commit e0987b2); their first runs (od004 names 金水区 only in its slogan 品质金水,
    # od010 its town only in 魅力道滘; of001, an industrial park's 管理委员会, labelled a
    # department, its name not read):
    "eighty-eighth": {"region": 12, "level": 13, "province": 13, "city": 13, "year": 13,
                      "published": 13},
    "eighty-ninth": {"region": 17, "level": 18, "province": 18, "city": 18, "year": 18,
                     "published": 18},
    # Unseen by every rule's author: labelled in quarters after round 52, while no rule was
    # written, until the stored-page search's budget ran out, and measured once on round 52's
    # code (commit d92afbd); their first runs (oh001 and oh004, towns whose county only the
    # site's breadcrumb names: 海丰县, 陆河县; oh001's read since round 54, oh004's page names its
    # province, which the breadcrumb's county is not yet weighed against):
    "ninetieth": {"region": 10, "level": 10, "province": 10, "city": 9, "year": 10,
                  "published": 10},
    "ninety-first": {"region": 4, "level": 4, "province": 4, "city": 4, "year": 4, "published": 4},
}  # fmt: skip
NEAR_MISSES_FLAGGED = {
    "dev": 37, "held": 10, "unseen": 23, "fresh": 20, "final": 20, "sixth": 19, "seventh": 25,
    "eighth": 23, "ninth": 22, "tenth": 23, "eleventh": 20, "twelfth": 22,
    "thirteenth": 20, "fourteenth": 21, "fifteenth": 20, "sixteenth": 21, "seventeenth": 18,
    "eighteenth": 17, "nineteenth": 15, "twentieth": 16, "twenty-first": 15,
    "twenty-second": 16, "twenty-third": 15, "twenty-fourth": 14, "twenty-fifth": 12,
    "twenty-sixth": 13, "twenty-seventh": 15, "twenty-eighth": 13, "twenty-ninth": 15,
    "thirtieth": 11, "thirty-first": 11, "thirty-second": 15, "thirty-third": 13,
    "thirty-fourth": 12, "thirty-fifth": 12, "thirty-sixth": 14, "thirty-seventh": 14,
    "thirty-eighth": 13, "thirty-ninth": 13, "fortieth": 11, "forty-first": 14,
    "forty-second": 10, "forty-third": 9, "forty-fourth": 12, "forty-fifth": 13,
    "forty-sixth": 13, "forty-seventh": 12, "forty-eighth": 11, "forty-ninth": 12,
    "fiftieth": 12, "fifty-first": 12, "fifty-second": 12, "fifty-third": 10, "fifty-fourth": 14,
    "fifty-fifth": 13, "fifty-sixth": 12, "fifty-seventh": 13,
    "fifty-eighth": 10, "fifty-ninth": 13, "sixtieth": 14, "sixty-first": 14,
    "sixty-second": 9, "sixty-third": 12, "sixty-fourth": 8, "sixty-fifth": 7,
    "sixty-sixth": 16, "sixty-seventh": 9, "sixty-eighth": 8, "sixty-ninth": 12, "seventieth": 11,
    "seventy-first": 10, "seventy-second": 6, "seventy-third": 8, "seventy-fourth": 6,
    "seventy-fifth": 6, "seventy-sixth": 10, "seventy-seventh": 13, "seventy-eighth": 9,
    "seventy-ninth": 9, "eightieth": 8, "eighty-first": 9, "eighty-second": 10, "eighty-third": 11,
    "eighty-fourth": 8, "eighty-fifth": 10, "eighty-sixth": 9, "eighty-seventh": 12,
    "eighty-eighth": 9, "eighty-ninth": 10, "ninetieth": 9, "ninety-first": 6,
}  # fmt: skip
# No report flagged (fifteenth fb005, a news site's repost of a report in full, was until round 14;
# eighteenth ua008 and ub008 on its first run, until round 17) but 2 of the nineteenth set's 31 on
# its first run and 1 of the twenty-first's 27 (xb003, a template site's copy). The twenty-eighth's
# na004, the thirtieth's kb001 and the thirty-second's gb001 were flagged on their first runs, until
# round 27, and the thirty-fifth's cb003 (its index table's 公告公示 read as its kind), until
# round 28. The forty-fourth's wc002 was flagged on its first run (an empty 关键词 cell read as an
# article's keywords), until round 34; the forty-eighth's xc005 (a repost read as a research
# article) and the forty-ninth's xe003 (a report after a news lead) on theirs, until round 35.
# The seventy-ninth's li006 (a bulleted index list's 所属类目: 公开目录) on its, until round 48;
# the eighty-third's lr020 (an index table's | 公开形式 | 公开目录 |) on its, until round 50.
REPORTS_FLAGGED_AT_MOST = {"nineteenth": 2, "twenty-first": 1, "eighty-fifth": 1}
SET_NAMES = list(FLOORS)  # the sets whose counts are held (bench/metadata_eval.py SETS)
# The final set with its source URLs has 1 wrong place in 54 (e013: only the site's address names
# 老边区, and its labeller leaves the place unknown): the ≤ 1% target holds there without the URL.
# The sets whose unseen first runs left wrong values: WRONG_AT_MOST holds them instead.
HELD_BY_WRONG_AT_MOST = (
    "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
    "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
    "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first", "thirty-second",
    "thirty-third", "thirty-fourth", "thirty-fifth", "thirty-sixth", "thirty-seventh",
    "thirty-eighth", "thirty-ninth", "fortieth", "forty-first", "forty-second", "forty-third",
    "forty-fourth", "forty-fifth", "forty-sixth", "forty-seventh", "forty-eighth", "forty-ninth",
    "fiftieth", "fifty-first", "fifty-second", "fifty-third", "fifty-fourth", "fifty-fifth",
    "fifty-sixth", "fifty-seventh", "fifty-eighth", "fifty-ninth", "sixty-first", "sixty-second",
    "sixty-third", "sixty-sixth", "sixty-seventh", "seventieth", "eighty-fourth", "eighty-sixth",
)  # fmt: skip
WITHIN_ONE_PERCENT = [
    (name, source)
    for name in SET_NAMES
    for source in ("with-url", "without-url")
    if (name, source) != ("final", "with-url") and name not in HELD_BY_WRONG_AT_MOST
]
# The sixth set: no province, city or region wrong since the fifth round (2 regions before it).
SIXTH_WRONG_AT_MOST = {"province": 0, "city": 0, "region": 0}
# Wrong non-null values held where the ≤ 1% target is not met, or held tighter (set, with URL):
# seventh: 17 regions and 10 levels wrong before the departments and zones round, none and one
# after it (none since a 盟委 tells a league's level, a027). eighth, ninth and tenth: what their
# unseen runs left.
# No wrong publishing date since a cover letter's signature date is the letter's (seventh: 3).
WRONG_AT_MOST = {
    ("seventh", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("seventh", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("eighth", True): {"province": 0, "city": 0, "region": 1, "level": 0, "published": 0},
    ("eighth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("ninth", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("ninth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("tenth", True): {"province": 1, "city": 1, "region": 0, "level": 0, "published": 0},
    ("tenth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("eleventh", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("eleventh", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("twelfth", True): {"province": 3, "city": 4, "region": 2, "level": 1, "published": 0},
    ("twelfth", False): {"province": 0, "city": 0, "region": 0, "level": 1, "published": 0},
    ("thirteenth", True): {"province": 3, "city": 3, "region": 0, "level": 0, "published": 0},
    ("thirteenth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("fourteenth", True): {"province": 1, "city": 2, "region": 1, "level": 1, "published": 0},
    ("fourteenth", False): {"province": 0, "city": 0, "region": 1, "level": 1, "published": 0},
    ("fifteenth", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("fifteenth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("sixteenth", True): {"province": 0, "city": 0, "region": 1, "level": 0, "published": 0},
    ("sixteenth", False): {"province": 0, "city": 0, "region": 1, "level": 0, "published": 0},
    ("seventeenth", True): {"province": 1, "city": 1, "region": 0, "level": 0, "published": 0},
    ("seventeenth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("eighteenth", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("eighteenth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("nineteenth", True): {"province": 1, "city": 0, "region": 0, "level": 0, "published": 0},
    ("nineteenth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("twentieth", True): {"province": 2, "city": 2, "region": 0, "level": 0, "published": 0},
    ("twentieth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("twenty-first", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("twenty-first", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("twenty-second", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("twenty-second", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("twenty-third", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("twenty-third", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("twenty-fourth", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("twenty-fourth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("twenty-fifth", True): {"province": 1, "city": 1, "region": 0, "level": 0, "published": 0},
    ("twenty-fifth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("twenty-sixth", True): {"province": 2, "city": 2, "region": 0, "level": 0, "published": 0},
    ("twenty-sixth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("twenty-seventh", True): {"province": 1, "city": 0, "region": 0, "level": 0, "published": 0},
    ("twenty-seventh", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("twenty-eighth", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("twenty-eighth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("twenty-ninth", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("twenty-ninth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("thirtieth", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("thirtieth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("thirty-first", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("thirty-first", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("thirty-second", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("thirty-second", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("thirty-third", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("thirty-third", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("thirty-fourth", True): {"province": 0, "city": 0, "region": 1, "level": 1, "published": 0},
    ("thirty-fourth", False): {"province": 0, "city": 0, "region": 1, "level": 1, "published": 0},
    ("thirty-fifth", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("thirty-fifth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("thirty-sixth", True): {"province": 1, "city": 1, "region": 0, "level": 0, "published": 0},
    ("thirty-sixth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("thirty-seventh", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("thirty-seventh", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("thirty-eighth", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("thirty-eighth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("thirty-ninth", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("thirty-ninth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("fortieth", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("fortieth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("forty-first", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("forty-first", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("forty-second", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("forty-second", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("forty-third", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("forty-third", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("forty-fourth", True): {"province": 1, "city": 1, "region": 0, "level": 0, "published": 0},
    ("forty-fourth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("forty-fifth", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("forty-fifth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("forty-sixth", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("forty-sixth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("forty-seventh", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("forty-seventh", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("forty-eighth", True): {"province": 0, "city": 1, "region": 1, "level": 0, "published": 0},
    ("forty-eighth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("forty-ninth", True): {"province": 1, "city": 0, "region": 0, "level": 0, "published": 0},
    ("forty-ninth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("fiftieth", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("fiftieth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("fifty-first", True): {"province": 3, "city": 2, "region": 1, "level": 0, "published": 0},
    ("fifty-first", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("fifty-second", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("fifty-second", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("fifty-third", True): {"province": 1, "city": 1, "region": 0, "level": 0, "published": 0},
    ("fifty-third", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("fifty-fourth", True): {"province": 0, "city": 0, "region": 1, "level": 0, "published": 0},
    ("fifty-fourth", False): {"province": 0, "city": 0, "region": 1, "level": 0, "published": 0},
    ("fifty-fifth", True): {"province": 1, "city": 1, "region": 1, "level": 0, "published": 0},
    ("fifty-fifth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("fifty-sixth", True): {"province": 1, "city": 1, "region": 0, "level": 0, "published": 0},
    ("fifty-sixth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("fifty-seventh", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("fifty-seventh", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("fifty-eighth", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("fifty-eighth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("fifty-ninth", True): {"province": 2, "city": 0, "region": 3, "level": 1, "published": 0},
    ("fifty-ninth", False): {"province": 0, "city": 0, "region": 1, "level": 1, "published": 0},
    # 1 wrong region on its first run (zu004: 福建省君子峰…, officially 福建君子峰…), none since
    # round 41
    ("sixty-first", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("sixty-first", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    # zx008: only the site's address names 商水县; its label leaves the county unknown
    ("sixty-second", True): {"province": 0, "city": 0, "region": 1, "level": 0, "published": 0},
    ("sixty-second", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    # zy007 was placed in 长治市 by 长治久安 on its first run, with and without the URL
    ("sixty-third", True): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("sixty-third", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    # kg003 (天津) and ki009 (济宁市) are placed only by their addresses, which their labels never
    # read; kj005 was 北碚区二是局 on its first run, until round 44
    ("sixty-sixth", True): {"province": 1, "city": 0, "region": 0, "level": 0, "published": 0},
    ("sixty-sixth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    ("sixty-seventh", True): {"province": 1, "city": 1, "region": 0, "level": 0, "published": 0},
    ("sixty-seventh", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    # kp003: 湖南湘江新区管理委员会应急管理局, as its title writes it, read as 湖南省湘江新区…
    ("seventieth", True): {"province": 0, "city": 0, "region": 1, "level": 0, "published": 0},
    ("seventieth", False): {"province": 0, "city": 0, "region": 1, "level": 0, "published": 0},
    # lt004, lt005: 前海管理局 as the page writes it, labelled by the bureau's full name
    ("eighty-fourth", True): {"province": 0, "city": 0, "region": 2, "level": 0, "published": 0},
    ("eighty-fourth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
    # lx023, lx024: towns their site's address alone places in 东莞市 (labels leave it unknown)
    ("eighty-sixth", True): {"province": 2, "city": 2, "region": 0, "level": 0, "published": 0},
    ("eighty-sixth", False): {"province": 0, "city": 0, "region": 0, "level": 0, "published": 0},
}


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser.from_data()


@pytest.fixture(scope="module")
def with_url(parser):
    return {name: evaluate_set(parser, name) for name in SET_NAMES}


def test_the_sets_are_what_they_claim():
    pages = load_labels(EVAL_DIR)
    reports = [p for p in pages if not p.near_miss]
    assert len(reports) >= 100 and len(pages) - len(reports) >= 15
    assert len({p.expected["province"] for p in reports}) >= 28
    assert {p.expected["level"] for p in reports} >= {"province", "city", "county", "department"}
    years = {p.expected["year"] for p in reports}
    assert min(years) <= 2016 and max(years) >= 2024
    unseen = load_labels(UNSEEN_DIR)
    unseen_reports = [p for p in unseen if not p.near_miss]
    assert len(unseen) >= 50 and len(unseen) - len(unseen_reports) >= 15
    assert {p.expected["level"] for p in unseen_reports} >= {"province", "city", "county"}
    assert not {p.url for p in unseen} & {p.url for p in pages}, "a page is in both sets"
    fresh = load_labels(FRESH_DIR)
    fresh_reports = [p for p in fresh if not p.near_miss]
    assert len(fresh_reports) >= 50 and len(fresh) - len(fresh_reports) >= 15
    assert not {p.url for p in fresh} & {p.url for p in pages + unseen}, "a page is in two sets"
    assert all(p.url.startswith(("http://", "https://")) for p in pages + unseen + fresh)


@pytest.mark.parametrize("name", SET_NAMES)
@pytest.mark.parametrize("field", FIELDS)
def test_field_accuracy_holds(with_url, name, field):
    result = with_url[name]
    wrong = [m for m in result.mismatches if m.field == field]
    assert result.right[field] >= FLOORS[name][field], wrong


@pytest.mark.parametrize(("name", "source"), WITHIN_ONE_PERCENT)
def test_wrong_places_at_most_one_percent(parser, with_url, name, source):
    result = with_url[name] if source == "with-url" else evaluate_set(parser, name, False)
    for field in ("province", "city", "region"):
        assert result.wrong_rate(field) <= 0.01, [m for m in result.mismatches if m.field == field]


@pytest.mark.parametrize("field", sorted(SIXTH_WRONG_AT_MOST))
def test_wrong_places_on_the_unseen_sixth_set_do_not_grow(with_url, field):
    result = with_url["sixth"]
    wrong = [m for m in result.mismatches if m.field == field and m.found is not None]
    assert result.wrong_non_null[field] <= SIXTH_WRONG_AT_MOST[field], wrong


@pytest.mark.parametrize(("name", "with_source"), sorted(WRONG_AT_MOST))
def test_wrong_values_do_not_grow(parser, with_url, name, with_source):
    result = with_url[name] if with_source else evaluate_set(parser, name, False)
    for field, most in WRONG_AT_MOST[name, with_source].items():
        wrong = [m for m in result.mismatches if m.field == field and m.found is not None]
        assert result.wrong_non_null[field] <= most, wrong


def test_no_page_is_in_two_sets():
    seen: dict[str, str] = {}
    for eval_set in SETS:
        for page in load_labels(eval_set.directory):
            if eval_set.keep(page.page_id):
                assert page.url.startswith(("http://", "https://")), page.page_id
                assert seen.setdefault(page.url, eval_set.name) == eval_set.name, page.url


def test_the_seventh_set_is_what_it_claims():
    seventh = load_labels(SEVENTH_DIR)
    reports = [p for p in seventh if not p.near_miss]
    assert len(reports) >= 90 and len(seventh) - len(reports) >= 25
    levels = Counter(p.expected["level"] for p in reports)
    assert levels["department"] >= 25 and set(levels) >= {"province", "city", "county", "other"}
    zones = [p for p in reports if p.expected["level"] == "county" and _is_zone(p)]
    assert len(zones) >= 9, "department- and zone-heavy"
    assert len({p.expected["province"] for p in reports}) >= 30
    assert all(p.url.startswith(("http://", "https://")) for p in seventh)
    earlier = {p.url for d in (EVAL_DIR, UNSEEN_DIR, FRESH_DIR, FINAL_DIR, SIXTH_DIR)
               for p in load_labels(d)}  # fmt: skip
    assert not {p.url for p in seventh} & earlier, "a page is in two sets"


ZONE_KINDS = ("新区", "开发区", "高新区", "经济区", "实验区")


def _is_zone(page: LabelledPage) -> bool:
    return any(kind in str(page.expected["region"]) for kind in ZONE_KINDS)


@pytest.mark.parametrize("name", SET_NAMES)
def test_near_misses_are_flagged_and_reports_are_not(with_url, name):
    result = with_url[name]
    assert result.near_misses_flagged >= NEAR_MISSES_FLAGGED[name], result.flags
    assert result.reports_flagged <= REPORTS_FLAGGED_AT_MOST.get(name, 0), result.flags
