"""Wrong place values on the labelled reports with less evidence (bench/perturb.py) hold a ceiling.

Less evidence (no URL, no title line, no furniture, an excerpt, traditional characters, a page
that never writes its own place) may give null, never another place. CEILINGS are the counts
measured over every set (`python -m bench.perturb` prints all seven), the thirteenth as its first
(unseen) run left them;
the test parses the three cheapest that find most (under a minute): a change that adds a wrong
value under one fails here, one that removes some should lower its ceiling.
"""

from __future__ import annotations

import pytest

from bench.metadata_eval import SETS
from bench.perturb import PLACE_FIELDS, VARIANTS, perturbed
from indexer.parsing.pipeline import Parser

# variant -> wrong non-null values over region, level, province and city, every set; the others
# measured with them (round 11, twelve sets): no URL 0, no furniture 42, first 800 0, no region
# name 33; round 12 (thirteen sets, written from the thirteenth's misses): no title 49 -> 45,
# first 400 17 -> 5, traditional 36 -> 22 (no URL 15 -> 1, no furniture 62 -> 54, no region name
# 45 -> 43; 170 in all); the fourteenth set's first run added 42 (212: no title 53, first 400 11,
# traditional 32, no furniture 63, no region name 45, no URL 8); round 13 (from the fourteenth's
# misses): 212 -> 195 (first 400 8, traditional 26, no furniture 61, no URL 2); the fifteenth
# set added 20 (215: no title 58, no furniture 68, no region name 53); round 14 (a town in its
# own voice, 我镇, is no province nor county): 215 -> 211 (first 400 6, no furniture 66)
# Round 14 and the sixteenth set's first run: 236 (no title 62, first 400 7, traditional 28).
# Round 15 (departments and townships; near misses; a high-tech zone's kind written short,
# 佛山高新区): 236 -> 230 (no title 61, traditional 26, no furniture 72, no URL 2); a party
# committee's organ is no reporter (sb016), a department says it reports (b007).
# The seventeenth set added 26 (256: no title 67, first 400 10, traditional 31).
# Round 16: a city bureau's branch reports (岳阳市生态环境局岳阳县分局), a page speaking as a
# zone is no municipality (256 -> 240); a page's own voice against the reporter found
# (parsing/page_voice.py): 256 -> 198; both: 182 (no title 35, no furniture 58, first 400 7,
# traditional 28, no region name 52, no URL 2).
# The eighteenth set added 14 (196: no title 35, first 400 7, traditional 32).
# Round 17 (the eighteenth's misses): 196 -> 182 (no title 33, no furniture 58, traditional 28,
# no URL 2, no region name 54, first 400 7).
# Round 17: 196 -> 182. The nineteenth set added 25 (207: no title 40, first 400 9,
# traditional 35).
# Round 18 (the nineteenth's misses): 207 -> 187 (no title 36, first 400 7, traditional 29).
# The twentieth set added 47 (234: no title 42, first 400 7, traditional 39).
# Round 19 (the twentieth's misses; a name shared by a province and another province's place,
# 海南, settles nothing alone): 234 -> 208 (no title 40, no furniture 69, traditional 33, no URL
# 2, no region name 57, first 400 7).
# A zone whose name begins with its city's short name keeps it (眉山天府新区): 208 -> 204.
# The twenty-first set added 21 (225: no title 44, first 400 9, traditional 36).
# Round 20 (a government site's host alone names the page's owner; partners are not weighed; a
# page under a bare 自治区 lies in an autonomous region): 225 -> 204 (no title 40, no furniture
# 64, no region name 50).
# The twenty-second set added 11 (206: no title 42, first 400 10, traditional 39).
# Round 21 (the twenty-first's misses; two labels to the sets' conventions): 206 -> 187 (no title
# 39, first 400 8, traditional 34, no region name 39, no URL 3).
# Round 22 (a document's kind alone is no title): 187 -> 181 (no title 37, traditional 32).
# The twenty-third set added 1 (182: first 400 9).
# The twenty-fourth set added 4 (186), none under these three variants.
# Round 24 (a ministry among the superiors is not the reporter; 市局/省厅 are no names; partners
# across a border): 186 -> 174 (no title 35, no furniture 57, no region name 40).
# The twenty-fifth set added 17 (191: no title 39, first 400 11, traditional 35).
# Round 25 (township names, renamed departments, superiors whose decisions are carried out):
# 191 -> 182 (no title 35, traditional 34).
# The twenty-sixth to twenty-eighth sets added 33 (215: no title 38, first 400 16, traditional 38).
# Round 26: a newspaper's title (《浙江法制报》) places no township: 215 -> 216 (without the page's
# word the township's own host places it where its label, which never reads the address, does not).
# The twenty-ninth to thirty-third sets added 37 (253: no title 44, first 400 22, traditional 44),
# most of them the non-official short names (林草局, 营商局) their first runs give.
# Round 27 (official names and their short forms, bodies a department sets up): 253 -> 220
# (no title 40, first 400 14, traditional 38).
# The thirty-fourth to thirty-sixth sets added 43 (263: no title 49, first 400 19, traditional 44).
# Round 28 (superiors across a comma, a 厅 lies in no city): 263 -> 254 (first 400 18, traditional
# 42).
# The thirty-seventh set added 2 (256), none under these three variants.
# Round 29 (verbs in a 街道's name, a publisher cell in brackets, 生态环境部门 is no ministry, a
# bureau followed by the decisions it follows): 256 -> 245, none under these three variants.
# The thirty-eighth and thirty-ninth sets added 2 (247), none under these three variants.
# Round 30 (a law organ of the government's own level leads its departments, a warning case's
# title names another place, a department's name without its kind opens the page): 247 -> 233
# (no title 47).
# The fortieth and forty-first sets added 21 (254: no title 51, first 400 21, traditional 45),
# most of them short or local forms of a department's name (文旅体局, 嘉定公安分局).
# Round 31 (near misses announced in the first sentence, a title's own issuer, a bracketed date):
# 254 -> 254. The forty-second and forty-third sets added 18 (272: first 400 24, traditional 46).
# Round 32 (zone and police branch names, coined short forms, old names in a later year's
# documents, a municipality's 我市, a bureau's publisher line): 272 -> 257 (no title 49, first 400
# 21, traditional 43). The forty-fourth and forty-fifth sets added 26 (283: no title 52, first 400
# 25, traditional 47).
# Round 33 (a zone named by its kind, a township's organ, near misses in English, plans and
# reviews of several years): 283 -> 279 (first 400 24, traditional 46). The forty-sixth and
# forty-seventh sets added 5 (284: first 400 25, traditional 47).
# Round 34 (ministries as addressees and issuers, a commission's own 党委, a title's short
# department, dates closing the title line): 284 -> 261 (no title 49, first 400 23, traditional
# 45). The forty-eighth and forty-ninth sets added 22 (283: first 400 30, traditional 50), most of
# them district names two cities share (江北区, 普陀区).
# Round 35 (district names several cities share, a committee for the rule of law never reports, a
# township's name is no city's, a zone's own name): 283 -> 267 (first 400 25, traditional 47). The
# fiftieth and fifty-first sets added 45 (312: no title 57, first 400 36, traditional 58), most of
# them a township's or zone's office read as its government, and townships the site's address
# places where their labels, which never read it, leave the place unknown.
# Round 36 (a 街道 written XX街 after its district, a zone's office and own name, 大局 is no
# bureau): 312 -> 293 (no title 56, first 400 30, traditional 52). The fifty-second and
# fifty-third sets added 13 (306: no title 57, first 400 32, traditional 54).
# Round 37 (a title's department written short in the opening, a township's joint heading, near
# misses: news under a medium's name, notices, enforcement statistics): 306 -> 306. The
# fifty-fourth and fifty-fifth sets added 17 (323: no title 59, first 400 36, traditional 58).
# Round 38 (a municipality's 市XX局, the maker of a plan followed, contact blocks above a title,
# reports to a congress's standing committee on another field): 323 -> 323. The fifty-sixth and
# fifty-seventh sets added 20 (343: no title 63, first 400 39, traditional 61).
# Round 39 (a coined short form narrowed by another, a district branch named by its own yearly
# document, reports on a 普法 plan): 343 -> 340 (first 400 38, traditional 60). The fifty-eighth
# and fifty-ninth sets added 26 (366: no title 68, first 400 44, traditional 66). Round 40 (a
# place whose development the page serves, weighed as a slogan): 366 -> 366. The sixtieth and
# sixty-first sets added 3 (369: first 400 45, traditional 67), all one nature reserve's bureau
# written with its province's full name (福建省君子峰…, officially 福建君子峰…). Round 41 (a
# protected area's administration kept as written, among others): 369 -> 366 (first 400 44,
# traditional 66). The sixty-second and sixty-third sets added 4 (370: no title 69, first 400 45,
# traditional 67), all zx008, which only its site's address places in 商水县 (its label, which
# never reads the address, leaves the county unknown). Round 42: 370 -> 370. The sixty-fourth and
# sixty-fifth sets added 8 (378: no title 71), two of them kd001 without its title: 全市 under
# 云浮市委 read as 云浮市, where the list of superiors ends with its own 罗定市委. Round 43 (the
# deepest of nested committees the opening lists): 378 -> 374 (no title 69). The sixty-sixth and
# sixty-seventh sets added 17 (391: no title 71, first 400 49, traditional 71), most of them kg003
# and ki009, which only their sites' addresses place (their labels leave the place unknown).
# Round 44 (a page on a department's own site that never speaks as a government is no
# government's, among others): 391 -> 367 (no title 68, first 400 48, traditional 70). The
# sixty-eighth and sixty-ninth sets added 2 (369), both kl002 without its own name. Round 45
# (another bureau's official's party organ is no voice of the page's): 369 -> 369. The seventieth
# and seventy-first sets added 6 (375: no title 69, first 400 49, traditional 71), all kp003,
# whose title writes 湖南湘江新区…, the new area by its province's short name (its label leaves
# 长沙市 unknown). Round 46 (near misses only): 375 -> 375. The seventy-second and seventy-third
# sets added 2 (377, no region name only): kt002, a city's 司法局, without its own name. The
# seventy-fourth and seventy-fifth sets added none; the seventy-sixth and seventy-seventh 2 (379,
# no region name only): lf015, a district whose only other place is its province. Round 47 (a
# field's duties and its 法治政府部门建设 are its department's; 网站发布 dates a page): 379 -> 379.
# The seventy-eighth and seventy-ninth sets added 2 (381, no furniture only): lj011 without its
# publisher line. Round 48 (near misses only): 381 -> 381. The eightieth and eighty-first sets
# added 14 (395: no title 71), most without their place's name; without its title lm006,
# 南昌市西湖区's report, is read as its 司法局's (the bureau publishes it, the opening names no
# government). Round 49 (a department by its level opening the page, an addressee 委员会, the
# leader's words to a province): 395 -> 395. The eighty-second and eighty-third sets added 14 (409:
# no title 76, first 400 50, traditional 72), lp003 four of them (its spam list of parks, read as
# its reporter: 珠海市产业园区). Round 50 (a title below a long run of furniture lines, an index
# table's bare label cells, a year's 综述): 409 -> 404 (no title 74, first 400 49, traditional 71).
# The eighty-fourth and eighty-fifth sets added 18 (422: no title 76, first 400 53, traditional 75):
# lt004 and lt005's 前海管理局 (labelled by its full name) and lv006's 理县 (办理县人大代表). Round
# 51 (a one-character county closing a word, 办理县, names no place): 422 -> 413 (first 400 51,
# traditional 73). The eighty-sixth and eighty-seventh sets added 12 (425: first 400 55,
# traditional 77), all lx023 and lx024, towns their site's address alone places in 东莞市.
# Round 52 (near misses only): 425 -> 425. The eighty-eighth and eighty-ninth sets added 1 (426,
# no title 77): od002 without its title, its bureau written short (龙岗区政务和数据局).
# The ninetieth and ninety-first sets added 2 (428, no region name only). Round 53 (为深圳在
# 推进…: the place whose progress the page serves): 428 -> 428. Round 54 (a town's county in
# the site's breadcrumb): 428 -> 428.
CEILINGS = {"no title": 77, "first 400": 55, "traditional": 77}
TESTED = tuple(v for v in VARIANTS if v.name in CEILINGS)


@pytest.fixture(scope="module")
def wrongs_by_variant() -> dict[str, int]:
    parser = Parser.from_data()
    wrongs = [w for s in SETS for w in perturbed(parser, s, TESTED)]
    return {v.name: sum(w.variant == v.name for w in wrongs) for v in TESTED}


@pytest.mark.parametrize("variant", list(CEILINGS))
def test_wrong_values_under_perturbation_stay_under_the_ceiling(wrongs_by_variant, variant):
    assert wrongs_by_variant[variant] <= CEILINGS[variant]


def test_the_ceilings_name_variants_and_count_place_fields():
    assert len(TESTED) == len(CEILINGS)
    assert PLACE_FIELDS == ("region", "level", "province", "city")
