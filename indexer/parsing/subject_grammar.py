"""How a report's opening sentence reaches its subject, shared by every step that looks for it
(reporter_grammar.py and the reporter's steps, organs.py for townships and zones): its superiors'
leadership clauses, then the subject, then one of the verbs a report's subject opens with."""

from __future__ import annotations

import re

# 引领 and 带领 too: 在区委、区政府的正确引领下 is its superiors' leadership, as 领导下 is.
UNDER_SUPERIORS = re.compile(r"在[^,，。;；]{0,40}?(?:领导|指导|监督|支持|关怀|帮助|引领|带领)下")
# The superiors whose decisions the page follows (根据市委、市政府、市场监管总局的部署,;
# 围绕…福建省市场监管局关于…的工作部署,; 贯彻落实省委、省政府和交通运输部关于…的决策部署):
# a body named there leads the reporter, is not it. The list of superiors may break at one
# comma after a body's name (按照自治区党委、政府,交通运输部的统一部署,): only after a party
# committee, a government or a 部, 厅, 局 or 委 ends the part before it, and only when no verb
# of a subject's own follows (根据上级要求,市司法局认真落实… stays: 要求 ends no body, 认真 is
# a subject's verb). The decisions may be written without 的 as 决策部署 (贯彻落实党中央、国务院
# 以及交通运输部和市委市政府决策部署): 决策 names superiors' decisions as 的…部署 does.
_SUPERIORS_COMMA = r"(?:[^,，。;；]{0,40}?(?:党委|政府|[部厅局委])[,，])"
_NO_OWN_VERB = r"(?:(?!落实|贯彻|坚持|认真|深入|积极|扎实|严格)[^,，。;；])"
FOLLOWED_DECISIONS = re.compile(
    r"(?:根据|按照|遵照|围绕|贯彻落实|落实)"
    rf"(?:{_SUPERIORS_COMMA}{_NO_OWN_VERB}{{0,30}}?|[^,，。;；]{{0,60}}?)"
    r"(?:的[^,，。;；]{0,4}?|决策)(?:部署|要求|安排)"
)
# Its superiors' leadership clauses one after another (在市委、市政府的坚强领导下,在县人大常委会的
# 监督支持下,武城县人民政府以…): the subject follows the last.
LEADERSHIP = re.compile(rf"(?:{UNDER_SUPERIORS.pattern}[\s,，]*)+")
# What a report's subject does first (XX县坚持…, 区司法局深入…, 街道扎实推进…).
# 把握 too: 市市场监管局把握新形势 (a subject that grasps the year's situation first); 坚定
# (大码头街道坚定不移地…), a subject's firm resolve as 坚持 is.
# 切实, 严格 and 先后 too: adverbs a subject's first verb opens with as 扎实 does (市文化广电旅游局
# 切实推进…, 区农业农村局严格落实…, 省水利厅先后制定…). 高举…旗帜 too: a subject holding up
# the banner of a doctrine first (湖塘街道高举习近平新时代…伟大旗帜).
SUBJECT_VERB_WORDS = (
    "坚持|在|深入|始终|全面|认真|紧紧|以|按照|围绕|高度|积极|扎实|切实|严格|先后|"
    "聚焦|着力|持续|把握|牵头|高举|对照"
)
SUBJECT_VERBS = rf"(?={SUBJECT_VERB_WORDS})"
# A body with several names (一个机构两块牌子) written as the subject by its first, its others in
# brackets after it (市数据局(市营商环境建设局、市行政审批局)在…领导下,深入…): one subject.
_OTHER_NAME = r"[\u4e00-\u9fff]{1,12}?(?:局|委员会|办公室|办|中心)"
OTHER_NAMES = rf"(?:[(（]{_OTHER_NAME}(?:[、,，]{_OTHER_NAME})*[)）])"
