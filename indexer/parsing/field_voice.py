"""The field a department speaks of as its own, for a page that speaks as a department (我局,
我厅, 厅党组) and writes its own name nowhere (parsing/evidence.py, reporter_checks.py).

A department names its field in ways no other department does:
- its field's rule-of-law work (人社法治建设, 扎实推进法治人社建设, 我省人力资源和社会保障法治工作,
  交通运输法治政府部门建设, 环境保护法治政府建设: a field renamed since, data/renamings.toml):
  each department reports its own field's, another's it would not call its own work;
- its field's duties, which it performs (全面履行司法行政职能) or leads across its place
  (统领全区司法行政工作): another department neither performs them nor leads them;
- its superior in the same field, named by the level above it, leading its work (按照省应急厅的
  工作部署, 在省人力资源和社会保障厅的关心指导下): a bureau names the 厅 of its own line;
- the system it heads (全省人社系统 for a province's 厅; a bureau takes part in its province's),
  or that system's document it issues (制发《成都市应急管理系统2021年法治建设…工作要点》).
The fields are those of data/regions.toml [organs.systems] (one name everywhere), with their
short forms ([organs.system_short_forms]). Two fields named so compete (a joint campaign, a
partner): none is taken. One field, named in the opening or twice (or by its system's
document, issued), is the department's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from indexer.parsing.renamings import renamings
from indexer.resources import load_toml

# 法治教育 is rule-of-law education (普法), given by every department: never a field's work.
_NOT_A_FIELD_AFTER_RULE_OF_LAW = ("教育",)
# The field's work may be quoted as a slogan (加快“法治人社”建设步伐): its closing mark may stand
# before 建设.
_CLOSING_QUOTE = "[”’」』\"']?"
# 生态环境保护法治建设 is the new field's work (生态环境) written out, not its old one's (环境保护).
_NOT_INSIDE_A_NEW_FIELD = "(?<!生态)"


@dataclass(frozen=True, slots=True)
class FieldVoice:
    """Reads the one field a department's page speaks of as its own; build with `from_data()`."""

    systems: Mapping[str, str]  # 人力资源和社会保障 -> 人力资源和社会保障{}
    short_forms: Mapping[str, str]  # 人社 -> 人力资源和社会保障
    own_work: re.Pattern[str]  # 人社法治建设, 法治人社建设: group "field" or "after"
    duties: re.Pattern[str]  # 履行司法行政职能, 全区司法行政工作: group "field"
    superior: re.Pattern[str]  # 按照省应急厅的工作部署: group "organ", the superior's name
    system: re.Pattern[str]  # 全省人社系统: group "field"
    system_document: re.Pattern[str]  # 制发《成都市应急管理系统…要点》: group "field"

    @classmethod
    def from_data(cls) -> FieldVoice:
        organs = load_toml("regions.toml")["organs"]
        # only fields whose department is named alike everywhere but for 局/厅 (卫生健康委员会 is
        # a 卫生健康局 in some cities)
        systems = {field: name for field, name in organs["systems"].items() if "{}" in name}
        systems |= renamings().old_fields()
        written = organs["system_short_forms"].items()
        short_forms = {short: field for short, field in written if field in systems}
        fields = "|".join(sorted({*systems, *short_forms}, key=len, reverse=True))
        after = "|".join(
            sorted(
                {*systems, *short_forms} - set(_NOT_A_FIELD_AFTER_RULE_OF_LAW),
                key=len,
                reverse=True,
            )
        )
        organ = rf"(?:{fields})(?:{'|'.join(_FORM_ENDS)})"
        return cls(
            systems=systems,
            short_forms=short_forms,
            own_work=re.compile(
                rf"{_NOT_INSIDE_A_NEW_FIELD}(?P<field>{fields})法治{_CLOSING_QUOTE}"
                rf"(?:政府部门|政府)?(?:建设|工作)|法治(?P<after>{after}){_CLOSING_QUOTE}建设"
            ),
            duties=re.compile(
                rf"(?:履行(?:好|了)?|全[省市县区州旗盟])(?P<field>{after})"
                r"(?:职能|职责|工作)"
            ),
            superior=re.compile(
                rf"(?:在|按照|根据|遵照)(?:上级)?[省市](?P<organ>{organ})的?"
                r"(?:关心|正确|悉心|精心|大力|有力|统一)?(?:指导|工作部署|部署|领导)"
            ),
            system=re.compile(rf"全(?P<scope>[省市县区州旗盟])(?P<field>{fields})系统"),
            system_document=re.compile(
                rf"(?:制发|印发|制定|出台)了?《[^》]{{0,12}}?(?P<field>{fields})系统[^》]*》"
            ),
        )

    def own_department(self, opening: str, text: str, word: str) -> str | None:
        """The department (`word`: 局, or 厅 for a province's) of the one field `text` speaks of
        as its own, named so in the `opening`, twice, or by a document of its system it issues; None
        for none or two fields."""
        found = [(m.start(), self._field(m.group("field") or m.group("after")))
                 for m in self.own_work.finditer(text)]  # fmt: skip
        found += [(m.start(), self._field(m.group("field"))) for m in self.duties.finditer(text)]
        found += [
            (m.start(), self._field(m.group("field")))
            for m in self.system.finditer(text)
            if (m.group("scope") == "省") == (word == "厅")  # a bureau joins 全省…系统's events
        ]
        # only the system's head issues its document: enough alone, wherever it stands
        found += [(0, self._field(m.group("field"))) for m in self.system_document.finditer(text)]
        if word == "局":  # a 厅's superior is a ministry, not written 省…厅
            found += [
                (m.start(), self._field(_organ_field(m.group("organ"))))
                for m in self.superior.finditer(text)
            ]
        fields = {field for _, field in found}
        if len(fields) != 1:
            return None
        if len(found) < 2 and found[0][0] >= len(opening):
            return None
        return self.systems[fields.pop()].format(word)

    def _field(self, written: str) -> str:
        return self.short_forms.get(written, written)


# How a field's department ends after the field (应急管理厅, 应急厅, 人社局, 卫生健康委员会).
_FORM_ENDS = ("厅", "局", "委员会", "委")


def _organ_field(organ: str) -> str:
    """The field of a superior's name (应急厅 -> 应急, 人力资源和社会保障厅 -> …保障)."""
    for end in _FORM_ENDS:
        if organ.endswith(end):
            return organ.removesuffix(end)
    return organ
